/* `gwapi explain KIND/NAMESPACE/NAME FILE...`: why a route attached where
 * it did and which policies apply to its rules, what a policy holds, lost
 * or merged with, and what attached to a Gateway's listeners. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fputs("usage: gwapi explain [--controller-name NAME] [-o text|json] [-n NAMESPACE]\n"
          "                     KIND/NAMESPACE/NAME|KIND/NAME FILE...|-\n"
          "Resolves the objects and explains one: for a route, the listeners it\n"
          "attached to (and why not the others) and, per rule, the policies that\n"
          "apply in precedence order; for an Envoy Gateway policy, the targets it\n"
          "holds, lost (and to whom) and merged with; for a Gateway, its listeners\n"
          "and what attached to each. Exit status: 0 explained, 1 no such object,\n"
          "2 usage or I/O error.\n", out);
}

int cmd_explain(int argc, char **argv)
{
    gwapi_ctx_options opts = GWAPI_CTX_OPTIONS_INIT;
    gwapi_translate_options topts = GWAPI_TRANSLATE_OPTIONS_INIT;
    gwapi_explain_format fmt = GWAPI_EXPLAIN_TEXT;
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
                fmt = GWAPI_EXPLAIN_JSON;
            else if (!strcmp(val, "text"))
                fmt = GWAPI_EXPLAIN_TEXT;
            else {
                fprintf(stderr, "gwapi explain: unknown output format \"%s\"\n", val);
                return EXIT_USAGE;
            }
            i++;
        } else if ((!strcmp(a, "-n") || !strcmp(a, "--namespace")) && val) {
            opts.default_namespace = val;
            i++;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "gwapi explain: unknown option %s\n", a);
            usage(stderr);
            return EXIT_USAGE;
        } else {
            break;
        }
    }
    if (i + 1 >= argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    /* KIND/NAMESPACE/NAME, or KIND/NAME for cluster-scoped kinds. */
    size_t n = strlen(argv[i]);
    char *what = malloc(n + 1);
    if (!what)
        return EXIT_USAGE;
    memcpy(what, argv[i], n + 1);
    char *kind = what, *ns = NULL, *name = NULL;
    char *s1 = strchr(what, '/');
    if (s1) {
        *s1 = 0;
        char *s2 = strchr(s1 + 1, '/');
        if (s2) {
            *s2 = 0;
            ns = s1 + 1;
            name = s2 + 1;
        } else {
            name = s1 + 1;
        }
    }
    if (!name || !*kind || !*name) {
        fprintf(stderr, "gwapi explain: \"%s\" is not KIND/NAMESPACE/NAME\n", argv[i]);
        free(what);
        return EXIT_USAGE;
    }
    i++;
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_translation *t = NULL;
    gwapi_status st = gwapi_ctx_new(&ctx, &opts);
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    size_t nread = 0;
    int rc = st == GWAPI_OK && !cli_add_paths(in, gwapi_ctx_limits(ctx)->max_input_bytes, argv + i,
                                              (size_t)(argc - i), &nread)
                 ? EXIT_VALID
                 : EXIT_USAGE;
    if (!rc && (st = gwapi_translate(&t, ctx, in, &topts)) != GWAPI_OK)
        rc = EXIT_USAGE;
    if (!rc) {
        char *text = NULL;
        if ((st = gwapi_translation_explain(t, kind, ns, name, fmt, &text, NULL)) != GWAPI_OK) {
            rc = EXIT_USAGE;
        } else if (!text) {
            fprintf(stderr, "gwapi explain: no %s %s%s%s in the input\n", kind, ns ? ns : "", ns ? "/" : "", name);
            rc = EXIT_INVALID;
        } else {
            fputs(text, stdout);
            if (fmt == GWAPI_EXPLAIN_JSON)
                fputc('\n', stdout);
        }
        gwapi_free(text);
    }
    if (st != GWAPI_OK)
        fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
    gwapi_translation_free(t);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    free(what);
    return rc;
}
