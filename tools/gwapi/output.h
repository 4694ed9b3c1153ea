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

/* The library's text line of entry e (gwapi_result_diag_text, safe for a
 * terminal): "FILE:LINE:COL: SEVERITY: [OBJECT: ][PATH: ]MESSAGE", or
 * "SEVERITY: ..." for notes without a file. Released with gwapi_free;
 * NULL when out of memory. */
typedef struct output_line_parts {
    size_t len;
    size_t pos_len;  /* length of "FILE:LINE:COL:" (0: none) */
    size_t body;     /* offset of what follows "SEVERITY: " */
} output_line_parts;
char *output_line(const report *rep, const report_entry *e, output_line_parts *parts);

/* That line and a newline, with colour when color; -1 when out of memory. */
int output_diag_line(FILE *out, const report *rep, const report_entry *e, bool color);

/* "Kind ns/name" or "Kind name" (cluster-scoped) as written; nothing when
 * kind is absent. */
void output_object_label(FILE *out, gwapi_str kind, gwapi_str ns, gwapi_str name);

#endif
