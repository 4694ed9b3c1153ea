/* backendRefs of route rules: the target (Service, ServiceImport, Envoy
 * Gateway Backend), ReferenceGrant for cross-namespace references, the port
 * and its protocol, weights, and endpoints from EndpointSlices (label
 * kubernetes.io/service-name). Failures carry the ResolvedRefs reasons. */
#include "resolve_impl.h"

#include <stdlib.h>
#include <string.h>
#include "../util/ipaddr.h"

#define GW_GROUP "gateway.networking.k8s.io"
#define MCS_GROUP "multicluster.x-k8s.io"
#define EG_GROUP "gateway.envoyproxy.io"
#define SERVICE_NAME_LABEL "kubernetes.io/service-name"
#define MCS_SERVICE_NAME_LABEL "multicluster.kubernetes.io/service-name"

/* An EndpointSlice with the Service (kubernetes.io/service-name) or the
 * ServiceImport (multicluster.kubernetes.io/service-name) it serves. */
typedef struct slice_ref {
    const gw_obj *slice;
    gw_backend_kind owner_kind;
    const char *owner;
} slice_ref;

static int slice_cmp(const void *x, const void *y)
{
    const slice_ref *a = x, *b = y;
    int c = strcmp(a->slice->ns ? a->slice->ns : "", b->slice->ns ? b->slice->ns : "");
    if (!c)
        c = (int)a->owner_kind - (int)b->owner_kind;
    if (!c)
        c = strcmp(a->owner, b->owner);
    if (!c)
        c = strcmp(a->slice->name, b->slice->name);
    return c;
}

bool rs_backends_index(rs *r)
{
    const gw_obj_list *l = &r->m->by_kind[GWAPI_KIND_ENDPOINT_SLICE];
    slice_ref *refs = arena_calloc(r->a, l->count ? 2 * l->count : 1, sizeof *refs);
    if (!refs)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < l->count; i++) {
        const char *svc = gwapi_string_map_get(&l->items[i]->meta->labels, SERVICE_NAME_LABEL).ptr;
        const char *mcs = gwapi_string_map_get(&l->items[i]->meta->labels, MCS_SERVICE_NAME_LABEL).ptr;
        if (svc)
            refs[n++] = (slice_ref){ l->items[i], GW_BACKEND_SERVICE, svc };
        if (mcs)
            refs[n++] = (slice_ref){ l->items[i], GW_BACKEND_SERVICE_IMPORT, mcs };
    }
    qsort(refs, n, sizeof *refs, slice_cmp);
    r->slices = refs;
    r->slice_count = n;
    return true;
}

static bool serves(const slice_ref *s, const gw_backend *b, gw_backend_kind kind)
{
    return str_eq(s->slice->ns, b->ns) && s->owner_kind == kind && !strcmp(s->owner, b->name);
}

/* Ready endpoints of the Service or ServiceImport b names, for its port
 * named port_name (any port of the slice when the slice lists none and
 * any_port is set). Slices of one backend must share an address type. */
/* Index of the first slice serving (kind, ns, name) in the sorted index. */
static size_t first_slice(const rs *r, gw_backend_kind kind, const char *ns, const char *name)
{
    const slice_ref *sl = r->slices;
    size_t lo = 0, hi = r->slice_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const slice_ref *s = &sl[mid];
        int c = strcmp(s->slice->ns ? s->slice->ns : "", ns);
        if (!c)
            c = (int)s->owner_kind - (int)kind;
        if (!c)
            c = strcmp(s->owner, name);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const char *rs_slices_address_type(const rs *r, gw_backend_kind kind, const char *ns, const char *name)
{
    const char *type = NULL;
    for (size_t i = first_slice(r, kind, ns, name); i < r->slice_count; i++) {
        const slice_ref *s = &r->slices[i];
        if (!str_eq(s->slice->ns, ns) || s->owner_kind != kind || strcmp(s->owner, name))
            break;
        const gwapi_endpoint_slice *es = s->slice->obj->typed;
        const char *t = str_eq(es->address_type.ptr, "FQDN") ? "FQDN" : "IP";
        if (type && strcmp(type, t))
            return "MIXED";
        type = t;
    }
    return type;
}

static bool service_endpoints(rs *r, gw_backend *b, gw_backend_kind kind, const char *port_name,
                              const char *proto, bool any_port)
{
    const slice_ref *sl = r->slices;
    size_t lo = first_slice(r, kind, b->ns, b->name);
    size_t n = 0;
    const char *address_type = NULL;
    for (size_t i = lo; i < r->slice_count && serves(&sl[i], b, kind); i++) {
        const gwapi_endpoint_slice *es = sl[i].slice->obj->typed;
        if (address_type && !str_eq(address_type, es->address_type.ptr)) {
            b->resolved = false;
            b->reason = "UnsupportedAddressType";
            b->message = rs_printf(r, "mixed endpointslice address type for the same backendRef is not supported.");
            return b->message != NULL;
        }
        address_type = es->address_type.ptr;
        for (size_t e = 0; e < es->endpoints.count; e++)
            n += es->endpoints.items[e].addresses.count;
    }
    b->endpoints = arena_calloc(r->a, n ? n : 1, sizeof *b->endpoints);
    if (!b->endpoints)
        return false;
    for (size_t i = lo; i < r->slice_count && serves(&sl[i], b, kind); i++) {
        const gwapi_endpoint_slice *es = sl[i].slice->obj->typed;
        int64_t port = any_port && !es->ports.count ? b->target_port : -1;
        for (size_t p = 0; p < es->ports.count; p++) {
            const gwapi_endpoint_port *ep = &es->ports.items[p];
            if (str_eq(ep->name.ptr, port_name) && str_eq(ep->protocol.ptr ? ep->protocol.ptr : "TCP", proto))
                port = ep->port.set ? ep->port.value : -1;
        }
        if (port < 0)
            continue;
        for (size_t e = 0; e < es->endpoints.count; e++) {
            const gwapi_endpoint *ep = &es->endpoints.items[e];
            bool ready = !ep->conditions || !ep->conditions->ready.set || ep->conditions->ready.value;
            for (size_t a = 0; a < ep->addresses.count; a++) {
                gw_endpoint *out = &b->endpoints[b->endpoint_count++];
                out->address = ep->addresses.items[a].ptr;
                out->port = port;
                out->ready = ready;
                out->zone = ep->zone.ptr;
                b->ready_endpoint_count += ready;
            }
        }
    }
    b->resolved = true;
    return true;
}

/* The fields every backendRef shape shares. */
typedef struct ref_view {
    const char *group, *kind, *name, *ns;
    gwapi_opt_int port, weight;
    const gwapi_value *src;
} ref_view;

static size_t rule_backend_count(const gw_route *route, const gw_route_rule *rule)
{
#define COUNT(T, R) return ((const R *)rule->spec)->backend_refs.count;
    GW_PER_ROUTE_KIND(gw_route_kind_gwapi(route->kind), COUNT)
#undef COUNT
    return 0;
}

#define VIEW_OF(x) (ref_view){ (x)->group.ptr, (x)->kind.ptr, (x)->name.ptr, (x)->ns.ptr, (x)->port, (x)->weight, (x)->src }

static ref_view rule_backend(const gw_route *route, const gw_route_rule *rule, size_t i)
{
#define VIEW(T, R) return VIEW_OF(&((const R *)rule->spec)->backend_refs.items[i]);
    GW_PER_ROUTE_KIND(gw_route_kind_gwapi(route->kind), VIEW)
#undef VIEW
    return (ref_view){ NULL, NULL, NULL, NULL, { false, 0 }, { false, 0 }, NULL };
}

static bool fail(rs *r, gw_backend *b, const char *reason, char *msg)
{
    b->resolved = false;
    b->reason = reason;
    b->message = msg;
    return msg != NULL;
}

static bool resolve_service(rs *r, const gw_route *route, gw_backend *b)
{
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_SERVICE, b->ns, b->name);
    if (!o)
        return fail(r, b, "BackendNotFound", rs_printf(r, "service %s/%s not found.", b->ns, b->name));
    const gwapi_service *svc = o->obj->typed;
    b->target = o;
    b->target_kind = GW_BACKEND_SERVICE;
    if (svc->spec && str_eq(svc->spec->type.ptr, "ExternalName"))
        return fail(r, b, "UnsupportedValue",
                    rs_printf(r, "Service %s/%s is of type ExternalName, which is not supported as a backend.",
                              b->ns, b->name));
    const char *proto = route->kind == GW_ROUTE_UDP ? "UDP" : "TCP";
    if (!b->has_port)
        return fail(r, b, "UnsupportedValue",
                    rs_printf(r, "A valid port number corresponding to a port on the Service must be specified."));
    const gwapi_service_port *sp = NULL;
    for (size_t i = 0; svc->spec && i < svc->spec->ports.count && !sp; i++) {
        const gwapi_service_port *p = &svc->spec->ports.items[i];
        if (p->port.set && p->port.value == b->port && str_eq(p->protocol.ptr ? p->protocol.ptr : "TCP", proto))
            sp = p;
    }
    if (!sp)
        return fail(r, b, "PortNotFound", rs_printf(r, "%s Port %lld not found on Service %s/%s.", proto,
                                                    (long long)b->port, b->ns, b->name));
    b->service_port = sp;
    b->app_protocol = sp->app_protocol.ptr;
    b->target_port = sp->target_port.type == GWAPI_IOS_INT ? sp->target_port.integer : b->port;
    return service_endpoints(r, b, GW_BACKEND_SERVICE, sp->name.ptr, proto, false);
}

static bool resolve_import(rs *r, gw_backend *b)
{
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_SERVICE_IMPORT, b->ns, b->name);
    if (!o)
        return fail(r, b, "BackendNotFound", rs_printf(r, "service import %s/%s not found.", b->ns, b->name));
    const gwapi_service_import *si = o->obj->typed;
    b->target = o;
    b->target_kind = GW_BACKEND_SERVICE_IMPORT;
    const gwapi_service_import_port *ip = NULL;
    for (size_t i = 0; si->spec && i < si->spec->ports.count && !ip; i++)
        if (si->spec->ports.items[i].port.set && si->spec->ports.items[i].port.value == b->port)
            ip = &si->spec->ports.items[i];
    if (!ip)
        return fail(r, b, "PortNotFound", rs_printf(r, "TCP Port %lld not found on ServiceImport %s/%s.",
                                                    (long long)b->port, b->ns, b->name));
    b->import_port = ip;
    b->app_protocol = ip->app_protocol.ptr;
    b->target_port = b->port;
    return service_endpoints(r, b, GW_BACKEND_SERVICE_IMPORT, ip->name.ptr, "TCP", true);
}

/* 127.0.0.0/8 or ::1: the proxy's own host, not a backend. */
static bool loopback(gwapi_str a)
{
    unsigned char v4[4], v6[16];
    bool zone = false;
    if (a.ptr && ip_parse_v4(a.ptr, a.len, false, v4))
        return v4[0] == 127;
    if (a.ptr && ip_parse_v6(a.ptr, a.len, false, v6, &zone)) {
        static const unsigned char one[16] = { [15] = 1 };
        return !memcmp(v6, one, 16);
    }
    return false;
}

static bool resolve_eg_backend(rs *r, gw_backend *b)
{
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_BACKEND, b->ns, b->name);
    if (!o)
        return fail(r, b, "BackendNotFound", rs_printf(r, "backend %s/%s not found.", b->ns, b->name));
    const gwapi_backend *be = o->obj->typed;
    b->target = o;
    b->target_kind = GW_BACKEND_EG_BACKEND;
    size_t n = be->spec ? be->spec->endpoints.count : 0;
    b->endpoints = arena_calloc(r->a, n ? n : 1, sizeof *b->endpoints);
    if (!b->endpoints)
        return false;
    for (size_t i = 0; i < n; i++) {
        const gwapi_backend_endpoint *e = &be->spec->endpoints.items[i];
        gw_endpoint *out = &b->endpoints[b->endpoint_count];
        out->ready = true;
        out->zone = e->zone.ptr;
        b->ready_endpoint_count++;
        if (e->ip) {
            out->address = e->ip->address.ptr;
            out->port = e->ip->port.set ? e->ip->port.value : 0;
            if (loopback(e->ip->address))
                return fail(r, b, "InvalidAddress",
                            rs_printf(r, "IP address %s in the loopback range is only supported when using the "
                                         "Host infrastructure.", out->address));
        } else if (e->fqdn) {
            out->address = e->fqdn->hostname.ptr;
            out->port = e->fqdn->port.set ? e->fqdn->port.value : 0;
            if (out->address && !memchr(e->fqdn->hostname.ptr, '.', e->fqdn->hostname.len))
                return fail(r, b, "InvalidAddress",
                            rs_printf(r, "hostname %s should be a domain with at least two segments separated "
                                         "by dots.", out->address));
        } else if (e->unix_) {
            return fail(r, b, "UnsupportedAddressType",
                        rs_printf(r, "unix domain sockets are not supported in backend references."));
        } else {
            continue;
        }
        b->endpoint_count++;
    }
    b->target_port = b->has_port ? b->port : 0;
    b->resolved = true;
    return true;
}

/* Filters of an HTTPRoute backendRef: a path rewrite there cannot apply
 * to one backend only. */
static bool backend_filters(rs *r, const gw_route *route, const gw_route_rule *rule, gw_backend *b)
{
    if (route->kind != GW_ROUTE_HTTP)
        return true;
    const gwapi_http_backend_ref *ref = &((const gwapi_http_route_rule *)rule->spec)->backend_refs.items[b->index];
    for (size_t i = 0; i < ref->filters.count; i++) {
        const gwapi_http_route_rule_filter *f = &ref->filters.items[i];
        if (gwapi_str_eq(f->type, "URLRewrite") && f->url_rewrite && f->url_rewrite->path)
            return fail(r, b, "UnsupportedRefValue",
                        rs_printf(r, "URLRewrite path modifier is not supported within BackendRef."));
    }
    return true;
}

/* An Envoy Gateway Backend of type DynamicResolver (the host is resolved
 * per request)? */
bool rs_backend_dynamic(const gw_backend *b)
{
    const gwapi_backend *be = b->target_kind == GW_BACKEND_EG_BACKEND ? b->target->obj->typed : NULL;
    return be && be->spec && gwapi_str_eq(be->spec->type, "DynamicResolver");
}

static bool resolve_one(rs *r, const gw_route *route, gw_backend *b)
{
    if (!str_eq(b->group, "") && !str_eq(b->group, MCS_GROUP) && !str_eq(b->group, EG_GROUP))
        return fail(r, b, "InvalidKind",
                    rs_printf(r, "Group is invalid, only the core API group (specified by omitting the group "
                                 "field or setting it to an empty string), %s and %s are supported.", MCS_GROUP, EG_GROUP));
    bool svc = str_eq(b->group, "") && !strcmp(b->kind, "Service");
    bool imp = str_eq(b->group, MCS_GROUP) && !strcmp(b->kind, "ServiceImport");
    bool egb = str_eq(b->group, EG_GROUP) && !strcmp(b->kind, "Backend");
    if (!svc && !imp && !egb)
        return fail(r, b, "InvalidKind",
                    rs_printf(r, "Kind is invalid, only Service, MCS ServiceImport and Envoy Gateway Backend are supported."));
    if (!rs_grant_allows(r, GW_GROUP, route->obj->obj->kind_name.ptr, route->obj->ns, b->group, b->kind, b->ns, b->name))
        return fail(r, b, "RefNotPermitted", rs_printf(r, "Backend ref to %s %s/%s not permitted by any ReferenceGrant.",
                                                       b->kind, b->ns, b->name));
    if (svc)
        return resolve_service(r, route, b);
    if (imp)
        return resolve_import(r, b);
    return resolve_eg_backend(r, b);
}

static void init_backend(gw_backend *b, const gw_route *route, size_t j, ref_view v)
{
    b->index = j;
    b->group = v.group ? v.group : "";
    b->kind = v.kind ? v.kind : "Service";
    b->ns = v.ns ? v.ns : route->obj->ns;
    b->name = v.name ? v.name : "";
    b->has_port = v.port.set;
    b->port = v.port.value;
    b->weight = v.weight.set ? (uint32_t)v.weight.value : 1;
    b->src = v.src;
}

/* The backendRef of each RequestMirror filter of an HTTP or gRPC rule. */
static size_t rule_mirrors(const gw_route *route, const gw_route_rule *rule,
                           const gwapi_backend_object_reference **out, size_t cap)
{
    size_t n = 0;
    if (route->kind == GW_ROUTE_HTTP) {
        const gwapi_http_route_rule *x = rule->spec;
        for (size_t i = 0; i < x->filters.count; i++)
            if (x->filters.items[i].request_mirror && x->filters.items[i].request_mirror->backend_ref) {
                if (out && n < cap)
                    out[n] = x->filters.items[i].request_mirror->backend_ref;
                n++;
            }
    } else if (route->kind == GW_ROUTE_GRPC) {
        const gwapi_grpc_route_rule *x = rule->spec;
        for (size_t i = 0; i < x->filters.count; i++)
            if (x->filters.items[i].request_mirror && x->filters.items[i].request_mirror->backend_ref) {
                if (out && n < cap)
                    out[n] = x->filters.items[i].request_mirror->backend_ref;
                n++;
            }
    }
    return n;
}

static bool resolve_mirrors(rs *r, gw_route *route, gw_route_rule *rule)
{
    size_t n = rule_mirrors(route, rule, NULL, 0);
    if (!n)
        return true;
    const gwapi_backend_object_reference **refs = arena_calloc(r->a, n, sizeof *refs);
    rule->mirrors = arena_calloc(r->a, n, sizeof *rule->mirrors);
    if (!refs || !rule->mirrors)
        return false;
    rule_mirrors(route, rule, refs, n);
    rule->mirror_count = n;
    for (size_t j = 0; j < n; j++) {
        ref_view v = { refs[j]->group.ptr, refs[j]->kind.ptr, refs[j]->name.ptr, refs[j]->ns.ptr, refs[j]->port,
                       { false, 0 }, refs[j]->src };
        init_backend(&rule->mirrors[j], route, j, v);
        if (!resolve_one(r, route, &rule->mirrors[j]))
            return false;
    }
    return true;
}

bool rs_route_backends(rs *r, gw_route *route)
{
    for (size_t i = 0; i < route->rule_count; i++) {
        gw_route_rule *rule = &route->rules[i];
        size_t n = rule_backend_count(route, rule);
        rule->backends = arena_calloc(r->a, n ? n : 1, sizeof *rule->backends);
        if (!rule->backends)
            return false;
        rule->backend_count = n;
        for (size_t j = 0; j < n; j++) {
            gw_backend *b = &rule->backends[j];
            init_backend(b, route, j, rule_backend(route, rule, j));
            if (!resolve_one(r, route, b) || (b->resolved && !backend_filters(r, route, rule, b)) ||
                (b->resolved && !rs_btls_backend(r, b)))
                return false;
            if (b->resolved && rule->path_regex_host && rs_backend_dynamic(b) && !rule->unresolved_reason) {
                rule->unresolved_reason = "UnsupportedValue";
                rule->unresolved_message = rs_printf(r, "Failed to process route rule %zu: host rewrite from path "
                                                        "(PathRegex) is not supported with a dynamic resolver backend.", i);
                if (!rule->unresolved_message)
                    return false;
            }
            if (b->resolved && n > 1 && rs_backend_dynamic(b) && !rule->unresolved_reason) {
                rule->unresolved_reason = "InvalidBackendRef";
                rule->unresolved_message = rs_printf(r, "Failed to process route rule %zu: dynamic resolver is not "
                                                        "supported for multiple backendRefs.", i);
                if (!rule->unresolved_message)
                    return false;
            }
        }
        if (!resolve_mirrors(r, route, rule))
            return false;
    }
    return true;
}
