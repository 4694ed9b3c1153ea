/* The engine's diagnostics sink: every diagnostic of an object goes through
 * engine_diag, which counts its errors and blocking errors and applies the
 * per-object deduplication that combinators need. */
#include "engine.h"

#include <stdarg.h>
#include <string.h>

bool engine_code_blocks(gwapi_diag_code code)
{
    return code == GWAPI_DIAG_REQUIRED || code == GWAPI_DIAG_UNSUPPORTED ||
           code == GWAPI_DIAG_TOO_LONG || code == GWAPI_DIAG_TOO_MANY ||
           code == GWAPI_DIAG_TYPE;
}

void engine_diag(engine *e, gwapi_severity sev, gwapi_diag_code code,
                 const char *path, gwapi_pos pos, const char *fmt, ...)
{
    if (e->mute)
        return;
    if (sev == GWAPI_SEVERITY_ERROR) {
        e->errors++;
        if (engine_code_blocks(code))
            e->blocking = true;
    }
    va_list ap;
    va_start(ap, fmt);
    gwapi_diag *d = diag_addv(e->diags, sev, code, &e->obj, path ? path : strbuf_str(&e->path),
                              pos, fmt, ap);
    va_end(ap);
    if (d && e->dedup && sev == GWAPI_SEVERITY_ERROR &&
        d == &e->diags->items[e->diags->count - 1]) {
        for (size_t i = e->diag_start; i + 1 < e->diags->count; i++) {
            const gwapi_diag *o = &e->diags->items[i];
            if (o->severity == sev && !strcmp(o->path, d->path) &&
                !strcmp(o->message, d->message)) {
                e->diags->count--;
                e->diags->errors--;
                e->errors--;
                break;
            }
        }
    }
}
