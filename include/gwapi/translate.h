/* Translation: validate, resolve attachment and references, and lower to
 * the IR (ir.h) and the route table. */
#ifndef GWAPI_TRANSLATE_H
#define GWAPI_TRANSLATE_H

#include <stddef.h>
#include "export.h"
#include "status.h"
#include "context.h"
#include "result.h"
#include "ir.h"

GWAPI_BEGIN_DECLS

#define GWAPI_TRANSLATE_OPTIONS_VERSION 1

typedef struct gwapi_translate_options {
    unsigned int version;            /* GWAPI_TRANSLATE_OPTIONS_VERSION */
    /* Manage GatewayClasses with this spec.controllerName; NULL manages
     * every GatewayClass of the input. Copied. */
    const char *controller_name;
} gwapi_translate_options;

#define GWAPI_TRANSLATE_OPTIONS_INIT { GWAPI_TRANSLATE_OPTIONS_VERSION, 0 }

/* Loads, validates and translates the input. Problems with the input are
 * diagnostics on *out; a failing status means *out is NULL. opts may be
 * NULL. The caller owns *out; release with gwapi_result_free. */
GWAPI_EXPORT gwapi_status gwapi_translate(gwapi_result **out, const gwapi_ctx *ctx,
                                          const gwapi_input *in,
                                          const gwapi_translate_options *opts);

/* The IR of a translated result; NULL for a result of gwapi_validate.
 * Owned by result; valid until gwapi_result_free. */
GWAPI_EXPORT const gwapi_ir *gwapi_result_ir(const gwapi_result *result);

typedef enum gwapi_output_format {
    GWAPI_OUTPUT_JSON = 0,
    GWAPI_OUTPUT_YAML = 1,
    GWAPI_OUTPUT_TEXT = 2            /* route table only: for a terminal */
} gwapi_output_format;

/* The IR document (docs/ir.md) in JSON or YAML. The caller owns *out and
 * releases it with gwapi_free; len may be NULL. */
GWAPI_EXPORT gwapi_status gwapi_result_ir_output(const gwapi_result *result,
                                                 gwapi_output_format format,
                                                 char **out, size_t *len);
/* The route table (docs/routes.md) in JSON, YAML or text. Same ownership. */
GWAPI_EXPORT gwapi_status gwapi_result_routes_output(const gwapi_result *result,
                                                     gwapi_output_format format,
                                                     char **out, size_t *len);

/* One call for bindings: bytes in (YAML or JSON, multi-document), JSON
 * out: {"apiVersion", "kind": "TranslateResult", "diagnostics": [...],
 * "ir": {...}, "routes": {...}}. options_json may be NULL or a JSON object
 * {"controllerName": NAME}. The caller releases *out with gwapi_free. */
GWAPI_EXPORT gwapi_status gwapi_translate_json(const gwapi_ctx *ctx, const void *bytes,
                                               size_t len, const char *options_json,
                                               char **out, size_t *out_len);

GWAPI_END_DECLS

#endif
