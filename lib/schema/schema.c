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

const gw_field *schema_field(const gw_schema *s, const char *name, size_t len)
{
    /* Objects have tens of fields at most; a scan beats hashing here. */
    for (uint32_t i = 0; s && i < s->nfields; i++)
        if (name_is(s->fields[i].name, name, len))
            return &s->fields[i];
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
