/* The policies a route rule's traffic on a listener passes through, most
 * specific first, and the address a held target is known by: what the IR
 * lowering and `gwapi explain` read to tell the winner from the policies
 * it shadows. */
#include "policy_impl.h"

const void *gw_policy_target_key(const gw_held_target *t)
{
    switch (t->scope) {
    case GW_SCOPE_GATEWAY: return t->gateway;
    case GW_SCOPE_LISTENER:
    case GW_SCOPE_LISTENER_SET_LISTENER: return t->listener;
    case GW_SCOPE_LISTENER_SET: return t->listener_set;
    case GW_SCOPE_ROUTE: return t->route;
    case GW_SCOPE_ROUTE_RULE: return t->rule;
    default: return NULL;
    }
}

size_t gw_policy_chain(const gw_policy_set *s, gw_policy_kind k, const gw_route *route,
                       const gw_route_rule *rule, const gw_listener *l,
                       gw_policy_link out[GW_POLICY_CHAIN_MAX])
{
    const void *keys[GW_POLICY_CHAIN_MAX] = {
        rule, route, l->listener_set ? (const void *)l : NULL, l->listener_set,
        l->listener_set ? NULL : (const void *)l, l->gateway,
    };
    static const gw_policy_scope scopes[GW_POLICY_CHAIN_MAX] = {
        GW_SCOPE_ROUTE_RULE, GW_SCOPE_ROUTE, GW_SCOPE_LISTENER_SET_LISTENER,
        GW_SCOPE_LISTENER_SET, GW_SCOPE_LISTENER, GW_SCOPE_GATEWAY,
    };
    size_t n = 0;
    for (size_t i = 0; i < GW_POLICY_CHAIN_MAX; i++) {
        const gw_policy *p = keys[i] ? gw_policy_on(s, k, keys[i]) : NULL;
        if (p)
            out[n++] = (gw_policy_link){ p, scopes[i], keys[i] };
    }
    return n;
}
