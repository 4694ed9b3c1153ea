/* Text a terminal can trust: one diagnostic as a line
 * (gwapi_result_diag_text) and any input string (gwapi_str_text). Input
 * strings are shown as they are when every rune is printable, else quoted
 * as Go's %q quotes them; a message has its non-printable runes escaped
 * the same way. */
#include "../util/json_writer.h"
#include "result_impl.h"
#include "../util/goquote.h"
#include "diag_text.h"

#include <string.h>

static void put_field(strbuf *b, gwapi_str s)
{
    if (goquote_is_plain(s.ptr, s.len))
        strbuf_putn(b, s.ptr, s.len);
    else
        goquote_quote(b, s.ptr, s.len);
}

void diag_text_format(strbuf *b_, const gwapi_diag *d)
{
    strbuf *const b = b_;
    if (*d->pos.file) { /* "" where no input position applies */
        put_field(b, gwapi_str_of(d->pos.file));
        strbuf_printf(b, ":%u:%u: ", d->pos.line, d->pos.column);
    }
    strbuf_printf(b, "%s: ", gwapi_severity_str(d->severity));
    if (d->kind.ptr) {
        put_field(b, d->kind);
        strbuf_putc(b, ' ');
        if (d->ns.ptr) {
            put_field(b, d->ns);
            strbuf_putc(b, '/');
        }
        if (d->name.ptr)
            put_field(b, d->name);
        else
            strbuf_puts(b, "<unnamed>");
        strbuf_puts(b, ": ");
    }
    if (d->path.len) {
        put_field(b, d->path);
        strbuf_puts(b, ": ");
    }
    goquote_escape(b, d->message, strlen(d->message));
    if (d->related.line) {
        strbuf_puts(b, d->code == GWAPI_DIAG_DUPLICATE_FIELD ? " (first at " : " (see ");
        if (strcmp(d->related.file, d->pos.file)) {
            put_field(b, gwapi_str_of(d->related.file));
            strbuf_putc(b, ':');
        }
        strbuf_printf(b, "%u:%u)", d->related.line, d->related.column);
    }
}

gwapi_status diag_text_detach(const gwapi_ctx *ctx, const gwapi_diag *d, char **out, size_t *len)
{
    strbuf b;
    strbuf_init(&b, ctx_allocator(ctx));
    diag_text_format(&b, d);
    *out = jw_detach(&b, len);
    strbuf_free(&b);
    return *out ? GWAPI_OK : GWAPI_ENOMEM;
}

gwapi_status gwapi_result_diag_text(const gwapi_result *r, size_t i, char **out, size_t *len)
{
    if (out)
        *out = NULL;
    if (!r || !out || i >= r->diags.count)
        return GWAPI_EINVAL;
    return diag_text_detach(r->ctx, &r->diags.items[i], out, len);
}

gwapi_status gwapi_str_text(gwapi_str s, char **out, size_t *len)
{
    if (!out)
        return GWAPI_EINVAL;
    strbuf b;
    strbuf_init(&b, NULL);
    put_field(&b, s);
    *out = jw_detach(&b, len);
    strbuf_free(&b);
    return *out ? GWAPI_OK : GWAPI_ENOMEM;
}
