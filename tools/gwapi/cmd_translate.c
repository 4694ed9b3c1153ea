/* `gwapi translate` (the IR) and `gwapi routes` (the route table): both
 * translate the input and print one output of the result. */
#include "cli.h"

#include <stdbool.h>

#include <stdlib.h>
#include <string.h>

typedef enum what { WHAT_IR, WHAT_ROUTES } what;

static void usage(FILE *out, what w)
{
    if (w == WHAT_IR)
        fputs("usage: gwapi translate [--controller-name NAME] [-o json|yaml] FILE...|-\n"
              "Prints the IR: managed Gateways, their programmed listeners, virtual hosts\n"
              "and routes in match order (docs/ir.md).\n", out);
    else
        fputs("usage: gwapi routes [--controller-name NAME] [-o text|json|yaml] FILE...|-\n"
              "Prints the route table: per programmed listener, the entries a data plane\n"
              "matches, in match order (docs/routes.md).\n", out);
    fputs("Exit status: 0 translated (even with invalid objects), 2 usage or I/O error.\n", out);
}

static int run(int argc, char **argv, what w)
{
    const char *cmd = w == WHAT_IR ? "translate" : "routes";
    gwapi_translate_options topts = GWAPI_TRANSLATE_OPTIONS_INIT;
    gwapi_output_format format = w == WHAT_IR ? GWAPI_OUTPUT_JSON : GWAPI_OUTPUT_TEXT;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--")) {
            i++;
            break;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout, w);
            return EXIT_VALID;
        } else if (!strcmp(a, "--controller-name") && val) {
            topts.controller_name = val;
            i++;
        } else if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && val) {
            if (!strcmp(val, "json"))
                format = GWAPI_OUTPUT_JSON;
            else if (!strcmp(val, "yaml"))
                format = GWAPI_OUTPUT_YAML;
            else if (!strcmp(val, "text") && w == WHAT_ROUTES)
                format = GWAPI_OUTPUT_TEXT;
            else {
                fprintf(stderr, "gwapi %s: unknown output format \"%s\"\n", cmd, val);
                return EXIT_USAGE;
            }
            i++;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "gwapi %s: unknown option %s\n", cmd, a);
            usage(stderr, w);
            return EXIT_USAGE;
        } else {
            break;
        }
    }
    if (i >= argc) {
        usage(stderr, w);
        return EXIT_USAGE;
    }
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_translation *t = NULL;
    gwapi_status st = gwapi_ctx_new(&ctx, NULL);
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    if (st != GWAPI_OK) {
        fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
        gwapi_ctx_free(ctx);
        return EXIT_USAGE;
    }
    size_t nread = 0;
    /* Unreadable paths are reported (exit 2); the others are still translated. */
    bool unreadable = cli_add_paths(in, gwapi_ctx_limits(ctx)->max_input_bytes, argv + i,
                                    (size_t)(argc - i), &nread) > 0;
    int rc = EXIT_VALID;
    {
        st = gwapi_translate(&t, ctx, in, &topts);
        char *text = NULL;
        if (st == GWAPI_OK)
            st = w == WHAT_IR ? gwapi_translation_ir_output(t, format, &text, NULL)
                              : gwapi_translation_routes_output(t, format, &text, NULL);
        if (st == GWAPI_OK) {
            fputs(text, stdout);
        } else {
            fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
            rc = EXIT_USAGE;
        }
        gwapi_free(text);
        cli_print_translation_diags(stderr, t);
    }
    if (unreadable)
        rc = EXIT_USAGE;
    gwapi_translation_free(t);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    return rc;
}

int cmd_translate(int argc, char **argv)
{
    return run(argc, argv, WHAT_IR);
}

int cmd_routes(int argc, char **argv)
{
    return run(argc, argv, WHAT_ROUTES);
}
