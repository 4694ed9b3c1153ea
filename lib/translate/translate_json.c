/* gwapi_translate_json: bytes in, one TranslationResult JSON document out,
 * for bindings. */
#include <gwapi/json.h>
#include <gwapi/translate.h>

#include <string.h>
#include "../core/ctx.h"
#include "../core/diag_text.h"
#include "../core/options_json.h"
#include "../util/json_writer.h"

typedef struct call_opts {
    const char *file;
    gwapi_format format;
    const char *controller_name;
    int64_t now;
} call_opts;

static gwapi_status call_options(const gwapi_value *root, call_opts *o)
{
    for (size_t i = 0; root && i < root->u.map.count; i++) {
        const gwapi_member *m = &root->u.map.items[i];
        bool taken;
        gwapi_status st = options_json_input_key(m, &o->file, &o->format, &taken);
        if (st != GWAPI_OK)
            return st;
        if (taken)
            continue;
        if (options_key_is(m, "controllerName")) {
            if (!(o->controller_name = options_string(m->value)))
                return GWAPI_EINVAL;
        } else if (options_key_is(m, "now")) {
            /* Unix seconds, as gwapi_translate_options.now */
            if (m->value->type != GWAPI_VALUE_INT || m->value->u.integer <= 0)
                return GWAPI_EINVAL;
            o->now = m->value->u.integer;
        } else {
            return GWAPI_EINVAL;
        }
    }
    return GWAPI_OK;
}

/* The document: summary, validation then resolution diagnostics, status,
 * the IR and the route table. */
static gwapi_status write_result(const gwapi_translation *t, const gwapi_ctx *ctx, char **out,
                                 size_t *len)
{
    const gwapi_result *r = gwapi_translation_result(t);
    size_t nd = gwapi_result_diag_count(r), nt = gwapi_translation_diag_count(t);
    size_t warnings = 0;
    for (size_t i = 0; i < nd; i++)
        warnings += gwapi_result_diag(r, i)->severity == GWAPI_SEVERITY_WARNING;
    for (size_t i = 0; i < nt; i++)
        warnings += gwapi_translation_diag(t, i)->severity == GWAPI_SEVERITY_WARNING;
    char *status = NULL;
    size_t status_len = 0;
    gwapi_status st = gwapi_translation_status(t, GWAPI_OUTPUT_JSON, &status, &status_len);
    if (st != GWAPI_OK)
        return st;
    strbuf b;
    strbuf_init(&b, ctx_allocator(ctx));
    strbuf_printf(&b, "{\"apiVersion\":\"%s\",\"kind\":\"TranslationResult\",\n"
                      "\"summary\":{\"objects\":%zu,\"errors\":%zu,\"warnings\":%zu},\n"
                      "\"diagnostics\":[",
                  GWAPI_JSON_API_VERSION, gwapi_result_object_count(r), gwapi_result_error_count(r),
                  warnings);
    for (size_t i = 0; i < nd + nt; i++) {
        strbuf_puts(&b, i ? ",\n" : "\n");
        diag_json_write(&b, i < nd ? gwapi_result_diag(r, i) : gwapi_translation_diag(t, i - nd));
    }
    strbuf_puts(&b, nd + nt ? "\n],\n\"status\":" : "],\n\"status\":");
    strbuf_putn(&b, status, status_len);
    gwapi_free(status);
    /* the IR (docs/ir.md) and its route table (docs/routes.md) */
    const char *keys[2] = { ",\n\"ir\":", ",\n\"routes\":" };
    for (int k = 0; k < 2 && st == GWAPI_OK; k++) {
        char *doc = NULL;
        size_t doc_len = 0;
        st = k ? gwapi_translation_routes_output(t, GWAPI_OUTPUT_JSON, &doc, &doc_len)
               : gwapi_translation_ir_output(t, GWAPI_OUTPUT_JSON, &doc, &doc_len);
        if (st == GWAPI_OK) {
            strbuf_puts(&b, keys[k]);
            strbuf_putn(&b, doc, doc_len && doc[doc_len - 1] == '\n' ? doc_len - 1 : doc_len);
        }
        gwapi_free(doc);
    }
    strbuf_puts(&b, "}\n");
    if (st != GWAPI_OK) {
        strbuf_free(&b);
        return st;
    }
    *out = jw_detach(&b, len);
    strbuf_free(&b);
    return *out ? GWAPI_OK : GWAPI_ENOMEM;
}

gwapi_status gwapi_translate_json(char **out, size_t *len_out, const gwapi_ctx *ctx,
                                  const void *bytes, size_t len, const char *options_json)
{
    if (!out)
        return GWAPI_EINVAL;
    *out = NULL;
    if (!ctx || (!bytes && len))
        return GWAPI_EINVAL;
    arena a;
    arena_init(&a, ctx_allocator(ctx));
    const gwapi_value *root;
    call_opts o = { "<input>", GWAPI_FORMAT_AUTO, NULL, 0 };
    gwapi_input *in = NULL;
    gwapi_translation *t = NULL;
    gwapi_status st = options_json_parse(&root, &a, options_json);
    if (st == GWAPI_OK)
        st = call_options(root, &o);
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_add(in, o.file, bytes, len, o.format);
    gwapi_translate_options to = GWAPI_TRANSLATE_OPTIONS_INIT;
    to.controller_name = o.controller_name;
    to.now = o.now;
    if (st == GWAPI_OK)
        st = gwapi_translate(&t, ctx, in, &to);
    if (st == GWAPI_OK)
        st = write_result(t, ctx, out, len_out);
    gwapi_translation_free(t);
    gwapi_input_free(in);
    arena_free(&a);
    return st;
}
