/* Secret references inside policies (basic auth users, OIDC client
 * secret, API key credentials, Wasm image pull secrets) checked as the
 * translator's validateSecretRef checks them: a ReferenceGrant for another
 * namespace, then the Secret exists. */
#include "policy_impl.h"

#define EG_GROUP "gateway.envoyproxy.io"

const char *pol_check_secret_ref(rs *r, const gw_obj *policy, const gwapi_secret_object_reference *ref,
                                 const gwapi_secret **out)
{
    if (out)
        *out = NULL;
    if (!ref || !gw_c(ref->name))
        return NULL;
    const char *name = gw_c(ref->name), *ns = gw_c(ref->ns) ? gw_c(ref->ns) : policy->ns;
    if (!rs_grant_allows(r, EG_GROUP, gw_c(policy->obj->kind_name), policy->ns, "", "Secret", ns, name))
        return rs_printf(r, "certificate ref to secret %s/%s not permitted by any ReferenceGrant", ns, name);
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_SECRET, ns, name);
    if (!o)
        return rs_printf(r, "secret %s/%s does not exist", ns, name);
    if (out)
        *out = o->obj->typed;
    return NULL;
}
