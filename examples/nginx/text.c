/* Text buffer and nginx.conf quoting (see text.h). */
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool text_reserve(text *t, size_t more)
{
    if (t->oom)
        return false;
    if (t->len + more + 1 <= t->cap)
        return true;
    size_t cap = t->cap ? t->cap : 4096;
    while (cap < t->len + more + 1)
        cap *= 2;
    char *d = realloc(t->data, cap);
    if (!d) {
        t->oom = true;
        return false;
    }
    t->data = d;
    t->cap = cap;
    return true;
}

void text_free(text *t)
{
    free(t->data);
    *t = (text){0};
}

void text_addn(text *t, const char *s, size_t n)
{
    if (n == 0 || !text_reserve(t, n))
        return;
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

void text_addf(text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !text_reserve(t, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(t->data + t->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    t->len += (size_t)n;
}

static void escaped(text *t, const char *s, bool dollar)
{
    for (; *s; s++) {
        if (*s == '\\' || *s == '"') {
            text_addn(t, "\\", 1);
            text_addn(t, s, 1);
        } else if (*s == '$' && dollar) {
            text_addn(t, "${gwapi_dollar}", 15);
        } else {
            text_addn(t, s, 1);
        }
    }
}

static void quoted(text *t, const char *s, bool dollar)
{
    text_addn(t, "\"", 1);
    escaped(t, s, dollar);
    text_addn(t, "\"", 1);
}

void text_value_part(text *t, const char *s)
{
    escaped(t, s, true);
}

void text_value(text *t, const char *s)
{
    quoted(t, s, true);
}

void text_regex(text *t, const char *re)
{
    quoted(t, re, false);
}

void text_pcre_literal(text *t, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '/' || c == '_' || c == '-')
            text_addn(t, s + i, 1);
        else if (c > 0x20 && c < 0x7f)
            text_addf(t, "\\%c", c);
        else
            text_addf(t, "\\x%02x", c);
    }
}
