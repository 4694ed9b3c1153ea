/* EnvoyPatchPolicy as the translator takes it (one Envoy proxy per
 * Gateway): the targetRef names a Gateway in the policy's namespace; a
 * Gateway this controller does not manage is skipped without status; any
 * kind other than gateway.networking.k8s.io Gateway is Invalid. The
 * patches are data-plane specific and carried as they are, ordered by
 * priority then by the policy order. */
#include "policy_impl.h"

#include <string.h>

#define GW_GROUP "gateway.networking.k8s.io"

bool rs_policy_epp(rs *r, gw_policy_set *set);

bool rs_policy_epp(rs *r, gw_policy_set *set)
{
    for (size_t i = 0; i < set->count; i++) {
        gw_policy *p = &set->items[i];
        if (p->kind != GW_POLICY_EPP)
            continue;
        const gwapi_envoy_patch_policy *x = p->obj->obj->typed;
        const gwapi_envoy_patch_policy_target_ref *t = x && x->spec ? x->spec->target_ref : NULL;
        if (!t || !gw_c(t->name))
            continue;
        const gw_gateway *gw = gw_graph_gateway(r->g, p->obj->ns, gw_c(t->name));
        if (!gw || !gw->managed)
            continue;
        pol_ancestor_ref anc = { "Gateway", gw->obj->ns, gw->obj->name, NULL };
        if (!str_eq(gw_c(t->group), GW_GROUP) || !str_eq(gw_c(t->kind), "Gateway")) {
            const char *msg = rs_printf(r, "TargetRef.Group:%s TargetRef.Kind:%s, only TargetRef.Group:%s and TargetRef.Kind:%s is supported.",
                                        gw_c(t->group) ? gw_c(t->group) : "", gw_c(t->kind) ? gw_c(t->kind) : "",
                                        GW_GROUP, "Gateway");
            p->invalid = true;
            p->invalid_message = msg;
            if (!pol_cond(r, p, anc, "Accepted", GW_COND_FALSE, "Invalid", msg))
                return false;
            continue;
        }
        gw_held_target target = { GW_SCOPE_GATEWAY, gw, NULL, NULL, NULL, NULL };
        p->targets = arena_calloc(r->a, 1, sizeof *p->targets);
        if (!p->targets)
            return false;
        p->targets[0] = target;
        p->target_count = p->target_cap = 1;
        if (!pol_accept(r, p, anc))
            return false;
    }
    return true;
}
