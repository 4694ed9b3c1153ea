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

static uint64_t diag_hash(const gwapi_diag *d)
{
    uint64_t h = hash_bytes(d->path.ptr, d->path.len, 0);
    return hash_bytes(d->message, strlen(d->message), h);
}

static bool same_error(const gwapi_diag *a, const gwapi_diag *b)
{
    return a->severity == b->severity && gwapi_str_equal(a->path, b->path) &&
           !strcmp(a->message, b->message);
}

/* The slot of an error identical to d, or of the empty slot where it goes. */
static size_t seen_slot(const engine *e, const gwapi_diag *d, uint64_t h)
{
    size_t mask = e->seen_cap - 1, i = (size_t)h & mask;
    while (e->errors_seen[i] && !same_error(&e->diags->items[e->errors_seen[i] - 1], d))
        i = (i + 1) & mask;
    return i;
}

static bool seen_grow(engine *e)
{
    size_t cap = e->seen_cap ? e->seen_cap * 2 : 64;
    size_t *t = arena_calloc(e->scratch, cap, sizeof *t);
    if (!t)
        return false;
    size_t *old = e->errors_seen, old_cap = e->seen_cap;
    e->errors_seen = t;
    e->seen_cap = cap;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i]) {
            const gwapi_diag *d = &e->diags->items[old[i] - 1];
            e->errors_seen[seen_slot(e, d, diag_hash(d))] = old[i];
        }
    return true;
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
    /* Only a stored error (the list's last entry; not one past the cap)
     * takes part in the identical-error check. */
    if (!d || sev != GWAPI_SEVERITY_ERROR || d != &e->diags->items[e->diags->count - 1])
        return d;
    if (e->seen_count * 2 >= e->seen_cap && !seen_grow(e))
        return d;
    uint64_t h = diag_hash(d);
    size_t slot = seen_slot(e, d, h);
    if (e->errors_seen[slot]) {
        if (e->dedup) {
            e->diags->count--;
            e->diags->errors--;
            e->errors--;
            return NULL;
        }
        return d;
    }
    e->errors_seen[slot] = e->diags->count;
    e->seen_count++;
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
    strbuf_put_index(&e->path, i);
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
    /* sigs.k8s.io/json's strict errors put the path in quotes unescaped
     * (checked with the oracle: a raw ESC stays raw) */
    return engine_diag_at(e, e->opts->unknown_field_severity, code, (gwapi_str){ NULL, 0 }, pos,
                          "%s field \"%s\"",
                          code == GWAPI_DIAG_DUPLICATE_FIELD ? "duplicate" : "unknown",
                          engine_path_text(e));
}

