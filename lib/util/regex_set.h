/* A set of compiled regular expressions, keyed by the address of their
 * pattern text. CRD `pattern`s and the CEL rules' matches() go through it
 * (the context owns that set: it registers them at creation and each is
 * compiled at its first search, so that a run pays only for the patterns
 * its input reaches), and so do patterns
 * met at run time (RegularExpression route matches, compiled into a set
 * their owner keeps). PCRE2 with Go RE2-compatible options: `$` matches
 * only at the very end, subjects that are not valid UTF-8 are matched
 * bytewise-safely instead of erroring. */
#ifndef GWAPI_REGEX_SET_H
#define GWAPI_REGEX_SET_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/context.h>
#include <gwapi/status.h>
#include "arena.h"
#include "ptrmap.h"

typedef struct regex_set {
    const gwapi_allocator *alloc;
    arena *a;          /* the map and its entries live here */
    ptrmap codes;      /* pattern text (pointer) -> regex_entry */
    void *gc;          /* pcre2_general_context over the allocator hooks */
    void *cc;          /* pcre2_compile_context */
} regex_set;

/* Why a pattern did not compile (PCRE2's message and where). */
typedef struct regex_error {
    char message[128];
    size_t offset;
} regex_error;

/* The allocator and arena must outlive the set. GWAPI_ENOMEM on failure. */
gwapi_status regex_set_init(regex_set *rs, const gwapi_allocator *alloc, arena *a);
void regex_set_free(regex_set *rs);

/* Compiles `pattern` (NUL-terminated) and registers it under its address;
 * adding an address twice is a no-op. GWAPI_EINVAL when PCRE2 rejects the
 * pattern (err, when non-NULL, says why), GWAPI_ENOMEM on allocation
 * failure. Usable at any time by the set's owner; a set shared read-only
 * (the context's) is complete once its owner is built. */
gwapi_status regex_set_add(regex_set *rs, const char *pattern, regex_error *err);
/* Registers `pattern` to be compiled at its first search (by whichever
 * thread gets there first: a set shared read-only stays usable from
 * several). GWAPI_ENOMEM on allocation failure. A pattern PCRE2 then
 * rejects is recorded as `unregistered` by the search (it was ours). */
gwapi_status regex_set_register(regex_set *rs, const char *pattern);
bool regex_set_has(const regex_set *rs, const char *pattern);

/* Per-user matching state: PCRE2 match data, made on first use through the
 * allocator hooks, and the sticky outcome of the searches: *failed (e.g. a
 * result arena's out-of-memory flag) on allocation failure, `unregistered`
 * when a search named a pattern its set does not hold (an internal error
 * the owner reports, never a silent no-match). */
typedef struct regex_scratch {
    void *match_data;
    bool *failed;
    bool unregistered;
} regex_scratch;

void regex_scratch_free(regex_scratch *rx);

/* Searches `pattern` (a registered address) in s[0..len). False when it does
 * not match and on the errors recorded in rx. */
bool regex_search(const regex_set *rs, regex_scratch *rx, const char *pattern, const char *s,
                  size_t len);

#endif
