/* `gwapi status`: the status a controller would write for every object it
 * manages, as a Kubernetes List. */
#include "cli.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fputs("usage: gwapi status [--controller-name NAME] [-o json|yaml] [-n NAMESPACE] FILE...|-\n"
          "Resolves Gateway API and Envoy Gateway objects and prints, as a Kubernetes\n"
          "List, the status a controller would write for every object it manages\n"
          "(GatewayClasses whose controllerName is NAME; all of them without the\n"
          "option). Diagnostics go to standard error. Exit status: 0 done, 2 usage or\n"
          "I/O error.\n", out);
}

int cmd_status(int argc, char **argv)
{
    gwapi_ctx_options opts = GWAPI_CTX_OPTIONS_INIT;
    gwapi_translate_options topts = GWAPI_TRANSLATE_OPTIONS_INIT;
    gwapi_output_format fmt = GWAPI_OUTPUT_YAML;
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
        } else if (!strcmp(a, "--controller-name") && val) {
            topts.controller_name = val;
            i++;
        } else if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && val) {
            if (!strcmp(val, "json"))
                fmt = GWAPI_OUTPUT_JSON;
            else if (!strcmp(val, "yaml"))
                fmt = GWAPI_OUTPUT_YAML;
            else {
                fprintf(stderr, "gwapi status: unknown output format \"%s\"\n", val);
                return EXIT_USAGE;
            }
            i++;
        } else if ((!strcmp(a, "-n") || !strcmp(a, "--namespace")) && val) {
            opts.default_namespace = val;
            i++;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "gwapi status: unknown option %s\n", a);
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
    gwapi_translation *t = NULL;
    gwapi_status st = gwapi_ctx_new(&ctx, &opts);
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    size_t nread = 0;
    /* Unreadable paths are reported; the others are still resolved. */
    bool unreadable = st == GWAPI_OK &&
                      cli_add_paths(in, gwapi_ctx_limits(ctx)->max_input_bytes, argv + i,
                                    (size_t)(argc - i), &nread) > 0;
    int rc = st == GWAPI_OK ? EXIT_VALID : EXIT_USAGE;
    if (!rc && (st = gwapi_translate(&t, ctx, in, &topts)) != GWAPI_OK)
        rc = EXIT_USAGE;
    if (!rc) {
        cli_print_translation_diags(stderr, t);
        char *text = NULL;
        if ((st = gwapi_translation_status(t, fmt, &text, NULL)) == GWAPI_OK) {
            fputs(text, stdout);
            if (fmt == GWAPI_OUTPUT_JSON)
                fputc('\n', stdout);
        } else {
            rc = EXIT_USAGE;
        }
        gwapi_free(text);
    }
    if (st != GWAPI_OK)
        fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
    if (unreadable)
        rc = EXIT_USAGE;
    gwapi_translation_free(t);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    return rc;
}
