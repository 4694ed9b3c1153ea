/* A growable NUL-terminated string, for field paths and message building.
 * Memory comes from the context allocator; failure is sticky. */
#ifndef GWAPI_STRBUF_H
#define GWAPI_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <gwapi/context.h>
#include <gwapi/str.h>

typedef struct strbuf {
    const gwapi_allocator *alloc;
    char *s;
    size_t len;
    size_t cap;
    bool failed;
    bool *sticky;   /* also set on failure, e.g. the result arena's flag */
} strbuf;

void strbuf_init(strbuf *b, const gwapi_allocator *alloc);
/* As strbuf_init, and a failure also sets *sticky so that it is reported
 * by whoever owns that flag (never lost in a message). */
void strbuf_init_sticky(strbuf *b, const gwapi_allocator *alloc, bool *sticky);
void strbuf_free(strbuf *b);
void strbuf_putn_slow(strbuf *b, const char *s, size_t n);
/* Inline while there is room: the writers put short pieces by the million
 * (and a constant piece then copies in a store or two). */
static inline void strbuf_putn(strbuf *b, const char *s, size_t n)
{
    if (n < b->cap - b->len && !b->failed) { /* room for n and the NUL */
        memcpy(b->s + b->len, s, n);
        b->len += n;
        b->s[b->len] = '\0';
        return;
    }
    strbuf_putn_slow(b, s, n);
}
static inline void strbuf_puts(strbuf *b, const char *s)
{
    strbuf_putn(b, s, strlen(s));
}
static inline void strbuf_putc(strbuf *b, char c)
{
    strbuf_putn(b, &c, 1);
}
/* Appends a decimal integer as "%lld" would print it, without printf. */
void strbuf_put_int(strbuf *b, long long v);
void strbuf_printf(strbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Appends "[i]", a field path's list index (without printf: it runs for
 * every list item decoded). */
void strbuf_put_index(strbuf *b, size_t i);
void strbuf_truncate(strbuf *b, size_t len);
/* Room for n more bytes (and the NUL) at the end, to be written by the
 * caller and then committed; NULL when the buffer failed. */
char *strbuf_room(strbuf *b, size_t n);
static inline void strbuf_commit(strbuf *b, size_t n)
{
    b->len += n;
    b->s[b->len] = '\0';
}
/* Marks the buffer (and its sticky flag) failed, for callers that ran out
 * of memory while producing its contents. */
void strbuf_fail(strbuf *b);
/* Current contents; "" when empty or failed. */
const char *strbuf_str(const strbuf *b);
/* The same with its length (the contents may hold NULs). */
gwapi_str strbuf_view(const strbuf *b);

#endif
