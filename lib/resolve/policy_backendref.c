/* backendRefs inside policies (ext-auth, ext-proc, ...) checked as the
 * translator checks them (validateExtServiceBackendReference): a known
 * group and kind, a ReferenceGrant for another namespace, then per kind:
 * a Service with the port (TCP), not ExternalName; a ServiceImport with
 * the port; an Envoy Gateway Backend that exists. */
#include "policy_impl.h"

#include <string.h>

#define EG_GROUP "gateway.envoyproxy.io"
#define MCS_GROUP "multicluster.x-k8s.io"

const char *pol_check_backend_ref(rs *r, const gw_obj *policy, const char *group, const char *kind,
                                  const char *ns, const char *name, bool has_port, int64_t port)
{
    if (group && *group && !str_eq(group, MCS_GROUP) && !str_eq(group, EG_GROUP))
        return "group is invalid, only the core API group (specified by omitting the group field or setting it to an empty string), multicluster.x-k8s.io and gateway.envoyproxy.io are supported";
    const char *k = kind ? kind : "Service";
    if (!str_eq(k, "Service") && !str_eq(k, "ServiceImport") && !str_eq(k, "Backend"))
        return "kind is invalid, only Service, MCS ServiceImport and Envoy Gateway Backend are supported";
    const char *to_ns = ns ? ns : policy->ns;
    const char *to_group = str_eq(k, "Service") ? "" : str_eq(k, "Backend") ? EG_GROUP : MCS_GROUP;
    if (!rs_grant_allows(r, EG_GROUP, policy->obj->kind_name, policy->ns, to_group, k, to_ns, name))
        return rs_printf(r, "backend ref to %s %s/%s not permitted by any ReferenceGrant", k, to_ns, name);
    if (str_eq(k, "Service")) {
        if (!has_port)
            return "a valid port number corresponding to a port on the Service must be specified";
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_SERVICE, to_ns, name);
        const gwapi_service *svc = o ? o->obj->typed : NULL;
        if (!svc)
            return rs_printf(r, "service %s/%s not found", to_ns, name);
        if (svc->spec && str_eq(svc->spec->type, "ExternalName"))
            return rs_printf(r, "Service %s/%s is of type ExternalName, which is not supported as a backend; use an Envoy Gateway Backend resource with an FQDN endpoint instead", to_ns, name);
        for (size_t i = 0; svc->spec && i < svc->spec->ports.count; i++) {
            const gwapi_service_port *p = &svc->spec->ports.items[i];
            if (p->port.set && p->port.value == port && str_eq(p->protocol ? p->protocol : "TCP", "TCP"))
                return NULL;
        }
        return rs_printf(r, "TCP Port %lld not found on service %s/%s", (long long)port, to_ns, name);
    }
    if (str_eq(k, "ServiceImport")) {
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_SERVICE_IMPORT, to_ns, name);
        const gwapi_service_import *si = o ? o->obj->typed : NULL;
        if (!si)
            return rs_printf(r, "serviceimport %s/%s not found", to_ns, name);
        for (size_t i = 0; si->spec && i < si->spec->ports.count; i++) {
            const gwapi_service_import_port *p = &si->spec->ports.items[i];
            if (p->port.set && p->port.value == port && str_eq(p->protocol ? p->protocol : "TCP", "TCP"))
                return NULL;
        }
        return rs_printf(r, "TCP Port %lld not found on service %s/%s", (long long)port, to_ns, name);
    }
    if (!gw_model_find_kind(r->m, GWAPI_KIND_BACKEND, to_ns, name))
        return rs_printf(r, "backend %s/%s not found", to_ns, name);
    return NULL;
}
