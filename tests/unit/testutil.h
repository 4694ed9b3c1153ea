/* Helpers for unit tests: validate a YAML string and look for diagnostics. */
#ifndef GWAPI_TESTUTIL_H
#define GWAPI_TESTUTIL_H

#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <gwapi/gwapi.h>

/* Validates `yaml` (one or more documents) with a fresh context of the
 * given channel; fails the test on a non-OK status. Free with tu_free. */
gwapi_result *tu_validate(const char *yaml, gwapi_channel channel);
void tu_free(gwapi_result *r);

/* Validates text (file name "t", in the given format) with the default
 * context but for the unknown-field severity: one context per severity,
 * made on first use and kept until tu_run_contexts_free (call it once, at
 * the end of main). The caller frees the result with gwapi_result_free. */
gwapi_result *tu_run(const char *text, gwapi_format format, gwapi_severity unknown);
void tu_run_contexts_free(void);

/* The first diagnostic whose path equals `path` (NULL: any path) and whose
 * message contains `needle`, or NULL. */
const gwapi_diag *tu_find(const gwapi_result *r, const char *path, const char *needle);

/* Prints every diagnostic (for failing tests). */
void tu_dump(const gwapi_result *r);

/* Asserts a diagnostic with exactly this path and a message containing
 * needle exists (dumping all diagnostics when not). */
#define tu_assert_diag(r, path, needle) \
    do { if (!tu_find((r), (path), (needle))) { tu_dump(r); \
         fail_msg("missing diagnostic %s: ...%s...", (path) ? (path) : "*", (needle)); } } while (0)
/* Asserts no diagnostic message contains needle. */
#define tu_assert_no_diag(r, needle) \
    do { if (tu_find((r), NULL, (needle))) { tu_dump(r); \
         fail_msg("unexpected diagnostic ...%s...", (needle)); } } while (0)
/* Asserts the result has no error diagnostics at all. */
#define tu_assert_valid(r) \
    do { if (gwapi_result_error_count(r)) { tu_dump(r); fail_msg("expected no errors"); } } while (0)

/* An allocator that counts calls and live blocks and fails the fail_at-th
 * call (1-based; 0: never), for allocation-failure injection. It also
 * checks the hooks' size contract: wrong_sizes counts frees and reallocs
 * whose size is not the one the block was allocated with. */
#define TU_MAX_LIVE 4096
typedef struct tu_counting {
    long live_blocks;
    size_t calls;
    size_t fail_at;
    size_t wrong_sizes;
    struct { void *p; size_t size; } live[TU_MAX_LIVE];
} tu_counting;
gwapi_allocator tu_counting_allocator(tu_counting *c);

/* Asserts the gwapi_str s is present and holds exactly the bytes of the
 * string literal lit, NULs inside it included. */
#define assert_str(s, lit) tu_assert_str((s), "" lit, sizeof(lit) - 1, __FILE__, __LINE__)
#define assert_str_absent(s) assert_null((s).ptr)
#define assert_str_present(s) assert_non_null((s).ptr)
void tu_assert_str(gwapi_str s, const char *want, size_t len, const char *file, int line);

/* One expected diagnostic: code, path (its bytes: the literal's length, so
 * NULs count) and the whole message. */
typedef struct tu_want {
    gwapi_diag_code code;
    const char *path;
    size_t path_len;
    const char *message;
} tu_want;
#define TU_W(code, path, msg) { GWAPI_DIAG_##code, path, sizeof(path) - 1, msg }
/* Asserts r has exactly these diagnostics, in order (dumping all when not). */
void tu_expect(const gwapi_result *r, const tu_want *w, size_t n);
#define TU_EXPECT(r, ...)                                                   \
    do {                                                                 \
        static const tu_want w_[] = { __VA_ARGS__ };                     \
        tu_expect((r), w_, sizeof w_ / sizeof w_[0]);                    \
    } while (0)

/* The single object of a result with this kind (asserts exactly one). */
const gwapi_object *tu_object(const gwapi_result *r, gwapi_kind kind);

#endif
