/* Inputs and results: the top of the pipeline (load -> objects -> decode
 * and validate) and the read accessors. */
#include "result_impl.h"
#include "../load/load.h"
#include "../validate/objects.h"

#include <stdint.h>
#include <string.h>

gwapi_status gwapi_input_new(gwapi_input **out, const gwapi_ctx *ctx)
{
    if (!out || !ctx)
        return GWAPI_EINVAL;
    *out = NULL;
    gwapi_input *in = gw_malloc(ctx_allocator(ctx), sizeof *in);
    if (!in)
        return GWAPI_ENOMEM;
    memset(in, 0, sizeof *in);
    in->ctx = ctx_retain(ctx);
    *out = in;
    return GWAPI_OK;
}

gwapi_status gwapi_input_add(gwapi_input *in, const char *name, const void *bytes, size_t len,
                             gwapi_format format)
{
    if (!in || (!bytes && len) || format > GWAPI_FORMAT_JSON)
        return GWAPI_EINVAL;
    const gwapi_allocator *a = ctx_allocator(in->ctx);
    if (in->count == in->cap) {
        size_t cap = in->cap ? in->cap * 2 : 4;
        input_file *f = gw_realloc(a, in->files, in->cap * sizeof *f, cap * sizeof *f);
        if (!f)
            return GWAPI_ENOMEM;
        in->files = f;
        in->cap = cap;
    }
    if (!name)
        name = "<input>";
    size_t nlen = strlen(name);
    char *n = gw_malloc(a, nlen + 1);
    char *b = gw_malloc(a, len + 1);
    if (!n || !b) {
        gw_free(a, n, nlen + 1);
        gw_free(a, b, len + 1);
        return GWAPI_ENOMEM;
    }
    memcpy(n, name, nlen + 1);
    if (len)
        memcpy(b, bytes, len);
    b[len] = '\0';
    input_file *f = &in->files[in->count++];
    f->name = n;
    f->bytes = b;
    f->len = len;
    f->format = format;
    return GWAPI_OK;
}

void gwapi_input_free(gwapi_input *in)
{
    if (!in)
        return;
    const gwapi_allocator *a = ctx_allocator(in->ctx);
    for (size_t i = 0; i < in->count; i++) {
        gw_free(a, in->files[i].name, strlen(in->files[i].name) + 1);
        gw_free(a, in->files[i].bytes, in->files[i].len + 1);
    }
    gw_free(a, in->files, in->cap * sizeof *in->files);
    const gwapi_ctx *ctx = in->ctx;
    gw_free(a, in, sizeof *in);
    ctx_release(ctx);
}

/* p (*cap elements of size elem) grown to want elements, *cap updated; or
 * NULL, p untouched. */
static void *grow(const gwapi_allocator *a, void *p, size_t *cap, size_t elem, size_t want)
{
    void *q = gw_realloc(a, p, *cap * elem, want * elem);
    if (q)
        *cap = want;
    return q;
}

/* The object sink of the validate stage: only this file knows where the
 * result keeps its objects, an array grown in place (not in the arena,
 * where every outgrown copy would stay). */
static gwapi_object *result_add_object(void *user)
{
    gwapi_result *r = user;
    if (r->nobjects == r->capobjects) {
        size_t cap = r->capobjects ? r->capobjects * 2 : 16;
        const gwapi_allocator *a = ctx_allocator(r->ctx);
        /* spans first, with a capacity of their own: when the objects
         * then fail to grow, each array still matches its recorded size */
        diag_span *s = cap > SIZE_MAX / sizeof(gwapi_object) ? NULL
                     : r->capspans < cap ? grow(a, r->spans, &r->capspans, sizeof *s, cap) : r->spans;
        if (s)
            r->spans = s;
        gwapi_object *o = s ? grow(a, r->objects, &r->capobjects, sizeof *o, cap) : NULL;
        if (!o) {
            r->a.failed = true;
            return NULL;
        }
        r->objects = o;
    }
    r->spans[r->nobjects] = (diag_span){ r->diags.count, r->diags.count };
    gwapi_object *o = &r->objects[r->nobjects++];
    memset(o, 0, sizeof *o);
    return o;
}

/* The object added last is decoded: the diagnostics since its add are its own. */
static void result_object_done(void *user)
{
    gwapi_result *r = user;
    r->spans[r->nobjects - 1].end = r->diags.count;
}

static bool on_document(void *user, const load_doc *doc)
{
    gwapi_result *r = user;
    bool ok = true;
    if (doc->root) {
        validate_params p = { &r->a, &r->scratch, &r->diags, &r->rx, &r->ctx->engine,
                              { result_add_object, result_object_done, r }, r->go_keys };
        ok = validate_document(&p, doc->root);
    }
    if (!r->ctx->engine.keep_source) {
        /* Nothing of the result points into this document's nodes now. */
        if (r->nodes.failed)
            r->a.failed = true;
        arena_reset(&r->nodes);
    }
    return ok && !r->a.failed;
}

static bool looks_like_json(const input_file *f)
{
    size_t n = strlen(f->name);
    if (n >= 5 && strcmp(f->name + n - 5, ".json") == 0)
        return true;
    size_t i = 0;
    if (f->len >= 3 && memcmp(f->bytes, "\xEF\xBB\xBF", 3) == 0)
        i = 3; /* UTF-8 byte order mark */
    for (; i < f->len; i++) {
        unsigned char c = (unsigned char)f->bytes[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c == '{' || c == '[';
    }
    return false;
}

/* Loads one file in its format. In GWAPI_FORMAT_AUTO a .json file, or one
 * whose first non-blank byte is '{' or '[', is JSON and nothing else, as
 * kubectl's decoder takes input that starts like JSON: invalid JSON is a
 * syntax error, never re-read as (flow-style) YAML. GWAPI_FORMAT_YAML
 * reads flow-style YAML. */
static gwapi_status load_file(const load_params *p, const input_file *f)
{
    if (f->format == GWAPI_FORMAT_JSON || (f->format == GWAPI_FORMAT_AUTO && looks_like_json(f)))
        return load_json(p, f->bytes, f->len);
    return load_yaml(p, f->bytes, f->len);
}

gwapi_status gwapi_validate(gwapi_result **out, const gwapi_ctx *ctx, const gwapi_input *in)
{
    return result_validate(out, ctx, in, false);
}

gwapi_status result_validate(gwapi_result **out, const gwapi_ctx *ctx, const gwapi_input *in,
                             bool go_keys)
{
    if (!out || !ctx || !in)
        return GWAPI_EINVAL;
    *out = NULL;
    const gwapi_allocator *a = ctx_allocator(ctx);
    gwapi_result *r = gw_malloc(a, sizeof *r);
    if (!r)
        return GWAPI_ENOMEM;
    memset(r, 0, sizeof *r);
    r->ctx = ctx_retain(ctx);
    r->go_keys = go_keys;
    arena_init(&r->a, a);
    arena_init(&r->scratch, a);
    arena_init(&r->nodes, a);
    r->rx.failed = &r->a.failed;
    diag_list_init(&r->diags, &r->a, ctx->limits.max_diagnostics);

    gwapi_status st = GWAPI_OK;
    size_t total = 0;
    for (size_t i = 0; i < in->count && st == GWAPI_OK; i++) {
        const input_file *f = &in->files[i];
        const char *file = arena_strdup(&r->a, f->name);
        if (!file) {
            st = GWAPI_ENOMEM;
            break;
        }
        total += f->len;
        if (total > ctx->limits.max_input_bytes) {
            gwapi_pos pos = { file, 1, 1 };
            diag_add(&r->diags, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_LIMIT, NULL, NULL, pos,
                     "input exceeds max_input_bytes (%zu bytes over all files); file not read",
                     ctx->limits.max_input_bytes);
            continue;
        }
        load_params p = { &r->a, &r->diags, &ctx->limits, file, on_document, r, NULL };
        if (!ctx->engine.keep_source) {
            p.arena = &r->nodes;  /* freed after each document */
            p.strings = &r->a;    /* the typed model points into the text */
        }
        st = load_file(&p, f);
    }
    diag_list_finish(&r->diags);
    arena_free(&r->scratch);
    arena_free(&r->nodes);
    if (st == GWAPI_OK && r->a.failed)
        st = GWAPI_ENOMEM;
    /* A search for a pattern the context did not compile is our bug, not
     * a verdict on the input. */
    if (st == GWAPI_OK && r->rx.unregistered)
        st = GWAPI_EINTERNAL;
    if (st != GWAPI_OK) {
        gwapi_result_free(r);
        return st;
    }
    *out = r;
    return GWAPI_OK;
}

void gwapi_result_free(gwapi_result *r)
{
    if (!r)
        return;
    const gwapi_allocator *a = ctx_allocator(r->ctx);
    regex_scratch_free(&r->rx);
    arena_free(&r->scratch);
    arena_free(&r->nodes);
    arena_free(&r->a);
    gw_free(a, r->objects, r->capobjects * sizeof *r->objects);
    gw_free(a, r->spans, r->capspans * sizeof *r->spans);
    const gwapi_ctx *ctx = r->ctx;
    gw_free(a, r, sizeof *r);
    ctx_release(ctx);
}

size_t gwapi_result_object_count(const gwapi_result *r)
{
    return r ? r->nobjects : 0;
}

const gwapi_object *gwapi_result_object(const gwapi_result *r, size_t i)
{
    return r && i < r->nobjects ? &r->objects[i] : NULL;
}

size_t gwapi_result_diag_count(const gwapi_result *r)
{
    return r ? r->diags.count : 0;
}

const gwapi_diag *gwapi_result_diag(const gwapi_result *r, size_t i)
{
    return r && i < r->diags.count ? &r->diags.items[i] : NULL;
}

size_t gwapi_result_diag_object(const gwapi_result *r, size_t i)
{
    if (!r || i >= r->diags.count)
        return GWAPI_NO_OBJECT;
    /* Spans are in input order and do not overlap: the last that starts
     * at or before i is the only one that can hold it. */
    size_t lo = 0, hi = r->nobjects;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->spans[mid].first <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo && i < r->spans[lo - 1].end ? lo - 1 : GWAPI_NO_OBJECT;
}

size_t gwapi_result_object_diags(const gwapi_result *r, size_t object, size_t *first)
{
    if (first)
        *first = 0;
    if (!r || object >= r->nobjects)
        return 0;
    if (first)
        *first = r->spans[object].first;
    return r->spans[object].end - r->spans[object].first;
}

size_t gwapi_result_error_count(const gwapi_result *r)
{
    return r ? r->diags.errors : 0;
}

