/* RE2 compatibility of RegularExpression matches: the pattern must compile
 * (PCRE2 syntax check) and must not use what RE2 lacks: backreferences,
 * lookaround, atomic groups, possessive quantifiers, recursion and
 * subroutine calls, conditionals, \C. */
#include "resolve_impl.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

/* The first construct RE2 refuses, scanning outside character classes. */
static const char *re2_unsupported(const char *p, size_t len)
{
    bool in_class = false;
    /* p[len] is a NUL (gwapi_str), so looking one or two ahead is safe
     * wherever the current byte is not that terminator. */
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c == '\\') {
            if (i + 1 >= len)
                break;
            char n = p[i + 1];
            if (!in_class) {
                if (n >= '1' && n <= '9')
                    return "backreferences are not supported";
                if (n == 'g' || n == 'k')
                    return "backreferences are not supported";
                if (n == 'C')
                    return "\\C is not supported";
            }
            i++;
            continue;
        }
        if (in_class) {
            if (c == ']')
                in_class = false;
            continue;
        }
        if (c == '[') {
            in_class = true;
            if (p[i + 1] == '^')
                i++;
            if (p[i + 1] == ']')
                i++;
            continue;
        }
        if (c == '(' && p[i + 1] == '?') {
            char n = p[i + 2];
            if (n == '=' || n == '!')
                return "lookahead is not supported";
            if (n == '<' && (p[i + 3] == '=' || p[i + 3] == '!'))
                return "lookbehind is not supported";
            if (n == '>')
                return "atomic groups are not supported";
            if (n == '(')
                return "conditionals are not supported";
            if (n == 'R' || (n >= '0' && n <= '9') || n == '&' || n == '+' || (n == 'P' && p[i + 3] == '>'))
                return "recursion and subroutine calls are not supported";
            if (n == '|')
                return "branch reset groups are not supported";
        }
        if ((c == '*' || c == '+' || c == '?' || c == '}') && p[i + 1] == '+')
            return "possessive quantifiers are not supported";
    }
    return NULL;
}

bool re2_compatible(rs *r, gwapi_str pattern, const char **why)
{
    const char *u = re2_unsupported(pattern.ptr, pattern.len);
    if (u) {
        *why = u;
        return false;
    }
    int err = 0;
    PCRE2_SIZE off = 0;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern.ptr, pattern.len, PCRE2_UTF, &err, &off, NULL);
    if (code) {
        pcre2_code_free(code);
        return true;
    }
    PCRE2_UCHAR buf[256];
    if (pcre2_get_error_message(err, buf, sizeof buf) < 0)
        strcpy((char *)buf, "invalid pattern");
    *why = rs_printf(r, "error parsing regexp at offset %zu: %s", (size_t)off, (const char *)buf);
    if (!*why)
        *why = "invalid pattern";
    return false;
}
