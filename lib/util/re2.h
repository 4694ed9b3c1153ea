/* Is a regular expression one that RE2 (Go's regexp, Envoy's safe_regex)
 * accepts? PCRE2 checks the syntax; features RE2 lacks are refused by a
 * scan: backreferences, lookaround, atomic groups, possessive quantifiers,
 * recursion, conditionals, callouts and \C. */
#ifndef GWAPI_RE2_H
#define GWAPI_RE2_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/context.h>

/* True when RE2 accepts pattern[0..len). Otherwise false with *why set to
 * a static description. alloc may be NULL (malloc). On allocation failure
 * returns false with *oom set. */
bool re2_valid(const gwapi_allocator *alloc, const char *pattern, size_t len,
               const char **why, bool *oom);

#endif
