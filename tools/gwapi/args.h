/* Command-line options of every gwapi command, parsed by one table-driven
 * parser: options anywhere on the line, as `--opt value` or `--opt=value`,
 * each command accepting its own subset of one option table. */
#ifndef GWAPI_CLI_ARGS_H
#define GWAPI_CLI_ARGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <gwapi/gwapi.h>

typedef enum cli_command {
    CLI_VALIDATE,
    CLI_STATUS,
    CLI_TRANSLATE,
    CLI_ROUTES,
    CLI_EXPLAIN
} cli_command;

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
    gwapi_translate_options translate; /* --controller-name, --now */
    cli_format format;         /* the command's default unless -o */
    cli_color color;
    bool quiet;                /* errors only: no warnings, no summary line */
    bool ignore_unknown_kinds; /* kinds without a schema are skipped silently */
    size_t max_diagnostics;    /* 0: print every diagnostic */
    bool max_diagnostics_set;
    const char **skip_kinds;   /* kinds whose objects are skipped */
    size_t nskip_kinds;
    /* Operands in order: FILE arguments ("-" is stdin), for explain after
     * the object named first (the `object` member). */
    const char *object;
    char **files;
    size_t nfiles;
    bool help;
} cli_options;

/* Parses argv[1..argc) (argv[0] is the command name) for cmd. Returns 0,
 * or EXIT_USAGE after printing why to stderr. With --help, returns 0 with
 * o->help set and the operands unchecked. The options point into argv;
 * release the arrays with cli_options_free. */
int cli_parse(cli_options *o, cli_command cmd, int argc, char **argv);
void cli_options_free(cli_options *o);

/* The --help text of cmd, its option list generated from the table. */
void cli_usage(FILE *out, cli_command cmd);

/* A command's entry: parses argv for cmd, prints --help, or runs
 * run(options, cmd); returns the exit status. */
int cli_main(cli_command cmd, int argc, char **argv, int (*run)(const cli_options *o, cli_command cmd));

/* True when kind is in o->skip_kinds. */
bool cli_skips_kind(const cli_options *o, gwapi_str kind);

#endif
