/* `gwapi explain`: one object of the resolved graph explained as an output
 * tree. A route: each parentRef, the listeners it attached to and, for the
 * others, the first check that failed; each rule, its backends and per
 * listener the policies of each kind in precedence order (the first
 * applies, the rest are shadowed), with what the applying one merged
 * with. A policy: the targets it holds, those it lost and to whom, its
 * merges and its status ancestors. A Gateway: its listeners, what attached
 * to each, and the policies on the Gateway and on each listener. */
#include "explain.h"

#include <string.h>
#include "../resolve/policy.h"
#include "../resolve/resolve_impl.h"

#define GW_GROUP "gateway.networking.k8s.io"

static const char *nsname(arena *a, const gw_obj *o)
{
    size_t n = (o->ns ? strlen(o->ns) + 1 : 0) + strlen(o->name) + 1;
    char *s = arena_alloc(a, n);
    if (s) {
        s[0] = 0;
        if (o->ns) {
            strcpy(s, o->ns);
            strcat(s, "/");
        }
        strcat(s, o->name);
    }
    return s;
}

static const char *join3(arena *a, const char *x, const char *sep, const char *y)
{
    size_t n = strlen(x) + strlen(sep) + strlen(y) + 1;
    char *s = arena_alloc(a, n);
    if (s) {
        strcpy(s, x);
        strcat(s, sep);
        strcat(s, y);
    }
    return s;
}

/* "ns/gateway/listener" or "ns/listenerset/listener". */
static const char *listener_id(arena *a, const gw_listener *l)
{
    const gw_obj *owner = l->listener_set ? l->listener_set->obj : l->gateway->obj;
    return join3(a, nsname(a, owner), "/", l->spec.name);
}

static const char *kind_ref(arena *a, const gw_obj *o)
{
    return join3(a, gw_c(o->obj->kind_name), " ", nsname(a, o));
}

static bool conditions(arena *a, em_node *parent, const gw_conditions *c)
{
    em_node *seq = em_add_seq(a, parent, "conditions");
    static const char *const st[] = { "True", "False", "Unknown" };
    for (size_t i = 0; i < c->count; i++) {
        em_node *m = em_add_map(a, seq, NULL);
        em_add_str(a, m, "type", c->items[i].type);
        em_add_str(a, m, "status", st[c->items[i].status]);
        em_add_str(a, m, "reason", c->items[i].reason);
        em_add_str(a, m, "message", c->items[i].message);
    }
    return seq != NULL;
}

/* ---- routes ------------------------------------------------------------ */

/* Why parentRef par did not attach to listener l (the first check that
 * fails, in the order attachment checks them). */
static const char *why_not(arena *a, const gw_route *route, const gw_parent *par, const gw_listener *l)
{
    if (par->ref.section_name && strcmp(par->ref.section_name, l->spec.name))
        return "sectionName selects another listener";
    if (par->ref.has_port && par->ref.port != l->spec.port)
        return "port selects another listener";
    if (!l->accepted)
        return "the listener is not accepted";
    if (!(l->supported_kinds & (1u << route->kind)))
        return join3(a, "the listener does not allow ", gw_route_kind_name(route->kind), "");
    if (route->kind <= GW_ROUTE_TLS && route->hostnames.count && l->spec.hostname) {
        bool any = false;
        for (size_t i = 0; i < route->hostnames.count && !any; i++) {
            const char *out;
            any = hostname_intersect(l->spec.hostname, gw_c(route->hostnames.items[i]), &out);
        }
        if (!any)
            return "no route hostname intersects the listener hostname";
    }
    return "allowedRoutes.namespaces does not admit the route's namespace";
}

static bool route_parents(arena *a, em_node *m, const gw_route *route)
{
    em_node *ps = em_add_seq(a, m, "parents");
    for (size_t i = 0; i < route->parent_count; i++) {
        const gw_parent *par = &route->parents[i];
        em_node *p = em_add_map(a, ps, NULL);
        const char *ref = join3(a, par->ref.kind, " ", join3(a, par->ref.ns ? par->ref.ns : "", "/", par->ref.name));
        if (par->ref.section_name)
            ref = join3(a, ref, "/", par->ref.section_name);
        em_add_str(a, p, "parentRef", ref);
        em_add_bool(a, p, "accepted", par->accepted);
        if (!par->gateway) {
            em_add_str(a, p, "why", "no such Gateway or ListenerSet managed by this controller");
            continue;
        }
        conditions(a, p, &par->conditions);
        em_node *ls = em_add_seq(a, p, "listeners");
        const gw_gateway *gw = par->gateway;
        for (size_t j = 0; j < gw->listener_count; j++) {
            const gw_listener *l = &gw->listeners[j];
            if (par->listener_set ? l->listener_set != par->listener_set : l->listener_set != NULL)
                continue;
            em_node *e = em_add_map(a, ls, NULL);
            em_add_str(a, e, "listener", listener_id(a, l));
            const gw_attachment *att = NULL;
            for (size_t k = 0; k < par->attachment_count && !att; k++)
                if (par->attachments[k].listener == l)
                    att = &par->attachments[k];
            em_add_bool(a, e, "attached", att != NULL);
            if (!att) {
                em_add_str(a, e, "why", why_not(a, route, par, l));
                continue;
            }
            em_node *hs = em_add_seq(a, e, "hostnames");
            if (att->any_hostname)
                em_add_str(a, hs, NULL, "*");
            for (size_t k = 0; k < att->hostname_count; k++)
                em_add_str(a, hs, NULL, att->hostnames[k]);
        }
    }
    return ps != NULL;
}

/* The policies that asked for the applying one's target and lost it
 * (Conflicted): one explanation, so a scan of the policies is fine. */
static bool conflicted(arena *a, em_node *m, const gw_policy_set *s, const gw_policy_link *w)
{
    em_node *seq = NULL;
    for (size_t i = 0; i < s->count; i++)
        for (size_t j = 0; j < s->items[i].loss_count; j++) {
            const gw_policy_loss *x = &s->items[i].losses[j];
            if (x->holder != w->policy || gw_policy_target_key(&x->target) != w->target)
                continue;
            if (!seq && !(seq = em_add_seq(a, m, "conflicted")))
                return false;
            em_add_str(a, seq, NULL, nsname(a, s->items[i].obj));
            break;
        }
    return true;
}

static bool rule_policies(arena *a, em_node *m, const gw_graph *g, const gw_route *route,
                          const gw_route_rule *rule)
{
    static const gw_policy_kind kinds[] = { GW_POLICY_BTP, GW_POLICY_SP, GW_POLICY_EEP };
    em_node *ps = em_add_seq(a, m, "policies");
    for (size_t i = 0; i < route->parent_count; i++) {
        const gw_parent *par = &route->parents[i];
        for (size_t j = 0; j < par->attachment_count; j++) {
            const gw_listener *l = par->attachments[j].listener;
            for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
                gw_policy_link c[GW_POLICY_CHAIN_MAX];
                size_t n = gw_policy_chain(g->policies, kinds[k], route, rule, l, c);
                if (!n)
                    continue;
                const gw_policy *merged = NULL;
                gw_policy_effective(g->policies, kinds[k], route, rule, l, &merged);
                em_node *e = em_add_map(a, ps, NULL);
                em_add_str(a, e, "kind", gw_policy_kind_name(kinds[k]));
                em_add_str(a, e, "listener", listener_id(a, l));
                em_add_str(a, e, "applies", nsname(a, c[0].policy->obj));
                em_add_str(a, e, "attachedTo", gw_policy_scope_name(c[0].scope));
                if (c[0].policy->invalid)
                    em_add_str(a, e, "invalid", c[0].policy->invalid_message);
                /* traffic flows without the failing extensions */
                if (c[0].policy->fail_open_spec)
                    em_add_bool(a, e, "failOpen", true);
                if (merged) {
                    em_add_str(a, e, "mergedWith", nsname(a, merged->obj));
                    em_add_str(a, e, "mergeType", c[0].policy->merge_type);
                }
                if (!conflicted(a, e, g->policies, &c[0]))
                    return false;
                em_node *sh = n > 1 ? em_add_seq(a, e, "shadowed") : NULL;
                for (size_t q = 1; q < n; q++) {
                    if (c[q].policy == merged)
                        continue;
                    em_add_str(a, sh, NULL, join3(a, nsname(a, c[q].policy->obj), " on ", gw_policy_scope_name(c[q].scope)));
                }
            }
        }
    }
    return ps != NULL;
}

static bool route_rules(arena *a, em_node *m, const gw_graph *g, const gw_route *route)
{
    em_node *rules = em_add_seq(a, m, "rules");
    for (size_t i = 0; i < route->rule_count; i++) {
        const gw_route_rule *rule = &route->rules[i];
        em_node *e = em_add_map(a, rules, NULL);
        em_add_int(a, e, "index", (int64_t)rule->index);
        if (rule->name)
            em_add_str(a, e, "name", rule->name);
        em_node *bs = em_add_seq(a, e, "backends");
        for (size_t j = 0; j < rule->backend_count; j++) {
            const gw_backend *b = &rule->backends[j];
            em_node *x = em_add_map(a, bs, NULL);
            em_add_str(a, x, "backendRef", join3(a, b->kind, " ", join3(a, b->ns ? b->ns : "", "/", b->name)));
            if (b->has_port)
                em_add_int(a, x, "port", b->port);
            em_add_bool(a, x, "resolved", b->resolved);
            if (!b->resolved && b->reason)
                em_add_str(a, x, "reason", b->reason);
            if (!b->resolved && b->message)
                em_add_str(a, x, "message", b->message);
        }
        if (!rule_policies(a, e, g, route, rule))
            return false;
    }
    return rules != NULL;
}

/* ---- policies ---------------------------------------------------------- */

static const char *target_text(arena *a, const gw_held_target *t, const char *section)
{
    const gw_obj *o = t->route ? t->route->obj : t->listener_set ? t->listener_set->obj : t->gateway->obj;
    const char *s = kind_ref(a, o);
    if (t->listener)
        return join3(a, s, "/", t->listener->spec.name);
    if (t->rule && t->rule->name)
        return join3(a, s, " rule ", t->rule->name);
    return section ? join3(a, s, "/", section) : s;
}

static bool policy(arena *a, em_node *m, const gw_policy *p)
{
    if (p->merge_type)
        em_add_str(a, m, "mergeType", p->merge_type);
    if (p->invalid)
        em_add_str(a, m, "invalid", p->invalid_message);
    if (p->fail_open_spec)
        em_add_bool(a, m, "failOpen", true);
    em_node *hs = em_add_seq(a, m, "holds");
    for (size_t i = 0; i < p->target_count; i++) {
        em_node *e = em_add_map(a, hs, NULL);
        em_add_str(a, e, "target", target_text(a, &p->targets[i], NULL));
        em_add_str(a, e, "scope", gw_policy_scope_name(p->targets[i].scope));
    }
    em_node *ls = em_add_seq(a, m, "lost");
    for (size_t i = 0; i < p->loss_count; i++) {
        const gw_policy_loss *x = &p->losses[i];
        em_node *e = em_add_map(a, ls, NULL);
        em_add_str(a, e, "target", target_text(a, &x->target, x->section));
        em_add_str(a, e, "reason", x->reason);
        if (x->holder)
            em_add_str(a, e, "heldBy", join3(a, nsname(a, x->holder->obj),
                                             gw_obj_older(x->holder->obj, p->obj) < 0 ? " (older)" : " (same age, earlier by namespace/name)", ""));
    }
    em_node *ms = em_add_seq(a, m, "merged");
    for (size_t i = 0; i < p->merge_count; i++) {
        em_node *e = em_add_map(a, ms, NULL);
        em_add_str(a, e, "listener", listener_id(a, p->merges[i].listener));
        em_add_str(a, e, "with", nsname(a, p->merges[i].parent->obj));
    }
    em_node *as = em_add_seq(a, m, "ancestors");
    for (size_t i = 0; i < p->ancestor_count; i++) {
        const gw_policy_ancestor *x = &p->ancestors[i];
        em_node *e = em_add_map(a, as, NULL);
        const char *ref = join3(a, x->kind, " ", x->ns ? join3(a, x->ns, "/", x->name) : x->name);
        em_add_str(a, e, "ancestorRef", x->section_name ? join3(a, ref, "/", x->section_name) : ref);
        conditions(a, e, &x->conditions);
    }
    return as != NULL;
}

/* ---- gateways ---------------------------------------------------------- */

static bool held_policies(arena *a, em_node *m, const gw_graph *g, const void *target)
{
    em_node *ps = NULL;
    for (int k = 0; k < GW_POLICY_KIND_COUNT; k++) {
        const gw_policy *p = gw_policy_on(g->policies, (gw_policy_kind)k, target);
        if (!p)
            continue;
        if (!ps)
            ps = em_add_seq(a, m, "policies");
        em_add_str(a, ps, NULL, join3(a, gw_policy_kind_name((gw_policy_kind)k), " ", nsname(a, p->obj)));
    }
    return true;
}

static bool gateway(arena *a, em_node *m, const gw_graph *g, const gw_gateway *gw)
{
    em_add_bool(a, m, "accepted", gw->accepted);
    em_add_bool(a, m, "programmed", gw->programmed);
    conditions(a, m, &gw->conditions);
    held_policies(a, m, g, gw);
    em_node *ls = em_add_seq(a, m, "listeners");
    for (size_t i = 0; i < gw->listener_count; i++) {
        const gw_listener *l = &gw->listeners[i];
        em_node *e = em_add_map(a, ls, NULL);
        em_add_str(a, e, "listener", listener_id(a, l));
        if (l->listener_set)
            em_add_str(a, e, "listenerSet", nsname(a, l->listener_set->obj));
        em_add_str(a, e, "protocol", l->spec.protocol ? l->spec.protocol : "");
        em_add_int(a, e, "port", l->spec.port);
        if (l->spec.hostname)
            em_add_str(a, e, "hostname", l->spec.hostname);
        conditions(a, e, &l->conditions);
        held_policies(a, e, g, l);
        if (l->listener_set)
            held_policies(a, e, g, l->listener_set);
        em_node *routes = em_add_seq(a, e, "routes");
        for (size_t j = 0; j < l->route_count; j++)
            em_add_str(a, routes, NULL, kind_ref(a, l->routes[j].route->obj));
    }
    return ls != NULL;
}

em_node *explain_tree(arena *a, const gw_graph *g, const char *kind, const char *ns, const char *name)
{
    const gw_model *m = g->model;
    const gw_obj *o = NULL;
    for (size_t i = 0; i < m->obj_count && !o; i++) {
        const gw_obj *x = &m->objs[i];
        if (str_eq(gw_c(x->obj->kind_name), kind) && !strcmp(x->name, name) &&
            (!x->ns || !ns || !strcmp(x->ns, ns)) && gw_model_find_kind(m, x->kind, x->ns, x->name) == x)
            o = x;
    }
    if (!o)
        return NULL;
    em_node *root = em_map(a);
    em_add_str(a, root, "kind", gw_c(o->obj->kind_name));
    if (o->ns)
        em_add_str(a, root, "namespace", o->ns);
    em_add_str(a, root, "name", o->name);
    for (size_t i = 0; i < g->route_count; i++)
        if (g->routes[i].obj == o)
            return route_parents(a, root, &g->routes[i]) && route_rules(a, root, g, &g->routes[i]) ? root : NULL;
    for (size_t i = 0; i < g->gateway_count; i++)
        if (g->gateways[i].obj == o)
            return gateway(a, root, g, &g->gateways[i]) ? root : NULL;
    for (size_t i = 0; g->policies && i < g->policies->count; i++)
        if (g->policies->items[i].obj == o)
            return policy(a, root, &g->policies->items[i]) ? root : NULL;
    em_add_str(a, root, "note", "nothing to explain for this kind");
    return root;
}

/* A string value; the lines after the first of a multi-line one (joined
 * translator errors) are indented under it. */
static void text_value(strbuf *b, const char *s, size_t len, int indent)
{
    for (size_t i = 0; i < len; i++) {
        strbuf_putc(b, s[i]);
        for (int j = 0; s[i] == '\n' && j < indent; j++)
            strbuf_putc(b, ' ');
    }
}

/* Text: "key: value" lines, nested maps and sequences indented. */
static void text(strbuf *b, const em_node *n, int indent, bool item)
{
    for (const em_node *c = n->first; c; c = c->next) {
        int pad = item && c == n->first ? 0 : indent;
        for (int i = 0; i < pad; i++)
            strbuf_putc(b, ' ');
        if (n->type == EM_SEQ)
            strbuf_puts(b, "- ");
        else if (c->key) {
            strbuf_puts(b, c->key);
            strbuf_puts(b, ":");
        }
        switch (c->type) {
        case EM_STR:
            strbuf_puts(b, n->type == EM_SEQ ? "" : " ");
            text_value(b, c->str.ptr ? c->str.ptr : "", c->str.len, indent + 2);
            strbuf_putc(b, '\n');
            break;
        case EM_INT:
            strbuf_printf(b, "%s%lld\n", n->type == EM_SEQ ? "" : " ", (long long)c->num);
            break;
        case EM_BOOL:
            strbuf_puts(b, n->type == EM_SEQ ? "" : " ");
            strbuf_puts(b, c->num ? "yes\n" : "no\n");
            break;
        default:
            if (!c->first) {
                strbuf_puts(b, c->type == EM_SEQ ? " none\n" : "\n");
            } else if (n->type == EM_SEQ) {
                text(b, c, indent + 2, true);
            } else {
                strbuf_putc(b, '\n');
                text(b, c, indent + 2, false);
            }
        }
    }
}

void explain_render_text(strbuf *b, const em_node *root)
{
    text(b, root, 0, false);
}
