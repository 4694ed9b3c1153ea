/* The output formats of `gwapi validate`, one file each, all rendering the
 * same report. Each returns 0, or -1 when out of memory. */
#ifndef GWAPI_CLI_OUTPUT_H
#define GWAPI_CLI_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>
#include "report.h"

/* Compiler-style lines and a summary line; ANSI colour when color. */
int output_text(FILE *out, const report *rep, bool color);
/* The ValidationResult document (docs/cli.md) as JSON or YAML. */
int output_json(FILE *out, const report *rep);
int output_yaml(FILE *out, const report *rep);
/* Per invalid object, the message the API server answers on create. */
int output_apiserver(FILE *out, const report *rep);
/* SARIF 2.1.0, one result per diagnostic. */
int output_sarif(FILE *out, const report *rep);
/* JUnit XML, one test case per object. */
int output_junit(FILE *out, const report *rep);

/* Prints doc as one line of JSON and deletes it; -1 when doc is NULL or
 * printing runs out of memory. */
struct cJSON;
int output_print_json(FILE *out, struct cJSON *doc);

/* One diagnostic as a text line: FILE:LINE:COL: SEVERITY: OBJECT: PATH: MESSAGE. */
void output_diag_line(FILE *out, const gwapi_diag *d, bool color);

/* "Kind ns/name" or "Kind name" (cluster-scoped) for a diagnostic's object;
 * empty when it has none. Writes at most size bytes including the NUL. */
void output_object_label(char *buf, size_t size, const gwapi_diag *d);

#endif
