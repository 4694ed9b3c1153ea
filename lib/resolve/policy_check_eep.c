/* EnvoyExtensionPolicy settings checked as the translator checks them:
 * ext-proc backends must resolve, Lua scripts from ConfigMaps must exist
 * and carry the key "lua", Wasm image pull Secrets must exist. */
#include "policy_impl.h"

#include <string.h>

static const char *ext_proc(rs *r, const gw_obj *policy, const gwapi_ext_proc_list *l)
{
    const char *err = NULL;
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_ext_proc *e = &l->items[i];
        if (e->backend_ref)
            err = pol_join(r, err, pol_check_backend_ref(r, policy, gw_c(e->backend_ref->group), gw_c(e->backend_ref->kind),
                                                         gw_c(e->backend_ref->ns), gw_c(e->backend_ref->name),
                                                         e->backend_ref->port.set, e->backend_ref->port.value));
        for (size_t j = 0; !e->backend_ref && j < e->backend_refs.count; j++) {
            const gwapi_eg_backend_ref *b = &e->backend_refs.items[j];
            err = pol_join(r, err, pol_check_backend_ref(r, policy, gw_c(b->group), gw_c(b->kind), gw_c(b->ns), gw_c(b->name),
                                                         b->port.set, b->port.value));
        }
    }
    return err;
}

static const char *lua(rs *r, const gw_obj *policy, const gwapi_lua_list *l)
{
    const char *err = NULL;
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_lua *x = &l->items[i];
        if (!str_eq(gw_c(x->type), "ValueRef") || !x->value_ref || !gw_c(x->value_ref->name))
            continue;
        const char *cm_name = gw_c(x->value_ref->name);
        if (0)
            continue;
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_CONFIG_MAP, policy->ns, cm_name);
        const gwapi_config_map *cm = o ? o->obj->typed : NULL;
        if (!cm) {
            err = pol_join(r, err, rs_printf(r, "can't find the referenced configmap %s in namespace %s",
                                             cm_name, policy->ns));
            continue;
        }
        if (!gwapi_str_is_set(gwapi_string_map_get(&cm->data, "lua")))
            err = pol_join(r, err, rs_printf(r, "can't find the key lua in the referenced configmap %s",
                                             cm_name));
    }
    return err;
}

/* Image code pulled with a Secret: the Secret must exist (across
 * namespaces with a ReferenceGrant). */
static const char *wasm(rs *r, const gw_obj *policy, const gwapi_wasm_list *l)
{
    const char *err = NULL;
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_wasm_code_source *c = l->items[i].code;
        const gwapi_secret_object_reference *ref = c && c->image ? c->image->pull_secret_ref : NULL;
        if (!ref || !gw_c(ref->name))
            continue;
        const char *name = gw_c(ref->name), *ns = gw_c(ref->ns) ? gw_c(ref->ns) : policy->ns;
        if (!rs_grant_allows(r, "gateway.envoyproxy.io", gw_c(policy->obj->kind_name), policy->ns, "", "Secret", ns, name))
            err = pol_join(r, err, rs_printf(r, "secret %s/%s is not permitted by any ReferenceGrant", ns, name));
        else if (!gw_model_find_kind(r->m, GWAPI_KIND_SECRET, ns, name))
            err = pol_join(r, err, rs_printf(r, "secret %s/%s does not exist", ns, name));
    }
    return err;
}

static const char *prefixed(rs *r, const char *section, const char *err)
{
    return err ? rs_printf(r, "%s: %s.", section, err) : NULL;
}

const char *pol_check_eep(rs *r, const gw_policy *self, const gw_held_target *t)
{
    const gw_obj *policy = self->obj;
    (void)t;
    const gwapi_envoy_extension_policy *x = policy->obj->typed;
    const gwapi_envoy_extension_policy_spec *s = x ? x->spec : NULL;
    if (!s)
        return NULL;
    const char *err = NULL;
    err = pol_join(r, err, prefixed(r, "Wasm", wasm(r, policy, &s->wasm)));
    err = pol_join(r, err, prefixed(r, "Lua", lua(r, policy, &s->lua)));
    err = pol_join(r, err, prefixed(r, "ExtProc", ext_proc(r, policy, &s->ext_proc)));
    return err;
}
