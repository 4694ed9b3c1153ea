/* Diagnostics: every problem found in the input, with the object, the field
 * path and the source position. Collected per result, never global. */
#ifndef GWAPI_DIAG_H
#define GWAPI_DIAG_H

#include <stddef.h>
#include "export.h"
#include "str.h"
#include "value.h"

GWAPI_BEGIN_DECLS

typedef enum gwapi_severity {
    GWAPI_SEVERITY_ERROR = 0,
    GWAPI_SEVERITY_WARNING = 1,
    GWAPI_SEVERITY_INFO = 2
} gwapi_severity;

/* Stable diagnostic codes; the text form (gwapi_diag_code_str) is what the
 * CLI and the JSON output print. Codes are never renumbered or reused. */
typedef enum gwapi_diag_code {
    GWAPI_DIAG_SYNTAX = 1,          /* malformed YAML or JSON */
    GWAPI_DIAG_LIMIT = 2,           /* a context limit was exceeded */
    GWAPI_DIAG_ENCODING = 3,        /* invalid UTF-8, BOM misuse */
    GWAPI_DIAG_NOT_OBJECT = 4,      /* a document that is not a Kubernetes object */
    GWAPI_DIAG_UNKNOWN_KIND = 5,    /* apiVersion/kind this library has no schema for */
    GWAPI_DIAG_UNKNOWN_FIELD = 6,   /* field not in the schema (strict decoding) */
    GWAPI_DIAG_DUPLICATE_FIELD = 7, /* the same key twice in one mapping */
    GWAPI_DIAG_TYPE = 8,            /* wrong JSON type for the schema */
    GWAPI_DIAG_REQUIRED = 9,        /* a required field is missing */
    GWAPI_DIAG_UNSUPPORTED = 10,    /* value outside an enum */
    GWAPI_DIAG_INVALID = 11,        /* pattern, format, range, CEL rule, ... */
    GWAPI_DIAG_TOO_LONG = 12,       /* maxLength */
    GWAPI_DIAG_TOO_MANY = 13,       /* maxItems / maxProperties */
    GWAPI_DIAG_DUPLICATE = 14,      /* x-kubernetes-list-type set/map duplicate */
    GWAPI_DIAG_FORBIDDEN = 15,      /* field forbidden in this context */
    GWAPI_DIAG_RULE_SKIPPED = 16,   /* CEL rules not run because of earlier errors */
    GWAPI_DIAG_METADATA = 17        /* invalid object metadata (name, labels, ...) */
} gwapi_diag_code;

typedef struct gwapi_diag {
    gwapi_severity severity;
    gwapi_diag_code code;
    /* The object the problem belongs to, as written (any bytes, NULs
     * included); absent when the document is not an object (syntax errors)
     * or the field is absent. */
    gwapi_str kind;
    gwapi_str ns;
    gwapi_str name;
    /* Field path as the API server prints it, e.g.
     * "spec.rules[0].matches[1].path.value"; "" for the whole document
     * (ptr never NULL). Map keys and unknown field names in it are as
     * written (any bytes). */
    gwapi_str path;
    /* File, line and column of the offending node (or nearest ancestor).
     * pos.file is never NULL: "" (with line and column 0) when no input
     * position applies, e.g. the "diagnostics were dropped" note. */
    gwapi_pos pos;
    /* The message in the API server's or kubectl's own words; never NULL. */
    const char *message;
    /* A second position the problem involves: for a duplicate key, the
     * first occurrence (pos is the repeat). file "" and line 0 when none. */
    gwapi_pos related;
} gwapi_diag;

/* "error", "warning" or "info"; static storage. */
GWAPI_EXPORT const char *gwapi_severity_str(gwapi_severity severity);
/* Stable short name such as "unknown-field"; static storage. */
GWAPI_EXPORT const char *gwapi_diag_code_str(gwapi_diag_code code);

GWAPI_END_DECLS

#endif
