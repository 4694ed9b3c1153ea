/* Route attachment for the five route kinds: each parentRef is matched to
 * listeners (sectionName, port), filtered by allowedRoutes (kinds and
 * namespaces Same / All / Selector) and by hostname intersection, with the
 * standard reasons when nothing is left; rules with invalid regular
 * expressions are dropped (PartiallyInvalid). */
#include "resolve_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GW_GROUP "gateway.networking.k8s.io"

/* The namespaces every cluster has: the API server creates them at start,
 * so an input need not list them. */
static bool builtin_namespace(const char *ns)
{
    static const char *const builtin[] = { "default", "kube-system", "kube-public", "kube-node-lease" };
    for (size_t i = 0; ns && i < sizeof builtin / sizeof *builtin; i++)
        if (!strcmp(ns, builtin[i]))
            return true;
    return false;
}

static bool namespace_allowed(const rs *r, const gw_listener *l, const char *route_ns)
{
    const gwapi_allowed_routes *ar = l->spec.allowed_routes;
    const char *from = ar && ar->namespaces && ar->namespaces->from.ptr ? ar->namespaces->from.ptr : "Same";
    const char *owner_ns = l->listener_set ? l->listener_set->obj->ns : l->gateway->obj->ns;
    /* An input that lists Namespaces is a snapshot of them: a route in a
     * namespace it does not list (and no cluster has from the start)
     * cannot exist there, and no listener admits it (Envoy Gateway's
     * AllowsNamespace refuses a Namespace it cannot find). An input
     * without Namespaces says nothing about them. */
    if (r->m->by_kind[GWAPI_KIND_NAMESPACE].count && !gw_model_namespace_labels(r->m, route_ns) &&
        !builtin_namespace(route_ns))
        return false;
    if (!strcmp(from, "All"))
        return true;
    if (!strcmp(from, "Same"))
        return str_eq(route_ns, owner_ns);
    if (!strcmp(from, "Selector")) {
        /* A Namespace the input does not define has no known labels: it is
         * never selected, so a missing object cannot widen a selector. */
        const gwapi_string_map *labels = gw_model_namespace_labels(r->m, route_ns);
        return labels && gw_selector_matches(gw_label_selector(ar->namespaces->selector), labels);
    }
    return false;
}

/* RegularExpression matches of an HTTPRoute rule must be RE2: the first
 * that is not makes the rule dropped. */
static bool check_regexes(rs *r, gw_route *route, gw_route_rule *rule)
{
    if (route->kind != GW_ROUTE_HTTP)
        return true;
    const gwapi_http_route_rule *hr = rule->spec;
    for (size_t m = 0; m < hr->matches.count; m++) {
        const gwapi_http_route_match *mt = &hr->matches.items[m];
        gwapi_str pats[64];
        size_t np = 0;
        if (mt->path && str_eq(mt->path->type.ptr, "RegularExpression") && mt->path->value.ptr)
            pats[np++] = mt->path->value;
        for (size_t h = 0; h < mt->headers.count && np < 64; h++)
            if (str_eq(mt->headers.items[h].type.ptr, "RegularExpression") && mt->headers.items[h].value.ptr)
                pats[np++] = mt->headers.items[h].value;
        for (size_t q = 0; q < mt->query_params.count && np < 64; q++)
            if (str_eq(mt->query_params.items[q].type.ptr, "RegularExpression") && mt->query_params.items[q].value.ptr)
                pats[np++] = mt->query_params.items[q].value;
        for (size_t i = 0; i < np; i++) {
            const char *why = NULL;
            if (!re2_compatible(r, pats[i], &why)) {
                if (r->a->failed)
                    return false;
                rule->dropped = true;
                rule->drop_reason = "UnsupportedValue";
                rule->drop_message = rs_printf(r, "Failed to process route rule %zu: regex \"%.*s\" is invalid: %s.",
                                               rule->index, (int)pats[i].len, pats[i].ptr, why);
                return rule->drop_message != NULL;
            }
        }
    }
    return true;
}

static bool route_rules(rs *r, gw_route *route)
{
    size_t n = gw_route_rule_count(route->obj);
    route->rules = arena_calloc(r->a, n ? n : 1, sizeof *route->rules);
    if (!route->rules)
        return false;
    route->rule_count = n;
    for (size_t i = 0; i < n; i++) {
        gw_route_rule *rule = &route->rules[i];
        rule->index = i;
        rule->spec = gw_route_rule_at(route->obj, i, &rule->name);
        if (!check_regexes(r, route, rule) || !rs_rule_filters(r, route, rule))
            return false;
    }
    return rs_route_backends(r, route);
}

/* The listeners a parentRef selects, before allowedRoutes. */
static bool parent_candidates(const gw_parent *p, const gw_listener *l)
{
    if (p->listener_set) {
        if (l->listener_set != p->listener_set)
            return false;
    } else if (l->listener_set) {
        return false;
    }
    if (p->ref.section_name && !str_eq(p->ref.section_name, l->spec.name))
        return false;
    if (p->ref.has_port && p->ref.port != l->spec.port)
        return false;
    return true;
}

static bool attach(rs *r, gw_route *route, gw_parent *p)
{
    const gw_gateway *gw = p->gateway;
    int64_t gen = route->obj->generation;
    const char *kname = gw_route_kind_name(route->kind);
    size_t ncand = 0, nallowed = 0;
    gw_attachment *att = arena_calloc(r->a, gw->listener_count ? gw->listener_count : 1, sizeof *att);
    if (!att)
        return false;
    bool has_hostnames = route->kind <= GW_ROUTE_TLS && route->hostnames.count;
    for (size_t i = 0; i < gw->listener_count; i++) {
        const gw_listener *l = &gw->listeners[i];
        if (!parent_candidates(p, l))
            continue;
        ncand++;
        if (!l->accepted || !(l->supported_kinds & (1u << route->kind)) ||
            !namespace_allowed(r, l, route->obj->ns))
            continue;
        nallowed++;
        gw_attachment *a = &att[p->attachment_count];
        a->listener = l;
        if (route->kind > GW_ROUTE_TLS || (!has_hostnames && !l->spec.hostname)) {
            a->any_hostname = true;
            p->attachment_count++;
            continue;
        }
        if (!has_hostnames) {
            const char **h = arena_calloc(r->a, 1, sizeof *h);
            if (!h)
                return false;
            h[0] = l->spec.hostname;
            a->hostnames = h;
            a->hostname_count = 1;
            p->attachment_count++;
            continue;
        }
        const char **h = arena_calloc(r->a, route->hostnames.count, sizeof *h);
        if (!h)
            return false;
        size_t nh = 0;
        for (size_t k = 0; k < route->hostnames.count; k++) {
            const char *out;
            if (hostname_intersect(l->spec.hostname, route->hostnames.items[k].ptr, &out)) {
                bool dup = false;
                for (size_t d = 0; d < nh && !dup; d++)
                    dup = !strcmp(h[d], out);
                if (!dup)
                    h[nh++] = out;
            }
        }
        if (nh) {
            a->hostnames = h;
            a->hostname_count = nh;
            p->attachment_count++;
        }
    }
    p->attachments = att;
    if (!ncand)
        return cond_set(r, &p->conditions, "Accepted", GW_COND_FALSE, "NoMatchingParent",
                        "No listeners match this parent ref", gen);
    if (!nallowed)
        return cond_set(r, &p->conditions, "Accepted", GW_COND_FALSE, "NotAllowedByListeners",
                        "No listeners included by this parent ref allowed this attachment.", gen);
    if (!p->attachment_count) {
        char *msg = rs_printf(r, "There were no hostname intersections between the %s and this parent ref's Listener(s).", kname);
        return msg && cond_set(r, &p->conditions, "Accepted", GW_COND_FALSE, "NoMatchingListenerHostname", msg, gen);
    }
    p->accepted = true;
    return true;
}

/* BackendsAvailable False when a Service backend (or mirror) of a kept
 * rule resolved but has no ready endpoint. */
static bool backends_available(rs *r, const gw_route *route, gw_parent *p)
{
    for (size_t i = 0; i < route->rule_count; i++) {
        const gw_route_rule *rule = &route->rules[i];
        if (rule->dropped)
            continue;
        for (size_t k = 0; k < 2; k++) {
            const gw_backend *list = k ? rule->mirrors : rule->backends;
            size_t n = k ? rule->mirror_count : rule->backend_count;
            for (size_t b = 0; b < n; b++) {
                const gw_backend *be = &list[b];
                if (!be->resolved || be->target_kind != GW_BACKEND_SERVICE || be->ready_endpoint_count)
                    continue;
                char *msg = rs_printf(r, "%s: no ready endpoints for the related Service %s/%s.",
                                      k ? "Failed to validate the RequestMirror filter" : "Failed to find endpoints",
                                      be->ns, be->name);
                return msg && cond_set(r, &p->conditions, "BackendsAvailable", GW_COND_FALSE,
                                       "EndpointsNotFound", msg, route->obj->generation);
            }
        }
    }
    return true;
}

static bool route_parent_status(rs *r, gw_route *route, gw_parent *p)
{
    int64_t gen = route->obj->generation;
    if ((route->kind == GW_ROUTE_TCP || route->kind == GW_ROUTE_UDP) && route->rule_count != 1) {
        p->accepted = false;
        p->attachment_count = 0;
        /* Envoy Gateway stops here: no ResolvedRefs for such a route. */
        return cond_set(r, &p->conditions, "Accepted", GW_COND_FALSE, "InvalidRule",
                        "One and only one rule is supported", gen);
    } else if (!attach(r, route, p)) {
        return false;
    }
    size_t dropped = 0, first = SIZE_MAX;
    for (size_t i = 0; i < route->rule_count; i++)
        if (route->rules[i].dropped) {
            dropped++;
            if (first == SIZE_MAX)
                first = i;
        }
    if (p->accepted && dropped && dropped == route->rule_count) {
        /* bound to its listeners (attachedRoutes counts it) but serving
         * nothing */
        p->accepted = false;
        if (route->rules[first].detaches)
            p->attachment_count = 0;
        if (!cond_set(r, &p->conditions, "Accepted", GW_COND_FALSE, route->rules[first].drop_reason,
                      route->rules[first].drop_message, gen))
            return false;
    } else if (p->accepted) {
        if (!cond_set(r, &p->conditions, "Accepted", GW_COND_TRUE, "Accepted", "Route is accepted", gen))
            return false;
        if (dropped) {
            route->partially_invalid = true;
            /* "Dropped Rule(s) [0 2]: <first reason>" as Envoy Gateway words it. */
            char idx[256];
            size_t at = 0;
            for (size_t i = 0; i < route->rule_count && at < sizeof idx - 24; i++)
                if (route->rules[i].dropped)
                    at += (size_t)snprintf(idx + at, sizeof idx - at, "%s%zu", at ? " " : "", i);
            char *msg = rs_printf(r, "Dropped Rule(s) [%s]: %s", idx, route->rules[first].drop_message);
            if (!msg || !cond_set(r, &p->conditions, "PartiallyInvalid", GW_COND_TRUE,
                                  route->rules[first].drop_reason, msg, gen))
                return false;
        }
    }
    /* A TLSRoute to a dynamic resolver needs the SNI untouched: only on
     * passthrough listeners. */
    for (size_t i = 0; route->kind == GW_ROUTE_TLS && i < route->rule_count; i++)
        for (size_t b = 0; b < route->rules[i].backend_count; b++)
            for (size_t a = 0; a < p->attachment_count; a++)
                if (rs_backend_dynamic(&route->rules[i].backends[b]) &&
                    !str_eq(p->attachments[a].listener->tls_mode, "Passthrough")) {
                    route->resolved_refs = false;
                    return cond_set(r, &p->conditions, "ResolvedRefs", GW_COND_FALSE, "UnsupportedValue",
                                    "Dynamic resolver backend is only supported with TLS passthrough listeners", gen);
                }
    /* ResolvedRefs: the first unresolved filter reference, then the first
     * unresolved backendRef, of a kept rule. */
    for (size_t i = 0; i < route->rule_count; i++) {
        const gw_route_rule *rule = &route->rules[i];
        if (!rule->dropped && rule->unresolved_reason) {
            route->resolved_refs = false;
            return cond_set(r, &p->conditions, "ResolvedRefs", GW_COND_FALSE, rule->unresolved_reason,
                            rule->unresolved_message, gen);
        }
    }
    for (size_t i = 0; i < route->rule_count; i++) {
        const gw_route_rule *rule = &route->rules[i];
        if (rule->dropped)
            continue;
        for (size_t b = 0; b < rule->backend_count; b++) {
            const gw_backend *be = &rule->backends[b];
            if (be->resolved)
                continue;
            route->resolved_refs = false;
            char *msg = rs_printf(r, "Failed to process route rule %zu backendRef %zu: %s", i, b, be->message);
            return msg && cond_set(r, &p->conditions, "ResolvedRefs", GW_COND_FALSE, be->reason, msg, gen);
        }
    }
    /* Mirrors must resolve too. */
    for (size_t i = 0; i < route->rule_count; i++) {
        const gw_route_rule *rule = &route->rules[i];
        for (size_t b = 0; !rule->dropped && b < rule->mirror_count; b++) {
            const gw_backend *be = &rule->mirrors[b];
            if (be->resolved)
                continue;
            route->resolved_refs = false;
            char *msg = rs_printf(r, "Failed to validate the RequestMirror filter: %s", be->message);
            return msg && cond_set(r, &p->conditions, "ResolvedRefs", GW_COND_FALSE, be->reason, msg, gen);
        }
    }
    if (!cond_set(r, &p->conditions, "ResolvedRefs", GW_COND_TRUE, "ResolvedRefs",
                  "Resolved all the Object references for the Route", gen))
        return false;
    return backends_available(r, route, p);
}

static bool route_resolve(rs *r, gw_route *route)
{
    route->hostnames = gw_route_hostnames(route->obj);
    route->resolved_refs = true;
    if (!route_rules(r, route))
        return false;
    size_t n = gw_route_parent_count(route->obj);
    route->parents = arena_calloc(r->a, n ? n : 1, sizeof *route->parents);
    if (!route->parents)
        return false;
    route->parent_count = n;
    for (size_t i = 0; i < n; i++) {
        gw_parent *p = &route->parents[i];
        p->index = i;
        p->ref = gw_route_parent(route->obj, i);
        if (!str_eq(p->ref.group, GW_GROUP))
            continue;
        if (!strcmp(p->ref.kind, "Gateway")) {
            p->gateway = gw_graph_gateway(r->g, p->ref.ns, p->ref.name);
        } else if (!strcmp(p->ref.kind, "ListenerSet")) {
            p->listener_set = rs_find_listener_set(r, p->ref.ns, p->ref.name);
            p->gateway = p->listener_set ? p->listener_set->gateway : NULL;
        }
        if (!p->gateway || !p->gateway->managed) {
            p->gateway = NULL;
            continue;
        }
        p->managed = true;
        if (!route_parent_status(r, route, p))
            return false;
    }
    return true;
}

/* Routes of all kinds in input order. */
static int by_input(const void *x, const void *y)
{
    const gw_obj *a = *(const gw_obj *const *)x, *b = *(const gw_obj *const *)y;
    return a->input_index < b->input_index ? -1 : a->input_index > b->input_index;
}

/* Did an earlier parentRef of the route attach to l? A route counts once
 * per listener however many parentRefs lead there. */
static bool attached_earlier(const gw_route *route, size_t p, const gw_listener *l)
{
    for (size_t q = 0; q < p; q++)
        for (size_t a = 0; a < route->parents[q].attachment_count; a++)
            if (route->parents[q].attachments[a].listener == l)
                return true;
    return false;
}

bool rs_routes(rs *r)
{
    size_t n = 0;
    for (int k = 0; k < GW_ROUTE_KIND_COUNT; k++)
        n += r->m->by_kind[gw_route_kind_gwapi((gw_route_kind)k)].count;
    const gw_obj **objs = arena_calloc(r->a, n ? n : 1, sizeof *objs);
    r->g->routes = arena_calloc(r->a, n ? n : 1, sizeof *r->g->routes);
    if (!objs || !r->g->routes)
        return false;
    size_t at = 0;
    for (int k = 0; k < GW_ROUTE_KIND_COUNT; k++) {
        const gw_obj_list *l = &r->m->by_kind[gw_route_kind_gwapi((gw_route_kind)k)];
        for (size_t i = 0; i < l->count; i++)
            objs[at++] = l->items[i];
    }
    qsort(objs, n, sizeof *objs, by_input);
    r->g->route_count = n;
    for (size_t i = 0; i < n; i++) {
        gw_route *route = &r->g->routes[i];
        route->obj = objs[i];
        gw_route_kind_of(objs[i]->kind, &route->kind);
        route->spec = objs[i]->obj->typed;
        if (!route_resolve(r, route))
            return false;
    }
    /* attachedRoutes and the per-listener route lists. */
    for (size_t i = 0; i < n; i++) {
        gw_route *route = &r->g->routes[i];
        for (size_t p = 0; p < route->parent_count; p++) {
            const gw_parent *par = &route->parents[p];
            for (size_t a = 0; a < par->attachment_count; a++) {
                gw_listener *l = (gw_listener *)par->attachments[a].listener;
                if (attached_earlier(route, p, l))
                    continue;
                l->attached_routes++;
                l->route_count++;   /* counted now, filled below */
            }
        }
    }
    for (size_t g = 0; g < r->g->gateway_count; g++) {
        gw_gateway *gw = &r->g->gateways[g];
        for (size_t j = 0; j < gw->listener_count; j++) {
            gw_listener *l = &gw->listeners[j];
            l->routes = arena_calloc(r->a, l->route_count ? l->route_count : 1, sizeof *l->routes);
            if (!l->routes)
                return false;
            l->route_count = 0;
        }
    }
    for (size_t i = 0; i < n; i++) {
        gw_route *route = &r->g->routes[i];
        for (size_t p = 0; p < route->parent_count; p++) {
            const gw_parent *par = &route->parents[p];
            for (size_t a = 0; a < par->attachment_count; a++) {
                gw_listener *l = (gw_listener *)par->attachments[a].listener;
                if (attached_earlier(route, p, l))
                    continue;
                l->routes[l->route_count].route = route;
                l->routes[l->route_count].parent_index = p;
                l->route_count++;
            }
        }
    }
    return true;
}
