/* The engine's diagnostics sink: every diagnostic of an object goes through
 * engine_diag, which counts its errors and blocking errors and applies the
 * per-object deduplication that combinators need. */
#include "engine.h"
#include "../util/goquote.h"

#include <stdarg.h>
#include <string.h>

bool engine_code_blocks(gwapi_diag_code code)
{
    return code == GWAPI_DIAG_REQUIRED || code == GWAPI_DIAG_UNSUPPORTED ||
           code == GWAPI_DIAG_TOO_LONG || code == GWAPI_DIAG_TOO_MANY ||
           code == GWAPI_DIAG_TYPE;
}

static gwapi_diag *engine_diagv(engine *e, gwapi_severity sev, gwapi_diag_code code,
                                gwapi_str path, gwapi_pos pos, const char *fmt, va_list ap)
{
    if (e->mute)
        return NULL;
    if (sev == GWAPI_SEVERITY_ERROR) {
        e->errors++;
        if (engine_code_blocks(code))
            e->blocking = true;
    }
    if (!path.ptr)
        path = strbuf_view(&e->path);
    gwapi_diag *d = diag_addv(e->diags, sev, code, &e->obj, path, pos, fmt, ap);
    if (d && e->dedup && sev == GWAPI_SEVERITY_ERROR &&
        d == &e->diags->items[e->diags->count - 1]) {
        for (size_t i = e->diag_start; i + 1 < e->diags->count; i++) {
            const gwapi_diag *o = &e->diags->items[i];
            if (o->severity == sev && gwapi_str_equal(o->path, d->path) &&
                !strcmp(o->message, d->message)) {
                e->diags->count--;
                e->diags->errors--;
                e->errors--;
                return NULL;
            }
        }
    }
    return d;
}

void engine_diag(engine *e, gwapi_severity sev, gwapi_diag_code code,
                 const char *path, gwapi_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    engine_diagv(e, sev, code, gwapi_str_of(path), pos, fmt, ap);
    va_end(ap);
}

gwapi_diag *engine_diag_at(engine *e, gwapi_severity sev, gwapi_diag_code code,
                           gwapi_str path, gwapi_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gwapi_diag *d = engine_diagv(e, sev, code, path, pos, fmt, ap);
    va_end(ap);
    return d;
}

size_t engine_path_push_field(engine *e, const char *name, size_t len)
{
    size_t old = e->path.len;
    if (old)
        strbuf_putc(&e->path, '.');
    strbuf_putn(&e->path, name, len);
    return old;
}

size_t engine_path_push_index(engine *e, size_t i)
{
    size_t old = e->path.len;
    strbuf_printf(&e->path, "[%zu]", i);
    return old;
}

const char *engine_path_text(engine *e)
{
    gwapi_str p = strbuf_view(&e->path);
    strbuf_truncate(&e->path_text, 0);
    goquote_raw(&e->path_text, p.ptr, p.len);
    return strbuf_str(&e->path_text);
}

gwapi_diag *engine_field_diag(engine *e, gwapi_diag_code code, gwapi_pos pos)
{
    gwapi_str p = strbuf_view(&e->path);
    strbuf_truncate(&e->path_text, 0);
    goquote_quote(&e->path_text, p.ptr, p.len);
    return engine_diag_at(e, e->opts->unknown_field_severity, code, (gwapi_str){ NULL, 0 }, pos,
                          "%s field %s",
                          code == GWAPI_DIAG_DUPLICATE_FIELD ? "duplicate" : "unknown",
                          strbuf_str(&e->path_text));
}

