/* `gwapi translate` (the IR) and `gwapi routes` (the route table): both
 * translate the input and print one output of the result. */
#include "cli.h"
#include "args.h"
#include "translation.h"

static int translate(const cli_options *o, cli_command cmd)
{
    cli_translation ct;
    gwapi_status st = cli_translate_files(&ct, o, false);
    int rc = EXIT_VALID;
    if (!ct.in) {
        rc = EXIT_USAGE;   /* no context or input: nothing was read */
    } else {
        gwapi_output_format fmt = o->format == CLI_FORMAT_YAML ? GWAPI_OUTPUT_YAML
                                : o->format == CLI_FORMAT_TEXT ? GWAPI_OUTPUT_TEXT : GWAPI_OUTPUT_JSON;
        char *text = NULL;
        if (st == GWAPI_OK) {
            st = cmd == CLI_TRANSLATE ? gwapi_translation_ir_output(ct.t, fmt, &text, NULL)
                                      : gwapi_translation_routes_output(ct.t, fmt, &text, NULL);
            if (st == GWAPI_OK)
                fputs(text, stdout);
            else
                fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
        }
        if (st != GWAPI_OK)
            rc = EXIT_USAGE;
        gwapi_free(text);
        cli_print_translation_diags(stderr, ct.t);
    }
    if (ct.unreadable)
        rc = EXIT_USAGE;
    cli_translation_free(&ct);
    return rc;
}

int cmd_translate(int argc, char **argv)
{
    return cli_main(CLI_TRANSLATE, argc, argv, translate);
}

int cmd_routes(int argc, char **argv)
{
    return cli_main(CLI_ROUTES, argc, argv, translate);
}
