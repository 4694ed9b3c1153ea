/* gwapi_translate: validation, the object model, resolution, and the
 * status output, held together by one translation handle with its own
 * arena. */
#include <gwapi/translate.h>

#include <string.h>
#include <time.h>
#include "../core/ctx.h"
#include "../core/diag_text.h"
#include "../model/model.h"
#include "../resolve/graph.h"
#include "../emit/status.h"
#include "../emit/explain.h"
#include <gwapi/explain.h>
#include "../util/json_writer.h"
#include "../emit/ir_emit.h"
#include "../ir/lower.h"
#include <gwapi/json.h>

struct gwapi_translation {
    const gwapi_ctx *ctx;
    gwapi_result *result;
    arena a;
    const char *controller_name;
    gw_model model;
    gw_graph graph;
    gwapi_diag *diags;   /* model notes, then resolution notes */
    size_t diag_count;
    gwapi_ir ir;
};

static bool notes_to_diags(gwapi_translation *t, const gw_notes *n)
{
    for (size_t i = 0; i < n->count; i++) {
        const gw_note *x = &n->items[i];
        gwapi_diag *d = &t->diags[t->diag_count++];
        memset(d, 0, sizeof *d);
        d->severity = x->severity;
        d->code = GWAPI_DIAG_INVALID;
        if (x->obj) {
            d->kind = x->obj->obj->kind_name;
            d->ns = x->obj->meta->ns;
            d->name = x->obj->meta->name;
            d->pos = x->obj->meta->pos;
        }
        if (!d->pos.file)
            d->pos.file = "";   /* never NULL, as for validation diagnostics */
        d->path = gwapi_str_of(x->path);
        d->message = x->message;
    }
    return true;
}

gwapi_status gwapi_translate(gwapi_translation **out, const gwapi_ctx *ctx, const gwapi_input *in,
                             const gwapi_translate_options *opts)
{
    if (!out || !ctx || !in)
        return GWAPI_EINVAL;
    *out = NULL;
    if (opts && (opts->version < 1 || opts->version > GWAPI_TRANSLATE_OPTIONS_VERSION))
        return GWAPI_EVERSION;
    const gwapi_allocator *al = ctx_allocator(ctx);
    gwapi_translation *t = gw_malloc(al, sizeof *t);
    if (!t)
        return GWAPI_ENOMEM;
    memset(t, 0, sizeof *t);
    t->ctx = ctx_retain(ctx);   /* the translation may outlive the caller's handle */
    arena_init(&t->a, al);
    gwapi_status st = result_validate(&t->result, ctx, in, true);
    if (st != GWAPI_OK) {
        gwapi_translation_free(t);
        return st;
    }
    if (opts && opts->controller_name && !(t->controller_name = arena_strdup(&t->a, opts->controller_name))) {
        gwapi_translation_free(t);
        return GWAPI_ENOMEM;
    }
    /* The one clock read of a translation, here at the API boundary, so
     * resolution stays a function of its input and options. */
    int64_t now = opts && opts->version >= 2 ? opts->now : 0;
    if (!now)
        now = (int64_t)time(NULL);
    gw_resolve_options ro = { .controller_name = t->controller_name, .now = now };
    if (!gw_model_build(&t->model, &t->a, t->result) || !gw_resolve(&t->graph, &t->a, &t->model, &ro) ||
        !ir_lower(&t->ir, &t->a, &t->graph)) {
        gwapi_translation_free(t);
        return GWAPI_ENOMEM;
    }
    size_t n = t->model.notes.count + t->graph.notes.count;
    t->diags = arena_calloc(&t->a, n ? n : 1, sizeof *t->diags);
    if (!t->diags) {
        gwapi_translation_free(t);
        return GWAPI_ENOMEM;
    }
    notes_to_diags(t, &t->model.notes);
    notes_to_diags(t, &t->graph.notes);
    *out = t;
    return GWAPI_OK;
}

void gwapi_translation_free(gwapi_translation *t)
{
    if (!t)
        return;
    const gwapi_ctx *ctx = t->ctx;
    const gwapi_allocator *al = ctx_allocator(ctx);
    gwapi_result_free(t->result);
    arena_free(&t->a);
    gw_free(al, t, sizeof *t);
    ctx_release(ctx);
}

const gwapi_result *gwapi_translation_result(const gwapi_translation *t)
{
    return t ? t->result : NULL;
}

size_t gwapi_translation_diag_count(const gwapi_translation *t)
{
    return t ? t->diag_count : 0;
}

const gwapi_diag *gwapi_translation_diag(const gwapi_translation *t, size_t i)
{
    return t && i < t->diag_count ? &t->diags[i] : NULL;
}

gwapi_status gwapi_translation_diag_text(const gwapi_translation *t, size_t i, char **out, size_t *len)
{
    if (out)
        *out = NULL;
    if (!t || !out || i >= t->diag_count)
        return GWAPI_EINVAL;
    return diag_text_detach(t->ctx, &t->diags[i], out, len);
}

gwapi_status gwapi_translation_status(const gwapi_translation *t, gwapi_output_format format,
                                      char **out, size_t *len)
{
    if (!t || !out || (format != GWAPI_OUTPUT_JSON && format != GWAPI_OUTPUT_YAML))
        return GWAPI_EINVAL;
    *out = NULL;
    const gwapi_allocator *al = ctx_allocator(t->ctx);
    arena scratch;
    arena_init(&scratch, al);
    status_params sp = { &t->graph, t->controller_name };
    em_node *root = status_list(&scratch, &sp);
    gwapi_status st = GWAPI_ENOMEM;
    if (root) {
        strbuf b;
        strbuf_init(&b, al);
        if (format == GWAPI_OUTPUT_JSON)
            em_render_json(&b, root);
        else
            em_render_yaml(&b, root);
        if ((*out = jw_detach(&b, len)))
            st = GWAPI_OK;
        strbuf_free(&b);
    }
    arena_free(&scratch);
    return st;
}

gwapi_status gwapi_translation_explain(const gwapi_translation *t, const char *kind, const char *ns,
                                       const char *name, gwapi_explain_format format, char **out,
                                       size_t *len)
{
    if (!t || !kind || !name || !out || (format != GWAPI_EXPLAIN_TEXT && format != GWAPI_EXPLAIN_JSON))
        return GWAPI_EINVAL;
    *out = NULL;
    if (len)
        *len = 0;
    const gwapi_allocator *al = ctx_allocator(t->ctx);
    arena scratch;
    arena_init(&scratch, al);
    em_node *root = explain_tree(&scratch, &t->graph, kind, ns, name);
    gwapi_status st = scratch.failed ? GWAPI_ENOMEM : GWAPI_OK;
    if (root && st == GWAPI_OK) {
        strbuf b;
        strbuf_init(&b, al);
        if (format == GWAPI_EXPLAIN_JSON)
            em_render_json(&b, root);
        else
            explain_render_text(&b, root);
        if (!(*out = jw_detach(&b, len)))
            st = GWAPI_ENOMEM;
        strbuf_free(&b);
    }
    arena_free(&scratch);
    return st;
}

const gwapi_ir *gwapi_translation_ir(const gwapi_translation *t)
{
    return t ? &t->ir : NULL;
}

static gwapi_status detach(strbuf *b, char **out, size_t *len)
{
    *out = jw_detach(b, len);
    strbuf_free(b);
    return *out ? GWAPI_OK : GWAPI_ENOMEM;
}

gwapi_status gwapi_translation_ir_output(const gwapi_translation *t, gwapi_output_format format,
                                         char **out, size_t *len)
{
    if (!t || !out || (format != GWAPI_OUTPUT_JSON && format != GWAPI_OUTPUT_YAML))
        return GWAPI_EINVAL;
    strbuf b;
    strbuf_init(&b, ctx_allocator(t->ctx));
    emit_ir(&b, &t->ir, format == GWAPI_OUTPUT_YAML ? TW_YAML : TW_JSON);
    return detach(&b, out, len);
}

gwapi_status gwapi_translation_routes_output(const gwapi_translation *t, gwapi_output_format format,
                                             char **out, size_t *len)
{
    if (!t || !out || format > GWAPI_OUTPUT_TEXT)
        return GWAPI_EINVAL;
    strbuf b;
    strbuf_init(&b, ctx_allocator(t->ctx));
    if (format == GWAPI_OUTPUT_TEXT)
        emit_routes_text(&b, &t->ir);
    else
        emit_routes(&b, &t->ir, format == GWAPI_OUTPUT_YAML ? TW_YAML : TW_JSON);
    return detach(&b, out, len);
}
