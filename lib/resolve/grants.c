/* ReferenceGrant checks (GEP-709): a reference from an object in one
 * namespace to an object in another is permitted only by a grant in the
 * target's namespace whose `from` names the referrer's group, kind and
 * namespace and whose `to` names the target's group and kind (and its name,
 * when the grant gives one). Grants are indexed by namespace. */
#include "resolve_impl.h"

#include <stdlib.h>
#include <string.h>

static int by_ns(const void *x, const void *y)
{
    const gw_obj *a = *(const gw_obj *const *)x, *b = *(const gw_obj *const *)y;
    int c = strcmp(a->ns ? a->ns : "", b->ns ? b->ns : "");
    if (c)
        return c;
    return a->input_index < b->input_index ? -1 : a->input_index > b->input_index;
}

bool rs_grants_index(rs *r)
{
    const gw_obj_list *l = &r->m->by_kind[GWAPI_KIND_REFERENCE_GRANT];
    r->grant_count = l->count;
    r->grants = arena_calloc(r->a, l->count ? l->count : 1, sizeof *r->grants);
    if (!r->grants)
        return false;
    if (l->count)
        memcpy(r->grants, l->items, l->count * sizeof *r->grants);
    qsort(r->grants, r->grant_count, sizeof *r->grants, by_ns);
    return true;
}

static bool grant_permits(const gwapi_reference_grant *g, const char *from_group,
                          const char *from_kind, const char *from_ns, const char *to_group,
                          const char *to_kind, const char *to_name)
{
    if (!g->spec)
        return false;
    bool from_ok = false;
    for (size_t i = 0; i < g->spec->from.count && !from_ok; i++) {
        const gwapi_reference_grant_from *f = &g->spec->from.items[i];
        from_ok = str_eq(f->group.ptr, from_group) && str_eq(f->kind.ptr, from_kind) &&
                  str_eq(f->ns.ptr, from_ns);
    }
    if (!from_ok)
        return false;
    for (size_t i = 0; i < g->spec->to.count; i++) {
        const gwapi_reference_grant_to *t = &g->spec->to.items[i];
        if (str_eq(t->group.ptr, to_group) && str_eq(t->kind.ptr, to_kind) &&
            (!t->name.ptr || !*t->name.ptr || str_eq(t->name.ptr, to_name)))
            return true;
    }
    return false;
}

bool rs_grant_allows(const rs *r, const char *from_group, const char *from_kind,
                     const char *from_ns, const char *to_group, const char *to_kind,
                     const char *to_ns, const char *to_name)
{
    if (str_eq(from_ns, to_ns))
        return true;
    /* lower bound of to_ns */
    size_t lo = 0, hi = r->grant_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(r->grants[mid]->ns ? r->grants[mid]->ns : "", to_ns ? to_ns : "") < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < r->grant_count && str_eq(r->grants[i]->ns, to_ns); i++)
        if (grant_permits(r->grants[i]->obj->typed, from_group, from_kind, from_ns, to_group,
                          to_kind, to_name))
            return true;
    return false;
}
