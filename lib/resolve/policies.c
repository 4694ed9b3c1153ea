/* Envoy Gateway's policies (ClientTrafficPolicy, BackendTrafficPolicy,
 * SecurityPolicy, EnvoyExtensionPolicy): which Gateways they reach through
 * their targetRef / targetRefs, for their status.ancestors. Attachment only:
 * merging their settings is the policy stage's job (issue 10). */
#include "resolve_impl.h"

#include <stdlib.h>
#include <string.h>

#define GW_GROUP "gateway.networking.k8s.io"

static const gwapi_kind policy_kinds[] = {
    GWAPI_KIND_CLIENT_TRAFFIC_POLICY, GWAPI_KIND_BACKEND_TRAFFIC_POLICY,
    GWAPI_KIND_SECURITY_POLICY, GWAPI_KIND_ENVOY_EXTENSION_POLICY,
};

static int by_input(const void *x, const void *y)
{
    const gw_obj *a = *(const gw_obj *const *)x, *b = *(const gw_obj *const *)y;
    return a->input_index < b->input_index ? -1 : a->input_index > b->input_index;
}

/* spec.targetRef, the deprecated singular form, is present. */
static bool singular_target(const gw_obj *o)
{
    const gwapi_value *spec = gwapi_value_get(o->obj->source, "spec");
    return spec && gwapi_value_get(spec, "targetRef");
}

static const gw_route *find_route(const rs *r, gwapi_kind kind, const char *ns, const char *name)
{
    const gw_obj *o = gw_model_find_kind(r->m, kind, ns, name);
    if (!o)
        return NULL;
    /* routes are in input order: binary search on the input index */
    for (size_t lo = 0, hi = r->g->route_count; lo < hi;) {
        size_t mid = lo + (hi - lo) / 2;
        const gw_route *x = &r->g->routes[mid];
        if (x->obj->input_index < o->input_index)
            lo = mid + 1;
        else if (x->obj->input_index > o->input_index)
            hi = mid;
        else
            return x;
    }
    return NULL;
}

static bool target_ancestors(rs *r, gw_eg_policy *p, gw_target_view t)
{
    if (t.is_selector || !t.kind || !t.name || !str_eq(t.group, GW_GROUP))
        return true;
    if (!strcmp(t.kind, "Gateway")) {
        const gw_gateway *gw = gw_graph_gateway(r->g, p->obj->ns, t.name);
        return !gw || !gw->managed ||
               rs_add_ancestor(r, &p->ancestors, &p->ancestor_count, gw, t.section_name);
    }
    gw_route_kind rk;
    bool known = false;
    for (int k = 0; k < GW_ROUTE_KIND_COUNT && !known; k++)
        if (!strcmp(t.kind, gw_route_kind_name((gw_route_kind)k))) {
            rk = (gw_route_kind)k;
            known = true;
        }
    if (!known)
        return true;
    const gw_route *route = find_route(r, gw_route_kind_gwapi(rk), p->obj->ns, t.name);
    for (size_t i = 0; route && i < route->parent_count; i++) {
        const gw_parent *par = &route->parents[i];
        if (par->managed &&
            !rs_add_ancestor(r, &p->ancestors, &p->ancestor_count, par->gateway, par->ref.section_name))
            return false;
    }
    return true;
}

/* The first validation error of the object, as "PATH: MESSAGE". Unknown
 * fields do not count: the API server prunes them unless asked to be
 * strict, and the policy's known settings are what they are. */
static const char *first_error(rs *r, const gw_obj *o)
{
    for (size_t i = 0; i < o->diag_count; i++) {
        const gwapi_diag *d = gwapi_result_diag(r->m->result, o->diags[i]);
        if (d->severity == GWAPI_SEVERITY_ERROR && d->code != GWAPI_DIAG_UNKNOWN_FIELD)
            return rs_printf(r, "%.*s: %s", (int)d->path.len, d->path.ptr, d->message);
    }
    return NULL;
}

bool rs_eg_policies(rs *r)
{
    size_t n = 0;
    for (size_t k = 0; k < sizeof policy_kinds / sizeof *policy_kinds; k++)
        n += r->m->by_kind[policy_kinds[k]].count;
    const gw_obj **objs = arena_calloc(r->a, n ? n : 1, sizeof *objs);
    r->g->eg_policies = arena_calloc(r->a, n ? n : 1, sizeof *r->g->eg_policies);
    if (!objs || !r->g->eg_policies)
        return false;
    size_t at = 0;
    for (size_t k = 0; k < sizeof policy_kinds / sizeof *policy_kinds; k++)
        for (size_t i = 0; i < r->m->by_kind[policy_kinds[k]].count; i++)
            objs[at++] = r->m->by_kind[policy_kinds[k]].items[i];
    qsort(objs, n, sizeof *objs, by_input);
    r->g->eg_policy_count = n;
    for (size_t i = 0; i < n; i++) {
        gw_eg_policy *p = &r->g->eg_policies[i];
        p->obj = objs[i];
        p->deprecated_target_ref = singular_target(p->obj);
        p->invalid_message = first_error(r, p->obj);
        size_t nt = gw_policy_target_count(p->obj);
        for (size_t t = 0; t < nt; t++)
            if (!target_ancestors(r, p, gw_policy_target(p->obj, t)))
                return false;
        if (p->ancestor_count) /* qsort wants a non-NULL base, even for none */
            qsort(p->ancestors, p->ancestor_count, sizeof *p->ancestors, rs_ancestor_cmp);
        int64_t gen = p->obj->generation;
        for (size_t a = 0; a < p->ancestor_count; a++) {
            gw_conditions *c = &p->ancestors[a].conditions;
            bool ok = p->invalid_message
                          ? cond_set(r, c, "Accepted", GW_COND_FALSE, "Invalid", p->invalid_message, gen)
                          : cond_set(r, c, "Accepted", GW_COND_TRUE, "Accepted", "Policy has been accepted.", gen);
            if (!ok || (p->deprecated_target_ref &&
                        !cond_set(r, c, "Warning", GW_COND_TRUE, "DeprecatedField",
                                  "spec.targetRef is deprecated, use spec.targetRefs instead", gen)))
                return false;
        }
        if (!rs_cap_ancestors(r, p->ancestors, &p->ancestor_count, gen))
            return false;
    }
    return true;
}
