/* Test helpers: one-call validation of YAML text, diagnostic lookups. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct tu_hold {
    gwapi_ctx *ctx;
    gwapi_input *in;
} tu_hold;

/* Contexts are kept per result so tests can free with one call; a small
 * table maps results to what they hold. */
#define TU_MAX 64
static struct { gwapi_result *r; tu_hold h; } held[TU_MAX];

gwapi_result *tu_validate(const char *yaml, gwapi_channel channel)
{
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    o.channel = channel;
    tu_hold h = { 0 };
    gwapi_result *r = NULL;
    assert_int_equal(gwapi_ctx_new(&h.ctx, &o), GWAPI_OK);
    assert_int_equal(gwapi_input_new(&h.in, h.ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(h.in, "test.yaml", yaml, strlen(yaml), GWAPI_FORMAT_AUTO),
                     GWAPI_OK);
    assert_int_equal(gwapi_validate(&r, h.ctx, h.in), GWAPI_OK);
    for (int i = 0; i < TU_MAX; i++) {
        if (!held[i].r) {
            held[i].r = r;
            held[i].h = h;
            return r;
        }
    }
    fail_msg("too many live results in one test");
    return NULL;
}

static gwapi_ctx *run_ctx[2];

gwapi_result *tu_run(const char *text, gwapi_format format, gwapi_severity unknown)
{
    int k = unknown == GWAPI_SEVERITY_WARNING;
    if (!run_ctx[k]) {
        gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
        o.unknown_field_severity = unknown;
        assert_int_equal(gwapi_ctx_new(&run_ctx[k], &o), GWAPI_OK);
    }
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    assert_int_equal(gwapi_input_new(&in, run_ctx[k]), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, "t", text, strlen(text), format), GWAPI_OK);
    assert_int_equal(gwapi_validate(&r, run_ctx[k], in), GWAPI_OK);
    gwapi_input_free(in);
    return r;
}

void tu_run_contexts_free(void)
{
    gwapi_ctx_free(run_ctx[0]);
    gwapi_ctx_free(run_ctx[1]);
    run_ctx[0] = run_ctx[1] = NULL;
}

void tu_free(gwapi_result *r)
{
    for (int i = 0; i < TU_MAX; i++) {
        if (held[i].r == r) {
            gwapi_result_free(r);
            gwapi_input_free(held[i].h.in);
            gwapi_ctx_free(held[i].h.ctx);
            held[i].r = NULL;
            return;
        }
    }
}

const gwapi_diag *tu_find(const gwapi_result *r, const char *path, const char *needle)
{
    for (size_t i = 0; i < gwapi_result_diag_count(r); i++) {
        const gwapi_diag *d = gwapi_result_diag(r, i);
        if (path && !gwapi_str_eq(d->path, path))
            continue;
        if (strstr(d->message, needle))
            return d;
    }
    return NULL;
}

void tu_dump(const gwapi_result *r)
{
    for (size_t i = 0; i < gwapi_result_diag_count(r); i++) {
        const gwapi_diag *d = gwapi_result_diag(r, i);
        fprintf(stderr, "  %u:%u %s %.*s: %s\n", d->pos.line, d->pos.column,
                gwapi_severity_str(d->severity), (int)d->path.len, d->path.ptr, d->message);
    }
}

const gwapi_object *tu_object(const gwapi_result *r, gwapi_kind kind)
{
    const gwapi_object *found = NULL;
    for (size_t i = 0; i < gwapi_result_object_count(r); i++) {
        const gwapi_object *o = gwapi_result_object(r, i);
        if (o->kind == kind) {
            assert_null(found);
            found = o;
        }
    }
    assert_non_null(found);
    return found;
}

static void track(tu_counting *c, void *p, size_t size)
{
    for (size_t i = 0; i < TU_MAX_LIVE; i++)
        if (!c->live[i].p) {
            c->live[i].p = p;
            c->live[i].size = size;
            return;
        }
    fail_msg("more than %d live blocks", TU_MAX_LIVE);
}

/* Forgets p, counting a mismatch when size is not the allocated one. */
static void untrack(tu_counting *c, void *p, size_t size)
{
    for (size_t i = 0; i < TU_MAX_LIVE; i++)
        if (c->live[i].p == p) {
            c->wrong_sizes += c->live[i].size != size;
            c->live[i].p = NULL;
            return;
        }
    fail_msg("free of an unknown block");
}

static void *c_alloc(void *user, size_t size)
{
    tu_counting *c = user;
    if (++c->calls == c->fail_at)
        return NULL;
    void *p = malloc(size);
    if (p) {
        c->live_blocks++;
        track(c, p, size);
    }
    return p;
}

static void *c_realloc(void *user, void *ptr, size_t old, size_t size)
{
    tu_counting *c = user;
    if (++c->calls == c->fail_at)
        return NULL;
    void *p = realloc(ptr, size);
    if (p) {
        if (ptr)
            untrack(c, ptr, old);
        else
            c->live_blocks++;
        track(c, p, size);
    }
    return p;
}

static void c_free(void *user, void *ptr, size_t size)
{
    tu_counting *c = user;
    if (ptr) {
        c->live_blocks--;
        untrack(c, ptr, size);
    }
    free(ptr);
}

gwapi_allocator tu_counting_allocator(tu_counting *c)
{
    gwapi_allocator a = { c_alloc, c_realloc, c_free, c };
    return a;
}

void tu_assert_str(gwapi_str s, const char *want, size_t len, const char *file, int line)
{
    if (!s.ptr)
        _fail(file, line);
    if (s.len != len || memcmp(s.ptr, want, len) != 0 || s.ptr[s.len] != '\0') {
        print_error("%s:%d: string is \"%.*s\" (%zu bytes), expected \"%.*s\" (%zu bytes)\n",
                    file, line, (int)s.len, s.ptr, s.len, (int)len, want, len);
        _fail(file, line);
    }
}

void tu_expect(const gwapi_result *r, const tu_want *w, size_t n)
{
    size_t got = gwapi_result_diag_count(r);
    for (size_t i = 0; i < n || i < got; i++) {
        const gwapi_diag *d = gwapi_result_diag(r, i);
        bool ok = i < n && d && d->code == w[i].code && d->path.len == w[i].path_len &&
                  memcmp(d->path.ptr, w[i].path, w[i].path_len) == 0 &&
                  strcmp(d->message, w[i].message) == 0;
        if (!ok) {
            for (size_t j = 0; j < got; j++) {
                char *line = NULL;
                if (gwapi_result_diag_text(r, j, &line, NULL) == GWAPI_OK)
                    print_error("  [%zu] %s\n", j, line);
                gwapi_free(line);
            }
            fail_msg("diagnostic %zu: want %s", i, i < n ? w[i].message : "(none)");
        }
    }
}
