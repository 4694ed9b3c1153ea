/* gwapi_translate: validate -> model -> resolve -> lower, everything in the
 * result's arena; and the outputs of a translated result. */
#include "result_impl.h"
#include "../model/model.h"
#include "../resolve/graph.h"
#include "../ir/lower.h"
#include "../emit/ir_emit.h"
#include "../emit/json_writer.h"
#include "../load/load.h"

#include <gwapi/translate.h>
#include <string.h>

gwapi_status gwapi_translate(gwapi_result **out, const gwapi_ctx *ctx, const gwapi_input *in,
                             const gwapi_translate_options *opts)
{
    if (!out)
        return GWAPI_EINVAL;
    *out = NULL;
    if (opts && opts->version != GWAPI_TRANSLATE_OPTIONS_VERSION)
        return GWAPI_EVERSION;
    gwapi_result *r;
    gwapi_status st = gwapi_validate(&r, ctx, in);
    if (st != GWAPI_OK)
        return st;
    gw_resolve_options ro = { 0 };
    if (opts && opts->controller_name)
        ro.controller_name = arena_strdup(&r->a, opts->controller_name);
    gw_model *m = arena_zalloc(&r->a, sizeof *m);
    gw_graph *g = arena_zalloc(&r->a, sizeof *g);
    gwapi_ir *ir = arena_zalloc(&r->a, sizeof *ir);
    if (!m || !g || !ir || (opts && opts->controller_name && !ro.controller_name) ||
        !gw_model_build(m, &r->a, r) || !gw_resolve(g, &r->a, m, &ro) || !ir_lower(ir, &r->a, g)) {
        gwapi_result_free(r);
        return GWAPI_ENOMEM;
    }
    r->ir = ir;
    *out = r;
    return GWAPI_OK;
}

const gwapi_ir *gwapi_result_ir(const gwapi_result *result)
{
    return result ? result->ir : NULL;
}

static gwapi_status detach(strbuf *b, char **out, size_t *len)
{
    *out = jw_detach(b, len);
    strbuf_free(b);
    return *out ? GWAPI_OK : GWAPI_ENOMEM;
}

gwapi_status gwapi_result_ir_output(const gwapi_result *result, gwapi_output_format format,
                                    char **out, size_t *len)
{
    if (!out)
        return GWAPI_EINVAL;
    *out = NULL;
    if (!result || !result->ir || (format != GWAPI_OUTPUT_JSON && format != GWAPI_OUTPUT_YAML))
        return GWAPI_EINVAL;
    strbuf b;
    strbuf_init(&b, ctx_allocator(result->ctx));
    emit_ir(&b, result->ir, format == GWAPI_OUTPUT_YAML ? TW_YAML : TW_JSON);
    return detach(&b, out, len);
}

gwapi_status gwapi_result_routes_output(const gwapi_result *result, gwapi_output_format format,
                                        char **out, size_t *len)
{
    if (!out)
        return GWAPI_EINVAL;
    *out = NULL;
    if (!result || !result->ir || format > GWAPI_OUTPUT_TEXT)
        return GWAPI_EINVAL;
    strbuf b;
    strbuf_init(&b, ctx_allocator(result->ctx));
    if (format == GWAPI_OUTPUT_TEXT)
        emit_routes_text(&b, result->ir);
    else
        emit_routes(&b, result->ir, format == GWAPI_OUTPUT_YAML ? TW_YAML : TW_JSON);
    return detach(&b, out, len);
}

typedef struct options_doc { const gwapi_value *root; } options_doc;

static bool on_options(void *user, const load_doc *doc)
{
    ((options_doc *)user)->root = doc->root;
    return true;
}

/* {"controllerName": NAME} -> opts; EINVAL for anything else. */
static gwapi_status parse_options(const gwapi_ctx *ctx, arena *a, const char *json,
                                  gwapi_translate_options *opts)
{
    if (!json)
        return GWAPI_OK;
    diag_list diags;
    diag_list_init(&diags, a, 16);
    options_doc doc = { 0 };
    load_params p = { a, &diags, gwapi_ctx_limits(ctx), "options", on_options, &doc };
    gwapi_status st = load_json(&p, json, strlen(json));
    if (st != GWAPI_OK)
        return st;
    if (diags.count || (doc.root && doc.root->type != GWAPI_VALUE_MAP))
        return GWAPI_EINVAL;
    for (size_t i = 0; doc.root && i < doc.root->u.map.count; i++) {
        const gwapi_member *mb = &doc.root->u.map.items[i];
        if (strcmp(mb->key->u.string.ptr, "controllerName") || mb->value->type != GWAPI_VALUE_STRING)
            return GWAPI_EINVAL;
        opts->controller_name = mb->value->u.string.ptr;
    }
    return GWAPI_OK;
}

gwapi_status gwapi_translate_json(const gwapi_ctx *ctx, const void *bytes, size_t len,
                                  const char *options_json, char **out, size_t *out_len)
{
    if (!out || !ctx || (!bytes && len))
        return GWAPI_EINVAL;
    *out = NULL;
    arena scratch;
    arena_init(&scratch, ctx_allocator(ctx));
    gwapi_translate_options opts = GWAPI_TRANSLATE_OPTIONS_INIT;
    gwapi_status st = parse_options(ctx, &scratch, options_json, &opts);
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_add(in, "input", bytes, len, GWAPI_FORMAT_AUTO);
    if (st == GWAPI_OK)
        st = gwapi_translate(&r, ctx, in, &opts);
    char *diags = NULL;
    if (st == GWAPI_OK)
        st = gwapi_result_diags_json(r, &diags, NULL);
    if (st == GWAPI_OK) {
        strbuf b;
        strbuf_init(&b, ctx_allocator(ctx));
        strbuf_puts(&b, "{\"apiVersion\":\"" GWAPI_IR_API_VERSION "\",\"kind\":\"TranslateResult\",\"diagnostics\":");
        strbuf_puts(&b, diags);
        strbuf_puts(&b, ",\"ir\":");
        emit_ir(&b, r->ir, TW_JSON);
        strbuf_puts(&b, ",\"routes\":");
        emit_routes(&b, r->ir, TW_JSON);
        strbuf_puts(&b, "}\n");
        st = detach(&b, out, out_len);
    }
    gwapi_free(diags);
    gwapi_result_free(r);
    gwapi_input_free(in);
    arena_free(&scratch);
    return st;
}
