/* PEM block search, a port of Go's encoding/pem Decode (see pem.h). */
#include "pem.h"

#include "base64.h"

#include <string.h>

static const char BEGIN[] = "\n-----BEGIN ";   /* Go's pemStart */
static const char END[] = "\n-----END ";       /* pemEnd */
static const char DASHES[] = "-----";          /* pemEndOfLine */

static const char *find(const char *p, size_t n, const char *needle, size_t k)
{
    if (k == 0 || n < k)
        return NULL;
    const char *last = p + (n - k);
    for (const char *q = p; q <= last; q++) {
        q = memchr(q, needle[0], (size_t)(last - q) + 1);
        if (!q)
            return NULL;
        if (!memcmp(q, needle, k))
            return q;
    }
    return NULL;
}

static bool has_prefix(const char *p, size_t n, const char *s, size_t k)
{
    return n >= k && !memcmp(p, s, k);
}

/* Go's getLine: the line up to \n (or \r\n) without trailing spaces and
 * tabs; *rest after the newline. */
static void get_line(const char *p, size_t n, const char **line, size_t *line_len,
                     const char **rest, size_t *rest_len)
{
    const char *nl = memchr(p, '\n', n);
    size_t i = nl ? (size_t)(nl - p) : n;
    size_t j = nl ? i + 1 : n;
    if (nl && i > 0 && p[i - 1] == '\r')
        i--;
    while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t'))
        i--;
    *line = p;
    *line_len = i;
    *rest = p + j;
    *rest_len = n - j;
}

bool pem_type_is(const pem_block *b, const char *t)
{
    size_t k = strlen(t);
    return b->type_len == k && !memcmp(b->type, t, k);
}

bool pem_next(pem_reader *r, uint8_t *buf, pem_block *out)
{
    const char *rest = r->p;
    size_t n = r->n;
    for (;;) {
        if (has_prefix(rest, n, BEGIN + 1, sizeof BEGIN - 2)) {
            rest += sizeof BEGIN - 2;
            n -= sizeof BEGIN - 2;
        } else {
            const char *b = find(rest, n, BEGIN, sizeof BEGIN - 1);
            if (!b) {
                r->p = rest + n;
                r->n = 0;
                return false;
            }
            n -= (size_t)(b - rest) + sizeof BEGIN - 1;
            rest = b + sizeof BEGIN - 1;
        }
        const char *type;
        size_t type_len;
        get_line(rest, n, &type, &type_len, &rest, &n);
        if (type_len < 5 || memcmp(type + type_len - 5, DASHES, 5))
            continue;
        type_len -= 5;
        bool headers = false;
        for (;;) {
            if (n == 0) {
                r->p = rest;
                r->n = 0;
                return false;
            }
            const char *line, *next;
            size_t line_len, next_len;
            get_line(rest, n, &line, &line_len, &next, &next_len);
            if (!memchr(line, ':', line_len))
                break;
            headers = true;
            rest = next;
            n = next_len;
        }
        const char *end;   /* where "\n-----END " starts (or "-----END " when empty) */
        size_t trailer;    /* offset from end to the type after it */
        if (!headers && has_prefix(rest, n, END + 1, sizeof END - 2)) {
            end = rest;
            trailer = sizeof END - 2;
        } else {
            /* The first END at or after rest: the last search's answer
             * still holds when it lies ahead, which keeps a run of
             * BEGIN lines before one far END linear. */
            if (r->end_hint && r->end_hint >= rest && r->end_hint <= rest + n)
                end = r->end_hint;
            else
                end = find(rest, n, END, sizeof END - 1);
            if (!end) {
                /* no END anywhere ahead: no later block can close either */
                r->p = rest + n;
                r->n = 0;
                return false;
            }
            r->end_hint = end;
            trailer = sizeof END - 1;
        }
        size_t body = (size_t)(end - rest);
        const char *t = end + trailer;
        size_t t_len = n - body - trailer;
        if (t_len < type_len + 5 || memcmp(t, type, type_len) || memcmp(t + type_len, DASHES, 5))
            continue;
        const char *eol, *after;
        size_t eol_len, after_len;
        get_line(t + type_len + 5, t_len - type_len - 5, &eol, &eol_len, &after, &after_len);
        if (eol_len != 0)
            continue;
        size_t len;
        if (!b64_decode(rest, body, buf, &len))
            continue;
        out->type = type;
        out->type_len = type_len;
        out->bytes = buf;
        out->len = len;
        r->p = after;   /* past the END line, as Go's rest */
        r->n = after_len;
        return true;
    }
}
