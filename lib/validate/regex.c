/* PCRE2 compilation and matching with Go regexp semantics where they
 * differ from Perl's: `$` matches only at the very end, and subjects that
 * are not valid UTF-8 are matched bytewise-safely instead of erroring. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "regex.h"
#include "../core/ctx.h"
#include "../schema/schema.h"
#include "rules/rule_regexes.h"

#include <string.h>

static void *pcre_alloc(PCRE2_SIZE size, void *user)
{
    return gw_malloc(user, size);
}

static void pcre_free(void *p, void *user)
{
    /* PCRE2 does not pass sizes; hooks that need them get 0. */
    gw_free(user, p, 0);
}

static bool compile_one(gwapi_ctx *ctx, pcre2_compile_context *cc, const char *pattern)
{
    if (ptrmap_get(&ctx->regexes, pattern))
        return true;
    int err;
    PCRE2_SIZE off;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_DOLLAR_ENDONLY,
                                     &err, &off, cc);
    if (!code) {
        /* Out of memory inside PCRE2 is ours to report as ENOMEM; any other
         * failure means a pattern PCRE2 cannot take. */
        if (err == PCRE2_ERROR_NOMEMORY || err == PCRE2_ERROR_HEAP_FAILED)
            ctx->perm.failed = true;
        return false;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    if (!ptrmap_put(&ctx->regexes, &ctx->perm, pattern, code)) {
        pcre2_code_free(code);
        return false;
    }
    return true;
}

/* Walks every schema reachable from the kind tables once. */
static bool walk(gwapi_ctx *ctx, pcre2_compile_context *cc, ptrmap *seen, const gw_schema *s)
{
    if (!s || ptrmap_get(seen, s))
        return true;
    if (!ptrmap_put(seen, &ctx->perm, s, (void *)s))
        return false;
    if (s->pattern && !compile_one(ctx, cc, s->pattern))
        return false;
    for (uint32_t i = 0; i < s->nfields; i++)
        if (!walk(ctx, cc, seen, s->fields[i].schema))
            return false;
    if (!walk(ctx, cc, seen, s->items) || !walk(ctx, cc, seen, s->not_))
        return false;
    for (uint32_t i = 0; i < s->nall_of; i++)
        if (!walk(ctx, cc, seen, s->all_of[i]))
            return false;
    for (uint32_t i = 0; i < s->nany_of; i++)
        if (!walk(ctx, cc, seen, s->any_of[i]))
            return false;
    for (uint32_t i = 0; i < s->none_of; i++)
        if (!walk(ctx, cc, seen, s->one_of[i]))
            return false;
    return true;
}

gwapi_status regex_compile_all(gwapi_ctx *ctx)
{
    pcre2_general_context *gc = pcre2_general_context_create(pcre_alloc, pcre_free,
                                                             (void *)ctx_allocator(ctx));
    if (!gc)
        return GWAPI_ENOMEM;
    pcre2_compile_context *cc = pcre2_compile_context_create(gc);
    bool ok = cc != NULL;
    if (!cc)
        ctx->perm.failed = true;
    ptrmap seen;
    ptrmap_init(&seen);
    for (uint32_t k = 0; ok && k < gw_nkinds; k++)
        for (uint32_t v = 0; ok && v < gw_kinds[k].nversions; v++)
            ok = walk(ctx, cc, &seen, gw_kinds[k].versions[v].standard) &&
                 walk(ctx, cc, &seen, gw_kinds[k].versions[v].experimental);
    for (size_t set = 0; ok && set < rule_regex_set_count; set++)
        for (size_t i = 0; ok && i < *rule_regex_sets[set].count; i++)
            ok = compile_one(ctx, cc, rule_regex_sets[set].patterns[i]);
    pcre2_compile_context_free(cc);
    ctx->pcre_gc = gc; /* kept for match data; read-only from here on */
    return ok ? GWAPI_OK : (ctx->perm.failed ? GWAPI_ENOMEM : GWAPI_EINTERNAL);
}

void regex_free_all(gwapi_ctx *ctx)
{
    pcre2_general_context_free(ctx->pcre_gc);
    ctx->pcre_gc = NULL;
    for (size_t i = 0; i < ctx->regexes.cap; i++)
        if (ctx->regexes.keys && ctx->regexes.keys[i])
            pcre2_code_free(ctx->regexes.values[i]);
}

void regex_scratch_free(regex_scratch *rx)
{
    pcre2_match_data_free(rx->match_data);
    rx->match_data = NULL;
}

bool regex_search(const gwapi_ctx *ctx, regex_scratch *rx, const char *pattern, const char *s,
                  size_t len)
{
    pcre2_code *code = ptrmap_get(&ctx->regexes, pattern);
    if (!code)
        return false;
    if (!rx->match_data) {
        rx->match_data = pcre2_match_data_create(1, ctx->pcre_gc);
        if (!rx->match_data) {
            *rx->failed = true;
            return false;
        }
    }
    int rc = pcre2_match(code, (PCRE2_SPTR)s, len, 0, 0, rx->match_data, NULL);
    if (rc == PCRE2_ERROR_NOMEMORY)
        *rx->failed = true;
    return rc >= 0;
}
