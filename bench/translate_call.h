/* The one translate call the benchmark makes. meson compiles this file on
 * its own to decide whether the translate workload is built: when the
 * library has no gwapi_translate_json of this shape yet, the column is
 * skipped instead of breaking the build. */
#ifndef GWAPI_BENCH_TRANSLATE_CALL_H
#define GWAPI_BENCH_TRANSLATE_CALL_H

#include <gwapi/gwapi.h>

static inline gwapi_status bench_translate_call(const gwapi_ctx *ctx, const void *bytes,
                                                size_t len, char **out, size_t *out_len)
{
    return gwapi_translate_json(out, out_len, ctx, bytes, len, NULL);
}

#endif
