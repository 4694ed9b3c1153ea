/* Diagnostic list storage and the stable names of codes and severities. */
#include "diags.h"

#include <stdio.h>
#include <string.h>

void diag_list_init(diag_list *d, arena *a, size_t max)
{
    memset(d, 0, sizeof *d);
    d->a = a;
    d->max = max;
}

gwapi_diag *diag_addv(diag_list *d, gwapi_severity sev, gwapi_diag_code code,
                      const diag_obj *obj, gwapi_str path, gwapi_pos pos,
                      const char *fmt, va_list ap)
{
    if (sev == GWAPI_SEVERITY_ERROR)
        d->errors++;
    if (d->count >= d->max) {
        d->dropped++;
        return NULL;
    }
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        gwapi_diag *items = arena_calloc(d->a, cap, sizeof *items);
        if (!items)
            return NULL;
        if (d->count)
            memcpy(items, d->items, d->count * sizeof *items);
        d->items = items;
        d->cap = cap;
    }
    char small[512];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    char *msg;
    if (n < 0) {
        msg = arena_strdup(d->a, fmt);
    } else if ((size_t)n < sizeof small) {
        msg = arena_strndup(d->a, small, (size_t)n);
    } else {
        msg = arena_alloc(d->a, (size_t)n + 1);
        if (msg)
            vsnprintf(msg, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    if (!msg)
        return NULL;
    gwapi_diag *g = &d->items[d->count];
    g->severity = sev;
    g->code = code;
    gwapi_str none = { NULL, 0 };
    g->kind = obj ? obj->kind : none;
    g->ns = obj ? obj->ns : none;
    g->name = obj ? obj->name : none;
    g->path.ptr = path.ptr ? arena_strndup(d->a, path.ptr, path.len) : "";
    g->path.len = path.ptr ? path.len : 0;
    g->pos = pos;
    if (!g->pos.file)
        g->pos.file = ""; /* public contract: never NULL (diag.h) */
    g->message = msg;
    g->related = (gwapi_pos){ "", 0, 0 };
    if (!g->path.ptr)
        return NULL;
    d->count++;
    return g;
}

gwapi_diag *diag_add(diag_list *d, gwapi_severity sev, gwapi_diag_code code,
                     const diag_obj *obj, const char *path, gwapi_pos pos,
                     const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gwapi_diag *g = diag_addv(d, sev, code, obj, gwapi_str_of(path), pos, fmt, ap);
    va_end(ap);
    return g;
}

void diag_list_finish(diag_list *d)
{
    if (!d->dropped)
        return;
    size_t dropped = d->dropped;
    d->max++; /* room for the note itself */
    gwapi_pos none = { 0 };
    diag_add(d, GWAPI_SEVERITY_WARNING, GWAPI_DIAG_LIMIT, NULL, NULL, none,
             "%zu more diagnostics were dropped (limit max_diagnostics)", dropped);
    d->dropped = dropped;
}

const char *gwapi_severity_str(gwapi_severity severity)
{
    switch (severity) {
    case GWAPI_SEVERITY_ERROR: return "error";
    case GWAPI_SEVERITY_WARNING: return "warning";
    case GWAPI_SEVERITY_INFO: return "info";
    }
    return "unknown";
}

const char *gwapi_diag_code_str(gwapi_diag_code code)
{
    switch (code) {
    case GWAPI_DIAG_SYNTAX: return "syntax";
    case GWAPI_DIAG_LIMIT: return "limit";
    case GWAPI_DIAG_ENCODING: return "encoding";
    case GWAPI_DIAG_NOT_OBJECT: return "not-object";
    case GWAPI_DIAG_UNKNOWN_KIND: return "unknown-kind";
    case GWAPI_DIAG_UNKNOWN_FIELD: return "unknown-field";
    case GWAPI_DIAG_DUPLICATE_FIELD: return "duplicate-field";
    case GWAPI_DIAG_TYPE: return "type";
    case GWAPI_DIAG_REQUIRED: return "required";
    case GWAPI_DIAG_UNSUPPORTED: return "unsupported";
    case GWAPI_DIAG_INVALID: return "invalid";
    case GWAPI_DIAG_TOO_LONG: return "too-long";
    case GWAPI_DIAG_TOO_MANY: return "too-many";
    case GWAPI_DIAG_DUPLICATE: return "duplicate";
    case GWAPI_DIAG_FORBIDDEN: return "forbidden";
    case GWAPI_DIAG_RULE_SKIPPED: return "rules-skipped";
    case GWAPI_DIAG_METADATA: return "metadata";
    }
    return "unknown";
}
