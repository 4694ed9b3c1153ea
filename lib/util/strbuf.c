/* Growable string over the context allocator. */
#include "strbuf.h"
#include "arena.h"

#include <stdio.h>
#include <string.h>

void strbuf_init(strbuf *b, const gwapi_allocator *alloc)
{
    memset(b, 0, sizeof *b);
    b->alloc = alloc;
}

void strbuf_init_sticky(strbuf *b, const gwapi_allocator *alloc, bool *sticky)
{
    strbuf_init(b, alloc);
    b->sticky = sticky;
}

void strbuf_free(strbuf *b)
{
    if (b->s)
        gw_free(b->alloc, b->s, b->cap);
    b->s = NULL;
    b->len = b->cap = 0;
}

static bool reserve(strbuf *b, size_t extra)
{
    if (b->failed)
        return false;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *s = gw_realloc(b->alloc, b->s, b->cap, cap);
    if (!s) {
        strbuf_fail(b);
        return false;
    }
    b->s = s;
    b->cap = cap;
    return true;
}

char *strbuf_room(strbuf *b, size_t n)
{
    return reserve(b, n) ? b->s + b->len : NULL;
}

void strbuf_putn_slow(strbuf *b, const char *s, size_t n)
{
    if (!reserve(b, n))
        return;
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void strbuf_put_int(strbuf *b, long long v)
{
    char buf[24];
    size_t n = sizeof buf;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do
        buf[--n] = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        buf[--n] = '-';
    strbuf_putn(b, buf + n, sizeof buf - n);
}

void strbuf_put_index(strbuf *b, size_t i)
{
    char buf[24];
    size_t n = sizeof buf;
    buf[--n] = ']';
    do
        buf[--n] = (char)('0' + i % 10);
    while (i /= 10);
    buf[--n] = '[';
    strbuf_putn(b, buf + n, sizeof buf - n);
}

void strbuf_printf(strbuf *b, const char *fmt, ...)
{
    /* Formatted once into the room there is; again only when it did not fit. */
    va_list ap;
    if (b->failed)
        return;
    size_t room = b->cap > b->len ? b->cap - b->len : 0;
    va_start(ap, fmt);
    int n = vsnprintf(room ? b->s + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n < 0) {
        if (room)
            b->s[b->len] = '\0';
        return;
    }
    if ((size_t)n < room) {
        b->len += (size_t)n;
        return;
    }
    if (room)
        b->s[b->len] = '\0'; /* the partial output is not the contents */
    if (!reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void strbuf_fail(strbuf *b)
{
    b->failed = true;
    if (b->sticky)
        *b->sticky = true;
}

void strbuf_truncate(strbuf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->s[len] = '\0';
    }
}

const char *strbuf_str(const strbuf *b)
{
    return (b->s && !b->failed) ? b->s : "";
}

gwapi_str strbuf_view(const strbuf *b)
{
    gwapi_str v = { strbuf_str(b), (b->s && !b->failed) ? b->len : 0 };
    return v;
}
