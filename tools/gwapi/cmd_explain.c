/* `gwapi explain KIND/NAMESPACE/NAME FILE...`: why a route attached where
 * it did and which policies apply to its rules, what a policy holds, lost
 * or merged with, and what attached to a Gateway's listeners. */
#include "cli.h"
#include "args.h"
#include "translation.h"

#include <stdlib.h>
#include <string.h>

typedef struct object_id {
    char *buf;              /* owns kind, ns and name */
    const char *kind, *ns, *name;
} object_id;

/* KIND/NAMESPACE/NAME, or KIND/NAME for cluster-scoped kinds (ns NULL). */
static int parse_object(object_id *id, const char *arg)
{
    size_t n = strlen(arg);
    memset(id, 0, sizeof *id);
    if (!(id->buf = malloc(n + 1)))
        return EXIT_USAGE;
    memcpy(id->buf, arg, n + 1);
    id->kind = id->buf;
    char *s1 = strchr(id->buf, '/');
    if (s1) {
        *s1 = 0;
        char *s2 = strchr(s1 + 1, '/');
        if (s2) {
            *s2 = 0;
            id->ns = s1 + 1;
            id->name = s2 + 1;
        } else {
            id->name = s1 + 1;
        }
    }
    if (!id->name || !*id->kind || !*id->name) {
        fprintf(stderr, "gwapi explain: \"%s\" is not KIND/NAMESPACE/NAME\n", arg);
        return EXIT_USAGE;
    }
    return 0;
}

static int explain_object(const cli_options *o, const object_id *id)
{
    cli_translation ct;
    gwapi_status st = cli_translate_files(&ct, o, true);
    int rc = st == GWAPI_OK && !ct.unreadable ? EXIT_VALID : EXIT_USAGE;
    if (!rc) {
        gwapi_explain_format fmt = o->format == CLI_FORMAT_JSON ? GWAPI_EXPLAIN_JSON : GWAPI_EXPLAIN_TEXT;
        char *text = NULL;
        if ((st = gwapi_translation_explain(ct.t, id->kind, id->ns, id->name, fmt, &text, NULL)) != GWAPI_OK) {
            fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
            rc = EXIT_USAGE;
        } else if (!text) {
            fprintf(stderr, "gwapi explain: no %s %s%s%s in the input\n", id->kind, id->ns ? id->ns : "",
                    id->ns ? "/" : "", id->name);
            rc = EXIT_INVALID;
        } else {
            fputs(text, stdout);
            if (fmt == GWAPI_EXPLAIN_JSON)
                fputc('\n', stdout);
        }
        gwapi_free(text);
    }
    cli_translation_free(&ct);
    return rc;
}

static int explain(const cli_options *o, cli_command cmd)
{
    (void)cmd;
    object_id id;
    int rc = parse_object(&id, o->object);
    if (!rc)
        rc = explain_object(o, &id);
    free(id.buf);
    return rc;
}

int cmd_explain(int argc, char **argv)
{
    return cli_main(CLI_EXPLAIN, argc, argv, explain);
}
