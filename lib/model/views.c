/* Uniform read-only views over what differs only by kind: the parentRefs and
 * hostnames of the five route kinds, the listeners of Gateways and
 * ListenerSets, and the targets of every policy kind. */
#include "model.h"

#include <string.h>

static const struct { gwapi_kind kind; const char *name; } route_kinds[GW_ROUTE_KIND_COUNT] = {
    [GW_ROUTE_HTTP] = { GWAPI_KIND_HTTP_ROUTE, "HTTPRoute" },
    [GW_ROUTE_GRPC] = { GWAPI_KIND_GRPC_ROUTE, "GRPCRoute" },
    [GW_ROUTE_TLS] = { GWAPI_KIND_TLS_ROUTE, "TLSRoute" },
    [GW_ROUTE_TCP] = { GWAPI_KIND_TCP_ROUTE, "TCPRoute" },
    [GW_ROUTE_UDP] = { GWAPI_KIND_UDP_ROUTE, "UDPRoute" },
};

bool gw_route_kind_of(gwapi_kind kind, gw_route_kind *out)
{
    for (int i = 0; i < GW_ROUTE_KIND_COUNT; i++)
        if (route_kinds[i].kind == kind) {
            *out = (gw_route_kind)i;
            return true;
        }
    return false;
}

gwapi_kind gw_route_kind_gwapi(gw_route_kind rk)
{
    return rk < GW_ROUTE_KIND_COUNT ? route_kinds[rk].kind : GWAPI_KIND_UNKNOWN;
}

const char *gw_route_kind_name(gw_route_kind rk)
{
    return rk < GW_ROUTE_KIND_COUNT ? route_kinds[rk].name : NULL;
}

static const gwapi_parent_reference_list *route_parents(const gw_obj *r)
{
#define PARENTS(T, R)                                            \
    {                                                           \
        const T *x = r->obj->typed;                             \
        return x->spec ? &x->spec->parent_refs : NULL;          \
    }
    GW_PER_ROUTE_KIND(r->kind, PARENTS)
#undef PARENTS
    return NULL;
}

size_t gw_route_parent_count(const gw_obj *route)
{
    const gwapi_parent_reference_list *l = route_parents(route);
    return l ? l->count : 0;
}

gw_parent_ref_view gw_route_parent(const gw_obj *route, size_t i)
{
    const gwapi_parent_reference *p = &route_parents(route)->items[i];
    gw_parent_ref_view v;
    v.ref = p;
    v.group = p->group.ptr ? p->group.ptr : "gateway.networking.k8s.io";
    v.kind = p->kind.ptr ? p->kind.ptr : "Gateway";
    v.ns = p->ns.ptr ? p->ns.ptr : route->ns;
    v.name = gw_c(p->name);
    v.section_name = gw_c(p->section_name);
    v.has_port = p->port.set;
    v.port = p->port.value;
    return v;
}

gwapi_string_list gw_route_hostnames(const gw_obj *route)
{
    gwapi_string_list none = { NULL, 0 };
    /* TCPRoute and UDPRoute have no hostnames */
    if (route->kind == GWAPI_KIND_TCP_ROUTE || route->kind == GWAPI_KIND_UDP_ROUTE)
        return none;
#define HOSTNAMES(T)                                            \
    {                                                           \
        const T *x = route->obj->typed;                         \
        return x->spec ? x->spec->hostnames : none;             \
    }
    switch (route->kind) {
    case GWAPI_KIND_HTTP_ROUTE: HOSTNAMES(gwapi_http_route)
    case GWAPI_KIND_GRPC_ROUTE: HOSTNAMES(gwapi_grpc_route)
    case GWAPI_KIND_TLS_ROUTE: HOSTNAMES(gwapi_tls_route)
    default: return none;
    }
#undef HOSTNAMES
}

size_t gw_route_rule_count(const gw_obj *route)
{
#define RULES(T, R)                                              \
    {                                                           \
        const T *x = route->obj->typed;                         \
        return x->spec ? x->spec->rules.count : 0;              \
    }
    GW_PER_ROUTE_KIND(route->kind, RULES)
#undef RULES
    return 0;
}

const void *gw_route_rule_at(const gw_obj *route, size_t i, const char **name)
{
#define RULE(T, R)                                                      \
    {                                                                   \
        const R *x = &((const T *)route->obj->typed)->spec->rules.items[i]; \
        *name = gw_c(x->name);                                          \
        return x;                                                       \
    }
    GW_PER_ROUTE_KIND(route->kind, RULE)
#undef RULE
    *name = NULL;
    return NULL;
}

size_t gw_listener_count(const gw_obj *owner)
{
    if (owner->kind == GWAPI_KIND_GATEWAY) {
        const gwapi_gateway *g = owner->obj->typed;
        return g->spec ? g->spec->listeners.count : 0;
    }
    if (owner->kind == GWAPI_KIND_LISTENER_SET) {
        const gwapi_listener_set *s = owner->obj->typed;
        return s->spec ? s->spec->listeners.count : 0;
    }
    return 0;
}

gw_listener_view gw_listener_at(const gw_obj *owner, size_t i)
{
    gw_listener_view v;
    memset(&v, 0, sizeof v);
    if (owner->kind == GWAPI_KIND_GATEWAY) {
        const gwapi_listener *l = &((const gwapi_gateway *)owner->obj->typed)->spec->listeners.items[i];
        v.name = gw_c(l->name);
        v.hostname = gw_c(l->hostname);
        v.protocol = gw_c(l->protocol);
        v.port = l->port.set ? l->port.value : 0;
        v.allowed_routes = l->allowed_routes;
        v.tls = l->tls;
    } else {
        const gwapi_listener_entry *l =
            &((const gwapi_listener_set *)owner->obj->typed)->spec->listeners.items[i];
        v.name = gw_c(l->name);
        v.hostname = gw_c(l->hostname);
        v.protocol = gw_c(l->protocol);
        v.port = l->port.set ? l->port.value : 0;
        v.allowed_routes = l->allowed_routes;
        v.tls = l->tls;
    }
    return v;
}

/* The three target shapes of a policy spec, whichever the kind has. */
typedef struct targets {
    const gwapi_local_policy_target_reference_with_section_name *one;
    const gwapi_envoy_patch_policy_target_ref *patch_one;
    const gwapi_local_policy_target_reference_with_section_name_list *refs;
    const gwapi_local_policy_target_reference_list *plain_refs;
    const gwapi_target_selector_list *selectors;
} targets;

static targets policy_targets(const gw_obj *p)
{
    targets t;
    memset(&t, 0, sizeof t);
    const void *x = p->obj->typed;
#define EG_POLICY(K, T)                                  \
    case K: {                                            \
        const T *o = x;                                  \
        if (o->spec) {                                   \
            t.one = o->spec->target_ref;                 \
            t.refs = &o->spec->target_refs;              \
            t.selectors = &o->spec->target_selectors;    \
        }                                                \
        break;                                           \
    }
    switch (p->kind) {
    EG_POLICY(GWAPI_KIND_CLIENT_TRAFFIC_POLICY, gwapi_client_traffic_policy)
    EG_POLICY(GWAPI_KIND_BACKEND_TRAFFIC_POLICY, gwapi_backend_traffic_policy)
    EG_POLICY(GWAPI_KIND_SECURITY_POLICY, gwapi_security_policy)
    EG_POLICY(GWAPI_KIND_ENVOY_EXTENSION_POLICY, gwapi_envoy_extension_policy)
    case GWAPI_KIND_ENVOY_PATCH_POLICY: {
        const gwapi_envoy_patch_policy *o = x;
        if (o->spec)
            t.patch_one = o->spec->target_ref;
        break;
    }
    case GWAPI_KIND_BACKEND_TLS_POLICY: {
        const gwapi_backend_tls_policy *o = x;
        if (o->spec)
            t.refs = &o->spec->target_refs;
        break;
    }
    case GWAPI_KIND_X_BACKEND_TRAFFIC_POLICY: {
        const gwapi_x_backend_traffic_policy *o = x;
        if (o->spec)
            t.plain_refs = &o->spec->target_refs;
        break;
    }
    default:
        break;
    }
#undef EG_POLICY
    return t;
}

size_t gw_policy_target_count(const gw_obj *policy)
{
    targets t = policy_targets(policy);
    return (t.one != NULL) + (t.patch_one != NULL) + (t.refs ? t.refs->count : 0) +
           (t.plain_refs ? t.plain_refs->count : 0) + (t.selectors ? t.selectors->count : 0);
}

gw_target_view gw_policy_target(const gw_obj *policy, size_t i)
{
    targets t = policy_targets(policy);
    gw_target_view v;
    memset(&v, 0, sizeof v);
    if (t.one) {
        if (i == 0) {
            v.group = gw_c(t.one->group); v.kind = gw_c(t.one->kind); v.name = gw_c(t.one->name);
            v.section_name = gw_c(t.one->section_name);
            return v;
        }
        i--;
    }
    if (t.patch_one) {
        if (i == 0) {
            v.group = gw_c(t.patch_one->group); v.kind = gw_c(t.patch_one->kind); v.name = gw_c(t.patch_one->name);
            return v;
        }
        i--;
    }
    if (t.refs) {
        if (i < t.refs->count) {
            const gwapi_local_policy_target_reference_with_section_name *r = &t.refs->items[i];
            v.group = gw_c(r->group); v.kind = gw_c(r->kind); v.name = gw_c(r->name); v.section_name = gw_c(r->section_name);
            return v;
        }
        i -= t.refs->count;
    }
    if (t.plain_refs) {
        if (i < t.plain_refs->count) {
            const gwapi_local_policy_target_reference *r = &t.plain_refs->items[i];
            v.group = gw_c(r->group); v.kind = gw_c(r->kind); v.name = gw_c(r->name);
            return v;
        }
        i -= t.plain_refs->count;
    }
    if (t.selectors && i < t.selectors->count) {
        const gwapi_target_selector *s = &t.selectors->items[i];
        v.group = gw_c(s->group); v.kind = gw_c(s->kind);
        v.is_selector = true;
        v.selector.match_labels = &s->match_labels;
        v.selector.match_expressions = &s->match_expressions;
        v.selector_namespaces = s->namespaces;
    }
    return v;
}
