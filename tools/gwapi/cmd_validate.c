/* `gwapi validate`: the API server's verdict on manifests, offline. */
#include "cli.h"
#include "args.h"
#include "output.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *out)
{
    fputs("usage: gwapi validate [OPTION]... FILE...|-\n"
          "Validates Gateway API and Envoy Gateway objects as an API server with the\n"
          "CRDs installed would. Options may come anywhere, as --opt value or --opt=value.\n"
          "  --channel standard|experimental  Gateway API release channel (experimental)\n"
          "  -o, --output FORMAT              text, json, yaml, apiserver, sarif or junit\n"
          "  --unknown-fields error|warn      severity of unknown fields (error)\n"
          "  -n, --namespace NAMESPACE        namespace of objects that name none (default)\n"
          "  --skip-kinds KIND[,KIND...]      do not validate or count objects of these kinds\n"
          "  --ignore-unknown-kinds           skip kinds without a schema instead of warning\n"
          "  -q, --quiet                      errors only: no warnings, no summary line\n"
          "  --max-diagnostics N              show at most N diagnostics\n"
          "  --max-input-bytes N              read at most N bytes over all files\n"
          "  --color auto|always|never        colour text output (auto: on a terminal,\n"
          "                                   unless NO_COLOR is set); --no-color\n"
          "Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error or a file\n"
          "that could not be read (the other files are still validated).\n", out);
}

static bool use_color(const cli_options *o)
{
    if (o->color != CLI_COLOR_AUTO)
        return o->color == CLI_COLOR_ALWAYS;
    const char *no_color = getenv("NO_COLOR");
    return !(no_color && *no_color) && isatty(fileno(stdout));
}

static int render(const report *rep, const cli_options *o)
{
    switch (o->format) {
    case CLI_FORMAT_TEXT: return output_text(stdout, rep, use_color(o));
    case CLI_FORMAT_JSON: return output_json(stdout, rep);
    case CLI_FORMAT_YAML: return output_yaml(stdout, rep);
    case CLI_FORMAT_APISERVER: return output_apiserver(stdout, rep);
    case CLI_FORMAT_SARIF: return output_sarif(stdout, rep);
    case CLI_FORMAT_JUNIT: return output_junit(stdout, rep);
    }
    return -1;
}

static int validate(const cli_options *o)
{
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    gwapi_status st = gwapi_ctx_new(&ctx, &o->ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    size_t unreadable = 0, files = 0;
    if (st == GWAPI_OK) {
        unreadable = cli_add_paths(in, gwapi_ctx_limits(ctx)->max_input_bytes, o->files,
                                   o->nfiles, &files);
        st = gwapi_validate(&r, ctx, in);
    }
    int rc = EXIT_USAGE;
    report rep;
    if (st != GWAPI_OK) {
        fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
    } else if (!report_build(&rep, r, o, files, unreadable)) {
        fprintf(stderr, "gwapi: %s\n", gwapi_status_str(GWAPI_ENOMEM));
    } else {
        if (render(&rep, o))
            fprintf(stderr, "gwapi: %s\n", gwapi_status_str(GWAPI_ENOMEM));
        else
            rc = unreadable ? EXIT_USAGE : rep.errors ? EXIT_INVALID : EXIT_VALID;
        report_free(&rep);
    }
    gwapi_result_free(r);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    return rc;
}

int cmd_validate(int argc, char **argv)
{
    cli_options o;
    int rc = cli_parse_validate(&o, argc, argv);
    if (!rc && o.help)
        usage(stdout);
    else if (!rc)
        rc = validate(&o);
    cli_options_free(&o);
    return rc;
}
