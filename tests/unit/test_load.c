/* Unit tests of the loader: YAML and JSON into gwapi_value trees, with the
 * positions, diagnostics and limits the later stages rely on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <cmocka.h>

#include "load/load.h"
#include "testutil.h"

#define MAX_DOCS 16

typedef struct fixture {
    arena a;
    diag_list diags;
    gwapi_limits limits;
    load_params p;
    load_doc docs[MAX_DOCS];
    size_t ndocs;
    size_t stop_after; /* on_doc returns false after this many; 0 = never */
} fixture;

static bool collect(void *user, const load_doc *doc)
{
    fixture *f = user;
    if (f->ndocs < MAX_DOCS)
        f->docs[f->ndocs] = *doc;
    f->ndocs++;
    return !(f->stop_after && f->ndocs >= f->stop_after);
}

static const gwapi_limits default_limits = {
    3u << 20, 256u << 20, 100, 1000000, 100000, 1u << 20, 100000, 10000,
};

static void fx_init(fixture *f, const gwapi_allocator *alloc)
{
    memset(f, 0, sizeof *f);
    arena_init(&f->a, alloc);
    diag_list_init(&f->diags, &f->a, 10000);
    f->limits = default_limits;
    f->p.arena = &f->a;
    f->p.diags = &f->diags;
    f->p.limits = &f->limits;
    f->p.file = "in.yaml";
    f->p.on_doc = collect;
    f->p.user = f;
}

static int setup(void **state)
{
    fixture *f = malloc(sizeof *f);
    if (!f)
        return -1;
    fx_init(f, NULL);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    arena_free(&f->a);
    free(f);
    return 0;
}

/* The loaders get an exact-size copy without a terminating NUL, so ASan
 * catches any read past the end. */
static gwapi_status run(fixture *f, bool json, const char *s, size_t n)
{
    char *copy = malloc(n ? n : 1);
    assert_non_null(copy);
    memcpy(copy, s, n);
    gwapi_status st = json ? load_json(&f->p, copy, n) : load_yaml(&f->p, copy, n);
    free(copy);
    return st;
}

static void yaml(fixture *f, const char *s)
{
    assert_int_equal(run(f, false, s, strlen(s)), GWAPI_OK);
}

static void json(fixture *f, const char *s)
{
    assert_int_equal(run(f, true, s, strlen(s)), GWAPI_OK);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- value helpers ---------------------------------------------------- */

/* The value of the last member named key (later duplicates win). */
static const gwapi_value *get(const gwapi_value *v, const char *key)
{
    const gwapi_value *found = NULL;
    assert_non_null(v);
    assert_int_equal(v->type, GWAPI_VALUE_MAP);
    for (size_t i = 0; i < v->u.map.count; i++) {
        const gwapi_value *k = v->u.map.items[i].key;
        if (k->u.string.len == strlen(key) && memcmp(k->u.string.ptr, key, k->u.string.len) == 0)
            found = v->u.map.items[i].value;
    }
    assert_non_null(found);
    return found;
}

static const gwapi_value *at(const gwapi_value *v, size_t i)
{
    assert_non_null(v);
    assert_int_equal(v->type, GWAPI_VALUE_SEQ);
    assert_true(i < v->u.seq.count);
    return v->u.seq.items[i];
}

static const char *key_at(const gwapi_value *v, size_t i)
{
    assert_int_equal(v->type, GWAPI_VALUE_MAP);
    assert_true(i < v->u.map.count);
    return v->u.map.items[i].key->u.string.ptr;
}

static void is_int(const gwapi_value *v, int64_t n)
{
    assert_int_equal(v->type, GWAPI_VALUE_INT);
    assert_true(v->u.integer == n);
}

static void is_str(const gwapi_value *v, const char *s)
{
    assert_int_equal(v->type, GWAPI_VALUE_STRING);
    assert_int_equal(v->u.string.len, strlen(s));
    assert_string_equal(v->u.string.ptr, s);
}

static void is_pos(const gwapi_value *v, uint32_t line, uint32_t col)
{
    assert_string_equal(v->pos.file, "in.yaml");
    assert_int_equal(v->pos.line, line);
    assert_int_equal(v->pos.column, col);
}

static void one_diag(const fixture *f, gwapi_diag_code code, uint32_t line, uint32_t col,
                     const char *msg)
{
    assert_int_equal(f->diags.count, 1);
    const gwapi_diag *d = &f->diags.items[0];
    assert_int_equal(d->severity, GWAPI_SEVERITY_ERROR);
    assert_int_equal(d->code, code);
    assert_string_equal(d->message, msg);
    assert_str(d->path, "");
    assert_str_absent(d->kind);
    assert_str_absent(d->name);
    assert_int_equal(d->pos.line, line);
    assert_int_equal(d->pos.column, col);
}

/* ---- documents -------------------------------------------------------- */

static void test_multi_document(void **state)
{
    fixture *f = *state;
    yaml(f, "a: 1\n---\n# only a comment\n---\nb: [x, z]\n");
    assert_int_equal(f->diags.count, 0);
    assert_int_equal(f->ndocs, 3);
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(f->docs[i].index, i);
    is_int(get(f->docs[0].root, "a"), 1);
    assert_null(f->docs[1].root);
    assert_int_equal(f->docs[1].pos.line, 2);
    const gwapi_value *b = get(f->docs[2].root, "b");
    assert_int_equal(b->u.seq.count, 2);
    is_str(at(b, 1), "z");
    is_pos(at(b, 1), 5, 8);
    assert_int_equal(f->docs[2].pos.line, 4);
}

static void test_empty_and_null_documents(void **state)
{
    fixture *f = *state;
    yaml(f, "# nothing but a comment\n");
    assert_int_equal(f->ndocs, 0);
    yaml(f, "---\n~\n---\nnull\n");
    assert_int_equal(f->ndocs, 2);
    assert_null(f->docs[0].root);
    assert_null(f->docs[1].root);
    assert_int_equal(f->diags.count, 0);
}

static void test_on_doc_stops(void **state)
{
    fixture *f = *state;
    f->stop_after = 2;
    yaml(f, "a: 1\n---\nb: 2\n---\nc: 3\n");
    assert_int_equal(f->ndocs, 2);
}

/* ---- anchors and merges ------------------------------------------------ */

static void test_anchor_alias_shares(void **state)
{
    fixture *f = *state;
    yaml(f, "base: &b {x: 1, y: [2, 3]}\nuse: *b\nscalar: &s hello\nagain: *s\n");
    assert_int_equal(f->diags.count, 0);
    const gwapi_value *r = f->docs[0].root;
    assert_ptr_equal(get(r, "use"), get(r, "base"));
    assert_ptr_equal(get(r, "again"), get(r, "scalar"));
    is_str(get(r, "again"), "hello");
    is_pos(get(r, "use"), 1, 7); /* the anchored node's own position */
}

static void test_merge_keys(void **state)
{
    fixture *f = *state;
    /* (not `y`: that is a boolean key, "true", in YAML 1.1) */
    yaml(f, "a: &a {x: 1, m: 1}\n"
            "b: &b {m: 2, z: 2}\n"
            "c:\n"
            "  x: 0\n"
            "  <<: [*a, *b]\n"
            "  w: 3\n"
            "d:\n"
            "  <<: *a\n"
            "  x: 5\n"
            "e: {<<: *b, <<: *a}\n");
    assert_int_equal(f->diags.count, 0);
    const gwapi_value *r = f->docs[0].root;
    const gwapi_value *c = get(r, "c");
    assert_int_equal(c->u.map.count, 4);
    assert_string_equal(key_at(c, 0), "x");
    assert_string_equal(key_at(c, 1), "m");
    assert_string_equal(key_at(c, 2), "z");
    assert_string_equal(key_at(c, 3), "w");
    is_int(get(c, "x"), 0); /* explicit key wins */
    is_int(get(c, "m"), 1); /* first map of the sequence wins */
    is_int(get(c, "z"), 2);
    const gwapi_value *d = get(r, "d");
    assert_int_equal(d->u.map.count, 2);
    is_int(get(d, "x"), 5); /* explicit, even after the merge */
    is_int(get(d, "m"), 1);
    const gwapi_value *e = get(r, "e");
    assert_int_equal(e->u.map.count, 3);
    is_int(get(e, "m"), 1); /* of two `<<` keys the last wins, as in go-yaml v2 */
}

static void test_merge_not_a_map(void **state)
{
    fixture *f = *state;
    yaml(f, "a:\n  <<: 3\n");
    one_diag(f, GWAPI_DIAG_SYNTAX, 2, 7, "map merge requires map or sequence of maps as the value");
    assert_int_equal(f->ndocs, 1);
    assert_null(f->docs[0].root);
}

static void test_quoted_merge_key_is_a_key(void **state)
{
    fixture *f = *state;
    yaml(f, "\"<<\": {a: 1}\n");
    is_int(get(get(f->docs[0].root, "<<"), "a"), 1);
}

static void test_undefined_and_recursive_alias(void **state)
{
    fixture *f = *state;
    yaml(f, "a: *nope\n---\nb: &x [1, *x]\n---\nc: 1\n");
    assert_int_equal(f->diags.count, 2);
    assert_int_equal(f->diags.items[0].code, GWAPI_DIAG_SYNTAX);
    assert_string_equal(f->diags.items[0].message, "unknown anchor 'nope' referenced");
    assert_int_equal(f->diags.items[0].pos.line, 1);
    assert_int_equal(f->diags.items[0].pos.column, 4);
    assert_string_equal(f->diags.items[1].message, "anchor 'x' value contains itself");
    assert_int_equal(f->diags.items[1].pos.line, 3);
    assert_int_equal(f->diags.items[1].pos.column, 11);
    assert_int_equal(f->ndocs, 3);
    assert_null(f->docs[0].root);
    assert_null(f->docs[1].root);
    is_int(get(f->docs[2].root, "c"), 1);
}

static void test_alias_bomb(void **state)
{
    fixture *f = *state;
    const char *bomb =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
        "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
        "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
        "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
    double t0 = now();
    yaml(f, bomb);
    double dt = now() - t0;
    print_message("alias bomb (9 levels) refused in %.1f us\n", dt * 1e6);
    assert_true(dt < 0.5);
    one_diag(f, GWAPI_DIAG_LIMIT, 6, 8,
             "document exceeds max_alias_expansion (100000 nodes reached through aliases)");
    assert_int_equal(f->ndocs, 1);
    assert_null(f->docs[0].root);
}

static void test_max_nodes(void **state)
{
    fixture *f = *state;
    f->limits.max_nodes = 5;
    yaml(f, "[1, 2, 3, 4, 5]\n");
    one_diag(f, GWAPI_DIAG_LIMIT, 1, 14, "document exceeds max_nodes (5 nodes)");
}

/* ---- nesting ------------------------------------------------------------ */

static char *repeat(const char *unit, size_t n, const char *tail_unit, size_t tail_n)
{
    size_t a = strlen(unit), b = tail_unit ? strlen(tail_unit) : 0;
    char *s = malloc(a * n + b * tail_n + 1);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        memcpy(s + i * a, unit, a);
    for (size_t i = 0; i < tail_n; i++)
        memcpy(s + a * n + i * b, tail_unit, b);
    s[a * n + b * tail_n] = '\0';
    return s;
}

static void deep(fixture *f, bool is_json, const char *open, const char *close,
                 uint32_t col, const char *what)
{
    char *s = repeat(open, 20000, close, 20000);
    double t0 = now();
    assert_int_equal(run(f, is_json, s, strlen(s)), GWAPI_OK);
    double dt = now() - t0;
    free(s);
    print_message("20000-deep %s refused in %.1f us\n", what, dt * 1e6);
    assert_true(dt < 0.5);
    one_diag(f, GWAPI_DIAG_LIMIT, 1, col, "document exceeds max_depth (100 levels of nesting)");
    assert_int_equal(f->ndocs, 1);
    assert_null(f->docs[0].root);
}

static void test_deep_flow(void **state)
{
    deep(*state, false, "[", "]", 101, "YAML flow");
}

static void test_deep_block(void **state)
{
    deep(*state, false, "- ", "x", 201, "YAML block");
}

static void test_deep_json(void **state)
{
    deep(*state, true, "[", "]", 101, "JSON");
}

static void test_depth_at_limit(void **state)
{
    fixture *f = *state;
    f->limits.max_depth = 3;
    yaml(f, "a: {b: [1]}\n");
    assert_int_equal(f->diags.count, 0);
    yaml(f, "a: {b: [[1]]}\n");
    one_diag(f, GWAPI_DIAG_LIMIT, 1, 9, "document exceeds max_depth (3 levels of nesting)");
}

/* ---- syntax and encoding ------------------------------------------------- */

static void test_tab_indentation(void **state)
{
    fixture *f = *state;
    yaml(f, "a:\n\tb: 1\n");
    one_diag(f, GWAPI_DIAG_SYNTAX, 2, 1, "found character that cannot start any token");
    assert_int_equal(f->ndocs, 1);
    assert_null(f->docs[0].root);
}

static void test_syntax_error_resync(void **state)
{
    fixture *f = *state;
    yaml(f, "a: 1\n---\nb: c: d\nx: [\n---\ne: 5\n");
    one_diag(f, GWAPI_DIAG_SYNTAX, 3, 5, "mapping values are not allowed in this context");
    assert_int_equal(f->ndocs, 3);
    is_int(get(f->docs[0].root, "a"), 1);
    assert_null(f->docs[1].root);
    assert_int_equal(f->docs[1].index, 1);
    assert_int_equal(f->docs[1].pos.line, 2);
    const gwapi_value *e = get(f->docs[2].root, "e");
    is_int(e, 5);
    is_pos(e, 6, 4);
    assert_int_equal(f->docs[2].index, 2);
}

static void test_error_at_next_marker(void **state)
{
    fixture *f = *state;
    /* libyaml reports the unclosed flow sequence at the next `---`. */
    yaml(f, "key: [a,\n---\nb: 1\n");
    one_diag(f, GWAPI_DIAG_SYNTAX, 2, 1, "did not find expected node content");
    assert_int_equal(f->ndocs, 2);
    assert_null(f->docs[0].root);
    is_int(get(f->docs[1].root, "b"), 1);
}

static void test_bom_skipped(void **state)
{
    fixture *f = *state;
    yaml(f, "\xEF\xBB\xBF" "a: 1\n");
    assert_int_equal(f->diags.count, 0);
    const gwapi_value *r = f->docs[0].root;
    is_pos(r->u.map.items[0].key, 1, 1);
    is_pos(get(r, "a"), 1, 4);
    json(f, "\xEF\xBB\xBF{\"a\": 1}");
    assert_int_equal(f->diags.count, 0);
    is_pos(get(f->docs[1].root, "a"), 1, 7);
}

static void test_invalid_utf8(void **state)
{
    fixture *f = *state;
    yaml(f, "a: 1\n---\nb: \xFF\n---\nc: \"caf\xC3\xA9\"\n");
    one_diag(f, GWAPI_DIAG_ENCODING, 3, 4, "invalid leading UTF-8 octet");
    assert_int_equal(f->ndocs, 3);
    is_int(get(f->docs[0].root, "a"), 1);
    assert_null(f->docs[1].root);
    const gwapi_value *c = get(f->docs[2].root, "c");
    is_str(c, "caf\xC3\xA9");
    is_pos(c, 5, 4);
}

static void test_encoding_messages(void **state)
{
    static const struct { const char *in; const char *msg; uint32_t col; } cases[] = {
        { "a: b\xC3", "incomplete UTF-8 octet sequence", 5 },
        { "a: b\xC3x", "invalid trailing UTF-8 octet", 5 },
        { "a: \xC0\x80", "invalid length of a UTF-8 sequence", 4 },
        { "a: \xED\xA0\x80", "invalid Unicode character", 4 },
        { "a: \xC3\xA9\x01", "control characters are not allowed", 5 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fixture f;
        fx_init(&f, NULL);
        yaml(&f, cases[i].in);
        one_diag(&f, GWAPI_DIAG_ENCODING, 1, cases[i].col, cases[i].msg);
        assert_int_equal(f.ndocs, 1);
        assert_null(f.docs[0].root);
        arena_free(&f.a);
    }
    (void)state;
}

static void test_encoding_error_in_quoted_scalar(void **state)
{
    fixture *f = *state;
    /* The cut before the bad byte leaves an unterminated quote: only the
     * encoding error is reported. */
    yaml(f, "a: \"x\xFEy\"\n---\nb: 2\n");
    one_diag(f, GWAPI_DIAG_ENCODING, 1, 6, "invalid leading UTF-8 octet");
    assert_int_equal(f->ndocs, 2);
    assert_null(f->docs[0].root);
    is_int(get(f->docs[1].root, "b"), 2);
}

static void test_utf16(void **state)
{
    fixture *f = *state;
    static const char le[] = "\xFF\xFE" "a\0:\0 \0\xE9\0\n\0";
    assert_int_equal(run(f, false, le, sizeof le - 1), GWAPI_OK);
    assert_int_equal(f->diags.count, 0);
    is_str(get(f->docs[0].root, "a"), "\xC3\xA9");
    static const char be_bad[] = "\xFE\xFF" "\0a\0:\0 \xDC\0";
    assert_int_equal(run(f, false, be_bad, sizeof be_bad - 1), GWAPI_OK);
    one_diag(f, GWAPI_DIAG_ENCODING, 1, 4, "unexpected low surrogate area");
}

/* ---- limits --------------------------------------------------------------- */

static void test_huge_scalar(void **state)
{
    fixture *f = *state;
    f->limits.max_scalar_bytes = 16;
    yaml(f, "a: 0123456789abcdef\nb: 0123456789abcdefg\n");
    one_diag(f, GWAPI_DIAG_LIMIT, 2, 4, "scalar exceeds max_scalar_bytes (16 bytes)");
    assert_null(f->docs[0].root);
}

static void test_max_items(void **state)
{
    fixture *f = *state;
    f->limits.max_items = 3;
    yaml(f, "[1, 2, 3]\n---\n[1, 2, 3, 4]\n---\n{a: 1, b: 2, c: 3, d: 4}\n");
    assert_int_equal(f->diags.count, 2);
    assert_string_equal(f->diags.items[0].message, "sequence exceeds max_items (3 entries)");
    assert_int_equal(f->diags.items[0].pos.line, 3);
    assert_int_equal(f->diags.items[0].pos.column, 11);
    assert_string_equal(f->diags.items[1].message, "mapping exceeds max_items (3 entries)");
    assert_int_equal(f->diags.items[1].pos.line, 5);
    assert_int_equal(f->diags.items[1].pos.column, 20);
    assert_int_equal(f->ndocs, 3);
    assert_int_equal(f->docs[0].root->u.seq.count, 3);
    assert_null(f->docs[1].root);
    assert_null(f->docs[2].root);
}

static void test_max_document_bytes(void **state)
{
    fixture *f = *state;
    f->limits.max_document_bytes = 20;
    yaml(f, "a: 1\n---\nb: 0123456789012345678901234\n---\nc: 3\n");
    one_diag(f, GWAPI_DIAG_LIMIT, 3, 4, "document exceeds max_document_bytes (20 bytes)");
    assert_int_equal(f->ndocs, 3);
    is_int(get(f->docs[0].root, "a"), 1);
    assert_null(f->docs[1].root);
    is_int(get(f->docs[2].root, "c"), 3);
    json(f, "{\"b\": \"0123456789012345678901234\"}");
    assert_int_equal(f->diags.count, 2);
    assert_string_equal(f->diags.items[1].message,
                        "document exceeds max_document_bytes (20 bytes)");
}

/* A JSON `kind: List` beyond max_document_bytes is loaded item by item:
 * each item is a document held to the per-document limits. */
static void test_big_json_list_per_item(void **state)
{
    fixture *f = *state;
    f->limits.max_document_bytes = 60;
    f->limits.max_nodes = 10; /* the whole List has more nodes; no item has */
    json(f, "{\"apiVersion\": \"v1\", \"items\": [\n"
            "  {\"kind\": \"A\", \"n\": 1},\n"
            "  null,\n"
            "  {\"kind\": \"B\", \"big\": \"01234567890123456789012345678901234567890123456789\"},\n"
            "  {\"kind\": \"C\", \"n\": [1, 2]}\n"
            "], \"kind\": \"List\", \"metadata\": {}}");
    one_diag(f, GWAPI_DIAG_LIMIT, 4, 3, "List item exceeds max_document_bytes (60 bytes)");
    assert_int_equal(f->ndocs, 4);
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(f->docs[i].index, i);
    assert_int_equal(f->docs[0].pos.line, 2);
    assert_int_equal(f->docs[0].pos.column, 3);
    assert_string_equal(get(f->docs[0].root, "kind")->u.string.ptr, "A");
    is_int(get(f->docs[0].root, "n"), 1);
    assert_int_equal(get(f->docs[0].root, "n")->pos.line, 2);
    assert_int_equal(get(f->docs[0].root, "n")->pos.column, 22);
    assert_null(f->docs[1].root);   /* null items are skipped, as null documents */
    assert_null(f->docs[2].root);   /* too big: reported, the rest still loads */
    assert_int_equal(get(f->docs[3].root, "n")->u.seq.count, 2);
    assert_int_equal(f->docs[3].pos.line, 5);
}

/* Not a List, or a List whose own limits are broken: the whole-document
 * limit and the usual errors. */
static void test_big_json_not_a_list(void **state)
{
    fixture *f = *state;
    f->limits.max_document_bytes = 40;
    json(f, "{\"kind\": \"Lists\", \"items\": [{\"a\": 1}, {\"b\": 2}, {\"c\": 3}]}");
    one_diag(f, GWAPI_DIAG_LIMIT, 1, 1, "document exceeds max_document_bytes (40 bytes)");
    assert_int_equal(f->ndocs, 1);
    assert_null(f->docs[0].root);
}

static void test_big_json_list_syntax(void **state)
{
    fixture *f = *state;
    f->limits.max_document_bytes = 40;
    /* An error in an item: the items before it are loaded, then it stops.
     * The message and position are the whole-document parse's. */
    static const char *const bad[] = {
        "{\"kind\": \"List\", \"items\": [{\"a\": 1}, {\"b\": 01}, {\"c\": 3}]}",
        "{\"kind\": \"List\", \"items\": [{\"a\": 1}, {\"b\": 2}, ], \"x\": 1}",
    };
    /* ndocs in List mode; the last is the failed item, if any */
    static const struct { uint32_t column; const char *msg; size_t ndocs; bool failed; } want[] = {
        { 45, "json: offset 45: invalid character '1' after object key:value pair", 2, true },
        { 48, "json: offset 48: invalid character ']' looking for beginning of value", 2, false },
    };
    for (size_t i = 0; i < 2; i++) {
        for (int whole = 0; whole < 2; whole++) {
            fixture g;
            fx_init(&g, NULL);
            g.limits.max_document_bytes = whole ? 1000 : 40;
            json(&g, bad[i]);
            one_diag(&g, GWAPI_DIAG_SYNTAX, 1, want[i].column, want[i].msg);
            assert_int_equal(g.ndocs, whole ? 1 : want[i].ndocs);
            if (!whole)
                is_int(get(g.docs[0].root, "a"), 1);
            if (whole || want[i].failed)
                assert_null(g.docs[g.ndocs - 1].root);
            else
                assert_non_null(g.docs[g.ndocs - 1].root);
            arena_free(&g.a);
        }
    }
    (void)f;
}

/* ---- scalars and keys ---------------------------------------------------- */

static void resolve(const char *s, gwapi_value *v)
{
    memset(v, 0, sizeof *v);
    load_resolve_plain(v, s, strlen(s));
}

static void test_scalar_resolution(void **state)
{
    static const struct { const char *in; gwapi_value_type type; int64_t i; double d; } cases[] = {
        { "yes", GWAPI_VALUE_BOOL, 1, 0 }, { "Yes", GWAPI_VALUE_BOOL, 1, 0 },
        { "on", GWAPI_VALUE_BOOL, 1, 0 }, { "y", GWAPI_VALUE_BOOL, 1, 0 },
        { "NO", GWAPI_VALUE_BOOL, 0, 0 }, { "off", GWAPI_VALUE_BOOL, 0, 0 },
        { "False", GWAPI_VALUE_BOOL, 0, 0 }, { "n", GWAPI_VALUE_BOOL, 0, 0 },
        { "~", GWAPI_VALUE_NULL, 0, 0 }, { "", GWAPI_VALUE_NULL, 0, 0 },
        { "Null", GWAPI_VALUE_NULL, 0, 0 }, { "nULL", GWAPI_VALUE_STRING, 0, 0 },
        { "yEs", GWAPI_VALUE_STRING, 0, 0 },
        { "0x1F", GWAPI_VALUE_INT, 31, 0 }, { "0X1f", GWAPI_VALUE_INT, 31, 0 },
        { "0o17", GWAPI_VALUE_INT, 15, 0 }, { "017", GWAPI_VALUE_INT, 15, 0 },
        { "0b101", GWAPI_VALUE_INT, 5, 0 }, { "-0b101", GWAPI_VALUE_INT, -5, 0 },
        { "1_000", GWAPI_VALUE_INT, 1000, 0 }, { "+42", GWAPI_VALUE_INT, 42, 0 },
        { "-0", GWAPI_VALUE_INT, 0, 0 }, { "0", GWAPI_VALUE_INT, 0, 0 },
        { "-9223372036854775808", GWAPI_VALUE_INT, INT64_MIN, 0 },
        { "9223372036854775808", GWAPI_VALUE_FLOAT, 0, 9223372036854775808.0 },
        { "08", GWAPI_VALUE_FLOAT, 0, 8 }, /* not octal, but a float to go-yaml */
        { "1e3", GWAPI_VALUE_FLOAT, 0, 1000 }, { "1.5", GWAPI_VALUE_FLOAT, 0, 1.5 },
        { "1.", GWAPI_VALUE_FLOAT, 0, 1 }, { "+.5", GWAPI_VALUE_FLOAT, 0, 0.5 },
        { ".5", GWAPI_VALUE_FLOAT, 0, 0.5 }, { "-1_0.5e1", GWAPI_VALUE_FLOAT, 0, -105 },
        { "1e400", GWAPI_VALUE_STRING, 0, 0 }, /* ParseFloat overflow: a string */
        { "0x", GWAPI_VALUE_STRING, 0, 0 }, { "1:20", GWAPI_VALUE_STRING, 0, 0 },
        { "0b2", GWAPI_VALUE_STRING, 0, 0 }, { ".5_0", GWAPI_VALUE_STRING, 0, 0 },
        { "2024-01-02", GWAPI_VALUE_STRING, 0, 0 }, { "1.2.3", GWAPI_VALUE_STRING, 0, 0 },
        { "<<", GWAPI_VALUE_STRING, 0, 0 }, { "-", GWAPI_VALUE_STRING, 0, 0 },
        { "0x8000000000000000", GWAPI_VALUE_FLOAT, 0, 9223372036854775808.0 },
    };
    gwapi_value v;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        resolve(cases[i].in, &v);
        if (v.type != cases[i].type)
            fail_msg("%s: type %d, want %d", cases[i].in, v.type, cases[i].type);
        if (v.type == GWAPI_VALUE_INT && v.u.integer != cases[i].i)
            fail_msg("%s: %lld", cases[i].in, (long long)v.u.integer);
        if (v.type == GWAPI_VALUE_BOOL && v.u.boolean != (cases[i].i != 0))
            fail_msg("%s: bool", cases[i].in);
        if (v.type == GWAPI_VALUE_FLOAT && v.u.number != cases[i].d)
            fail_msg("%s: %g", cases[i].in, v.u.number);
    }
    resolve(".inf", &v);
    assert_true(v.type == GWAPI_VALUE_FLOAT && isinf(v.u.number) && v.u.number > 0);
    resolve("-.Inf", &v);
    assert_true(v.type == GWAPI_VALUE_FLOAT && isinf(v.u.number) && v.u.number < 0);
    resolve(".NaN", &v);
    assert_true(v.type == GWAPI_VALUE_FLOAT && isnan(v.u.number));
    (void)state;
}

static void test_quoted_block_and_tags(void **state)
{
    fixture *f = *state;
    yaml(f, "a: \"yes\"\n"
            "b: 'on'\n"
            "c: |\n  yes\n"
            "d: >-\n  12\n"
            "e: !!str 12\n"
            "f: !!float 1\n"
            "g: !!int \"0x10\"\n"
            "h: !custom 7\n"
            "i: yes\n");
    assert_int_equal(f->diags.count, 0);
    const gwapi_value *r = f->docs[0].root;
    is_str(get(r, "a"), "yes");
    assert_true(get(r, "a")->quoted);
    is_str(get(r, "b"), "on");
    is_str(get(r, "c"), "yes\n");
    assert_true(get(r, "c")->quoted);
    is_str(get(r, "d"), "12");
    is_str(get(r, "e"), "12");
    assert_false(get(r, "e")->quoted);
    assert_int_equal(get(r, "f")->type, GWAPI_VALUE_FLOAT);
    assert_true(get(r, "f")->u.number == 1.0);
    is_int(get(r, "g"), 16);
    is_str(get(r, "h"), "7");
    assert_int_equal(get(r, "i")->type, GWAPI_VALUE_BOOL);
    assert_false(get(r, "i")->quoted);

    yaml(f, "x: !!int abc\n");
    one_diag(f, GWAPI_DIAG_SYNTAX, 1, 4, "cannot decode !!str `abc` as a !!int");
}

static void test_non_string_keys(void **state)
{
    fixture *f = *state;
    yaml(f, "1: a\ntrue: b\n0x10: c\n1.5: d\nyes: e\n1e6: f\n.inf: g\n-0.0001: h\n\"2\": i\n");
    assert_int_equal(f->diags.count, 0);
    const gwapi_value *r = f->docs[0].root;
    static const char *keys[] = { "1", "true", "16", "1.5", "true", "1e+06", ".inf", "-0.0001", "2" };
    assert_int_equal(r->u.map.count, 9);
    for (size_t i = 0; i < 9; i++) {
        is_str(r->u.map.items[i].key, keys[i]);
        assert_int_equal(r->u.map.items[i].key->quoted, i == 8);
    }
    is_pos(r->u.map.items[2].key, 3, 1);
    is_str(get(r, "true"), "e"); /* both kept; the later one is found last */

    yaml(f, "~: a\n---\n[a]: b\n---\nok: 1\n");
    assert_int_equal(f->diags.count, 2);
    assert_string_equal(f->diags.items[0].message, "unsupported map key of type null");
    assert_string_equal(f->diags.items[1].message, "invalid map key: a sequence cannot be a key");
    assert_int_equal(f->ndocs, 4);
    is_int(get(f->docs[3].root, "ok"), 1);
}

static void test_duplicate_keys_kept(void **state)
{
    fixture *f = *state;
    yaml(f, "spec:\n  x: 1\n  y: 2\n  x: 3\n");
    assert_int_equal(f->diags.count, 0);
    const gwapi_value *spec = get(f->docs[0].root, "spec");
    assert_int_equal(spec->u.map.count, 3);
    assert_string_equal(key_at(spec, 0), "x");
    assert_string_equal(key_at(spec, 2), "x");
    is_int(spec->u.map.items[0].value, 1);
    is_int(spec->u.map.items[2].value, 3);
    is_pos(spec->u.map.items[2].key, 4, 3);
}

/* ---- JSON ------------------------------------------------------------------- */

static void test_json_types_positions(void **state)
{
    fixture *f = *state;
    json(f, "{\n"
            "  \"s\": \"x\",\n"
            "  \"i\": -42,\n"
            "  \"f\": 1.5e1,\n"
            "  \"big\": 9223372036854775808,\n"
            "  \"t\": true,\n"
            "  \"n\": null,\n"
            "  \"arr\": [1, {\"k\": \"v\\u00e9\\n\\ud83d\\ude00\"}],\n"
            "  \"s\": \"dup\"\n"
            "}\n");
    assert_int_equal(f->diags.count, 0);
    assert_int_equal(f->ndocs, 1);
    const gwapi_value *r = f->docs[0].root;
    is_pos(r, 1, 1);
    assert_int_equal(r->u.map.count, 8);
    assert_string_equal(key_at(r, 0), "s");
    assert_string_equal(key_at(r, 7), "s");
    is_str(r->u.map.items[0].value, "x");
    assert_true(r->u.map.items[0].value->quoted);
    is_str(get(r, "s"), "dup");
    is_int(get(r, "i"), -42);
    assert_int_equal(get(r, "f")->type, GWAPI_VALUE_FLOAT);
    assert_true(get(r, "f")->u.number == 15.0);
    assert_int_equal(get(r, "big")->type, GWAPI_VALUE_FLOAT);
    assert_true(get(r, "big")->u.number == 9223372036854775808.0);
    assert_true(get(r, "t")->type == GWAPI_VALUE_BOOL && get(r, "t")->u.boolean);
    assert_int_equal(get(r, "n")->type, GWAPI_VALUE_NULL);
    const gwapi_value *arr = get(r, "arr");
    is_pos(arr, 8, 10);
    is_pos(at(arr, 0), 8, 11);
    const gwapi_value *obj = at(arr, 1);
    is_pos(obj, 8, 14);
    is_pos(obj->u.map.items[0].key, 8, 15);
    is_pos(get(obj, "k"), 8, 20);
    is_str(get(obj, "k"), "v\xC3\xA9\n\xF0\x9F\x98\x80");
    is_pos(r->u.map.items[7].key, 9, 3);
    is_pos(get(r, "s"), 9, 8);
}

static void test_json_nul_in_string(void **state)
{
    fixture *f = *state;
    json(f, "[\"a\\u0000b\"]");
    const gwapi_value *s = at(f->docs[0].root, 0);
    assert_int_equal(s->u.string.len, 3);
    assert_memory_equal(s->u.string.ptr, "a\0b", 4);
}

static void test_json_syntax_errors(void **state)
{
    /* Messages and offsets as Go's encoding/json gives them for the same
     * bytes (checked with json.Unmarshal), in kubectl's "json: offset N:"
     * form; the whole class cJSON alone would accept is here: single
     * quotes, trailing commas, hex, leading zeros, "1.", bad literals and
     * escapes. */
    static const struct { const char *in; uint32_t line, col; const char *msg; } cases[] = {
        { "{\n  \"a\": 1,\n  \"b\": }\n", 3, 8,
          "json: offset 20: invalid character '}' looking for beginning of value" },
        { "{\"a\": [1, 2", 1, 12, "json: offset 11: unexpected end of JSON input" },
        { "[1] x", 1, 5, "json: offset 5: invalid character 'x' after top-level value" },
        { "[01]", 1, 3, "json: offset 3: invalid character '1' after array element" },
        { "[1.]", 1, 4,
          "json: offset 4: invalid character ']' after decimal point in numeric literal" },
        { "\x01[1]", 1, 1,
          "json: offset 1: invalid character '\\x01' looking for beginning of value" },
        { "[\"a\x01\"]", 1, 4, "json: offset 4: invalid character '\\x01' in string literal" },
        { "{'apiVersion': 'v1'}", 1, 2,
          "json: offset 2: invalid character '\\'' looking for beginning of object key string" },
        { "{\"a\": 1,}", 1, 9,
          "json: offset 9: invalid character '}' looking for beginning of object key string" },
        { "[1,]", 1, 4, "json: offset 4: invalid character ']' looking for beginning of value" },
        { "{\"a\": 0x50}", 1, 8,
          "json: offset 8: invalid character 'x' after object key:value pair" },
        { "{\"a\": 080}", 1, 8,
          "json: offset 8: invalid character '8' after object key:value pair" },
        { "{\"a\": 1.}", 1, 9,
          "json: offset 9: invalid character '}' after decimal point in numeric literal" },
        { "{\"a\": 1e+}", 1, 10,
          "json: offset 10: invalid character '}' in exponent of numeric literal" },
        { "{\"a\": -}", 1, 8, "json: offset 8: invalid character '}' in numeric literal" },
        { "{\"a\": tru}", 1, 10,
          "json: offset 10: invalid character '}' in literal true (expecting 'e')" },
        { "{\"a\": nul}", 1, 10,
          "json: offset 10: invalid character '}' in literal null (expecting 'l')" },
        { "{\"a\": fals}", 1, 11,
          "json: offset 11: invalid character '}' in literal false (expecting 'e')" },
        { "{\"a\": \"\\x\"}", 1, 9, "json: offset 9: invalid character 'x' in string escape code" },
        { "{\"a\": \"\\u12g4\"}", 1, 12,
          "json: offset 12: invalid character 'g' in \\u hexadecimal character escape" },
        { "{\"a\": \"\t\"}", 1, 8, "json: offset 8: invalid character '\\t' in string literal" },
        { "{\"a\"}", 1, 5, "json: offset 5: invalid character '}' after object key" },
        { "{\"a\": \"\xc3\xa9\"} \xc3\xa9", 1, 12,
          "json: offset 13: invalid character '\xc3\x83' after top-level value" },
        { "{\"a\": 1} {\"b\": 2}", 1, 10,
          "json: offset 10: invalid character '{' after top-level value" },
        { "{\"a\": 1e400}", 1, 7, "number 1e400 is out of range" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fixture f;
        fx_init(&f, NULL);
        json(&f, cases[i].in);
        one_diag(&f, GWAPI_DIAG_SYNTAX, cases[i].line, cases[i].col, cases[i].msg);
        assert_int_equal(f.ndocs, 1);
        assert_null(f.docs[0].root);
        arena_free(&f.a);
    }
    (void)state;
}

static void test_json_empty_and_encoding(void **state)
{
    fixture *f = *state;
    json(f, "");
    json(f, " \n\t ");
    assert_int_equal(f->ndocs, 0);
    assert_int_equal(f->diags.count, 0);
    json(f, "{\"a\":\n \"\xFF\"}");
    one_diag(f, GWAPI_DIAG_ENCODING, 2, 3, "invalid leading UTF-8 octet");
    assert_int_equal(f->ndocs, 1);
    assert_null(f->docs[0].root);
}

static void test_json_limits(void **state)
{
    fixture *f = *state;
    f->limits.max_items = 2;
    f->limits.max_scalar_bytes = 3;
    json(f, "[1, 2, 3]");
    json(f, "{\"abcd\": 1}");
    assert_int_equal(f->diags.count, 2);
    assert_string_equal(f->diags.items[0].message, "sequence exceeds max_items (2 entries)");
    assert_int_equal(f->diags.items[0].pos.column, 8);
    assert_string_equal(f->diags.items[1].message, "scalar exceeds max_scalar_bytes (3 bytes)");
    assert_int_equal(f->diags.items[1].pos.column, 2);
}

/* ---- allocation failure ---------------------------------------------------- */

typedef struct failing {
    size_t left; /* allocations that still succeed */
} failing;

static void *f_alloc(void *user, size_t size)
{
    failing *fl = user;
    if (!fl->left)
        return NULL;
    fl->left--;
    return malloc(size);
}

static void *f_realloc(void *user, void *p, size_t old, size_t size)
{
    failing *fl = user;
    (void)old;
    if (!fl->left)
        return NULL;
    fl->left--;
    return realloc(p, size);
}

static void f_free(void *user, void *p, size_t size)
{
    (void)user;
    (void)size;
    free(p);
}

static void test_allocation_failure(void **state)
{
    char big[8192];
    size_t n = (size_t)snprintf(big, sizeof big, "a: &a {x: 1, y: [1, 2]}\nb:\n  <<: [*a]\n  z: 2\n");
    for (int i = 0; i < 300 && n < sizeof big - 64; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "k%d: *a\n", i);
    const char *text[] = { big, "{\"a\": [1, {\"b\": \"c\"}], \"d\": [[[]]]}" };
    for (int which = 0; which < 2; which++) {
        bool succeeded = false;
        for (size_t k = 0; k < 200 && !succeeded; k++) {
            failing fl = { k };
            gwapi_allocator al = { f_alloc, f_realloc, f_free, &fl };
            fixture f;
            fx_init(&f, &al);
            gwapi_status st = run(&f, which == 1, text[which], strlen(text[which]));
            if (st == GWAPI_OK) {
                succeeded = true;
                assert_false(f.a.failed);
                assert_int_equal(f.ndocs, 1);
                assert_non_null(f.docs[0].root);
            } else {
                assert_int_equal(st, GWAPI_ENOMEM);
                assert_true(f.a.failed);
            }
            arena_free(&f.a);
        }
        assert_true(succeeded);
    }
    (void)state;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
        T(test_multi_document),
        T(test_empty_and_null_documents),
        T(test_on_doc_stops),
        T(test_anchor_alias_shares),
        T(test_merge_keys),
        T(test_merge_not_a_map),
        T(test_quoted_merge_key_is_a_key),
        T(test_undefined_and_recursive_alias),
        T(test_alias_bomb),
        T(test_max_nodes),
        T(test_deep_flow),
        T(test_deep_block),
        T(test_deep_json),
        T(test_depth_at_limit),
        T(test_tab_indentation),
        T(test_syntax_error_resync),
        T(test_error_at_next_marker),
        T(test_bom_skipped),
        T(test_invalid_utf8),
        T(test_encoding_messages),
        T(test_encoding_error_in_quoted_scalar),
        T(test_utf16),
        T(test_huge_scalar),
        T(test_max_items),
        T(test_max_document_bytes),
        T(test_big_json_list_per_item),
        T(test_big_json_not_a_list),
        T(test_big_json_list_syntax),
        T(test_scalar_resolution),
        T(test_quoted_block_and_tags),
        T(test_non_string_keys),
        T(test_duplicate_keys_kept),
        T(test_json_types_positions),
        T(test_json_nul_in_string),
        T(test_json_syntax_errors),
        T(test_json_empty_and_encoding),
        T(test_json_limits),
        T(test_allocation_failure),
#undef T
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
