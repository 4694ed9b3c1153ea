/* The status List: for every object the controller manages,
 * {apiVersion, kind, metadata: {name, namespace}, status} as a controller
 * would write it to the status subresource, in a canonical order (kind,
 * namespace, name). lastTransitionTime is left out: this library reads no
 * clock. */
#include "status.h"
#include "../resolve/policy.h"

#include <stdlib.h>
#include <string.h>

static bool conditions(arena *a, em_node *parent, const gw_conditions *c)
{
    em_node *seq = em_add_seq(a, parent, "conditions");
    for (size_t i = 0; i < c->count; i++) {
        const gw_condition *x = &c->items[i];
        em_node *m = em_add_map(a, seq, NULL);
        static const char *const st[] = { "True", "False", "Unknown" };
        if (!em_add_str(a, m, "type", x->type) || !em_add_str(a, m, "status", st[x->status]) ||
            !em_add_int(a, m, "observedGeneration", x->observed_generation) ||
            !em_add_str(a, m, "reason", x->reason) || !em_add_str(a, m, "message", x->message))
            return false;
    }
    return seq != NULL;
}

static em_node *item(arena *a, em_node *items, const gw_obj *o)
{
    em_node *m = em_add_map(a, items, NULL);
    em_add_bytes(a, m, "apiVersion", o->obj->api_version);
    em_add_bytes(a, m, "kind", o->obj->kind_name);
    em_node *md = em_add_map(a, m, "metadata");
    em_add_str(a, md, "name", o->name);
    if (o->ns)
        em_add_str(a, md, "namespace", o->ns);
    return em_add_map(a, m, "status");
}

static bool gateway_class(arena *a, em_node *items, const gw_gateway_class *c)
{
    em_node *st = item(a, items, c->obj);
    return conditions(a, st, &c->conditions);
}

static bool listener_status(arena *a, em_node *seq, const gw_listener *l)
{
    em_node *m = em_add_map(a, seq, NULL);
    if (!em_add_str(a, m, "name", l->spec.name))
        return false;
    em_node *sk = em_add_seq(a, m, "supportedKinds");
    for (size_t k = 0; k < l->supported_kind_count; k++) {
        em_node *e = em_add_map(a, sk, NULL);
        if (!em_add_str(a, e, "group", l->supported_kind_groups[k]) ||
            !em_add_str(a, e, "kind", l->supported_kind_names[k]))
            return false;
    }
    return em_add_int(a, m, "attachedRoutes", (int64_t)l->attached_routes) &&
           conditions(a, m, &l->conditions);
}

static bool gateway(arena *a, em_node *items, const gw_gateway *gw)
{
    em_node *st = item(a, items, gw->obj);
    if (gw->conditions.count && !conditions(a, st, &gw->conditions))
        return false;
    if (gw->refused)
        return st != NULL;   /* its listeners were never processed */
    em_node *ls = em_add_seq(a, st, "listeners");
    for (size_t i = 0; i < gw->own_listener_count; i++)
        if (!listener_status(a, ls, &gw->listeners[i]))
            return false;
    return ls != NULL;
}

static bool listener_set(arena *a, em_node *items, const gw_listener_set *s)
{
    em_node *st = item(a, items, s->obj);
    if (!conditions(a, st, &s->conditions))
        return false;
    if (s->gateway && s->gateway->refused)
        return st != NULL;
    em_node *ls = em_add_seq(a, st, "listeners");
    for (size_t i = 0; i < s->listener_count; i++)
        if (!listener_status(a, ls, s->listeners[i]))
            return false;
    return ls != NULL;
}

static bool parent_ref(arena *a, em_node *m, const gwapi_parent_reference *p)
{
    em_node *r = em_add_map(a, m, "parentRef");
    /* as written, every byte */
    if (p->group.ptr) em_add_bytes(a, r, "group", p->group);
    if (p->kind.ptr) em_add_bytes(a, r, "kind", p->kind);
    if (p->ns.ptr) em_add_bytes(a, r, "namespace", p->ns);
    em_add_bytes(a, r, "name", p->name);
    if (p->section_name.ptr) em_add_bytes(a, r, "sectionName", p->section_name);
    if (p->port.set) em_add_int(a, r, "port", p->port.value);
    return r != NULL;
}

static const char *controller(const status_params *sp, const gw_gateway *gw)
{
    if (sp->controller_name)
        return sp->controller_name;
    const gwapi_gateway_class *c = gw->gateway_class ? gw->gateway_class->spec : NULL;
    return c && c->spec && c->spec->controller_name.ptr ? c->spec->controller_name.ptr : "";
}

static bool route(arena *a, em_node *items, const gw_route *r, const status_params *sp)
{
    size_t managed = 0;
    for (size_t i = 0; i < r->parent_count; i++)
        managed += r->parents[i].managed;
    if (!managed)
        return true;
    em_node *st = item(a, items, r->obj);
    em_node *ps = em_add_seq(a, st, "parents");
    for (size_t i = 0; i < r->parent_count; i++) {
        const gw_parent *p = &r->parents[i];
        if (!p->managed)
            continue;
        em_node *m = em_add_map(a, ps, NULL);
        if (!parent_ref(a, m, p->ref.ref) || !em_add_str(a, m, "controllerName", controller(sp, p->gateway)) ||
            !conditions(a, m, &p->conditions))
            return false;
    }
    return ps != NULL;
}

/* status.ancestors of a policy; nothing when it reaches no ancestor. */
static bool policy_status(arena *a, em_node *items, const gw_obj *obj, const gw_policy_ancestor *anc,
                          size_t n, const status_params *sp)
{
    if (!n)
        return true;
    em_node *st = item(a, items, obj);
    em_node *as = em_add_seq(a, st, "ancestors");
    for (size_t i = 0; i < n; i++) {
        const gw_policy_ancestor *x = &anc[i];
        em_node *m = em_add_map(a, as, NULL);
        em_node *r = em_add_map(a, m, "ancestorRef");
        em_add_str(a, r, "group", x->group);
        em_add_str(a, r, "kind", x->kind);
        em_add_str(a, r, "namespace", x->ns);
        em_add_str(a, r, "name", x->name);
        if (x->section_name)
            em_add_str(a, r, "sectionName", x->section_name);
        const gw_gateway *gw = gw_graph_gateway(sp->graph, x->ns, x->name);
        if (!em_add_str(a, m, "controllerName", gw ? controller(sp, gw) : sp->controller_name) ||
            !conditions(a, m, &x->conditions))
            return false;
    }
    return as != NULL;
}

/* One object of the List, with what writes it. */
typedef struct entry {
    const gw_obj *obj;
    int rank;          /* kind order of the List */
    const void *node;  /* the graph element */
} entry;

static int entry_cmp(const void *x, const void *y)
{
    const entry *a = x, *b = y;
    if (a->rank != b->rank)
        return a->rank - b->rank;
    int c = strcmp(a->obj->ns ? a->obj->ns : "", b->obj->ns ? b->obj->ns : "");
    if (!c)
        c = strcmp(a->obj->name, b->obj->name);
    /* the Envoy Gateway policies share a rank: their kind decides */
    return c ? c : gwapi_str_cmp(a->obj->obj->kind_name, b->obj->obj->kind_name);
}

enum { R_CLASS, R_GATEWAY, R_LISTENER_SET, R_ROUTE, R_BTLS = R_ROUTE + GW_ROUTE_KIND_COUNT,
       R_EG_POLICY };

em_node *status_list(arena *a, const status_params *sp)
{
    const gw_graph *g = sp->graph;
    em_node *root = em_map(a);
    em_add_str(a, root, "apiVersion", "v1");
    em_add_str(a, root, "kind", "List");
    em_node *items = em_add_seq(a, root, "items");
    size_t n = g->class_count + g->gateway_count + g->listener_set_count + g->route_count +
               g->backend_tls_policy_count + (g->policies ? g->policies->count : 0);
    entry *e = arena_calloc(a, n ? n : 1, sizeof *e);
    if (!items || !e)
        return NULL;
    /* The List is in a canonical order (kind, namespace, name), so that the
     * order of the input documents never shows in the output. */
    size_t k = 0;
    for (size_t i = 0; i < g->class_count; i++)
        e[k++] = (entry){ g->classes[i].obj, R_CLASS, &g->classes[i] };
    for (size_t i = 0; i < g->gateway_count; i++)
        e[k++] = (entry){ g->gateways[i].obj, R_GATEWAY, &g->gateways[i] };
    for (size_t i = 0; i < g->listener_set_count; i++)
        e[k++] = (entry){ g->listener_sets[i].obj, R_LISTENER_SET, &g->listener_sets[i] };
    for (size_t i = 0; i < g->route_count; i++)
        e[k++] = (entry){ g->routes[i].obj, R_ROUTE + (int)g->routes[i].kind, &g->routes[i] };
    for (size_t i = 0; i < g->backend_tls_policy_count; i++)
        e[k++] = (entry){ g->backend_tls_policies[i].obj, R_BTLS, &g->backend_tls_policies[i] };
    for (size_t i = 0; g->policies && i < g->policies->count; i++)
        e[k++] = (entry){ g->policies->items[i].obj, R_EG_POLICY, &g->policies->items[i] };
    qsort(e, k, sizeof *e, entry_cmp);
    bool ok = true;
    for (size_t i = 0; ok && i < k; i++) {
        if (e[i].rank == R_CLASS) {
            const gw_gateway_class *c = e[i].node;
            ok = !c->managed || gateway_class(a, items, c);
        } else if (e[i].rank == R_GATEWAY) {
            const gw_gateway *gw = e[i].node;
            ok = !gw->managed || gateway(a, items, gw);
        } else if (e[i].rank == R_LISTENER_SET) {
            const gw_listener_set *s = e[i].node;
            ok = !s->gateway || listener_set(a, items, s);
        } else if (e[i].rank == R_BTLS) {
            const gw_backend_tls_policy *p = e[i].node;
            ok = policy_status(a, items, p->obj, p->ancestors, p->ancestor_count, sp);
        } else if (e[i].rank == R_EG_POLICY) {
            const gw_policy *p = e[i].node;
            ok = policy_status(a, items, p->obj, p->ancestors, p->ancestor_count, sp);
        } else {
            ok = route(a, items, e[i].node, sp);
        }
    }
    return ok && !a->failed ? root : NULL;
}
