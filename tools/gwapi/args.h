/* Command-line options of `gwapi validate`: what the user asked for, parsed
 * from options given anywhere on the line, as `--opt value` or `--opt=value`. */
#ifndef GWAPI_CLI_ARGS_H
#define GWAPI_CLI_ARGS_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/gwapi.h>

typedef enum cli_format {
    CLI_FORMAT_TEXT,
    CLI_FORMAT_JSON,
    CLI_FORMAT_YAML,
    CLI_FORMAT_APISERVER,
    CLI_FORMAT_SARIF,
    CLI_FORMAT_JUNIT
} cli_format;

typedef enum cli_color { CLI_COLOR_AUTO, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER } cli_color;

typedef struct cli_options {
    gwapi_ctx_options ctx;
    cli_format format;
    cli_color color;
    bool quiet;                /* errors only: no warnings, no summary line */
    bool ignore_unknown_kinds; /* kinds without a schema are skipped silently */
    size_t max_diagnostics;    /* 0: print every diagnostic */
    bool max_diagnostics_set;
    const char **skip_kinds;   /* kinds whose objects are skipped */
    size_t nskip_kinds;
    char **files;              /* FILE arguments in order; "-" is stdin */
    size_t nfiles;
    bool help;
} cli_options;

/* Parses argv[1..argc) (argv[0] is the command name). Returns 0, or
 * EXIT_USAGE after printing why to stderr. The options point into argv;
 * release the arrays with cli_options_free. */
int cli_parse_validate(cli_options *o, int argc, char **argv);
void cli_options_free(cli_options *o);

/* True when kind is in o->skip_kinds. */
bool cli_skips_kind(const cli_options *o, gwapi_str kind);

#endif
