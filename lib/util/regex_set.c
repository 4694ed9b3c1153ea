/* PCRE2 compilation and matching behind regex_set (see regex_set.h). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "regex_set.h"

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* PCRE2's free passes no size, and the allocator hooks promise the size
 * given at allocation: each block carries it in a header. */
typedef union size_header {
    size_t size;
    max_align_t align;
} size_header;

static void *pcre_alloc(PCRE2_SIZE size, void *user)
{
    if (size > SIZE_MAX - sizeof(size_header))
        return NULL;
    size_header *h = gw_malloc(user, size + sizeof *h);
    if (!h)
        return NULL;
    h->size = size + sizeof *h;
    return h + 1;
}

static void pcre_free(void *p, void *user)
{
    if (!p)
        return;
    size_header *h = (size_header *)p - 1;
    gw_free(user, h, h->size);
}

/* A registered pattern: its code once compiled (NULL before), published
 * with a compare-and-swap so that concurrent first searches agree on one. */
typedef struct regex_entry {
    _Atomic(pcre2_code *) code;
    atomic_bool rejected;   /* PCRE2 refused it (never for our tables) */
} regex_entry;

gwapi_status regex_set_init(regex_set *rs, const gwapi_allocator *alloc, arena *a)
{
    memset(rs, 0, sizeof *rs);
    rs->alloc = alloc;
    rs->a = a;
    ptrmap_init(&rs->codes);
    rs->gc = pcre2_general_context_create(pcre_alloc, pcre_free, (void *)alloc);
    if (rs->gc)
        rs->cc = pcre2_compile_context_create(rs->gc);
    if (!rs->cc) {
        regex_set_free(rs);
        return GWAPI_ENOMEM;
    }
    return GWAPI_OK;
}

void regex_set_free(regex_set *rs)
{
    for (size_t i = 0; i < rs->codes.cap; i++) {
        if (rs->codes.keys && rs->codes.keys[i]) {
            regex_entry *e = rs->codes.values[i];
            pcre2_code_free(atomic_load_explicit(&e->code, memory_order_relaxed));
        }
    }
    rs->codes.count = 0;
    pcre2_compile_context_free(rs->cc);
    pcre2_general_context_free(rs->gc);
    rs->cc = rs->gc = NULL;
}

static pcre2_code *compile(const regex_set *rs, const char *pattern, int *code_err,
                           PCRE2_SIZE *off)
{
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_DOLLAR_ENDONLY,
                                     code_err, off, rs->cc);
    /* Without the JIT (unsupported here) the pattern still matches; out of
     * memory in it is an allocation failure like any other. */
    if (code && pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == PCRE2_ERROR_NOMEMORY) {
        pcre2_code_free(code);
        *code_err = PCRE2_ERROR_NOMEMORY;
        return NULL;
    }
    return code;
}

static regex_entry *new_entry(regex_set *rs, const char *pattern, pcre2_code *code)
{
    regex_entry *e = arena_alloc(rs->a, sizeof *e);
    if (!e)
        return NULL;
    atomic_init(&e->code, code);
    atomic_init(&e->rejected, false);
    if (!ptrmap_put(&rs->codes, rs->a, pattern, e))
        return NULL;
    return e;
}

static bool out_of_memory(int code_err)
{
    return code_err == PCRE2_ERROR_NOMEMORY || code_err == PCRE2_ERROR_HEAP_FAILED;
}

gwapi_status regex_set_add(regex_set *rs, const char *pattern, regex_error *err)
{
    regex_entry *e = ptrmap_get(&rs->codes, pattern);
    if (e && atomic_load_explicit(&e->code, memory_order_acquire))
        return GWAPI_OK;
    int code_err;
    PCRE2_SIZE off;
    pcre2_code *code = compile(rs, pattern, &code_err, &off);
    if (!code) {
        /* Out of memory inside PCRE2 is an allocation failure; any other
         * failure means a pattern PCRE2 cannot take. */
        if (out_of_memory(code_err))
            return GWAPI_ENOMEM;
        if (err) {
            if (pcre2_get_error_message(code_err, (PCRE2_UCHAR *)err->message,
                                        sizeof err->message) < 0)
                err->message[0] = '\0';
            err->offset = off;
        }
        return GWAPI_EINVAL;
    }
    if (e) { /* registered, not searched yet: the owner alone uses the set */
        atomic_store_explicit(&e->code, code, memory_order_release);
        return GWAPI_OK;
    }
    if (!new_entry(rs, pattern, code)) {
        pcre2_code_free(code);
        return GWAPI_ENOMEM;
    }
    return GWAPI_OK;
}

gwapi_status regex_set_register(regex_set *rs, const char *pattern)
{
    if (ptrmap_get(&rs->codes, pattern))
        return GWAPI_OK;
    return new_entry(rs, pattern, NULL) ? GWAPI_OK : GWAPI_ENOMEM;
}

/* The entry's code, compiled now when this is its first search; NULL (and
 * rx told why) when it cannot be. */
static pcre2_code *entry_code(const regex_set *rs, regex_scratch *rx, regex_entry *e,
                              const char *pattern)
{
    pcre2_code *code = atomic_load_explicit(&e->code, memory_order_acquire);
    if (code)
        return code;
    if (atomic_load_explicit(&e->rejected, memory_order_relaxed)) {
        rx->unregistered = true;
        return NULL;
    }
    int code_err;
    PCRE2_SIZE off;
    code = compile(rs, pattern, &code_err, &off);
    if (!code) {
        if (out_of_memory(code_err)) {
            *rx->failed = true;
        } else {
            atomic_store_explicit(&e->rejected, true, memory_order_relaxed);
            rx->unregistered = true;
        }
        return NULL;
    }
    pcre2_code *none = NULL;
    if (!atomic_compare_exchange_strong_explicit(&e->code, &none, code, memory_order_acq_rel,
                                                 memory_order_acquire)) {
        pcre2_code_free(code); /* another thread's compilation won */
        code = none;
    }
    return code;
}

bool regex_set_has(const regex_set *rs, const char *pattern)
{
    return ptrmap_get(&rs->codes, pattern) != NULL;
}

void regex_scratch_free(regex_scratch *rx)
{
    pcre2_match_data_free(rx->match_data);
    rx->match_data = NULL;
}

bool regex_search(const regex_set *rs, regex_scratch *rx, const char *pattern, const char *s,
                  size_t len)
{
    regex_entry *e = ptrmap_get(&rs->codes, pattern);
    if (!e) {
        rx->unregistered = true;
        return false;
    }
    pcre2_code *code = entry_code(rs, rx, e, pattern);
    if (!code)
        return false;
    if (!rx->match_data) {
        rx->match_data = pcre2_match_data_create(1, rs->gc);
        if (!rx->match_data) {
            *rx->failed = true;
            return false;
        }
    }
    /* The JIT's own entry skips pcre2_match's checks (the subject's UTF-8
     * needs none: the patterns take invalid UTF); without the JIT, the
     * interpreter. */
    int rc = pcre2_jit_match(code, (PCRE2_SPTR)s, len, 0, 0, rx->match_data, NULL);
    if (rc == PCRE2_ERROR_JIT_BADOPTION)
        rc = pcre2_match(code, (PCRE2_SPTR)s, len, 0, 0, rx->match_data, NULL);
    if (rc == PCRE2_ERROR_NOMEMORY)
        *rx->failed = true;
    return rc >= 0;
}
