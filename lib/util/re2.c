/* RE2 compatibility of run-time regular expressions (route matches,
 * rewrite patterns). */
#include "re2.h"
#include "arena.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
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

/* The first construct RE2 does not have, or NULL. */
static const char *unsupported(const char *p, size_t len)
{
    bool in_class = false;
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
            if (i + 1 < len && p[i + 1] == '^')
                i++;
            if (i + 1 < len && p[i + 1] == ']')
                i++;
            continue;
        }
        if (c == '(' && i + 2 < len && p[i + 1] == '?') {
            char n = p[i + 2];
            if (n == '=' || n == '!')
                return "lookahead is not supported";
            if (n == '<' && i + 3 < len && (p[i + 3] == '=' || p[i + 3] == '!'))
                return "lookbehind is not supported";
            if (n == '>')
                return "atomic groups are not supported";
            if (n == '(')
                return "conditionals are not supported";
            if (n == 'R' || n == '&' || (n >= '0' && n <= '9') || n == '+' || n == '-')
                return "recursion is not supported";
            if (n == 'C')
                return "callouts are not supported";
            if (n == '|')
                return "branch reset groups are not supported";
        }
        if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < len && p[i + 1] == '+')
            return "possessive quantifiers are not supported";
    }
    return NULL;
}

bool re2_valid(const gwapi_allocator *alloc, const char *pattern, size_t len,
               const char **why, bool *oom)
{
    *why = unsupported(pattern, len);
    if (*why)
        return false;
    pcre2_general_context *gc = pcre2_general_context_create(re_alloc, re_free, (void *)alloc);
    pcre2_compile_context *cc = gc ? pcre2_compile_context_create(gc) : NULL;
    if (!cc) {
        pcre2_general_context_free(gc);
        *oom = true;
        *why = "out of memory";
        return false;
    }
    int err = 0;
    PCRE2_SIZE off = 0;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len, PCRE2_UTF,
                                     &err, &off, cc);
    pcre2_compile_context_free(cc);
    pcre2_general_context_free(gc);
    if (!code) {
        if (err == PCRE2_ERROR_HEAPLIMIT || err == PCRE2_ERROR_NOMEMORY) {
            *oom = true;
            *why = "out of memory";
        } else {
            *why = "invalid syntax";
        }
        return false;
    }
    pcre2_code_free(code);
    return true;
}
