/* RE2 compatibility of patterns in resolution's terms: the one engine of
 * lib/util/re2.c, with a syntax error worded in the resolver's arena. */
#include "resolve_impl.h"
#include "../util/re2.h"

bool re2_compatible(rs *r, gwapi_str pattern, const char **why)
{
    re2_error e;
    if (re2_check(r->a->alloc, pattern.ptr ? pattern.ptr : "", pattern.len, &e))
        return true;
    if (e.oom)
        r->a->failed = true;
    *why = e.why;
    if (e.syntax_code) {
        char text[320];
        re2_error_text(&e, text, sizeof text);
        *why = rs_printf(r, "%s", text);
        if (!*why)
            *why = "invalid pattern";
    }
    return false;
}
