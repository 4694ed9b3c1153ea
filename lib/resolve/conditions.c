/* Condition lists of the graph: set (replace by type, keep order), get,
 * remove; and the small string helpers the passes share. */
#include "resolve_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

bool str_eq(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

char *rs_printf(rs *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = arena_vprintf(r->a, fmt, ap);
    va_end(ap);
    return s;
}

bool cond_set(rs *r, gw_conditions *c, const char *type, gw_cond_status st,
              const char *reason, const char *message, int64_t generation)
{
    for (size_t i = 0; i < c->count; i++) {
        if (!strcmp(c->items[i].type, type)) {
            c->items[i].status = st;
            c->items[i].reason = reason;
            c->items[i].message = message ? message : "";
            c->items[i].observed_generation = generation;
            return true;
        }
    }
    /* Condition lists are short (at most a handful): grow by copying. */
    gw_condition *items = arena_calloc(r->a, c->count + 1, sizeof *items);
    if (!items)
        return false;
    if (c->count)
        memcpy(items, c->items, c->count * sizeof *items);
    items[c->count] = (gw_condition){ type, st, reason, message ? message : "", generation };
    c->items = items;
    c->count++;
    return true;
}

const gw_condition *cond_get(const gw_conditions *c, const char *type)
{
    for (size_t i = 0; i < c->count; i++)
        if (!strcmp(c->items[i].type, type))
            return &c->items[i];
    return NULL;
}

void cond_remove(gw_conditions *c, const char *type)
{
    size_t j = 0;
    for (size_t i = 0; i < c->count; i++)
        if (strcmp(c->items[i].type, type))
            c->items[j++] = c->items[i];
    c->count = j;
}
