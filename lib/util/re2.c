/* RE2 compatibility of run-time regular expressions (route matches,
 * rewrite patterns). */
#include "re2.h"
#include "arena.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

/* PCRE2 frees without a size; a header keeps it for the hook. */
typedef struct sized { size_t size; max_align_t align[]; } sized;

static void *re_alloc(PCRE2_SIZE size, void *user)
{
    sized *s = gw_malloc(user, sizeof *s + size);
    if (!s)
        return NULL;
    s->size = sizeof *s + size;
    return s->align;
}

static void re_free(void *p, void *user)
{
    if (p) {
        sized *s = (sized *)((char *)p - offsetof(sized, align));
        gw_free(user, s, s->size);
    }
}

/* The first construct RE2 does not have, or NULL. Outside character
 * classes: backreferences (\1, \k, \g, (?P=name)), lookaround, atomic
 * groups, conditionals, recursion and subroutine calls ((?R), (?1),
 * (?-1), (?+1), (?&name), (?P>name)), callouts, branch reset groups and
 * possessive quantifiers; anywhere: \k, \g, \C and \K. */
static const char *unsupported(const char *p, size_t len)
{
    bool in_class = false;
    /* at(i): p[i], or NUL past the end */
#define at(i) ((i) < len ? p[i] : '\0')
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c == '\\' && i + 1 < len) {
            char n = p[++i];
            if (!in_class && n >= '1' && n <= '9')
                return "backreferences are not supported";
            if (n == 'k' || n == 'g')
                return "backreferences are not supported";
            if (n == 'C')
                return "\\C is not supported";
            if (n == 'K')
                return "\\K is not supported";
            continue;
        }
        if (in_class) {
            if (c == ']')
                in_class = false;
            continue;
        }
        if (c == '[') {
            in_class = true;
            if (at(i + 1) == '^')
                i++;
            if (at(i + 1) == ']')
                i++;
            continue;
        }
        if (c == '(' && at(i + 1) == '?') {
            char n = at(i + 2), n2 = at(i + 3);
            bool digit2 = n2 >= '0' && n2 <= '9';
            if (n == '=' || n == '!')
                return "lookahead is not supported";
            if (n == '<' && (n2 == '=' || n2 == '!'))
                return "lookbehind is not supported";
            if (n == '>')
                return "atomic groups are not supported";
            if (n == '(')
                return "conditionals are not supported";
            if (n == 'P' && n2 == '=')
                return "backreferences are not supported";
            /* (?-i) turns a flag off: only (?-1) and (?+1) are calls */
            if (n == 'R' || n == '&' || (n >= '0' && n <= '9') || ((n == '+' || n == '-') && digit2) ||
                (n == 'P' && n2 == '>'))
                return "recursion and subroutine calls are not supported";
            if (n == 'C')
                return "callouts are not supported";
            if (n == '|')
                return "branch reset groups are not supported";
        }
        if ((c == '*' || c == '+' || c == '?' || c == '}') && at(i + 1) == '+')
            return "possessive quantifiers are not supported";
    }
#undef at
    return NULL;
}

bool re2_check(const gwapi_allocator *alloc, const char *pattern, size_t len, re2_error *e)
{
    memset(e, 0, sizeof *e);
    e->why = unsupported(pattern, len);
    if (e->why)
        return false;
    pcre2_general_context *gc = pcre2_general_context_create(re_alloc, re_free, (void *)alloc);
    pcre2_compile_context *cc = gc ? pcre2_compile_context_create(gc) : NULL;
    if (!cc) {
        pcre2_general_context_free(gc);
        e->oom = true;
        e->why = "out of memory";
        return false;
    }
    int err = 0;
    PCRE2_SIZE off = 0;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len, PCRE2_UTF, &err, &off, cc);
    pcre2_compile_context_free(cc);
    pcre2_general_context_free(gc);
    if (!code) {
        if (err == PCRE2_ERROR_HEAPLIMIT || err == PCRE2_ERROR_NOMEMORY) {
            e->oom = true;
            e->why = "out of memory";
        } else {
            e->why = "invalid syntax";
            e->syntax_code = err;
            e->offset = (size_t)off;
        }
        return false;
    }
    pcre2_code_free(code);
    return true;
}

bool re2_valid(const gwapi_allocator *alloc, const char *pattern, size_t len,
               const char **why, bool *oom)
{
    re2_error e;
    bool ok = re2_check(alloc, pattern, len, &e);
    *why = e.why;
    if (e.oom)
        *oom = true;
    return ok;
}

void re2_error_text(const re2_error *e, char *buf, size_t size)
{
    PCRE2_UCHAR msg[256];
    if (!e->syntax_code) {
        snprintf(buf, size, "%s", e->why ? e->why : "");
        return;
    }
    if (pcre2_get_error_message(e->syntax_code, msg, sizeof msg) < 0)
        strcpy((char *)msg, "invalid pattern");
    snprintf(buf, size, "error parsing regexp at offset %zu: %s", e->offset, (const char *)msg);
}
