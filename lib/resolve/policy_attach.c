/* Policy attachment as Envoy Gateway's translator does it, for
 * BackendTrafficPolicy, SecurityPolicy, EnvoyExtensionPolicy and
 * ClientTrafficPolicy (EnvoyPatchPolicy: policy_epp.c).
 *
 * Policies of one kind are taken oldest first (creationTimestamp, then
 * namespace/name). Targets are claimed from the most specific scope to the
 * most general: route rule, route, ListenerSet listener, ListenerSet,
 * Gateway listener, Gateway (ClientTrafficPolicy: listeners, ListenerSet,
 * Gateway). The first policy to claim a target holds it; a later one gets
 * Accepted=False Conflicted; a sectionName that names nothing gets
 * TargetNotFound; a target that does not exist (or is not managed) is
 * skipped without status, as another controller may own it. A policy that
 * holds a target is checked (policy_check_*.c) and reports Accepted=True or
 * Invalid, then Overridden when more specific policies hold targets under
 * its own, and Merged when a route policy with mergeType merged with it.
 *
 * Pass one claims targets (so every winner is known), pass two writes
 * status in claim order. Routes holding a policy are indexed per Gateway
 * and per ListenerSet so that the override check of a parent policy looks
 * only at the routes under it. */
#include "policy_impl.h"

#include <stdlib.h>
#include <string.h>

#define GW_GROUP "gateway.networking.k8s.io"

typedef enum outcome { OUT_WON, OUT_CONFLICTED, OUT_NOT_FOUND } outcome;

typedef struct claim {
    gw_policy *p;
    gw_held_target t;
    outcome o;
    const char *message;
    const char *section;   /* the reference's sectionName, for ancestors */
} claim;

typedef struct route_vec {
    const gw_route **items;
    size_t count, cap;
} route_vec;

typedef struct pol_ctx {
    rs *r;
    gw_policy_set *set;
    ptrmap gateways;       /* gw_obj -> gw_gateway (managed) */
    ptrmap listener_sets;  /* gw_obj -> gw_listener_set (with a Gateway) */
    ptrmap routes;         /* gw_obj -> gw_route (with a managed parent) */
    claim *claims;
    size_t claim_count, claim_cap;
    /* Of the kind being processed: Gateway / ListenerSet -> route_vec of
     * the routes under it that hold a route or rule policy. */
    ptrmap routes_under;
    route_vec **vecs;      /* the values of routes_under, to sort them once */
    size_t vec_count, vec_cap;
    ptrmap route_names;    /* gw_route -> "namespace/name", made once */
} pol_ctx;

/* ---- small vectors ------------------------------------------------------ */

static bool grow(rs *r, void **items, size_t *cap, size_t count, size_t size)
{
    if (count < *cap)
        return true;
    size_t n = *cap ? *cap * 2 : 4;
    void *x = arena_calloc(r->a, n, size);
    if (!x)
        return false;
    if (count)
        memcpy(x, *items, count * size);
    *items = x;
    *cap = n;
    return true;
}

static bool add_claim(pol_ctx *c, claim cl)
{
    if (!grow(c->r, (void **)&c->claims, &c->claim_cap, c->claim_count, sizeof *c->claims))
        return false;
    c->claims[c->claim_count++] = cl;
    return true;
}

static bool add_target(rs *r, gw_policy *p, gw_held_target t)
{
    if (!grow(r, (void **)&p->targets, &p->target_cap, p->target_count, sizeof *p->targets))
        return false;
    p->targets[p->target_count++] = t;
    return true;
}

static bool add_merge(rs *r, gw_policy *p, gw_policy_merge m)
{
    if (!grow(r, (void **)&p->merges, &p->merge_cap, p->merge_count, sizeof *p->merges))
        return false;
    p->merges[p->merge_count++] = m;
    return true;
}

static bool add_loss(rs *r, gw_policy *p, gw_policy_loss l)
{
    if (!grow(r, (void **)&p->losses, &p->loss_cap, p->loss_count, sizeof *p->losses))
        return false;
    p->losses[p->loss_count++] = l;
    return true;
}

const char *gw_policy_scope_name(gw_policy_scope s)
{
    static const char *const names[] = { "Gateway", "Listener", "ListenerSet", "ListenerSetListener",
                                         "Route", "RouteRule", "GatewayClass" };
    return (unsigned)s < sizeof names / sizeof names[0] ? names[s] : "";
}

static bool route_vec_add(pol_ctx *c, const void *key, const gw_route *route)
{
    route_vec *v = ptrmap_get(&c->routes_under, key);
    if (!v) {
        v = arena_calloc(c->r->a, 1, sizeof *v);
        if (!v || !ptrmap_put(&c->routes_under, c->r->a, key, v) ||
            !grow(c->r, (void **)&c->vecs, &c->vec_cap, c->vec_count, sizeof *c->vecs))
            return false;
        c->vecs[c->vec_count++] = v;
    }
    if (v->count && v->items[v->count - 1] == route)
        return true;
    if (!grow(c->r, (void **)&v->items, &v->cap, v->count, sizeof *v->items))
        return false;
    v->items[v->count++] = route;
    return true;
}

/* ---- lookups ------------------------------------------------------------ */

const gw_policy *gw_policy_on(const gw_policy_set *s, gw_policy_kind k, const void *target)
{
    return s && k < GW_POLICY_KIND_COUNT && target ? ptrmap_get(&s->winners[k], target) : NULL;
}

static const gw_listener *own_listener(const gw_gateway *gw, const char *name)
{
    for (size_t i = 0; i < gw->own_listener_count; i++)
        if (str_eq(gw->listeners[i].spec.name, name))
            return &gw->listeners[i];
    return NULL;
}

static const gw_listener *set_listener(const gw_listener_set *s, const char *name)
{
    for (size_t i = 0; i < s->listener_count; i++)
        if (str_eq(s->listeners[i]->spec.name, name))
            return s->listeners[i];
    return NULL;
}

static const gw_route_rule *route_rule(const gw_route *route, const char *name)
{
    for (size_t i = 0; i < route->rule_count; i++)
        if (route->rules[i].name && str_eq(route->rules[i].name, name))
            return &route->rules[i];
    return NULL;
}

static bool is_route_kind(const char *kind, gwapi_kind *out)
{
    static const struct { const char *name; gwapi_kind kind; } kinds[] = {
        { "HTTPRoute", GWAPI_KIND_HTTP_ROUTE }, { "GRPCRoute", GWAPI_KIND_GRPC_ROUTE },
        { "TLSRoute", GWAPI_KIND_TLS_ROUTE },   { "TCPRoute", GWAPI_KIND_TCP_ROUTE },
        { "UDPRoute", GWAPI_KIND_UDP_ROUTE },
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (str_eq(kind, kinds[i].name)) {
            *out = kinds[i].kind;
            return true;
        }
    return false;
}

/* The scope a reference claims, decided by kind and sectionName alone. */
static bool ref_scope(const pol_ref *ref, gw_policy_scope *out)
{
    gwapi_kind k;
    if (!str_eq(ref->group ? ref->group : GW_GROUP, GW_GROUP))
        return false;
    if (str_eq(ref->kind, "Gateway"))
        *out = ref->section ? GW_SCOPE_LISTENER : GW_SCOPE_GATEWAY;
    else if (str_eq(ref->kind, "ListenerSet"))
        *out = ref->section ? GW_SCOPE_LISTENER_SET_LISTENER : GW_SCOPE_LISTENER_SET;
    else if (is_route_kind(ref->kind, &k))
        *out = ref->section ? GW_SCOPE_ROUTE_RULE : GW_SCOPE_ROUTE;
    else
        return false;
    return true;
}

/* ---- pass one: claims --------------------------------------------------- */

static bool claim_ref(pol_ctx *c, gw_policy *p, const pol_ref *ref, gw_policy_scope scope)
{
    rs *r = c->r;
    claim cl;
    memset(&cl, 0, sizeof cl);
    cl.p = p;
    cl.t.scope = scope;
    cl.section = ref->section;
    const char *kname = gw_policy_kind_name(p->kind);
    const char *owner_kind = ref->kind;
    if (scope == GW_SCOPE_GATEWAY || scope == GW_SCOPE_LISTENER) {
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_GATEWAY, ref->ns, ref->name);
        const gw_gateway *gw = o ? ptrmap_get(&c->gateways, o) : NULL;
        if (!gw)
            return true;
        cl.t.gateway = gw;
        if (scope == GW_SCOPE_LISTENER && !(cl.t.listener = own_listener(gw, ref->section))) {
            cl.o = OUT_NOT_FOUND;
            cl.message = rs_printf(r, "No section name %s found for Gateway %s/%s", ref->section,
                                   ref->ns, ref->name);
            return add_loss(r, p, (gw_policy_loss){ cl.t, ref->section, NULL, "TargetNotFound" }) &&
                   add_claim(c, cl);
        }
    } else if (scope == GW_SCOPE_LISTENER_SET || scope == GW_SCOPE_LISTENER_SET_LISTENER) {
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_LISTENER_SET, ref->ns, ref->name);
        const gw_listener_set *s = o ? ptrmap_get(&c->listener_sets, o) : NULL;
        if (!s)
            return true;
        cl.t.listener_set = s;
        cl.t.gateway = s->gateway;
        if (scope == GW_SCOPE_LISTENER_SET_LISTENER &&
            !(cl.t.listener = set_listener(s, ref->section))) {
            cl.o = OUT_NOT_FOUND;
            cl.message = rs_printf(r, "No section name %s found for ListenerSet %s/%s", ref->section,
                                   ref->ns, ref->name);
            return add_loss(r, p, (gw_policy_loss){ cl.t, ref->section, NULL, "TargetNotFound" }) &&
                   add_claim(c, cl);
        }
    } else {
        gwapi_kind k = GWAPI_KIND_UNKNOWN;
        is_route_kind(ref->kind, &k);
        const gw_obj *o = gw_model_find_kind(r->m, k, ref->ns, ref->name);
        const gw_route *route = o ? ptrmap_get(&c->routes, o) : NULL;
        if (!route)
            return true;
        cl.t.route = route;
        if (scope == GW_SCOPE_ROUTE_RULE && !(cl.t.rule = route_rule(route, ref->section))) {
            cl.o = OUT_NOT_FOUND;
            cl.message = rs_printf(r, "No section name %s found for %s %s/%s", ref->section,
                                   ref->kind, ref->ns, ref->name);
            return add_loss(r, p, (gw_policy_loss){ cl.t, ref->section, NULL, "TargetNotFound" }) &&
                   add_claim(c, cl);
        }
    }
    const void *key = gw_policy_target_key(&cl.t);
    ptrmap *winners = &c->set->winners[p->kind];
    const gw_policy *holder = ptrmap_get(winners, key);
    if (holder) {
        cl.o = OUT_CONFLICTED;
        if (!add_loss(r, p, (gw_policy_loss){ cl.t, ref->section, holder, "Conflicted" }))
            return false;
        if (p->kind == GW_POLICY_CTP && ref->section)
            cl.message = rs_printf(r, "Unable to target section of %s, another %s has already attached to it",
                                   ref->name, kname);
        else if (scope == GW_SCOPE_LISTENER || scope == GW_SCOPE_LISTENER_SET_LISTENER)
            cl.message = rs_printf(r, "Unable to target Listener %s/%s, another %s has already attached to it",
                                   ref->name, ref->section, kname);
        else if (scope == GW_SCOPE_ROUTE_RULE)
            cl.message = rs_printf(r, "Unable to target RouteRule %s/%s, another %s has already attached to it",
                                   ref->name, ref->section, kname);
        else
            cl.message = rs_printf(r, "Unable to target %s %s, another %s has already attached to it",
                                   owner_kind, ref->name, kname);
        return add_claim(c, cl);
    }
    cl.o = OUT_WON;
    return ptrmap_put(winners, r->a, key, p) && add_target(r, p, cl.t) && add_claim(c, cl);
}

/* The scopes in claim order. */
static const gw_policy_scope route_policy_order[] = {
    GW_SCOPE_ROUTE_RULE, GW_SCOPE_ROUTE, GW_SCOPE_LISTENER_SET_LISTENER,
    GW_SCOPE_LISTENER_SET, GW_SCOPE_LISTENER, GW_SCOPE_GATEWAY,
};
static const gw_policy_scope client_policy_order[] = {
    GW_SCOPE_LISTENER, GW_SCOPE_LISTENER_SET_LISTENER, GW_SCOPE_LISTENER_SET, GW_SCOPE_GATEWAY,
};

typedef struct sorted_policy {
    gw_policy *p;
    pol_refs refs;
    int *scopes;   /* per ref: its gw_policy_scope, or -1 when it has none */
} sorted_policy;

/* Oldest first, then namespace/name (GEP-713); never input order, so
 * that the order of the documents does not change the outcome. */
static int older_policy(const void *x, const void *y)
{
    return gw_obj_older(((const sorted_policy *)x)->p->obj, ((const sorted_policy *)y)->p->obj);
}

/* ---- pass two: status --------------------------------------------------- */

static pol_ancestor_ref owner_ref(const gw_listener *l)
{
    pol_ancestor_ref a;
    if (l->listener_set) {
        a.kind = "ListenerSet";
        a.ns = l->listener_set->obj->ns;
        a.name = l->listener_set->obj->name;
    } else {
        a.kind = "Gateway";
        a.ns = l->gateway->obj->ns;
        a.name = l->gateway->obj->name;
    }
    a.section = l->spec.name;
    return a;
}

/* The ancestors a claim reports on: the target's Gateway or ListenerSet
 * (with its sectionName), or for routes every Gateway / ListenerSet
 * parentRef as written. */
static size_t claim_ancestors(rs *r, const claim *cl, const pol_ref *unused, pol_ancestor_ref **out)
{
    (void)unused;
    const gw_held_target *t = &cl->t;
    if (t->route) {
        const gw_route *route = t->route;
        pol_ancestor_ref *a = arena_calloc(r->a, route->parent_count ? route->parent_count : 1, sizeof *a);
        size_t n = 0;
        if (!a)
            return 0;
        for (size_t i = 0; i < route->parent_count; i++) {
            const gw_parent_ref_view *v = &route->parents[i].ref;
            if (!str_eq(v->group, GW_GROUP) || (!str_eq(v->kind, "Gateway") && !str_eq(v->kind, "ListenerSet")))
                continue;
            a[n++] = (pol_ancestor_ref){ v->kind, v->ns, v->name, v->section_name };
        }
        *out = a;
        return n;
    }
    pol_ancestor_ref *a = arena_calloc(r->a, 1, sizeof *a);
    if (!a)
        return 0;
    if (t->listener_set)
        *a = (pol_ancestor_ref){ "ListenerSet", t->listener_set->obj->ns, t->listener_set->obj->name, NULL };
    else
        *a = (pol_ancestor_ref){ "Gateway", t->gateway->obj->ns, t->gateway->obj->name, NULL };
    if (t->scope != GW_SCOPE_GATEWAY && t->scope != GW_SCOPE_LISTENER_SET)
        a->section = cl->section;
    *out = a;
    return 1;
}

/* The parent policy a route policy merges with on listener l. */
static const gw_policy *closest_parent(const gw_policy_set *s, gw_policy_kind k, const gw_listener *l)
{
    const gw_policy *p = gw_policy_on(s, k, l);
    if (!p && l->listener_set)
        p = gw_policy_on(s, k, l->listener_set);
    if (!p)
        p = gw_policy_on(s, k, l->gateway);
    return p;
}

/* Records the merges of a route policy with mergeType (one per listener
 * the route is attached to that has a parent policy). */
static bool find_merges(pol_ctx *c, const claim *cl)
{
    gw_policy *p = cl->p;
    const gw_route *route = cl->t.route;
    for (size_t i = 0; i < route->parent_count; i++) {
        const gw_parent *par = &route->parents[i];
        if (!par->gateway)
            continue;
        for (size_t j = 0; j < par->attachment_count; j++) {
            const gw_listener *l = par->attachments[j].listener;
            const gw_policy *parent = closest_parent(c->set, p->kind, l);
            if (!parent || parent == p)
                continue;
            bool seen = false;
            for (size_t m = 0; m < p->merge_count && !seen; m++)
                seen = p->merges[m].listener == l;
            if (!seen && !add_merge(c->r, p, (gw_policy_merge){ l, parent }))
                return false;
        }
    }
    return true;
}

static bool write_merges(pol_ctx *c, gw_policy *p, size_t from)
{
    for (size_t m = from; m < p->merge_count; m++) {
        const gw_policy *parent = p->merges[m].parent;
        char *msg = rs_printf(c->r, "Merged with policy %s/%s", parent->obj->ns, parent->obj->name);
        if (!pol_cond(c->r, p, owner_ref(p->merges[m].listener), "Merged", GW_COND_TRUE, "Merged", msg))
            return false;
    }
    return true;
}

/* The route or rule policy a route holds (for overrides), or NULL. */
static const gw_policy *route_holder(const gw_policy_set *s, gw_policy_kind k, const gw_route *route)
{
    const gw_policy *p = gw_policy_on(s, k, route);
    for (size_t i = 0; !p && i < route->rule_count; i++)
        p = gw_policy_on(s, k, &route->rules[i]);
    return p;
}

static bool merged_into(const gw_policy *child, const gw_policy *parent)
{
    for (size_t i = 0; child && i < child->merge_count; i++)
        if (child->merges[i].parent == parent)
            return true;
    return false;
}

/* A route whose route policy or any of whose rule policies merged with
 * parent is merged, not overriding, even when another of its rules holds
 * a policy without mergeType (Envoy Gateway records one verdict per route,
 * and a merge is the one it keeps). */
static bool route_merged_into(const gw_policy_set *s, gw_policy_kind k, const gw_route *route,
                              const gw_policy *parent)
{
    if (merged_into(gw_policy_on(s, k, route), parent))
        return true;
    for (size_t i = 0; i < route->rule_count; i++)
        if (merged_into(gw_policy_on(s, k, &route->rules[i]), parent))
            return true;
    return false;
}

/* Does a parentRef of route select this listener scope: the Gateway or
 * ListenerSet named, with no sectionName or this one? */
static bool route_under(const gw_route *route, const gw_gateway *gw, const gw_listener_set *ls,
                        const gw_listener *l)
{
    for (size_t i = 0; i < route->parent_count; i++) {
        const gw_parent *par = &route->parents[i];
        if (ls ? par->listener_set != ls : (par->listener_set || par->gateway != gw))
            continue;
        if (!l || !par->ref.section_name || str_eq(par->ref.section_name, l->spec.name))
            return true;
    }
    return false;
}

typedef struct name_list {
    const char **items;
    size_t count, cap;
} name_list;

/* Duplicates are dropped when the list is printed (names_text), so that a
 * parent with many children costs n log n, not n^2. */
static bool names_add(rs *r, name_list *n, const char *s)
{
    if (!s)
        return false;
    if (!grow(r, (void **)&n->items, &n->cap, n->count, sizeof *n->items))
        return false;
    n->items[n->count++] = s;
    return true;
}

static int str_cmp(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* "[a b c]" as Go prints a sorted []string (each name once); lists that
 * arrive sorted are not sorted again. */
static const char *names_text(rs *r, name_list *n)
{
    bool sorted = true;
    for (size_t i = 1; i < n->count && sorted; i++)
        sorted = strcmp(n->items[i - 1], n->items[i]) <= 0;
    if (!sorted)
        qsort(n->items, n->count, sizeof *n->items, str_cmp);
    size_t u = 0;
    for (size_t i = 0; i < n->count; i++)
        if (!u || strcmp(n->items[u - 1], n->items[i]))
            n->items[u++] = n->items[i];
    n->count = u;
    size_t len = 3;
    for (size_t i = 0; i < n->count; i++)
        len += strlen(n->items[i]) + 1;
    char *s = arena_alloc(r->a, len);
    if (!s)
        return NULL;
    char *w = s;
    *w++ = '[';
    for (size_t i = 0; i < n->count; i++) {
        if (i)
            *w++ = ' ';
        size_t k = strlen(n->items[i]);
        memcpy(w, n->items[i], k);
        w += k;
    }
    *w++ = ']';
    *w = 0;
    return s;
}

static const char *plural(gw_policy_kind k)
{
    static const char *const names[] = { "clientTrafficPolicies", "backendTrafficPolicies",
                                         "securityPolicies", "envoyExtensionPolicies",
                                         "envoyPatchPolicies" };
    return names[k];
}

/* Overridden / Merged for a parent-scope claim that won. */
static bool write_overrides(pol_ctx *c, const claim *cl, pol_ancestor_ref anc)
{
    rs *r = c->r;
    gw_policy *p = cl->p;
    const gw_policy_set *s = c->set;
    gw_policy_kind k = p->kind;
    const gw_held_target *t = &cl->t;
    name_list gl = { 0 }, lss = { 0 }, lsl = { 0 }, routes = { 0 }, merged = { 0 }, rules = { 0 };

    if (t->scope == GW_SCOPE_ROUTE) {
        for (size_t i = 0; i < t->route->rule_count; i++)
            if (gw_policy_on(s, k, &t->route->rules[i]) && !names_add(r, &rules, t->route->rules[i].name))
                return false;
        if (!rules.count)
            return true;
        const char *msg = rs_printf(r, "This policy is being overridden by other %s for these route rules: %s",
                                    k == GW_POLICY_BTP ? "backendTrafficPolicy" : plural(k), names_text(r, &rules));
        return pol_cond(r, p, anc, "Overridden", GW_COND_TRUE, "Overridden", msg);
    }
    if (t->scope == GW_SCOPE_ROUTE_RULE)
        return true;

    const gw_gateway *gw = t->gateway;
    if (t->scope == GW_SCOPE_GATEWAY) {
        for (size_t i = 0; i < gw->listener_count; i++) {
            const gw_listener *l = &gw->listeners[i];
            if (!gw_policy_on(s, k, l))
                continue;
            const char *name = l->listener_set
                                   ? rs_printf(r, "%s/%s/%s", l->listener_set->obj->ns, l->listener_set->obj->name, l->spec.name)
                                   : rs_printf(r, "%s/%s/%s", gw->obj->ns, gw->obj->name, l->spec.name);
            if (!names_add(r, l->listener_set ? &lsl : &gl, name))
                return false;
        }
        for (size_t i = 0; i < gw->listener_count; i++) {
            const gw_listener_set *ls = gw->listeners[i].listener_set;
            if (ls && gw_policy_on(s, k, ls) &&
                !names_add(r, &lss, rs_printf(r, "%s/%s", ls->obj->ns, ls->obj->name)))
                return false;
        }
    } else if (t->scope == GW_SCOPE_LISTENER_SET) {
        for (size_t i = 0; i < t->listener_set->listener_count; i++) {
            const gw_listener *l = t->listener_set->listeners[i];
            if (gw_policy_on(s, k, l) &&
                !names_add(r, &lsl, rs_printf(r, "%s/%s/%s", t->listener_set->obj->ns,
                                              t->listener_set->obj->name, l->spec.name)))
                return false;
        }
    }
    const void *under = t->listener_set ? (const void *)t->listener_set : (const void *)gw;
    const route_vec *v = ptrmap_get(&c->routes_under, under);
    for (size_t i = 0; v && i < v->count; i++) {
        const gw_route *route = v->items[i];
        if (t->scope != GW_SCOPE_GATEWAY && !route_under(route, gw, t->listener_set, t->listener))
            continue;
        const char *name = ptrmap_get(&c->route_names, route);
        if (!name && (!(name = rs_printf(r, "%s/%s", route->obj->ns, route->obj->name)) ||
                      !ptrmap_put(&c->route_names, r->a, route, (void *)name)))
            return false;
        if (!names_add(r, route_merged_into(s, k, route, p) ? &merged : &routes, name))
            return false;
    }
    if (merged.count) {
        const char *msg = rs_printf(r, "This policy is being merged by other %s for these routes: %s",
                                    plural(k), names_text(r, &merged));
        if (!pol_cond(r, p, anc, "Merged", GW_COND_TRUE, "Merged", msg))
            return false;
    }
    if (!gl.count && !lss.count && !lsl.count && !routes.count)
        return true;
    const char *msg = rs_printf(r, "This policy is being overridden by other %s for ", plural(k));
    const char *sep = "";
    if (gl.count) {
        msg = rs_printf(r, "%s%sthese gateway listeners: %s", msg, sep, names_text(r, &gl));
        sep = " and ";
    }
    if (lss.count) {
        msg = rs_printf(r, "%s%sthese listenersets: %s", msg, sep, names_text(r, &lss));
        sep = " and ";
    }
    if (lsl.count) {
        msg = rs_printf(r, "%s%sthese listenerset listeners: %s", msg, sep, names_text(r, &lsl));
        sep = " and ";
    }
    if (routes.count)
        msg = rs_printf(r, "%s%sthese routes: %s", msg, sep, names_text(r, &routes));
    return pol_cond(r, p, anc, "Overridden", GW_COND_TRUE, "Overridden", msg);
}

/* ClientTrafficPolicy: a Gateway or ListenerSet policy is overridden on
 * the listeners under it that hold their own (or whose ListenerSet does). */
static bool write_client_overrides(pol_ctx *c, const claim *cl, pol_ancestor_ref anc)
{
    rs *r = c->r;
    const gw_held_target *t = &cl->t;
    name_list sections = { 0 };
    if (t->scope == GW_SCOPE_GATEWAY) {
        for (size_t i = 0; i < t->gateway->listener_count; i++) {
            const gw_listener *l = &t->gateway->listeners[i];
            if ((gw_policy_on(c->set, GW_POLICY_CTP, l) ||
                 (l->listener_set && gw_policy_on(c->set, GW_POLICY_CTP, l->listener_set))) &&
                !names_add(r, &sections, l->spec.name))
                return false;
        }
    } else if (t->scope == GW_SCOPE_LISTENER_SET) {
        for (size_t i = 0; i < t->listener_set->listener_count; i++) {
            const gw_listener *l = t->listener_set->listeners[i];
            if (gw_policy_on(c->set, GW_POLICY_CTP, l) && !names_add(r, &sections, l->spec.name))
                return false;
        }
    }
    if (!sections.count)
        return true;
    const char *msg = rs_printf(r, "There are existing ClientTrafficPolicies that are overriding these sections %s",
                                names_text(r, &sections));
    return pol_cond(r, cl->p, anc, "Overridden", GW_COND_TRUE, "Overridden", msg);
}

static const char *check(rs *r, const claim *cl)
{
    switch (cl->p->kind) {
    case GW_POLICY_CTP: return pol_check_ctp(r, cl->p, &cl->t);
    case GW_POLICY_BTP: return pol_check_btp(r, cl->p, &cl->t);
    case GW_POLICY_SP: return pol_check_sp(r, cl->p, &cl->t);
    case GW_POLICY_EEP: return pol_check_eep(r, cl->p, &cl->t, &cl->p->fail_open_spec);
    default: return NULL;
    }
}

static bool write_claim(pol_ctx *c, const claim *cl)
{
    rs *r = c->r;
    gw_policy *p = cl->p;
    pol_ancestor_ref *anc = NULL;
    size_t n = claim_ancestors(r, cl, NULL, &anc);
    if (r->a->failed)
        return false;
    if (cl->o != OUT_WON) {
        const char *reason = cl->o == OUT_CONFLICTED ? "Conflicted" : "TargetNotFound";
        for (size_t i = 0; i < n; i++)
            if (!pol_cond(r, p, anc[i], "Accepted", GW_COND_FALSE, reason, cl->message))
                return false;
        return true;
    }
    size_t merges_from = p->merge_count;
    if (cl->t.route && p->merge_type && !find_merges(c, cl))
        return false;
    /* The check sees the merged settings; a merge that does not translate
     * is no merge (the parent counts as overridden). */
    const char *err = check(r, cl);
    if (err) {
        p->invalid = true;
        p->invalid_message = pol_join(r, p->invalid_message, err);
        p->merge_count = merges_from;
    } else if (!write_merges(c, p, merges_from)) {
        return false;
    }
    const char *deprecated = pol_deprecated(r, p->obj);
    for (size_t i = 0; i < n; i++) {
        if (err && !pol_cond(r, p, anc[i], "Accepted", GW_COND_FALSE, "Invalid", err))
            return false;
        if (!pol_accept(r, p, anc[i]))
            return false;
        if (deprecated &&
            !pol_cond(r, p, anc[i], "Warning", GW_COND_TRUE, "DeprecatedField", deprecated))
            return false;
    }
    if (n == 1)
        return p->kind == GW_POLICY_CTP ? write_client_overrides(c, cl, anc[0])
                                        : write_overrides(c, cl, anc[0]);
    for (size_t i = 0; i < n && cl->t.scope == GW_SCOPE_ROUTE; i++)
        if (!write_overrides(c, cl, anc[i]))
            return false;
    return true;
}

/* ---- the pass ----------------------------------------------------------- */

static bool index_graph(pol_ctx *c)
{
    rs *r = c->r;
    gw_graph *g = r->g;
    for (size_t i = 0; i < g->gateway_count; i++)
        if (g->gateways[i].managed && !ptrmap_put(&c->gateways, r->a, g->gateways[i].obj, &g->gateways[i]))
            return false;
    for (size_t i = 0; i < g->listener_set_count; i++)
        if (g->listener_sets[i].gateway &&
            !ptrmap_put(&c->listener_sets, r->a, g->listener_sets[i].obj, &g->listener_sets[i]))
            return false;
    for (size_t i = 0; i < g->route_count; i++) {
        const gw_route *route = &g->routes[i];
        bool managed = false;
        for (size_t j = 0; j < route->parent_count && !managed; j++)
            managed = route->parents[j].gateway && route->parents[j].managed;
        if (managed && !ptrmap_put(&c->routes, r->a, route->obj, (void *)route))
            return false;
    }
    return true;
}

static int route_name_cmp(const void *x, const void *y)
{
    const gw_obj *a = (*(const gw_route *const *)x)->obj, *b = (*(const gw_route *const *)y)->obj;
    int c = strcmp(a->ns ? a->ns : "", b->ns ? b->ns : "");
    return c ? c : strcmp(a->name, b->name);
}

/* The routes under each Gateway and ListenerSet that hold a policy of k,
 * each list sorted by namespace/name once, so that the override messages
 * of parent policies come out sorted without sorting per policy. */
static bool index_policy_routes(pol_ctx *c, gw_policy_kind k)
{
    rs *r = c->r;
    ptrmap_init(&c->routes_under);
    c->vec_count = 0;
    for (size_t i = 0; i < r->g->route_count; i++) {
        const gw_route *route = &r->g->routes[i];
        if (!route_holder(c->set, k, route))
            continue;
        for (size_t j = 0; j < route->parent_count; j++) {
            const gw_parent *par = &route->parents[j];
            if (par->gateway && !route_vec_add(c, par->gateway, route))
                return false;
            if (par->listener_set && !route_vec_add(c, par->listener_set, route))
                return false;
        }
    }
    for (size_t i = 0; i < c->vec_count; i++)
        qsort(c->vecs[i]->items, c->vecs[i]->count, sizeof *c->vecs[i]->items, route_name_cmp);
    return true;
}

static bool attach_kind(pol_ctx *c, gw_policy_kind k)
{
    rs *r = c->r;
    size_t n = 0;
    for (size_t i = 0; i < c->set->count; i++)
        n += c->set->items[i].kind == k;
    if (!n)
        return true;
    sorted_policy *sp = arena_calloc(r->a, n, sizeof *sp);
    if (!sp)
        return false;
    n = 0;
    for (size_t i = 0; i < c->set->count; i++) {
        if (c->set->items[i].kind != k)
            continue;
        sp[n].p = &c->set->items[i];
        if (!pol_expand_targets(r, sp[n].p->obj, &sp[n].refs))
            return false;
        sp[n].scopes = arena_calloc(r->a, sp[n].refs.count ? sp[n].refs.count : 1, sizeof *sp[n].scopes);
        if (!sp[n].scopes)
            return false;
        for (size_t j = 0; j < sp[n].refs.count; j++) {
            gw_policy_scope scope;
            sp[n].scopes[j] = ref_scope(&sp[n].refs.items[j], &scope) &&
                                      (k != GW_POLICY_CTP || scope <= GW_SCOPE_LISTENER_SET_LISTENER)
                                  ? (int)scope
                                  : -1;
        }
        n++;
    }
    qsort(sp, n, sizeof *sp, older_policy);
    const gw_policy_scope *order = k == GW_POLICY_CTP ? client_policy_order : route_policy_order;
    size_t norder = k == GW_POLICY_CTP ? sizeof client_policy_order / sizeof *order
                                       : sizeof route_policy_order / sizeof *order;
    c->claim_count = 0;
    for (size_t o = 0; o < norder; o++)
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < sp[i].refs.count; j++)
                if (sp[i].scopes[j] == (int)order[o] &&
                    !claim_ref(c, sp[i].p, &sp[i].refs.items[j], order[o]))
                    return false;
    if (!index_policy_routes(c, k))
        return false;
    /* Claims come scope by scope; as in the translator, every policy's
     * ancestors are cut to 16 after each scope's pass (and after the last). */
    for (size_t i = 0; i <= c->claim_count; i++) {
        if (i > 0 && (i == c->claim_count || c->claims[i].t.scope != c->claims[i - 1].t.scope))
            for (size_t j = 0; j < n; j++)
                if (!pol_truncate(r, sp[j].p))
                    return false;
        if (i < c->claim_count && !write_claim(c, &c->claims[i]))
            return false;
    }
    return true;
}

bool rs_policy_epp(rs *r, gw_policy_set *set);

static int by_input(const void *x, const void *y)
{
    size_t a = ((const gw_policy *)x)->obj->input_index, b = ((const gw_policy *)y)->obj->input_index;
    return (a > b) - (a < b);
}

bool rs_policies(rs *r)
{
    gw_policy_set *set = arena_calloc(r->a, 1, sizeof *set);
    if (!set)
        return false;
    r->g->policies = set;
    if (r->opt->skip_policies)
        return true;
    /* The model's per-kind lists hold one object per identity; the set
     * keeps input order across kinds. */
    size_t n = 0;
    for (int k = 0; k < GW_POLICY_KIND_COUNT; k++)
        n += r->m->by_kind[pol_gwapi_kind((gw_policy_kind)k)].count;
    set->items = arena_calloc(r->a, n ? n : 1, sizeof *set->items);
    if (!set->items)
        return false;
    for (int k = 0; k < GW_POLICY_KIND_COUNT; k++) {
        const gw_obj_list *l = &r->m->by_kind[pol_gwapi_kind((gw_policy_kind)k)];
        for (size_t i = 0; i < l->count; i++) {
            gw_policy *p = &set->items[set->count++];
            p->obj = l->items[i];
            p->kind = (gw_policy_kind)k;
            p->merge_type = pol_merge_type(p->obj);
        }
    }
    qsort(set->items, set->count, sizeof *set->items, by_input);
    for (int k = 0; k < GW_POLICY_KIND_COUNT; k++)
        ptrmap_init(&set->winners[k]);
    pol_ctx c;
    memset(&c, 0, sizeof c);
    c.r = r;
    c.set = set;
    ptrmap_init(&c.gateways);
    ptrmap_init(&c.listener_sets);
    ptrmap_init(&c.routes);
    ptrmap_init(&c.route_names);
    if (!index_graph(&c))
        return false;
    /* ClientTrafficPolicy first: SecurityPolicy checks read it. */
    static const gw_policy_kind kinds[] = { GW_POLICY_CTP, GW_POLICY_BTP, GW_POLICY_SP, GW_POLICY_EEP };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!attach_kind(&c, kinds[i]))
            return false;
    return rs_policy_epp(r, set);
}

/* ---- lookups for lowering ----------------------------------------------- */

const gw_policy *gw_policy_effective(const gw_policy_set *s, gw_policy_kind k, const gw_route *route,
                                     const gw_route_rule *rule, const gw_listener *l,
                                     const gw_policy **merged_parent)
{
    if (merged_parent)
        *merged_parent = NULL;
    const gw_policy *p = rule ? gw_policy_on(s, k, rule) : NULL;
    if (!p && route && (p = gw_policy_on(s, k, route)) && merged_parent && l)
        for (size_t i = 0; i < p->merge_count; i++)
            if (p->merges[i].listener == l)
                *merged_parent = p->merges[i].parent;
    if (!p && l)
        p = closest_parent(s, k, l);
    return p;
}

const gw_policy *gw_policy_client(const gw_policy_set *s, const gw_listener *l)
{
    return l ? closest_parent(s, GW_POLICY_CTP, l) : NULL;
}
