/* The status List: for every object the controller manages, in input order,
 * {apiVersion, kind, metadata: {name, namespace}, status} as a controller
 * would write it to the status subresource. lastTransitionTime is left out:
 * this library reads no clock. */
#include "status.h"
#include "../resolve/policy.h"

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
    em_add_str(a, m, "apiVersion", o->obj->api_version);
    em_add_str(a, m, "kind", o->obj->kind_name);
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
        if (!em_add_str(a, e, "group", "gateway.networking.k8s.io") ||
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
    em_node *ls = em_add_seq(a, st, "listeners");
    for (size_t i = 0; i < s->listener_count; i++)
        if (!listener_status(a, ls, s->listeners[i]))
            return false;
    return ls != NULL;
}

static bool parent_ref(arena *a, em_node *m, const gwapi_parent_reference *p)
{
    em_node *r = em_add_map(a, m, "parentRef");
    if (p->group) em_add_str(a, r, "group", p->group);
    if (p->kind) em_add_str(a, r, "kind", p->kind);
    if (p->ns) em_add_str(a, r, "namespace", p->ns);
    em_add_str(a, r, "name", p->name);
    if (p->section_name) em_add_str(a, r, "sectionName", p->section_name);
    if (p->port.set) em_add_int(a, r, "port", p->port.value);
    return r != NULL;
}

static const char *controller(const status_params *sp, const gw_gateway *gw)
{
    if (sp->controller_name)
        return sp->controller_name;
    const gwapi_gateway_class *c = gw->gateway_class ? gw->gateway_class->spec : NULL;
    return c && c->spec ? c->spec->controller_name : "";
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

static bool ancestors(arena *a, em_node *items, const gw_obj *obj, const gw_policy_ancestor *list,
                      size_t count, const status_params *sp)
{
    if (!count)
        return true;
    em_node *st = item(a, items, obj);
    em_node *as = em_add_seq(a, st, "ancestors");
    for (size_t i = 0; i < count; i++) {
        const gw_policy_ancestor *x = &list[i];
        em_node *m = em_add_map(a, as, NULL);
        em_node *r = em_add_map(a, m, "ancestorRef");
        em_add_str(a, r, "group", x->group);
        em_add_str(a, r, "kind", x->kind);
        if (x->ns)
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

static bool backend_tls_policy(arena *a, em_node *items, const gw_backend_tls_policy *p,
                               const status_params *sp)
{
    return ancestors(a, items, p->obj, p->ancestors, p->ancestor_count, sp);
}

em_node *status_list(arena *a, const status_params *sp)
{
    const gw_graph *g = sp->graph;
    const gw_model *m = g->model;
    em_node *root = em_map(a);
    em_add_str(a, root, "apiVersion", "v1");
    em_add_str(a, root, "kind", "List");
    em_node *items = em_add_seq(a, root, "items");
    /* Graph arrays are each in input order: walk the model once and take
     * the next element of the matching array. */
    size_t ci = 0, gi = 0, si = 0, ri = 0, pi = 0, ei = 0;
    const gw_policy_set *eg = g->policies;
    bool ok = items != NULL;
    for (size_t i = 0; ok && i < m->obj_count; i++) {
        const gw_obj *o = &m->objs[i];
        if (ci < g->class_count && g->classes[ci].obj == o) {
            if (g->classes[ci].managed)
                ok = gateway_class(a, items, &g->classes[ci]);
            ci++;
        } else if (gi < g->gateway_count && g->gateways[gi].obj == o) {
            if (g->gateways[gi].managed)
                ok = gateway(a, items, &g->gateways[gi]);
            gi++;
        } else if (si < g->listener_set_count && g->listener_sets[si].obj == o) {
            if (g->listener_sets[si].gateway)
                ok = listener_set(a, items, &g->listener_sets[si]);
            si++;
        } else if (ri < g->route_count && g->routes[ri].obj == o) {
            ok = route(a, items, &g->routes[ri], sp);
            ri++;
        } else if (pi < g->backend_tls_policy_count && g->backend_tls_policies[pi].obj == o) {
            ok = backend_tls_policy(a, items, &g->backend_tls_policies[pi], sp);
            pi++;
        } else if (eg && ei < eg->count && eg->items[ei].obj == o) {
            const gw_policy *p = &eg->items[ei++];
            ok = ancestors(a, items, p->obj, p->ancestors, p->ancestor_count, sp);
        }
    }
    return ok && !a->failed ? root : NULL;
}
