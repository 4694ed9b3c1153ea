/* status.ancestors of Envoy Gateway policies: one entry per ancestor
 * (Gateway or ListenerSet, with sectionName where the target has one),
 * created on first use in order; conditions set by type; and the
 * translator's cap of 16 ancestors (applied after each scope's pass),
 * the overflow reported as Aggregated=True on the last entry kept. */
#include "policy_impl.h"

#include <stdlib.h>
#include <string.h>

#define GW_GROUP "gateway.networking.k8s.io"

static gw_policy_ancestor *find_ancestor(gw_policy *p, pol_ancestor_ref ref)
{
    for (size_t i = 0; i < p->ancestor_count; i++) {
        gw_policy_ancestor *a = &p->ancestors[i];
        if (str_eq(a->kind, ref.kind) && str_eq(a->ns, ref.ns) && str_eq(a->name, ref.name) &&
            str_eq(a->section_name, ref.section) && !a->section_name == !ref.section)
            return a;
    }
    return NULL;
}

gw_policy_ancestor *pol_ancestor(rs *r, gw_policy *p, pol_ancestor_ref ref)
{
    gw_policy_ancestor *a = find_ancestor(p, ref);
    if (a)
        return a;
    if (p->ancestor_count == p->ancestor_cap) {
        size_t n = p->ancestor_cap ? p->ancestor_cap * 2 : 4;
        gw_policy_ancestor *items = arena_calloc(r->a, n, sizeof *items);
        if (!items)
            return NULL;
        if (p->ancestor_count)
            memcpy(items, p->ancestors, p->ancestor_count * sizeof *items);
        p->ancestors = items;
        p->ancestor_cap = n;
    }
    a = &p->ancestors[p->ancestor_count++];
    memset(a, 0, sizeof *a);
    a->group = GW_GROUP;
    a->kind = ref.kind;
    a->ns = ref.ns;
    a->name = ref.name;
    a->section_name = ref.section;
    return a;
}

bool pol_cond(rs *r, gw_policy *p, pol_ancestor_ref ref, const char *type, gw_cond_status st,
              const char *reason, const char *message)
{
    gw_policy_ancestor *a = pol_ancestor(r, p, ref);
    return a && cond_set(r, &a->conditions, type, st, reason, message, p->obj->generation);
}

bool pol_accept(rs *r, gw_policy *p, pol_ancestor_ref ref)
{
    /* Once cut to 16, the status takes no new ancestor for Accepted=True
     * alone (Envoy Gateway's "accepted unless set" sees the cut list as
     * full); other conditions still add one. */
    if (p->truncated && !find_ancestor(p, ref))
        return true;
    gw_policy_ancestor *a = pol_ancestor(r, p, ref);
    if (!a)
        return false;
    if (cond_get(&a->conditions, "Accepted"))
        return true;
    return cond_set(r, &a->conditions, "Accepted", GW_COND_TRUE, "Accepted",
                    "Policy has been accepted.", p->obj->generation);
}

static int ancestor_text_cmp(const gw_policy_ancestor *x, const gw_policy_ancestor *y)
{
    int c;
    if ((c = strcmp(x->kind, y->kind)))
        return c;
    if ((c = strcmp(x->ns ? x->ns : "", y->ns ? y->ns : "")))
        return c;
    if ((c = strcmp(x->name, y->name)))
        return c;
    return strcmp(x->section_name ? x->section_name : "", y->section_name ? y->section_name : "");
}

static bool accepted(const gw_policy_ancestor *a)
{
    const gw_condition *c = cond_get(&a->conditions, "Accepted");
    return c && c->status == GW_COND_TRUE;
}

/* Entries that are not Accepted=True (refused, or only overridden) are
 * kept first, then by reference. */
static int ancestor_cmp(const void *a, const void *b)
{
    const gw_policy_ancestor *x = a, *y = b;
    if (accepted(x) != accepted(y))
        return accepted(x) ? 1 : -1;
    return ancestor_text_cmp(x, y);
}

bool pol_truncate(rs *r, gw_policy *p)
{
    if (p->ancestor_count <= GW_POLICY_MAX_ANCESTORS)
        return true;
    for (size_t i = 0; i < p->ancestor_count; i++)
        cond_remove(&p->ancestors[i].conditions, "Aggregated");   /* an earlier cut's */
    p->truncated = true;
    qsort(p->ancestors, p->ancestor_count, sizeof *p->ancestors, ancestor_cmp);
    p->ancestor_count = GW_POLICY_MAX_ANCESTORS;
    gw_policy_ancestor *last = &p->ancestors[GW_POLICY_MAX_ANCESTORS - 1];
    return cond_set(r, &last->conditions, "Aggregated", GW_COND_TRUE, "Aggregated",
                    "Ancestors have been truncated because the number of policy ancestors exceeds 16.",
                    p->obj->generation);
}

static const char *join(rs *r, const char *a, const char *b, const char *sep)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return rs_printf(r, "%s%s%s", a, sep, b);
}

const char *pol_join(rs *r, const char *a, const char *b)
{
    return join(r, a, b, " ");
}

const char *pol_join_lines(rs *r, const char *a, const char *b)
{
    return join(r, a, b, "\n");
}
