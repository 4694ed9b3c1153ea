/* The result as a versioned JSON document (gwapi_result_json), and the
 * one-call bytes-in / JSON-out entry point for bindings
 * (gwapi_validate_json). */
#include "result_impl.h"
#include "options_json.h"
#include "diag_text.h"
#include "../util/json_writer.h"
#include <gwapi/json.h>

#include <string.h>

/* "file", "line" and "column" members. */
static void write_pos(strbuf *b, const gwapi_pos *pos, int *first)
{
    jw_key(b, "file", first);
    jw_string(b, pos->file);
    jw_key(b, "line", first);
    strbuf_printf(b, "%u", pos->line);
    jw_key(b, "column", first);
    strbuf_printf(b, "%u", pos->column);
}

void diag_json_write(strbuf *b, const gwapi_diag *d)
{
    int first = 1;
    strbuf_putc(b, '{');
    jw_key(b, "severity", &first);
    jw_string(b, gwapi_severity_str(d->severity));
    jw_key(b, "code", &first);
    jw_string(b, gwapi_diag_code_str(d->code));
    jw_key(b, "kind", &first);
    jw_str(b, d->kind);
    jw_key(b, "namespace", &first);
    jw_str(b, d->ns);
    jw_key(b, "name", &first);
    jw_str(b, d->name);
    jw_key(b, "path", &first);
    jw_str(b, d->path);
    write_pos(b, &d->pos, &first);
    jw_key(b, "message", &first);
    jw_string(b, d->message);
    jw_key(b, "related", &first);
    if (d->related.line) {
        int rfirst = 1;
        strbuf_putc(b, '{');
        write_pos(b, &d->related, &rfirst);
        strbuf_putc(b, '}');
    } else {
        strbuf_puts(b, "null");
    }
    strbuf_putc(b, '}');
}

gwapi_status gwapi_result_json(const gwapi_result *r, char **out, size_t *len)
{
    if (!out)
        return GWAPI_EINVAL;
    *out = NULL;
    if (!r)
        return GWAPI_EINVAL;
    size_t warnings = 0;
    for (size_t i = 0; i < r->diags.count; i++)
        warnings += r->diags.items[i].severity == GWAPI_SEVERITY_WARNING;
    strbuf b;
    strbuf_init(&b, ctx_allocator(r->ctx));
    strbuf_printf(&b, "{\"apiVersion\":\"%s\",\"kind\":\"ValidationResult\",\n"
                      "\"summary\":{\"objects\":%zu,\"errors\":%zu,\"warnings\":%zu},\n"
                      "\"diagnostics\":[",
                  GWAPI_JSON_API_VERSION, r->nobjects, r->diags.errors, warnings);
    for (size_t i = 0; i < r->diags.count; i++) {
        strbuf_puts(&b, i ? ",\n" : "\n");
        diag_json_write(&b, &r->diags.items[i]);
    }
    strbuf_puts(&b, r->diags.count ? "\n]}\n" : "]}\n");
    *out = jw_detach(&b, len);
    strbuf_free(&b);
    return *out ? GWAPI_OK : GWAPI_ENOMEM;
}

/* The per-call options of gwapi_validate_json. */
static gwapi_status call_options(const gwapi_value *root, const char **file, gwapi_format *format)
{
    for (size_t i = 0; root && i < root->u.map.count; i++) {
        bool taken;
        gwapi_status st = options_json_input_key(&root->u.map.items[i], file, format, &taken);
        if (st != GWAPI_OK || !taken)
            return GWAPI_EINVAL;
    }
    return GWAPI_OK;
}

gwapi_status gwapi_validate_json(char **out, size_t *len_out, const gwapi_ctx *ctx,
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
    const char *file = NULL;
    gwapi_format format = GWAPI_FORMAT_AUTO;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    gwapi_status st = options_json_parse(&root, &a, options_json);
    if (st == GWAPI_OK)
        st = call_options(root, &file, &format);
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_add(in, file, bytes, len, format);
    if (st == GWAPI_OK)
        st = gwapi_validate(&r, ctx, in);
    if (st == GWAPI_OK)
        st = gwapi_result_json(r, out, len_out);
    gwapi_result_free(r);
    gwapi_input_free(in);
    arena_free(&a);
    return st;
}
