/* A growable text buffer and the three ways nginx.conf quotes a string:
 * a literal value (variables must not expand), a regular expression, and
 * a PCRE-escaped literal inside a regular expression. */
#ifndef GWAPI_NGINX_TEXT_H
#define GWAPI_NGINX_TEXT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct text {
    char *data;
    size_t len, cap;
    bool oom;                      /* an allocation failed; data is incomplete */
} text;

void text_free(text *t);
void text_addf(text *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void text_addn(text *t, const char *s, size_t n);

/* "s" as an nginx value: \ and " escaped, $ through $gwapi_dollar so that
 * no variable expands (header values, URLs). */
void text_value(text *t, const char *s);
/* The same without the quotes: a piece of a quoted value that also holds
 * variables. */
void text_value_part(text *t, const char *s);
/* "re" as an nginx regular expression: only \ and " escaped. */
void text_regex(text *t, const char *re);
/* s escaped for PCRE (every byte outside [A-Za-z0-9/_-] quoted), unquoted:
 * for splicing into a regex that text_regex-style quoting then wraps. */
void text_pcre_literal(text *t, const char *s, size_t n);

#endif
