/* `gwapi validate`: the API server's verdict on manifests, offline. */
#include "cli.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fputs("usage: gwapi validate [--channel standard|experimental] [-o text|json]\n"
          "                      [--unknown-fields error|warn] [-n NAMESPACE]\n"
          "                      [--max-input-bytes N] FILE...|-\n"
          "Validates Gateway API and Envoy Gateway objects as an API server with the\n"
          "CRDs installed would. Exit status: 0 valid (warnings allowed), 1 invalid,\n"
          "2 usage or I/O error.\n", out);
}

int cmd_validate(int argc, char **argv)
{
    gwapi_ctx_options opts = GWAPI_CTX_OPTIONS_INIT;
    int json = 0;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--")) {
            i++;
            break;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return EXIT_VALID;
        } else if (!strcmp(a, "--channel") && val) {
            if (!strcmp(val, "standard"))
                opts.channel = GWAPI_CHANNEL_STANDARD;
            else if (!strcmp(val, "experimental"))
                opts.channel = GWAPI_CHANNEL_EXPERIMENTAL;
            else {
                fprintf(stderr, "gwapi validate: unknown channel \"%s\"\n", val);
                return EXIT_USAGE;
            }
            i++;
        } else if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && val) {
            if (!strcmp(val, "json"))
                json = 1;
            else if (strcmp(val, "text")) {
                fprintf(stderr, "gwapi validate: unknown output format \"%s\"\n", val);
                return EXIT_USAGE;
            }
            i++;
        } else if (!strcmp(a, "--unknown-fields") && val) {
            if (!strcmp(val, "warn"))
                opts.unknown_field_severity = GWAPI_SEVERITY_WARNING;
            else if (!strcmp(val, "error"))
                opts.unknown_field_severity = GWAPI_SEVERITY_ERROR;
            else {
                fprintf(stderr, "gwapi validate: --unknown-fields takes error or warn\n");
                return EXIT_USAGE;
            }
            i++;
        } else if (!strcmp(a, "--max-input-bytes") && val) {
            char *end;
            errno = 0;
            unsigned long long n = strtoull(val, &end, 10);
            if (errno || end == val || *end || val[0] == '-' || n == 0 || n > SIZE_MAX) {
                fprintf(stderr, "gwapi validate: --max-input-bytes takes a positive byte count\n");
                return EXIT_USAGE;
            }
            opts.limits.max_input_bytes = (size_t)n;
            i++;
        } else if ((!strcmp(a, "-n") || !strcmp(a, "--namespace")) && val) {
            opts.default_namespace = val;
            i++;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "gwapi validate: unknown option %s\n", a);
            usage(stderr);
            return EXIT_USAGE;
        } else {
            break;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return EXIT_USAGE;
    }

    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    gwapi_status st = gwapi_ctx_new(&ctx, &opts);
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    if (st != GWAPI_OK) {
        fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
        gwapi_ctx_free(ctx);
        return EXIT_USAGE;
    }
    int rc = cli_add_paths(in, gwapi_ctx_limits(ctx)->max_input_bytes, argv + i, argc - i);
    if (!rc) {
        st = gwapi_validate(&r, ctx, in);
        if (st != GWAPI_OK) {
            fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
            rc = EXIT_USAGE;
        }
    }
    if (!rc) {
        size_t errors = gwapi_result_error_count(r);
        if (json) {
            char *text = NULL;
            if (gwapi_result_json(r, &text, NULL) == GWAPI_OK)
                fputs(text, stdout);
            gwapi_free(text);
        } else {
            cli_print_diags(stdout, r);
            size_t warnings = 0, n = gwapi_result_diag_count(r);
            for (size_t d = 0; d < n; d++)
                warnings += gwapi_result_diag(r, d)->severity == GWAPI_SEVERITY_WARNING;
            printf("%zu object%s: %zu error%s, %zu warning%s\n",
                   gwapi_result_object_count(r), gwapi_result_object_count(r) == 1 ? "" : "s",
                   errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        }
        rc = errors ? EXIT_INVALID : EXIT_VALID;
    }
    gwapi_result_free(r);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    return rc;
}
