/* `gwapi validate`: the API server's verdict on manifests, offline. */
#include "cli.h"
#include "args.h"
#include "output.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

static int validate(const cli_options *o, cli_command cmd)
{
    (void)cmd;
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
    return cli_main(CLI_VALIDATE, argc, argv, validate);
}
