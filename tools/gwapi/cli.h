/* Shared pieces of the gwapi command-line tool. */
#ifndef GWAPI_CLI_H
#define GWAPI_CLI_H

#include <stddef.h>
#include <stdio.h>
#include <gwapi/gwapi.h>

enum { EXIT_VALID = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

/* Adds FILE arguments to the input: "-" is standard input, directories are
 * walked for *.yaml, *.yml and *.json in name order (each real directory
 * once; non-regular files skipped with a note). Reading stops once the
 * files total more than max_input_bytes. A path that cannot be read is
 * reported on stderr and the others are still added. Returns the number
 * of paths that could not be read; *read counts the files added. */
size_t cli_add_paths(gwapi_input *in, size_t max_input_bytes, char **paths, size_t npaths,
                     size_t *read);

/* Prints a result's diagnostics compiler-style, one per line. */
void cli_print_diags(FILE *out, const gwapi_result *r);
/* A translation's validation diagnostics, then its resolution ones (t may be NULL). */
void cli_print_translation_diags(FILE *out, const gwapi_translation *t);

int cmd_validate(int argc, char **argv);
int cmd_translate(int argc, char **argv);
int cmd_routes(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_explain(int argc, char **argv);

#endif
