/* libFuzzer target: translation. The bytes are one input file
 * (GWAPI_FORMAT_AUTO), loaded, validated and translated (resolution,
 * status, IR); then the status List, the IR JSON and the route table are
 * rendered and the resolution diagnostics read back. Secrets' certificates
 * and keys go through the DER/X.509 reader here too.
 *
 * One context, made once; the input's length picks the translate options
 * (even: every GatewayClass managed, odd: only those of the controller
 * name Envoy Gateway uses), so a reproducer always takes the same path. */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>
#include <gwapi/gwapi.h>

static gwapi_ctx *ctx;

static void render(const gwapi_translation *t,
                   gwapi_status (*fn)(const gwapi_translation *, gwapi_output_format, char **, size_t *),
                   gwapi_output_format f)
{
    char *out = NULL;
    size_t len = 0;
    gwapi_status st = fn(t, f, &out, &len);
    if (st == GWAPI_OK) {
        if (!out || strlen(out) != len)
            abort();   /* NUL-terminated, no NUL inside */
        gwapi_free(out);
    } else if (st != GWAPI_ENOMEM) {
        abort();       /* rendering a translation never fails otherwise */
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctx) {
        gwapi_ctx_options opts = GWAPI_CTX_OPTIONS_INIT;
        if (gwapi_ctx_new(&ctx, &opts) != GWAPI_OK)
            abort();
    }
    gwapi_translate_options topts = GWAPI_TRANSLATE_OPTIONS_INIT;
    if (size & 1)
        topts.controller_name = "gateway.envoyproxy.io/gatewayclass-controller";

    gwapi_input *in = NULL;
    if (gwapi_input_new(&in, ctx) != GWAPI_OK)
        abort();
    if (gwapi_input_add(in, "fuzz", data, size, GWAPI_FORMAT_AUTO) != GWAPI_OK)
        abort();
    gwapi_translation *t = NULL;
    gwapi_status st = gwapi_translate(&t, ctx, in, &topts);
    if (st != GWAPI_OK) {
        /* Problems with the input are diagnostics, never a status. */
        if (st != GWAPI_ENOMEM || t)
            abort();
        gwapi_input_free(in);
        return 0;
    }
    volatile size_t sink = 0;
    for (size_t i = 0; i < gwapi_translation_diag_count(t); i++) {
        const gwapi_diag *d = gwapi_translation_diag(t, i);
        sink += strlen(d->message);
    }
    render(t, gwapi_translation_status, GWAPI_OUTPUT_JSON);
    render(t, gwapi_translation_ir_output, GWAPI_OUTPUT_JSON);
    render(t, gwapi_translation_routes_output, GWAPI_OUTPUT_TEXT);
    gwapi_translation_free(t);
    gwapi_input_free(in);
    (void)sink;
    return 0;
}
