/* `gwapi status`: the status a controller would write for every object it
 * manages, as a Kubernetes List. */
#include "cli.h"
#include "args.h"
#include "translation.h"

static int status(const cli_options *o, cli_command cmd)
{
    (void)cmd;
    cli_translation ct;
    gwapi_status st = cli_translate_files(&ct, o, false);
    int rc = st == GWAPI_OK ? EXIT_VALID : EXIT_USAGE;
    if (!rc) {
        cli_print_translation_diags(stderr, ct.t);
        gwapi_output_format fmt = o->format == CLI_FORMAT_JSON ? GWAPI_OUTPUT_JSON : GWAPI_OUTPUT_YAML;
        char *text = NULL;
        if ((st = gwapi_translation_status(ct.t, fmt, &text, NULL)) == GWAPI_OK) {
            fputs(text, stdout);
            if (fmt == GWAPI_OUTPUT_JSON)
                fputc('\n', stdout);
        } else {
            fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
            rc = EXIT_USAGE;
        }
        gwapi_free(text);
    }
    if (ct.unreadable)
        rc = EXIT_USAGE;
    cli_translation_free(&ct);
    return rc;
}

int cmd_status(int argc, char **argv)
{
    return cli_main(CLI_STATUS, argc, argv, status);
}
