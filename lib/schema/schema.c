/* Lookups in the schema tables shared by every stage. */
#include "schema.h"
#include "../util/ptrmap.h"

#include <string.h>

/* Whether the NUL-terminated n is name[0..len) (which may hold NULs:
 * "spec\0x" is no spec), with no strlen of n. */
static bool name_is(const char *n, const char *name, size_t len)
{
    for (size_t k = 0; k < len; k++)
        if (n[k] == '\0' || n[k] != name[k])
            return false;
    return n[len] == '\0';
}

/* The last field found per (schema, key text address): the loaders store a
 * repeated key once, so the same address comes back object after object.
 * A guess only, checked by name_is before use (an address reused for
 * other text finds nothing wrong); one per thread, as contexts are shared. */
#define FIELD_CACHE 256
static _Thread_local struct field_guess {
    const gw_schema *s;
    const char *name;
    const gw_field *f;
} field_cache[FIELD_CACHE];

static size_t guess_slot(const gw_schema *s, const char *name)
{
    uint64_t h = ((uint64_t)(uintptr_t)s ^ ((uint64_t)(uintptr_t)name << 7)) *
                 UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 40) & (FIELD_CACHE - 1);
}

const gw_field *schema_field(const gw_schema *s, const char *name, size_t len)
{
    if (!s)
        return NULL;
    struct field_guess *g = &field_cache[guess_slot(s, name)];
    if (g->s == s && g->name == name && name_is(g->f->name, name, len))
        return g->f;
    /* Objects have tens of fields at most; a scan beats hashing here. */
    for (uint32_t i = 0; i < s->nfields; i++) {
        if (name_is(s->fields[i].name, name, len)) {
            *g = (struct field_guess){ s, name, &s->fields[i] };
            return &s->fields[i];
        }
    }
    return NULL;
}

static bool walk(bool (*visit)(void *, const gw_schema *), void *user, arena *a, ptrmap *seen,
                 const gw_schema *s)
{
    if (!s || ptrmap_get(seen, s))
        return true;
    if (!ptrmap_put(seen, a, s, (void *)s) || !visit(user, s))
        return false;
    for (uint32_t i = 0; i < s->nfields; i++)
        if (!walk(visit, user, a, seen, s->fields[i].schema))
            return false;
    if (!walk(visit, user, a, seen, s->items) || !walk(visit, user, a, seen, s->not_))
        return false;
    for (uint32_t i = 0; i < s->nall_of; i++)
        if (!walk(visit, user, a, seen, s->all_of[i]))
            return false;
    for (uint32_t i = 0; i < s->nany_of; i++)
        if (!walk(visit, user, a, seen, s->any_of[i]))
            return false;
    for (uint32_t i = 0; i < s->none_of; i++)
        if (!walk(visit, user, a, seen, s->one_of[i]))
            return false;
    return true;
}

bool schema_walk(bool (*visit)(void *user, const gw_schema *s), void *user, arena *a)
{
    ptrmap seen;
    ptrmap_init(&seen);
    for (uint32_t k = 0; k < gw_nkinds; k++)
        for (uint32_t v = 0; v < gw_kinds[k].nversions; v++)
            if (!walk(visit, user, a, &seen, gw_kinds[k].versions[v].standard) ||
                !walk(visit, user, a, &seen, gw_kinds[k].versions[v].experimental))
                return false;
    return true;
}
