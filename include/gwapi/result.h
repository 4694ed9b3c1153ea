/* Inputs, results and the objects a result holds. */
#ifndef GWAPI_RESULT_H
#define GWAPI_RESULT_H

#include <stddef.h>
#include "export.h"
#include "status.h"
#include "diag.h"
#include "context.h"
#include "types.h"
#include "kinds.h"

GWAPI_BEGIN_DECLS

typedef enum gwapi_format {
    /* JSON when the name ends in ".json" or the first non-blank byte (after
     * a BOM) is '{' or '[', checked as Go's encoding/json checks it: invalid
     * JSON is a syntax error, never re-read as YAML (kubectl 1.37 would
     * retry it as YAML; docs/cli.md). YAML otherwise; GWAPI_FORMAT_YAML
     * reads flow-style YAML. */
    GWAPI_FORMAT_AUTO = 0,
    GWAPI_FORMAT_YAML,
    GWAPI_FORMAT_JSON
} gwapi_format;

/* A set of input files to process together. */
typedef struct gwapi_input gwapi_input;

/* The caller owns *out; release with gwapi_input_free (before or after
 * the context: the input holds a reference to it). */
GWAPI_EXPORT gwapi_status gwapi_input_new(gwapi_input **out, const gwapi_ctx *ctx);
/* Adds one file's bytes (copied). name labels diagnostics, e.g. a path or
 * "-" for standard input; it is copied too. */
GWAPI_EXPORT gwapi_status gwapi_input_add(gwapi_input *in, const char *name,
                                          const void *bytes, size_t len,
                                          gwapi_format format);
GWAPI_EXPORT void gwapi_input_free(gwapi_input *in);

/* One Kubernetes object of the input, decoded. */
typedef struct gwapi_object {
    gwapi_kind kind;          /* GWAPI_KIND_UNKNOWN for kinds without a schema */
    gwapi_str api_version;    /* as written, e.g. "gateway.networking.k8s.io/v1" */
    gwapi_str kind_name;      /* as written, e.g. "HTTPRoute" */
    const gwapi_object_meta *meta;
    /* The kind's typed struct (see resources.h and gwapi_object_as_*), or
     * NULL for unknown kinds. */
    const void *typed;
    /* The document as loaded, before decoding or defaulting; NULL when the
     * context discards sources (gwapi_ctx_options.discard_source). */
    const gwapi_value *source;
    /* Count of error diagnostics that belong to this object. */
    size_t error_count;
} gwapi_object;

typedef struct gwapi_result gwapi_result;

/* Loads, decodes, defaults and validates every document of the input.
 * Problems with the input are diagnostics on *out, never a failing status;
 * a failing status means *out is NULL and nothing was leaked. The caller
 * owns *out; release with gwapi_result_free. The result holds a reference
 * to ctx: it stays valid after gwapi_ctx_free. */
GWAPI_EXPORT gwapi_status gwapi_validate(gwapi_result **out, const gwapi_ctx *ctx,
                                         const gwapi_input *in);
GWAPI_EXPORT void gwapi_result_free(gwapi_result *result);

/* Objects in input order; owned by result; valid until gwapi_result_free. */
GWAPI_EXPORT size_t gwapi_result_object_count(const gwapi_result *result);
GWAPI_EXPORT const gwapi_object *gwapi_result_object(const gwapi_result *result, size_t i);

/* Diagnostics in input order; owned by result; valid until gwapi_result_free. */
GWAPI_EXPORT size_t gwapi_result_diag_count(const gwapi_result *result);
GWAPI_EXPORT const gwapi_diag *gwapi_result_diag(const gwapi_result *result, size_t i);
/* The link between diagnostics and objects, both ways. A diagnostic
 * belongs to the object the library was decoding or validating when it
 * was found; problems outside any object (syntax errors, documents that are
 * not objects, limits, the "diagnostics were dropped" note) belong to none. */
#define GWAPI_NO_OBJECT ((size_t)-1)
/* Index (for gwapi_result_object) of the object diagnostic i belongs to,
 * or GWAPI_NO_OBJECT. O(log objects). */
GWAPI_EXPORT size_t gwapi_result_diag_object(const gwapi_result *result, size_t i);
/* Number of diagnostics of object `object`; they are the diagnostics
 * *first .. *first + count - 1 (first may be NULL; 0 and 0 for an index
 * out of range). Diagnostics past the context's max_diagnostics are not
 * stored and so not counted here (gwapi_object.error_count counts them). */
GWAPI_EXPORT size_t gwapi_result_object_diags(const gwapi_result *result, size_t object,
                                              size_t *first);
/* Number of diagnostics with GWAPI_SEVERITY_ERROR. */
GWAPI_EXPORT size_t gwapi_result_error_count(const gwapi_result *result);

/* Diagnostic i as one line of text without the newline, as `gwapi validate`
 * prints it: "[FILE:LINE:COLUMN: ]SEVERITY: [KIND [NS/]NAME: ][PATH: ]MESSAGE"
 * followed by " (first at [FILE:]LINE:COLUMN)" for a duplicate key (the
 * related position; " (see ...)" for any other diagnostic that has one).
 * Safe to show on a terminal: a string holding a control or other
 * non-printable character (or invalid UTF-8) is shown quoted as Go's %q
 * quotes it, and such characters in the message are escaped the same way.
 * The caller owns *out and releases it with gwapi_free; len may be NULL. */
GWAPI_EXPORT gwapi_status gwapi_result_diag_text(const gwapi_result *result, size_t i,
                                                 char **out, size_t *len);

GWAPI_END_DECLS

#endif
