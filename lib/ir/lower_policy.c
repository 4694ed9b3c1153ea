/* The Envoy Gateway policies of an IR entry: the BackendTrafficPolicy,
 * SecurityPolicy and EnvoyExtensionPolicy that apply to a route rule on a
 * listener (the most specific of each kind, with the parent it merged
 * with) and the listener's ClientTrafficPolicy, as provenance; and, when
 * one of them failed to translate, the reason the entry answers 500
 * (ROUTES.md: a failing policy covers every entry it applies to). */
#include "lower_impl.h"
#include "../resolve/policy.h"

static bool add(gwapi_ir_object_ref *refs, size_t *n, const gw_policy *p, const char **failure)
{
    if (!p)
        return false;
    for (size_t i = 0; i < *n; i++)
        if (refs[i].name == p->obj->name && refs[i].ns == p->obj->ns)
            return true;
    refs[(*n)++] = (gwapi_ir_object_ref){ gw_c(p->obj->obj->kind_name), p->obj->ns, p->obj->name };
    if (p->invalid && !*failure)
        *failure = p->invalid_message;
    return true;
}

bool ir_rule_policies(gwapi_ir_object_ref_list *out, const char **failure, arena *a, const gw_graph *g,
                      const gw_route *r, const gw_route_rule *rule, const gw_listener *l)
{
    static const gw_policy_kind kinds[] = { GW_POLICY_BTP, GW_POLICY_SP, GW_POLICY_EEP };
    *failure = NULL;
    out->items = NULL;
    out->count = 0;
    if (!g->policies)
        return true;
    gwapi_ir_object_ref *refs = arena_calloc(a, 7, sizeof *refs);
    if (!refs)
        return false;
    size_t n = 0;
    add(refs, &n, gw_policy_client(g->policies, l), failure);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        const gw_policy *merged = NULL;
        add(refs, &n, gw_policy_effective(g->policies, kinds[k], r, rule, l, &merged), failure);
        add(refs, &n, merged, failure);
    }
    out->items = refs;
    out->count = n;
    return true;
}
