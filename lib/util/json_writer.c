/* JSON string escaping and owned output strings. */
#include "json_writer.h"
#include "arena.h"
#include <gwapi/json.h>

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Bytes that JSON strings carry as they are (not below 0x20, no quote,
 * no backslash): runs of them are copied in one go, the rest escaped one
 * by one. */
#define PLAIN16 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const bool plain_byte[256] = {
    [0x20] = 1, 1, 0 /* " */, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    [0x30] = PLAIN16, PLAIN16,
    [0x50] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 /* \ */, 1, 1, 1,
    [0x60] = PLAIN16, PLAIN16, PLAIN16, PLAIN16, PLAIN16, PLAIN16, PLAIN16, PLAIN16, PLAIN16,
    PLAIN16,
};
#undef PLAIN16

/* The end of the run of plain bytes from i: eight at a time while no byte
 * of a word is below 0x20, a quote or a backslash, then by the table. */
static size_t plain_run(const unsigned char *p, size_t i, size_t len)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
    for (; i + 8 <= len; i += 8) {
        uint64_t x, q, bs;
        memcpy(&x, p + i, 8);
        q = x ^ (ones * '"');
        bs = x ^ (ones * '\\');
        if ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs)
            break;
    }
    while (i < len && plain_byte[p[i]])
        i++;
    return i;
}

bool jw_plain(gwapi_str s)
{
    return plain_run((const unsigned char *)s.ptr, 0, s.len) == s.len;
}

void jw_str(strbuf *b, gwapi_str s)
{
    if (!s.ptr) {
        strbuf_puts(b, "null");
        return;
    }
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t i = plain_run(p, 0, s.len);
    if (i == s.len) { /* nothing to escape: quoted in one copy */
        char *o = strbuf_room(b, s.len + 2);
        if (o) {
            o[0] = '"';
            memcpy(o + 1, s.ptr, s.len);
            o[s.len + 1] = '"';
            strbuf_commit(b, s.len + 2);
        }
        return;
    }
    strbuf_putc(b, '"');
    strbuf_putn(b, s.ptr, i);
    while (i < s.len) {
        size_t run = plain_run(p, i, s.len);
        if (run > i) {
            strbuf_putn(b, s.ptr + i, run - i);
            i = run;
            if (i == s.len)
                break;
        }
        switch (p[i]) {
        case '"': strbuf_putn(b, "\\\"", 2); break;
        case '\\': strbuf_putn(b, "\\\\", 2); break;
        case '\n': strbuf_putn(b, "\\n", 2); break;
        case '\r': strbuf_putn(b, "\\r", 2); break;
        case '\t': strbuf_putn(b, "\\t", 2); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            char u[6] = { '\\', 'u', '0', '0', hex[p[i] >> 4], hex[p[i] & 15] };
            strbuf_putn(b, u, sizeof u);
        }
        }
        i++;
    }
    strbuf_putc(b, '"');
}

void jw_string(strbuf *b, const char *s)
{
    jw_str(b, gwapi_str_of(s));
}

void jw_key(strbuf *b, const char *key, int *first)
{
    if (!*first)
        strbuf_putc(b, ',');
    *first = 0;
    jw_string(b, key);
    strbuf_putc(b, ':');
}

typedef struct owned_header {
    const gwapi_allocator *alloc;
    gwapi_allocator copy;   /* the allocator outlives the context this way */
    size_t size;
    max_align_t align[];
} owned_header;

char *jw_detach(const strbuf *b, size_t *len)
{
    if (b->failed)
        return NULL;
    size_t n = b->len;
    size_t size = sizeof(owned_header) + n + 1;
    owned_header *h = gw_malloc(b->alloc, size);
    if (!h)
        return NULL;
    h->copy = b->alloc ? *b->alloc : (gwapi_allocator){ 0, 0, 0, 0 };
    h->alloc = h->copy.alloc ? &h->copy : NULL;
    h->size = size;
    char *s = (char *)h->align;
    if (n)
        memcpy(s, b->s, n);
    s[n] = '\0';
    if (len)
        *len = n;
    return s;
}

void gwapi_free(char *s)
{
    if (!s)
        return;
    owned_header *h = (owned_header *)(s - offsetof(owned_header, align));
    gwapi_allocator a = h->copy;
    gw_free(a.alloc ? &a : NULL, h, h->size);
}
