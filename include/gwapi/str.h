/* gwapi_str: the one string type of the typed model, the value tree and
 * the diagnostics. A string carries its length; a NUL byte inside is data,
 * never an end (as in the API server, where "ok\x00UPPER" is nine bytes).
 * Also: gwapi_str_text, any input string made safe for a terminal. */
#ifndef GWAPI_STR_H
#define GWAPI_STR_H

#include <stddef.h>
#include <stdbool.h>
#include <string.h>
#include "export.h"
#include "status.h"

GWAPI_BEGIN_DECLS

/* ptr NULL: absent (len is 0). When present, ptr[len] is a NUL for the
 * convenience of C callers, but len is authoritative and bytes before it
 * may be NULs. Owned by whatever hands it out (a result, for the model). */
typedef struct gwapi_str {
    const char *ptr;
    size_t len;
} gwapi_str;

/* The string is present (it may still be ""). */
static inline bool gwapi_str_is_set(gwapi_str s)
{
    return s.ptr != NULL;
}

/* Absent or "". */
static inline bool gwapi_str_is_empty(gwapi_str s)
{
    return s.len == 0;
}

/* Present and byte-for-byte equal to the NUL-terminated lit. */
static inline bool gwapi_str_eq(gwapi_str s, const char *lit)
{
    size_t n = strlen(lit);
    return s.ptr != NULL && s.len == n && memcmp(s.ptr, lit, n) == 0;
}

/* Both present and byte-for-byte equal. */
static inline bool gwapi_str_equal(gwapi_str a, gwapi_str b)
{
    return a.ptr != NULL && b.ptr != NULL && a.len == b.len &&
           (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

/* Byte-wise order (as Go compares strings); absent sorts first. */
static inline int gwapi_str_cmp(gwapi_str a, gwapi_str b)
{
    if (a.ptr == NULL || b.ptr == NULL)
        return (a.ptr != NULL) - (b.ptr != NULL);
    size_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
    return c ? c : (a.len > b.len) - (a.len < b.len);
}

/* A view of a NUL-terminated string (absent for NULL). */
static inline gwapi_str gwapi_str_of(const char *s)
{
    gwapi_str r;
    r.ptr = s;
    r.len = s ? strlen(s) : 0;
    return r;
}

/* s made safe to print on a terminal: as it is when every character is
 * printable (valid UTF-8, no control characters), else quoted as Go's %q
 * quotes it ("\x1b[31mred"); an absent s gives "". Uses malloc (there is
 * no context); the caller owns *out and releases it with gwapi_free
 * (json.h); len may be NULL. */
GWAPI_EXPORT gwapi_status gwapi_str_text(gwapi_str s, char **out, size_t *len);

GWAPI_END_DECLS

#endif
