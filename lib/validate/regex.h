/* Regular expressions: CRD `pattern`s and the CEL rules' matches() go
 * through PCRE2, compiled once per context with Go RE2-compatible options. */
#ifndef GWAPI_REGEX_H
#define GWAPI_REGEX_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/context.h>
#include <gwapi/status.h>

struct gwapi_ctx;

/* Compiles every pattern of the schema tables and of the rule functions
 * into ctx->regexes. */
gwapi_status regex_compile_all(struct gwapi_ctx *ctx);
void regex_free_all(struct gwapi_ctx *ctx);

/* Per-result matching state: PCRE2 match data, made once through the
 * context's allocator hooks; failing to make it sets *failed (the result's
 * out-of-memory flag). */
typedef struct regex_scratch {
    void *match_data;
    bool *failed;
} regex_scratch;

void regex_scratch_free(regex_scratch *rx);

/* Searches `pattern` (a pointer registered at context creation) in s.
 * Unregistered patterns never match. */
bool regex_search(const struct gwapi_ctx *ctx, regex_scratch *rx, const char *pattern,
                  const char *s, size_t len);

#endif
