/* The one translate call the benchmark makes (bench/meson.build builds
 * the translate workload once include/gwapi/translate.h exists). */
#ifndef GWAPI_BENCH_TRANSLATE_CALL_H
#define GWAPI_BENCH_TRANSLATE_CALL_H

#include <gwapi/gwapi.h>

static inline gwapi_status bench_translate_call(const gwapi_ctx *ctx, const void *bytes,
                                                size_t len, char **out, size_t *out_len)
{
    return gwapi_translate_json(out, out_len, ctx, bytes, len, NULL);
}

#endif
