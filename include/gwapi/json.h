/* The JSON surface for FFI callers (Python ctypes, Go cgo): options as JSON
 * text instead of C structs, bytes in and a versioned JSON document out,
 * strings released with gwapi_free. Documented in docs/api.md. */
#ifndef GWAPI_JSON_H
#define GWAPI_JSON_H

#include <stddef.h>
#include "export.h"
#include "status.h"
#include "context.h"
#include "result.h"

GWAPI_BEGIN_DECLS

/* apiVersion of every JSON document this library writes. */
#define GWAPI_JSON_API_VERSION "gwapi.dev/v1alpha1"

/* Creates a context from options given as a JSON object (NULL or "" for
 * the defaults), e.g.
 *   {"channel": "standard", "unknownFields": "warn",
 *    "defaultNamespace": "apps", "limits": {"maxDepth": 50}}
 * Keys: channel ("experimental" | "standard"), unknownFields ("error" |
 * "warn"), defaultNamespace (string), limits (object of maxDocumentBytes,
 * maxInputBytes, maxDepth, maxNodes, maxAliasExpansion, maxScalarBytes,
 * maxItems, maxDiagnostics: non-negative integers, 0 = default). An unknown
 * key, a wrong type or text that is not one JSON object is GWAPI_EINVAL.
 * The context uses malloc. The caller owns *out; release with gwapi_ctx_free. */
GWAPI_EXPORT gwapi_status gwapi_ctx_new_json(gwapi_ctx **out, const char *options_json);

/* One call for bindings: validates `len` bytes (one file, YAML or JSON)
 * and writes the result as a ValidationResult document (see
 * gwapi_result_json). options_json is NULL, "" or a JSON object with keys
 * file (the name diagnostics carry; default "<input>") and format ("auto",
 * "yaml" or "json"; default "auto"); anything else is GWAPI_EINVAL.
 * The caller owns *out and releases it with gwapi_free; len_out may be NULL.
 * On failure *out is NULL. */
GWAPI_EXPORT gwapi_status gwapi_validate_json(char **out, size_t *len_out, const gwapi_ctx *ctx,
                                              const void *bytes, size_t len,
                                              const char *options_json);

/* One call for bindings: validates and resolves `len` bytes and writes
 *   {"apiVersion": "gwapi.dev/v1alpha1", "kind": "TranslationResult",
 *    "summary": {"objects": N, "errors": N, "warnings": N},
 *    "diagnostics": [validation's, then resolution's, as in gwapi_result_json],
 *    "status": the status List (gwapi_translation_status),
 *    "ir": the IR document (gwapi_translation_ir_output, docs/ir.md),
 *    "routes": the route table (gwapi_translation_routes_output)}
 * options_json is NULL, "" or a JSON object with keys file, format (as for
 * gwapi_validate_json), controllerName (manage the GatewayClasses with
 * that spec.controllerName; default: all) and now (a positive integer,
 * Unix seconds: gwapi_translate_options.now; default: the current time);
 * anything else is GWAPI_EINVAL.
 * The caller owns *out and releases it with gwapi_free; len_out may be
 * NULL. On failure *out is NULL. */
GWAPI_EXPORT gwapi_status gwapi_translate_json(char **out, size_t *len_out, const gwapi_ctx *ctx,
                                               const void *bytes, size_t len,
                                               const char *options_json);

/* The result as one JSON object, NUL-terminated:
 *   {"apiVersion": "gwapi.dev/v1alpha1", "kind": "ValidationResult",
 *    "summary": {"objects": N, "errors": N, "warnings": N},
 *    "diagnostics": [{severity, code, kind, namespace, name, path, file,
 *                     line, column, message, related}, ...]}
 * kind/namespace/name are null when absent, file "" where no input
 * position applies; related is {file, line, column} (a duplicate key's
 * first occurrence) or null. The caller owns *out and
 * releases it with gwapi_free; len may be NULL. */
GWAPI_EXPORT gwapi_status gwapi_result_json(const gwapi_result *result, char **out, size_t *len);

/* Releases a string this library handed out (any gwapi_*_json output);
 * needs no context, which may already be freed. NULL is ignored. */
GWAPI_EXPORT void gwapi_free(char *s);

GWAPI_END_DECLS

#endif
