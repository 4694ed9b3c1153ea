/* BackendTLSPolicy: targets (Service / ServiceImport / Backend, optionally a
 * port by sectionName) are indexed, each route backendRef looks up the
 * policy for its target (sectioned before whole-object, then oldest), and
 * every policy gets one ancestor entry per Gateway parentRef through which
 * a route uses a target. caCertificateRefs must name existing ConfigMaps or
 * Secrets in the policy's namespace, or a single SDS reference Secret. */
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
        c = strcmp(a->section ? a->section : "", b->section ? b->section : "");
    if (!c)
        c = gw_obj_older(a->policy->obj, b->policy->obj);
    return c;
}

/* The first problem of caCertificateRefs, as the route's backendRef reports
 * it (the policy's own conditions capitalize it). An SDS reference Secret
 * must be valid and the only CA reference: Envoy Gateway fetches that one
 * CA bundle from the SDS server and cannot merge it with others. */
static bool ca_refs(rs *r, gw_backend_tls_policy *p, const char **reason, const char **msg)
{
    const gwapi_backend_tls_policy_validation *v = p->spec->spec ? p->spec->spec->validation : NULL;
    size_t n = v ? v->ca_certificate_refs.count : 0;
    p->ca_certificates = arena_calloc(r->a, n ? n : 1, sizeof *p->ca_certificates);
    if (!p->ca_certificates)
        return false;
    *reason = NULL;
    size_t sds = 0;
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
        if (k == GWAPI_KIND_SECRET && rs_secret_is_sds(o->obj->typed)) {
            rs_sds ref_sds;
            const char *why;
            if (!rs_sds_check(r, o, &ref_sds, &why))
                return false;
            if (why) {
                *reason = "InvalidCACertificateRef";
                *msg = rs_printf(r, "invalid SDS reference secret %s: %s.", o->name, why);
                return *msg != NULL;
            }
            sds++;
        }
        p->ca_certificates[p->ca_certificate_count++] = o;
    }
    if (sds > 1 || (sds && sds < n)) {
        *reason = "InvalidCACertificateRef";
        *msg = sds > 1 ? "multiple SDS reference secrets are not supported."
                       : "cannot mix SDS reference secrets with other CA certificate types.";
    }
    return true;
}

bool rs_add_ancestor(rs *r, gw_policy_ancestor **list, size_t *count, const gw_gateway *gw,
                     const char *section)
{
    for (size_t i = 0; i < *count; i++) {
        const gw_policy_ancestor *a = &(*list)[i];
        if (str_eq(a->ns, gw->obj->ns) && str_eq(a->name, gw->obj->name) &&
            (a->section_name == NULL) == (section == NULL) && str_eq(a->section_name, section))
            return true;
    }
    gw_policy_ancestor *items = arena_calloc(r->a, *count + 1, sizeof *items);
    if (!items)
        return false;
    if (*count)
        memcpy(items, *list, *count * sizeof *items);
    gw_policy_ancestor *a = &items[*count];
    a->group = "gateway.networking.k8s.io";
    a->kind = "Gateway";
    a->ns = gw->obj->ns;
    a->name = gw->obj->name;
    a->section_name = section;
    *list = items;
    (*count)++;
    return true;
}

#define MAX_ANCESTORS 16

bool rs_cap_ancestors(rs *r, gw_policy_ancestor *list, size_t *count, int64_t generation)
{
    if (*count <= MAX_ANCESTORS)
        return true;
    *count = MAX_ANCESTORS;
    return cond_set(r, &list[MAX_ANCESTORS - 1].conditions, "Aggregated", GW_COND_TRUE, "Aggregated",
                    "Ancestors have been truncated because the number of policy ancestors exceeds 16.",
                    generation);
}

int rs_ancestor_cmp(const void *x, const void *y)
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

static bool same_target(const target_entry *a, const target_entry *b)
{
    return str_eq(a->policy->obj->ns, b->policy->obj->ns) && !strcmp(a->kind, b->kind) &&
           !strcmp(a->name, b->name) && (a->section == NULL) == (b->section == NULL) &&
           str_eq(a->section, b->section);
}

/* The entry that applies to backend b: a sectioned entry for its port name
 * first, then a whole-object one; oldest first within each. Later entries
 * with the very same target follow it in the array (they conflict). */
static const target_entry *lookup(const target_entry *e, size_t n, const gw_backend *b)
{
    const char *kind = target_kind_name(b);
    const char *section = b->service_port ? b->service_port->name.ptr
                        : b->import_port ? b->import_port->name.ptr : NULL;
    const target_entry *whole = NULL;
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
                    return &e[i];
                if (!e[i].section && !whole)
                    whole = &e[i];
            }
            break;
        }
    }
    return whole;
}

bool rs_btls_index(rs *r)
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
        if (!ca_refs(r, p, &p->invalid_reason, &p->invalid_message))
            return false;
        p->resolved_refs = p->invalid_reason == NULL;
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
    r->btls = e;
    r->btls_count = ne;
    return true;
}

bool rs_btls_backend(rs *r, gw_backend *b)
{
    const target_entry *win = r->btls_count && b->target ? lookup(r->btls, r->btls_count, b) : NULL;
    if (!win)
        return true;
    b->tls_policy = win->policy;
    if (win->policy->resolved_refs)
        return true;
    /* TLS to this backend cannot be set up: its policy has no usable CA */
    b->resolved = false;
    b->reason = "InvalidBackendTLS";
    b->message = win->policy->invalid_message;
    return true;
}

/* A policy's condition message starts with a capital letter (Envoy
 * Gateway's wording of the backendRef error on the policy itself). */
static const char *capitalized(rs *r, const char *msg)
{
    if (!msg || !(*msg >= 'a' && *msg <= 'z'))
        return msg;
    char *s = rs_printf(r, "%s", msg);
    if (s)
        *s = (char)(*s - 'a' + 'A');
    return s;
}

bool rs_backend_tls_policies(rs *r)
{
    gw_graph *g = r->g;
    const target_entry *e = r->btls;
    size_t ne = r->btls_count;
    for (size_t i = 0; i < g->route_count; i++) {
        gw_route *route = &g->routes[i];
        for (size_t j = 0; j < route->rule_count; j++) {
            gw_route_rule *rule = &route->rules[j];
            for (size_t k = 0; k < rule->backend_count; k++) {
                gw_backend *b = &rule->backends[k];
                if (!b->target || !ne)
                    continue;
                const target_entry *win = lookup(e, ne, b);
                if (!win)
                    continue;
                /* the winner and every policy with the same target */
                for (const target_entry *x = win; x < e + ne && same_target(x, win); x++) {
                    if (x != win)
                        x->policy->conflicted = true;
                    for (size_t q = 0; q < route->parent_count; q++)
                        if (route->parents[q].accepted &&
                            !rs_add_ancestor(r, &x->policy->ancestors, &x->policy->ancestor_count,
                                             route->parents[q].gateway, route->parents[q].ref.section_name))
                            return false;
                }
            }
        }
    }
    for (size_t i = 0; i < g->backend_tls_policy_count; i++) {
        gw_backend_tls_policy *p = &g->backend_tls_policies[i];
        /* ancestors in a canonical order, whatever order routes came in */
        if (p->ancestor_count) /* qsort wants a non-NULL base, even for none */
            qsort(p->ancestors, p->ancestor_count, sizeof *p->ancestors, rs_ancestor_cmp);
        const char *reason = p->invalid_reason;
        const char *msg = reason ? capitalized(r, p->invalid_message) : NULL;
        if (reason && !msg)
            return false;
        p->accepted = p->resolved_refs && !p->conflicted;
        int64_t gen = p->obj->generation;
        for (size_t a = 0; a < p->ancestor_count; a++) {
            gw_conditions *c = &p->ancestors[a].conditions;
            if (p->conflicted) {
                /* an older policy has the same target (GEP-713) */
                if (!cond_set(r, c, "Accepted", GW_COND_FALSE, "Conflicted",
                              "Unable to target the backend: an older BackendTLSPolicy has the same target.", gen))
                    return false;
            } else if (reason) {
                if (!cond_set(r, c, "Accepted", GW_COND_FALSE, "NoValidCACertificate", msg, gen) ||
                    !cond_set(r, c, "ResolvedRefs", GW_COND_FALSE, reason, msg, gen))
                    return false;
            } else if (!cond_set(r, c, "Accepted", GW_COND_TRUE, "Accepted", "Policy has been accepted.", gen) ||
                       !cond_set(r, c, "ResolvedRefs", GW_COND_TRUE, "ResolvedRefs", "Resolved all the Object references.", gen)) {
                return false;
            }
        }
        if (!rs_cap_ancestors(r, p->ancestors, &p->ancestor_count, gen))
            return false;
    }
    return true;
}
