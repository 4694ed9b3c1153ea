/* TLS, TCP and UDP listeners (ROUTES.md §4): a TLS listener has one entry
 * per SNI hostname of each attached TLSRoute; TCP and UDP listeners (and a
 * Terminate TLS listener without TLSRoutes) forward to their oldest
 * attached single-rule route. Only usable backends are kept. */
#include "lower_impl.h"

#include <stdlib.h>
#include <string.h>

static bool uses_dynamic_resolver(const gw_route *r)
{
    for (size_t i = 0; i < r->rule_count; i++)
        for (size_t j = 0; j < r->rules[i].backend_count; j++)
            if (ir_backend_dynamic(&r->rules[i].backends[j]))
                return true;
    return false;
}

/* A DynamicResolver Backend next to other backendRefs leaves the route
 * with nowhere to go (as for HTTP, where it answers 500). */
static bool dynamic_with_others(const gw_route *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->rule_count; i++)
        n += r->rules[i].backend_count;
    return n > 1 && uses_dynamic_resolver(r);
}

/* A backendRef that no ReferenceGrant permits keeps the whole route out of
 * the data plane (Envoy Gateway drops it; a missing Service merely leaves
 * it without backends). */
static bool has_forbidden_ref(const gw_route *r)
{
    for (size_t i = 0; i < r->rule_count; i++)
        for (size_t j = 0; j < r->rules[i].backend_count; j++)
            if (r->rules[i].backends[j].reason &&
                !strcmp(r->rules[i].backends[j].reason, "RefNotPermitted"))
                return true;
    return false;
}

static bool usable_backends(gwapi_ir_backend_list *out, arena *a, const gw_route *r)
{
    vec v;
    vec_init(&v, sizeof(gwapi_ir_backend));
    if (dynamic_with_others(r)) {
        out->items = NULL;
        out->count = 0;
        return true;
    }
    for (size_t i = 0; i < r->rule_count; i++) {
        const gw_route_rule *rule = &r->rules[i];
        if (rule->dropped)
            continue;
        for (size_t j = 0; j < rule->backend_count; j++) {
            const gw_backend *b = &rule->backends[j];
            if (!b->resolved || !b->weight)
                continue;
            gwapi_ir_backend *ib = vec_push(&v, a);
            if (!ib || !ir_backend(ib, a, r, rule, b))
                return false;
        }
    }
    out->items = v.items;
    out->count = v.count;
    return true;
}

/* An L4 entry stands for the whole route: its policies are those of its
 * only rule (a rule-level policy applies to it), else of the route. */
static bool entry(vec *out, arena *a, ir_policies *ps, const gw_listener *l, const gw_route *r,
                  const char *hostname)
{
    gwapi_ir_l4_route *e = vec_push(out, a);
    if (!e)
        return false;
    e->src = ir_source(r->obj, -1, -1, -1);
    e->hostname = hostname;
    e->id = hostname ? ir_printf(a, "%s/%s/%s/%s", gwapi_kind_name(r->obj->kind), r->obj->ns,
                                   r->obj->name, hostname)
                       : ir_printf(a, "%s/%s/%s", gwapi_kind_name(r->obj->kind), r->obj->ns,
                                   r->obj->name);
    const char *failure;   /* no error response at L4: the settings say it */
    return e->id && usable_backends(&e->backends, a, r) &&
           ir_rule_policies(&e->policies, &failure, a, ps, r, r->rule_count == 1 ? &r->rules[0] : NULL, l);
}

/* The oldest attached route of kind k (with exactly one rule), or NULL. */
static const gw_route *first_route(const gw_listener *l, gw_route_kind k)
{
    const gw_route *best = NULL;
    for (size_t i = 0; i < l->route_count; i++) {
        const gw_route *r = l->routes[i].route;
        if (r->kind != k || r->rule_count != 1)
            continue;
        if (!best || gw_obj_older(r->obj, best->obj) < 0)
            best = r;
    }
    return best;
}

static bool seen_before(const gw_listener_route *routes, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (routes[j].route == routes[i].route)
            return true;
    return false;
}

static int attached_cmp(const void *pa, const void *pb)
{
    const gw_listener_route *a = pa, *b = pb;
    int c = gw_obj_older(a->route->obj, b->route->obj);
    return c ? c : (a->parent_index > b->parent_index) - (a->parent_index < b->parent_index);
}

bool ir_lower_l4(gwapi_ir_listener *out, arena *a, ir_policies *ps, const gw_listener *l)
{
    vec v;
    vec_init(&v, sizeof(gwapi_ir_l4_route));
    if (out->protocol == GWAPI_IR_TLS) {
        bool terminate = out->tls_mode == GWAPI_IR_TLS_TERMINATE;
        /* oldest route first, so that the output does not follow input order */
        gw_listener_route *routes = arena_calloc(a, l->route_count ? l->route_count : 1, sizeof *routes);
        if (!routes)
            return false;
        if (l->route_count)
            memcpy(routes, l->routes, l->route_count * sizeof *routes);
        qsort(routes, l->route_count, sizeof *routes, attached_cmp);
        for (size_t i = 0; i < l->route_count; i++) {
            const gw_route *r = routes[i].route;
            if (r->kind != GW_ROUTE_TLS || seen_before(routes, i))
                continue;
            if ((terminate && uses_dynamic_resolver(r)) || has_forbidden_ref(r))
                continue;
            const gw_attachment *at = ir_attachment(r, routes[i].parent_index, l);
            if (!at)
                continue;
            if (at->any_hostname || !at->hostname_count) {
                if (!entry(&v, a, ps, l, r, "*"))
                    return false;
            }
            for (size_t h = 0; h < at->hostname_count; h++)
                if (!entry(&v, a, ps, l, r, at->hostnames[h]))
                    return false;
        }
        if (terminate && !v.count) {
            const gw_route *r = first_route(l, GW_ROUTE_TCP);
            if (r && !entry(&v, a, ps, l, r, l->spec.hostname))
                return false;
        }
    } else {
        const gw_route *r = first_route(l, out->protocol == GWAPI_IR_UDP ? GW_ROUTE_UDP : GW_ROUTE_TCP);
        if (r && !entry(&v, a, ps, l, r, NULL))
            return false;
    }
    out->l4_routes.items = v.items;
    out->l4_routes.count = v.count;
    return true;
}
