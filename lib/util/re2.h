/* Is a regular expression one that RE2 (Go's regexp, Envoy's safe_regex)
 * accepts? PCRE2 checks the syntax; features RE2 lacks are refused by a
 * scan: backreferences, lookaround, atomic groups, possessive quantifiers,
 * recursion, conditionals, callouts and \C. */
#ifndef GWAPI_RE2_H
#define GWAPI_RE2_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/context.h>

/* Why RE2 refuses a pattern. */
typedef struct re2_error {
    const char *why;   /* static: the construct RE2 lacks, "invalid syntax" or "out of memory" */
    bool oom;
    int syntax_code;   /* PCRE2's error code for a syntax error, else 0 */
    size_t offset;     /* and where in the pattern it is */
} re2_error;

/* True when RE2 accepts pattern[0..len); otherwise false with *e filled
 * in. alloc may be NULL (malloc). */
bool re2_check(const gwapi_allocator *alloc, const char *pattern, size_t len, re2_error *e);

/* As re2_check, with only the static description (*why) and *oom (set on
 * allocation failure, else left as it is). */
bool re2_valid(const gwapi_allocator *alloc, const char *pattern, size_t len,
               const char **why, bool *oom);

/* "error parsing regexp at offset N: MESSAGE" for a syntax error of e, or
 * e->why, into buf. */
void re2_error_text(const re2_error *e, char *buf, size_t size);

#endif
