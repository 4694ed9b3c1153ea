/* libFuzzer target: the public pipeline. The bytes are one input file
 * (GWAPI_FORMAT_AUTO, so YAML or JSON by the first byte), loaded, decoded,
 * defaulted and validated; then the diagnostics are rendered as JSON and
 * the objects read back through the public accessors.
 *
 * Two contexts are made once, as a host would: the experimental channel
 * with strict unknown fields, and the standard channel with unknown fields
 * as warnings and discarded input trees (discard_source). The input's length picks one (even: experimental, odd:
 * standard), so a reproducer always takes the same path. */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>
#include <gwapi/gwapi.h>

static gwapi_ctx *contexts[2];

static void make_contexts(void)
{
    gwapi_ctx_options opts = GWAPI_CTX_OPTIONS_INIT;
    if (gwapi_ctx_new(&contexts[0], &opts) != GWAPI_OK)
        abort();
    opts.channel = GWAPI_CHANNEL_STANDARD;
    opts.unknown_field_severity = GWAPI_SEVERITY_WARNING;
    opts.default_namespace = "fuzz";
    opts.discard_source = true;
    if (gwapi_ctx_new(&contexts[1], &opts) != GWAPI_OK)
        abort();
}

/* Reads every byte of a string and checks the gwapi_str contract: absent
 * means len 0, present means NUL-terminated at ptr[len]. */
static size_t read_str(gwapi_str s)
{
    if (!s.ptr) {
        if (s.len)
            abort();
        return 0;
    }
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        n += (unsigned char)s.ptr[i];
    if (s.ptr[s.len] != '\0')
        abort();
    return n + s.len;
}

static size_t read_diag(const gwapi_diag *d)
{
    /* Every string a diagnostic carries must be readable. */
    size_t n = read_str(d->path) + strlen(d->message) +
               strlen(gwapi_severity_str(d->severity)) +
               strlen(gwapi_diag_code_str(d->code));
    n += read_str(d->kind) + read_str(d->ns) + read_str(d->name);
    if (d->pos.file)
        n += strlen(d->pos.file);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!contexts[0])
        make_contexts();
    const gwapi_ctx *ctx = contexts[size & 1];

    gwapi_input *in = NULL;
    gwapi_result *res = NULL;
    if (gwapi_input_new(&in, ctx) != GWAPI_OK)
        abort();
    if (gwapi_input_add(in, "fuzz", data, size, GWAPI_FORMAT_AUTO) != GWAPI_OK)
        abort();
    gwapi_status st = gwapi_validate(&res, ctx, in);
    if (st != GWAPI_OK) {
        /* Problems with the input are diagnostics, never a status. */
        if (st != GWAPI_ENOMEM || res)
            abort();
        gwapi_input_free(in);
        return 0;
    }

    volatile size_t sink = 0;
    size_t errors = 0;
    for (size_t i = 0; i < gwapi_result_diag_count(res); i++) {
        const gwapi_diag *d = gwapi_result_diag(res, i);
        sink += read_diag(d);
        errors += d->severity == GWAPI_SEVERITY_ERROR;
    }
    if (errors > gwapi_result_error_count(res))
        abort();
    for (size_t i = 0; i < gwapi_result_object_count(res); i++) {
        const gwapi_object *o = gwapi_result_object(res, i);
        sink += read_str(o->api_version) + read_str(o->kind_name);
        if (o->meta)
            sink += read_str(o->meta->name) + read_str(o->meta->ns);
    }

    char *json = NULL;
    size_t len = 0;
    if (gwapi_result_json(res, &json, &len) == GWAPI_OK) {
        if (strlen(json) != len)
            abort(); /* NUL-terminated, no NUL inside (escaped) */
        gwapi_free(json);
    }

    gwapi_result_free(res);
    gwapi_input_free(in);
    (void)sink;
    return 0;
}
