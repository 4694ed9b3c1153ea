/* Translation: what attaches where and the status a controller would write
 * (GatewayClass, Gateway + listeners, ListenerSet, every route kind,
 * BackendTLSPolicy), computed as a pure function of the input. */
#ifndef GWAPI_TRANSLATE_H
#define GWAPI_TRANSLATE_H

#include <stddef.h>
#include <stdint.h>
#include "export.h"
#include "status.h"
#include "diag.h"
#include "context.h"
#include "result.h"
#include "ir.h"

GWAPI_BEGIN_DECLS

#define GWAPI_TRANSLATE_OPTIONS_VERSION 2

typedef struct gwapi_translate_options {
    unsigned version;               /* GWAPI_TRANSLATE_OPTIONS_VERSION */
    /* Manage the GatewayClasses whose spec.controllerName equals this; NULL
     * manages every GatewayClass of the input. Copied by gwapi_translate. */
    const char *controller_name;
    /* Since version 2: the instant, in Unix seconds, that certificate and
     * CRL validity dates are checked against (ClientTrafficPolicy client
     * validation). 0 (or a version 1 struct): the current time, read once
     * per gwapi_translate call. Set it for reproducible results. */
    int64_t now;
} gwapi_translate_options;

#define GWAPI_TRANSLATE_OPTIONS_INIT { GWAPI_TRANSLATE_OPTIONS_VERSION, NULL, 0 }

/* The outcome of a translation: the validated objects, the diagnostics of
 * validation and resolution, and the statuses. */
typedef struct gwapi_translation gwapi_translation;

/* Validates the input (as gwapi_validate) and resolves it. Objects that
 * decoded take part even when validation found errors in them, as a
 * controller's translator sees whatever reached it; the errors stay in the
 * diagnostics. The caller owns *out; release with gwapi_translation_free
 * (before the context). opts may be NULL. */
GWAPI_EXPORT gwapi_status gwapi_translate(gwapi_translation **out, const gwapi_ctx *ctx,
                                          const gwapi_input *in,
                                          const gwapi_translate_options *opts);
GWAPI_EXPORT void gwapi_translation_free(gwapi_translation *t);

/* The validation result the translation was computed from; owned by t;
 * valid until gwapi_translation_free. */
GWAPI_EXPORT const gwapi_result *gwapi_translation_result(const gwapi_translation *t);

/* Diagnostics resolution adds (objects not managed, duplicate identities,
 * dropped rules); owned by t; valid until gwapi_translation_free. */
GWAPI_EXPORT size_t gwapi_translation_diag_count(const gwapi_translation *t);
GWAPI_EXPORT const gwapi_diag *gwapi_translation_diag(const gwapi_translation *t, size_t i);
/* Resolution diagnostic i as one line of text, in gwapi_result_diag_text's
 * form. The caller owns *out and releases it with gwapi_free; len may be
 * NULL. */
GWAPI_EXPORT gwapi_status gwapi_translation_diag_text(const gwapi_translation *t, size_t i,
                                                      char **out, size_t *len);

typedef enum gwapi_output_format {
    GWAPI_OUTPUT_JSON = 0,
    GWAPI_OUTPUT_YAML = 1,
    GWAPI_OUTPUT_TEXT = 2           /* the route table only: for a terminal */
} gwapi_output_format;

/* A Kubernetes List {apiVersion: v1, kind: List, items: [{apiVersion, kind,
 * metadata: {name, namespace}, status}]} of every object this controller
 * writes status for, in input order. The caller owns *out and releases it
 * with gwapi_free; len may be NULL. */
GWAPI_EXPORT gwapi_status gwapi_translation_status(const gwapi_translation *t,
                                                   gwapi_output_format format,
                                                   char **out, size_t *len);

/* The IR (ir.h): managed Gateways, programmed listeners, virtual hosts and
 * routes in match order. Owned by t; valid until gwapi_translation_free. */
GWAPI_EXPORT const gwapi_ir *gwapi_translation_ir(const gwapi_translation *t);

/* The IR document (docs/ir.md) as JSON or YAML. The caller owns *out and
 * releases it with gwapi_free; len may be NULL. */
GWAPI_EXPORT gwapi_status gwapi_translation_ir_output(const gwapi_translation *t,
                                                      gwapi_output_format format,
                                                      char **out, size_t *len);

/* The route table (docs/routes.md) as JSON, YAML or text. Same ownership. */
GWAPI_EXPORT gwapi_status gwapi_translation_routes_output(const gwapi_translation *t,
                                                          gwapi_output_format format,
                                                          char **out, size_t *len);

GWAPI_END_DECLS

#endif
