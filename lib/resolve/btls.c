/* BackendTLSPolicy: targets (Service / ServiceImport / Backend, optionally a
 * port by sectionName) are indexed, each route backendRef looks up the
 * policy for its target (sectioned before whole-object, then oldest), and
 * every policy gets one ancestor entry per Gateway parentRef through which
 * a route uses a target. caCertificateRefs must name existing ConfigMaps or
 * Secrets in the policy's namespace. */
#include "resolve_impl.h"

#include <stdlib.h>
#include <string.h>

typedef struct target_entry {
    const char *kind;
    const char *name;
    const char *section;   /* NULL: every port */
    gw_backend_tls_policy *policy;
} target_entry;

static int entry_cmp(const void *x, const void *y)
{
    const target_entry *a = x, *b = y;
    int c = strcmp(a->policy->obj->ns, b->policy->obj->ns);
    if (!c)
        c = strcmp(a->kind, b->kind);
    if (!c)
        c = strcmp(a->name, b->name);
    if (!c)
        c = (a->section == NULL) - (b->section == NULL);
    if (!c)
        c = gw_obj_older(a->policy->obj, b->policy->obj);
    return c;
}

static bool ca_refs(rs *r, gw_backend_tls_policy *p, const char **reason, char **msg)
{
    const gwapi_backend_tls_policy_validation *v = p->spec->spec ? p->spec->spec->validation : NULL;
    size_t n = v ? v->ca_certificate_refs.count : 0;
    p->ca_certificates = arena_calloc(r->a, n ? n : 1, sizeof *p->ca_certificates);
    if (!p->ca_certificates)
        return false;
    *reason = NULL;
    for (size_t i = 0; i < n; i++) {
        const gwapi_local_object_reference *ref = &v->ca_certificate_refs.items[i];
        gwapi_kind k = GWAPI_KIND_UNKNOWN;
        if (str_eq(ref->group.ptr, "") && str_eq(ref->kind.ptr, "ConfigMap"))
            k = GWAPI_KIND_CONFIG_MAP;
        else if (str_eq(ref->group.ptr, "") && str_eq(ref->kind.ptr, "Secret"))
            k = GWAPI_KIND_SECRET;
        const gw_obj *o = k != GWAPI_KIND_UNKNOWN ? gw_model_find_kind(r->m, k, p->obj->ns, ref->name.ptr) : NULL;
        if (!o) {
            *reason = "InvalidCACertificateRef";
            *msg = k == GWAPI_KIND_UNKNOWN
                       ? rs_printf(r, "Unsupported reference kind %s for caCertificateRef %s.", ref->kind.ptr ? ref->kind.ptr : "", ref->name.ptr ? ref->name.ptr : "")
                       : rs_printf(r, "%s %s not found in namespace %s.", k == GWAPI_KIND_SECRET ? "secret" : "configmap",
                                   ref->name.ptr ? ref->name.ptr : "", p->obj->ns);
            return *msg != NULL;
        }
        p->ca_certificates[p->ca_certificate_count++] = o;
    }
    return true;
}

static bool add_ancestor(rs *r, gw_backend_tls_policy *p, const gw_parent *par)
{
    const char *section = par->ref.section_name;
    for (size_t i = 0; i < p->ancestor_count; i++) {
        const gw_policy_ancestor *a = &p->ancestors[i];
        if (str_eq(a->ns, par->gateway->obj->ns) && str_eq(a->name, par->gateway->obj->name) &&
            str_eq(a->section_name, section) && (a->section_name == NULL) == (section == NULL))
            return true;
    }
    gw_policy_ancestor *items = arena_calloc(r->a, p->ancestor_count + 1, sizeof *items);
    if (!items)
        return false;
    if (p->ancestor_count)
        memcpy(items, p->ancestors, p->ancestor_count * sizeof *items);
    gw_policy_ancestor *a = &items[p->ancestor_count];
    a->group = "gateway.networking.k8s.io";
    a->kind = "Gateway";
    a->ns = par->gateway->obj->ns;
    a->name = par->gateway->obj->name;
    a->section_name = section;
    p->ancestors = items;
    p->ancestor_count++;
    return true;
}

static int ancestor_cmp(const void *x, const void *y)
{
    const gw_policy_ancestor *a = x, *b = y;
    int c = strcmp(a->ns, b->ns);
    if (!c)
        c = strcmp(a->name, b->name);
    if (!c)
        c = strcmp(a->section_name ? a->section_name : "", b->section_name ? b->section_name : "");
    return c;
}

static const char *target_kind_name(const gw_backend *b)
{
    switch (b->target_kind) {
    case GW_BACKEND_SERVICE: return "Service";
    case GW_BACKEND_SERVICE_IMPORT: return "ServiceImport";
    case GW_BACKEND_EG_BACKEND: return "Backend";
    default: return NULL;
    }
}

/* The policy for backend b: a sectioned entry for its port name first,
 * then a whole-object one; oldest first within each. */
static gw_backend_tls_policy *lookup(const target_entry *e, size_t n, const gw_backend *b)
{
    const char *kind = target_kind_name(b);
    const char *section = b->service_port ? b->service_port->name.ptr : NULL;
    gw_backend_tls_policy *whole = NULL;
    for (size_t lo = 0, hi = n; lo < hi;) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(e[mid].policy->obj->ns, b->ns);
        if (!c)
            c = strcmp(e[mid].kind, kind);
        if (!c)
            c = strcmp(e[mid].name, b->name);
        if (c < 0) {
            lo = mid + 1;
        } else if (c > 0) {
            hi = mid;
        } else {
            size_t s = mid;
            while (s > 0 && !strcmp(e[s - 1].policy->obj->ns, b->ns) && !strcmp(e[s - 1].kind, kind) &&
                   !strcmp(e[s - 1].name, b->name))
                s--;
            for (size_t i = s; i < n && !strcmp(e[i].policy->obj->ns, b->ns) && !strcmp(e[i].kind, kind) &&
                               !strcmp(e[i].name, b->name); i++) {
                if (e[i].section && section && !strcmp(e[i].section, section))
                    return e[i].policy;
                if (!e[i].section && !whole)
                    whole = e[i].policy;
            }
            break;
        }
    }
    return whole;
}

bool rs_backend_tls_policies(rs *r)
{
    const gw_obj_list *l = &r->m->by_kind[GWAPI_KIND_BACKEND_TLS_POLICY];
    gw_graph *g = r->g;
    g->backend_tls_policies = arena_calloc(r->a, l->count ? l->count : 1, sizeof *g->backend_tls_policies);
    if (!g->backend_tls_policies)
        return false;
    g->backend_tls_policy_count = l->count;
    size_t ne = 0;
    for (size_t i = 0; i < l->count; i++)
        ne += gw_policy_target_count(l->items[i]);
    target_entry *e = arena_calloc(r->a, ne ? ne : 1, sizeof *e);
    if (!e)
        return false;
    ne = 0;
    for (size_t i = 0; i < l->count; i++) {
        gw_backend_tls_policy *p = &g->backend_tls_policies[i];
        p->obj = l->items[i];
        p->spec = p->obj->obj->typed;
        size_t nt = gw_policy_target_count(p->obj);
        for (size_t t = 0; t < nt; t++) {
            gw_target_view v = gw_policy_target(p->obj, t);
            if (!v.kind || !v.name || v.is_selector)
                continue;
            e[ne].kind = v.kind;
            e[ne].name = v.name;
            e[ne].section = v.section_name;
            e[ne].policy = p;
            ne++;
        }
    }
    qsort(e, ne, sizeof *e, entry_cmp);
    for (size_t i = 0; i < g->route_count; i++) {
        gw_route *route = &g->routes[i];
        for (size_t j = 0; j < route->rule_count; j++) {
            gw_route_rule *rule = &route->rules[j];
            for (size_t k = 0; k < rule->backend_count; k++) {
                gw_backend *b = &rule->backends[k];
                if (!b->target || !ne)
                    continue;
                gw_backend_tls_policy *p = lookup(e, ne, b);
                if (!p)
                    continue;
                b->tls_policy = p;
                for (size_t q = 0; q < route->parent_count; q++)
                    if (route->parents[q].accepted && !add_ancestor(r, p, &route->parents[q]))
                        return false;
            }
        }
    }
    for (size_t i = 0; i < g->backend_tls_policy_count; i++) {
        gw_backend_tls_policy *p = &g->backend_tls_policies[i];
        /* ancestors in a canonical order, whatever order routes came in */
        qsort(p->ancestors, p->ancestor_count, sizeof *p->ancestors, ancestor_cmp);
        const char *reason = NULL;
        char *msg = NULL;
        if (!ca_refs(r, p, &reason, &msg))
            return false;
        p->accepted = p->resolved_refs = reason == NULL;
        int64_t gen = p->obj->generation;
        for (size_t a = 0; a < p->ancestor_count; a++) {
            gw_conditions *c = &p->ancestors[a].conditions;
            if (reason) {
                if (!cond_set(r, c, "Accepted", GW_COND_FALSE, "NoValidCACertificate", msg, gen) ||
                    !cond_set(r, c, "ResolvedRefs", GW_COND_FALSE, reason, msg, gen))
                    return false;
            } else if (!cond_set(r, c, "Accepted", GW_COND_TRUE, "Accepted", "Policy has been accepted.", gen) ||
                       !cond_set(r, c, "ResolvedRefs", GW_COND_TRUE, "ResolvedRefs", "Resolved all the Object references.", gen)) {
                return false;
            }
        }
    }
    return true;
}
