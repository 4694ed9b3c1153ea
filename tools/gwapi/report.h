/* What `gwapi validate` reports: the library's result seen through the
 * user's filters (--skip-kinds, --ignore-unknown-kinds, --quiet,
 * --max-diagnostics), each diagnostic with its object, and the counts
 * of the summary. Every output format renders this one view. */
#ifndef GWAPI_CLI_REPORT_H
#define GWAPI_CLI_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <gwapi/gwapi.h>
#include "args.h"

#define REPORT_NO_OBJECT GWAPI_NO_OBJECT

typedef struct report_object {
    const gwapi_object *obj;
    const char *file;   /* the file it came from ("" when unknown) */
    bool skipped;       /* --skip-kinds, or --ignore-unknown-kinds and no schema */
    bool invalid;       /* not skipped and has an error */
    size_t errors;      /* error diagnostics of this object */
    size_t warnings;
} report_object;

typedef struct report_entry {
    const gwapi_diag *diag;
    size_t index;       /* of diag in the result */
    size_t object;      /* index into report.objects, or REPORT_NO_OBJECT */
} report_entry;

typedef struct report {
    const gwapi_result *result;
    const cli_options *opts;
    report_object *objects;  /* every object of the result, in input order */
    size_t nobjects;
    report_entry *entries;   /* diagnostics to show, in input order */
    size_t nentries;
    size_t omitted;          /* past --max-diagnostics (not in entries) */
    /* Summary: skipped objects and their diagnostics are not counted. */
    size_t files;            /* files read */
    size_t unreadable;       /* files that could not be read */
    size_t valid, invalid, skipped;
    size_t errors, warnings; /* also those hidden by --quiet or the maximum */
} report;

/* Builds the view; false when out of memory. */
bool report_build(report *rep, const gwapi_result *r, const cli_options *o, size_t files,
                  size_t unreadable);
void report_free(report *rep);

/* The object of entry e, or NULL. */
const gwapi_object *report_entry_object(const report *rep, const report_entry *e);

#endif
