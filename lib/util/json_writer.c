/* JSON string escaping and owned output strings. */
#include "json_writer.h"
#include "arena.h"
#include <gwapi/json.h>

#include <string.h>

void jw_str(strbuf *b, gwapi_str s)
{
    if (!s.ptr) {
        strbuf_puts(b, "null");
        return;
    }
    strbuf_putc(b, '"');
    const unsigned char *p = (const unsigned char *)s.ptr;
    for (size_t i = 0; i < s.len; i++) {
        switch (p[i]) {
        case '"': strbuf_puts(b, "\\\""); break;
        case '\\': strbuf_puts(b, "\\\\"); break;
        case '\n': strbuf_puts(b, "\\n"); break;
        case '\r': strbuf_puts(b, "\\r"); break;
        case '\t': strbuf_puts(b, "\\t"); break;
        default:
            if (p[i] < 0x20)
                strbuf_printf(b, "\\u%04x", p[i]);
            else
                strbuf_putc(b, (char)p[i]);
        }
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
