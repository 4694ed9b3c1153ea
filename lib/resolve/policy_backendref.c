/* backendRefs inside policies (ext-auth, ext-proc, ...) checked as the
 * translator checks them (translateExtServiceBackendRefs): per reference
 * (validateExtServiceBackendReference) a known group and kind, then per
 * kind: a Service with the port (TCP), not ExternalName; a ServiceImport
 * with the port; an Envoy Gateway Backend that exists; then a
 * ReferenceGrant for another namespace. A BackendTLSPolicy on the backend (the
 * port's sectionName first, then the whole object) gets the policy as an
 * ancestor, and a BackendTLSPolicy whose CA certificates do not resolve
 * makes the reference invalid. The first invalid reference ends the
 * check; then the references of one external service must share one
 * endpoint address type (IP, FQDN or mixed). */
#include "policy_impl.h"

#include <string.h>

#define EG_GROUP "gateway.envoyproxy.io"
#define MCS_GROUP "multicluster.x-k8s.io"

/* The BackendTLSPolicy for (kind, ns, name, port name): a sectioned
 * target first, then a whole-object one; the oldest within each. */
static gw_backend_tls_policy *btls_for(rs *r, const char *kind, const char *ns, const char *name,
                                       const char *port_name)
{
    gw_backend_tls_policy *whole = NULL, *sectioned = NULL;
    for (size_t i = 0; i < r->g->backend_tls_policy_count; i++) {
        gw_backend_tls_policy *p = &r->g->backend_tls_policies[i];
        if (!str_eq(p->obj->ns, ns) || !p->spec || !p->spec->spec)
            continue;
        const gwapi_local_policy_target_reference_with_section_name_list *t = &p->spec->spec->target_refs;
        for (size_t j = 0; j < t->count; j++) {
            const char *section = gw_c(t->items[j].section_name);
            if (!str_eq(gw_c(t->items[j].kind), kind) || !str_eq(gw_c(t->items[j].name), name))
                continue;
            gw_backend_tls_policy **slot = section ? &sectioned : &whole;
            if (section && (!port_name || !str_eq(section, port_name)))
                continue;
            if (!*slot || gw_obj_older(p->obj, (*slot)->obj) < 0)
                *slot = p;
        }
    }
    return sectioned ? sectioned : whole;
}

/* The first CA certificate reference of a BackendTLSPolicy that does not
 * resolve, as a message; NULL when all do. */
static const char *btls_ca_error(rs *r, const gw_backend_tls_policy *p)
{
    const gwapi_backend_tls_policy_validation *v = p->spec->spec->validation;
    for (size_t i = 0; v && i < v->ca_certificate_refs.count; i++) {
        const gwapi_local_object_reference *ref = &v->ca_certificate_refs.items[i];
        const char *kind = gw_c(ref->kind), *name = gw_c(ref->name);
        bool secret = str_eq(kind, "Secret");
        if (!str_eq(gw_c(ref->group), "") || (!secret && !str_eq(kind, "ConfigMap")))
            return rs_printf(r, "Unsupported reference kind %s for caCertificateRef %s", kind ? kind : "",
                             name ? name : "");
        if (!gw_model_find_kind(r->m, secret ? GWAPI_KIND_SECRET : GWAPI_KIND_CONFIG_MAP, p->obj->ns, name))
            return rs_printf(r, "%s %s not found in namespace %s", secret ? "secret" : "configmap",
                             name ? name : "", p->obj->ns);
    }
    return NULL;
}

/* Adds the policy as an ancestor of the BackendTLSPolicy (once). */
static const char *btls_use(rs *r, const gw_obj *policy, gw_backend_tls_policy *b)
{
    const char *err = btls_ca_error(r, b);
    for (size_t i = 0; i < b->ancestor_count; i++) {
        const gw_policy_ancestor *a = &b->ancestors[i];
        if (str_eq(a->kind, gw_c(policy->obj->kind_name)) && str_eq(a->ns, policy->ns) && str_eq(a->name, policy->name))
            return err;
    }
    gw_policy_ancestor *items = arena_calloc(r->a, b->ancestor_count + 1, sizeof *items);
    if (!items)
        return err;
    if (b->ancestor_count)
        memcpy(items, b->ancestors, b->ancestor_count * sizeof *items);
    gw_policy_ancestor *a = &items[b->ancestor_count];
    a->group = EG_GROUP;
    a->kind = gw_c(policy->obj->kind_name);
    a->ns = policy->ns;
    a->name = policy->name;
    int64_t gen = b->obj->generation;
    if (err) {
        const char *msg = rs_printf(r, "%c%s.", err[0] - 32 * (err[0] >= 'a' && err[0] <= 'z'), err + 1);
        cond_set(r, &a->conditions, "Accepted", GW_COND_FALSE, "NoValidCACertificate", msg, gen);
        cond_set(r, &a->conditions, "ResolvedRefs", GW_COND_FALSE, "InvalidCACertificateRef", msg, gen);
    } else {
        cond_set(r, &a->conditions, "Accepted", GW_COND_TRUE, "Accepted", "Policy has been accepted.", gen);
        cond_set(r, &a->conditions, "ResolvedRefs", GW_COND_TRUE, "ResolvedRefs", "Resolved all the Object references.", gen);
    }
    b->ancestors = items;
    b->ancestor_count++;
    return err;
}

/* The address type of an Envoy Gateway Backend's endpoints: IP (ip and
 * unix, both static), FQDN, MIXED when they differ, NULL without any. */
static const char *backend_address_type(const gwapi_backend *be)
{
    const char *type = NULL;
    for (size_t i = 0; be && be->spec && i < be->spec->endpoints.count; i++) {
        const gwapi_backend_endpoint *e = &be->spec->endpoints.items[i];
        const char *t = e->fqdn ? "FQDN" : e->ip || e->unix_ ? "IP" : NULL;
        if (!t)
            continue;
        if (type && strcmp(type, t))
            return "MIXED";
        type = t;
    }
    return type;
}

/* The referenced object of kind k: NULL when it exists with the port,
 * with *btls the BackendTLSPolicy on it (or NULL) and *addr_type the
 * address type of its endpoints; else the error. */
static const char *find_target(rs *r, const char *k, const char *ns, const char *name, bool has_port, int64_t port,
                               gw_backend_tls_policy **btls, const char **addr_type)
{
    if (str_eq(k, "Service")) {
        if (!has_port)
            return "a valid port number corresponding to a port on the Service must be specified";
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_SERVICE, ns, name);
        const gwapi_service *svc = o ? o->obj->typed : NULL;
        if (!svc)
            return rs_printf(r, "service %s/%s not found", ns, name);
        if (svc->spec && str_eq(gw_c(svc->spec->type), "ExternalName"))
            return rs_printf(r, "Service %s/%s is of type ExternalName, which is not supported as a backend; use an Envoy Gateway Backend resource with an FQDN endpoint instead", ns, name);
        for (size_t i = 0; svc->spec && i < svc->spec->ports.count; i++) {
            const gwapi_service_port *p = &svc->spec->ports.items[i];
            if (p->port.set && p->port.value == port && str_eq(gw_c(p->protocol) ? gw_c(p->protocol) : "TCP", "TCP")) {
                *addr_type = rs_slices_address_type(r, GW_BACKEND_SERVICE, ns, name);
                *btls = btls_for(r, "Service", ns, name, gw_c(p->name));
                return NULL;
            }
        }
        return rs_printf(r, "TCP Port %lld not found on service %s/%s", (long long)port, ns, name);
    }
    if (str_eq(k, "ServiceImport")) {
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_SERVICE_IMPORT, ns, name);
        const gwapi_service_import *si = o ? o->obj->typed : NULL;
        if (!si)
            return rs_printf(r, "serviceimport %s/%s not found", ns, name);
        for (size_t i = 0; si->spec && i < si->spec->ports.count; i++) {
            const gwapi_service_import_port *p = &si->spec->ports.items[i];
            if (p->port.set && p->port.value == port && str_eq(gw_c(p->protocol) ? gw_c(p->protocol) : "TCP", "TCP")) {
                *addr_type = rs_slices_address_type(r, GW_BACKEND_SERVICE_IMPORT, ns, name);
                *btls = btls_for(r, "ServiceImport", ns, name, gw_c(p->name));
                return NULL;
            }
        }
        return rs_printf(r, "TCP Port %lld not found on service %s/%s", (long long)port, ns, name);
    }
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_BACKEND, ns, name);
    if (!o)
        return rs_printf(r, "backend %s/%s not found", ns, name);
    *addr_type = backend_address_type(o->obj->typed);
    *btls = btls_for(r, "Backend", ns, name, NULL);
    return NULL;
}

/* One reference, in the translator's order: group and kind, the target
 * and its port, then the ReferenceGrant, then its BackendTLSPolicy;
 * *addr_type gets the address type of its endpoints. */
static const char *check_ref(rs *r, const gw_obj *policy, const char *group, const char *kind, const char *ns,
                             const char *name, bool has_port, int64_t port, const char **addr_type)
{
    *addr_type = NULL;
    if (group && *group && !str_eq(group, MCS_GROUP) && !str_eq(group, EG_GROUP))
        return "group is invalid, only the core API group (specified by omitting the group field or setting it to an empty string), multicluster.x-k8s.io and gateway.envoyproxy.io are supported";
    const char *k = kind ? kind : "Service";
    if (!str_eq(k, "Service") && !str_eq(k, "ServiceImport") && !str_eq(k, "Backend"))
        return "kind is invalid, only Service, MCS ServiceImport and Envoy Gateway Backend are supported";
    const char *to_ns = ns ? ns : policy->ns;
    gw_backend_tls_policy *btls = NULL;
    const char *err = find_target(r, k, to_ns, name, has_port, port, &btls, addr_type);
    if (err)
        return err;
    const char *to_group = str_eq(k, "Service") ? "" : str_eq(k, "Backend") ? EG_GROUP : MCS_GROUP;
    if (!rs_grant_allows(r, EG_GROUP, gw_c(policy->obj->kind_name), policy->ns, to_group, k, to_ns, name))
        return rs_printf(r, "backend ref to %s %s/%s not permitted by any ReferenceGrant", k, to_ns, name);
    return btls ? btls_use(r, policy, btls) : NULL;
}

/* Settings of one destination whose address types differ (the ones
 * without endpoints aside) cannot share the external service's cluster. */
static bool mixed_types(const char *seen, const char *t)
{
    return seen && t && strcmp(seen, t);
}

const char *pol_check_backend_refs(rs *r, const gw_obj *policy, const gwapi_backend_object_reference *one,
                                   const gwapi_eg_backend_ref_list *refs)
{
    const char *type, *seen = NULL, *err;
    bool mixed = false;
    if (one)
        return check_ref(r, policy, gw_c(one->group), gw_c(one->kind), gw_c(one->ns), gw_c(one->name),
                         one->port.set, one->port.value, &type);
    for (size_t i = 0; refs && i < refs->count; i++) {
        const gwapi_eg_backend_ref *b = &refs->items[i];
        err = check_ref(r, policy, gw_c(b->group), gw_c(b->kind), gw_c(b->ns), gw_c(b->name), b->port.set,
                        b->port.value, &type);
        if (err)
            return err;
        mixed = mixed || mixed_types(seen, type);
        seen = seen ? seen : type;
    }
    return mixed ? "external service destinations having multiple endpoint types are not supported" : NULL;
}

const char *pol_check_ext_service(rs *r, const gw_obj *policy, const gwapi_backend_object_reference *one,
                                  const gwapi_eg_backend_ref_list *refs)
{
    if (!one && (!refs || !refs->count))
        return "no backendRefs found for external service";
    return pol_check_backend_refs(r, policy, one, refs);
}
