/* PCRE2 compilation and matching behind regex_set (see regex_set.h). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "regex_set.h"

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
    for (size_t i = 0; i < rs->codes.cap; i++)
        if (rs->codes.keys && rs->codes.keys[i])
            pcre2_code_free(rs->codes.values[i]);
    rs->codes.count = 0;
    pcre2_compile_context_free(rs->cc);
    pcre2_general_context_free(rs->gc);
    rs->cc = rs->gc = NULL;
}

gwapi_status regex_set_add(regex_set *rs, const char *pattern, regex_error *err)
{
    if (ptrmap_get(&rs->codes, pattern))
        return GWAPI_OK;
    int code_err;
    PCRE2_SIZE off;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_DOLLAR_ENDONLY,
                                     &code_err, &off, rs->cc);
    if (!code) {
        /* Out of memory inside PCRE2 is an allocation failure; any other
         * failure means a pattern PCRE2 cannot take. */
        if (code_err == PCRE2_ERROR_NOMEMORY || code_err == PCRE2_ERROR_HEAP_FAILED)
            return GWAPI_ENOMEM;
        if (err) {
            if (pcre2_get_error_message(code_err, (PCRE2_UCHAR *)err->message,
                                        sizeof err->message) < 0)
                err->message[0] = '\0';
            err->offset = off;
        }
        return GWAPI_EINVAL;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    if (!ptrmap_put(&rs->codes, rs->a, pattern, code)) {
        pcre2_code_free(code);
        return GWAPI_ENOMEM;
    }
    return GWAPI_OK;
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
    pcre2_code *code = ptrmap_get(&rs->codes, pattern);
    if (!code) {
        rx->unregistered = true;
        return false;
    }
    if (!rx->match_data) {
        rx->match_data = pcre2_match_data_create(1, rs->gc);
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
