/* The regex set: Go-compatible matching of registered patterns, run-time
 * compilation with PCRE2's reason on failure, registered patterns compiled
 * at their first search, and a search for a pattern
 * the set does not hold recorded as an error instead of a no-match. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "util/regex_set.h"

typedef struct fixture {
    arena a;
    regex_set rs;
    regex_scratch rx;
} fixture;

static int setup(void **state)
{
    static fixture f;
    memset(&f, 0, sizeof f);
    arena_init(&f.a, NULL);
    assert_int_equal(regex_set_init(&f.rs, NULL, &f.a), GWAPI_OK);
    f.rx.failed = &f.a.failed;
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    regex_scratch_free(&f->rx);
    regex_set_free(&f->rs);
    arena_free(&f->a);
    return 0;
}

static bool search(fixture *f, const char *pattern, const char *s)
{
    return regex_search(&f->rs, &f->rx, pattern, s, strlen(s));
}

static void registered_patterns_match_like_go(void **state)
{
    fixture *f = *state;
    static const char anchored[] = "^[a-z]+$";
    assert_int_equal(regex_set_add(&f->rs, anchored, NULL), GWAPI_OK);
    assert_int_equal(regex_set_add(&f->rs, anchored, NULL), GWAPI_OK); /* twice: no-op */
    assert_true(regex_set_has(&f->rs, anchored));
    assert_true(search(f, anchored, "abc"));
    assert_false(search(f, anchored, "abc\n")); /* Go's $ is end of text only */
    assert_false(search(f, anchored, "ab1"));
    assert_false(search(f, anchored, "\xff"));  /* invalid UTF-8: no match, no error */
    assert_false(f->rx.unregistered);
    assert_false(f->a.failed);
}

static void runtime_pattern_errors_say_why(void **state)
{
    fixture *f = *state;
    static const char bad[] = "/api/(v1";
    regex_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(regex_set_add(&f->rs, bad, &err), GWAPI_EINVAL);
    assert_string_equal(err.message, "missing closing parenthesis");
    assert_int_equal(err.offset, 8);
    assert_false(regex_set_has(&f->rs, bad));

    /* A pattern read from input (not static text) compiles the same way. */
    char *runtime = arena_strdup(&f->a, "^/api/v[0-9]+/.*");
    assert_int_equal(regex_set_add(&f->rs, runtime, &err), GWAPI_OK);
    assert_true(search(f, runtime, "/api/v2/users"));
    assert_false(search(f, runtime, "/web/v2/users"));
}

static void unregistered_pattern_is_an_error(void **state)
{
    fixture *f = *state;
    static const char known[] = "a";
    static const char unknown[] = "a";  /* same text, another address */
    assert_int_equal(regex_set_add(&f->rs, known, NULL), GWAPI_OK);
    assert_true(search(f, known, "a"));
    assert_false(f->rx.unregistered);
    assert_false(search(f, unknown, "a"));
    assert_true(f->rx.unregistered);
}

static void registered_patterns_compile_at_first_search(void **state)
{
    fixture *f = *state;
    static const char lazy[] = "^[0-9]+$", rejected[] = "(unclosed";
    assert_int_equal(regex_set_register(&f->rs, lazy), GWAPI_OK);
    assert_int_equal(regex_set_register(&f->rs, rejected), GWAPI_OK); /* not compiled yet */
    assert_true(regex_set_has(&f->rs, lazy));
    assert_true(search(f, lazy, "123"));
    assert_false(search(f, lazy, "12a"));
    assert_int_equal(regex_set_add(&f->rs, lazy, NULL), GWAPI_OK); /* already compiled */
    assert_true(search(f, lazy, "4"));
    assert_false(f->rx.unregistered);
    /* One of our own patterns PCRE2 refuses is found out at its search. */
    assert_false(search(f, rejected, "x"));
    assert_true(f->rx.unregistered);
    assert_false(f->a.failed);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(registered_patterns_match_like_go, setup, teardown),
        cmocka_unit_test_setup_teardown(runtime_pattern_errors_say_why, setup, teardown),
        cmocka_unit_test_setup_teardown(unregistered_pattern_is_an_error, setup, teardown),
        cmocka_unit_test_setup_teardown(registered_patterns_compile_at_first_search, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
