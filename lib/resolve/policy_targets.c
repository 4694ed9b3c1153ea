/* The targets of an Envoy Gateway policy as the translator expands them
 * (getPolicyTargetRefs): the objects each targetSelector selects, oldest
 * first, then spec.targetRef when set, else spec.targetRefs. Selected
 * objects in another namespace count only when the selector's namespaces
 * allow it and a ReferenceGrant in the target's namespace permits the
 * policy kind to reference them. */
#include "policy_impl.h"

#include <stdlib.h>
#include <string.h>

#define GW_GROUP "gateway.networking.k8s.io"
#define EG_GROUP "gateway.envoyproxy.io"

bool pol_kind_of(gwapi_kind k, gw_policy_kind *out)
{
    switch (k) {
    case GWAPI_KIND_CLIENT_TRAFFIC_POLICY: *out = GW_POLICY_CTP; return true;
    case GWAPI_KIND_BACKEND_TRAFFIC_POLICY: *out = GW_POLICY_BTP; return true;
    case GWAPI_KIND_SECURITY_POLICY: *out = GW_POLICY_SP; return true;
    case GWAPI_KIND_ENVOY_EXTENSION_POLICY: *out = GW_POLICY_EEP; return true;
    case GWAPI_KIND_ENVOY_PATCH_POLICY: *out = GW_POLICY_EPP; return true;
    default: return false;
    }
}

gwapi_kind pol_gwapi_kind(gw_policy_kind k)
{
    static const gwapi_kind kinds[] = {
        GWAPI_KIND_CLIENT_TRAFFIC_POLICY, GWAPI_KIND_BACKEND_TRAFFIC_POLICY,
        GWAPI_KIND_SECURITY_POLICY, GWAPI_KIND_ENVOY_EXTENSION_POLICY,
        GWAPI_KIND_ENVOY_PATCH_POLICY,
    };
    return k < GW_POLICY_KIND_COUNT ? kinds[k] : GWAPI_KIND_UNKNOWN;
}

const char *gw_policy_kind_name(gw_policy_kind k)
{
    return gwapi_kind_name(pol_gwapi_kind(k));
}

/* The target fields shared by the four attachable kinds. */
typedef struct spec_targets {
    const gwapi_local_policy_target_reference_with_section_name *one;
    const gwapi_local_policy_target_reference_with_section_name_list *refs;
    const gwapi_target_selector_list *selectors;
    const char *merge_type;
} spec_targets;

static spec_targets targets_of(const gw_obj *o)
{
    spec_targets t;
    memset(&t, 0, sizeof t);
#define TARGETS(K, T, MERGE)                        \
    case K: {                                       \
        const T *x = o->obj->typed;                 \
        if (x && x->spec) {                         \
            t.one = x->spec->target_ref;            \
            t.refs = &x->spec->target_refs;         \
            t.selectors = &x->spec->target_selectors; \
            MERGE                                   \
        }                                           \
        break;                                      \
    }
    switch (o->kind) {
    TARGETS(GWAPI_KIND_CLIENT_TRAFFIC_POLICY, gwapi_client_traffic_policy, )
    TARGETS(GWAPI_KIND_BACKEND_TRAFFIC_POLICY, gwapi_backend_traffic_policy,
            t.merge_type = gw_c(x->spec->merge_type);)
    TARGETS(GWAPI_KIND_SECURITY_POLICY, gwapi_security_policy, t.merge_type = gw_c(x->spec->merge_type);)
    TARGETS(GWAPI_KIND_ENVOY_EXTENSION_POLICY, gwapi_envoy_extension_policy,
            t.merge_type = gw_c(x->spec->merge_type);)
    default:
        break;
    }
#undef TARGETS
    return t;
}

const char *pol_merge_type(const gw_obj *o)
{
    return targets_of(o).merge_type;
}

/* The kinds a selector may select, with their model lists. */
static bool selectable(const char *kind, gwapi_kind *out)
{
    static const struct { const char *name; gwapi_kind kind; } kinds[] = {
        { "Gateway", GWAPI_KIND_GATEWAY },       { "ListenerSet", GWAPI_KIND_LISTENER_SET },
        { "HTTPRoute", GWAPI_KIND_HTTP_ROUTE },  { "GRPCRoute", GWAPI_KIND_GRPC_ROUTE },
        { "TLSRoute", GWAPI_KIND_TLS_ROUTE },    { "TCPRoute", GWAPI_KIND_TCP_ROUTE },
        { "UDPRoute", GWAPI_KIND_UDP_ROUTE },
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (str_eq(kind, kinds[i].name)) {
            *out = kinds[i].kind;
            return true;
        }
    return false;
}

static bool namespace_selected(rs *r, const gw_obj *policy, const gwapi_target_selector *s,
                               const gw_obj *target)
{
    const gwapi_target_selector_namespaces *ns = s->namespaces;
    const char *from = ns && gw_c(ns->from) ? gw_c(ns->from) : "Same";
    if (str_eq(target->ns, policy->ns))
        return true;
    if (str_eq(from, "Same"))
        return false;
    if (str_eq(from, "Selector")) {
        const gwapi_string_map *labels = gw_model_namespace_labels(r->m, target->ns);
        if (!gw_selector_matches(gw_label_selector(ns->selector), labels))
            return false;
    } else if (!str_eq(from, "All")) {
        return false;
    }
    return rs_grant_allows(r, EG_GROUP, gw_c(policy->obj->kind_name), policy->ns, GW_GROUP,
                           gw_c(target->obj->kind_name), target->ns, target->name);
}

static int older_first(const void *x, const void *y)
{
    return gw_obj_older(*(const gw_obj *const *)x, *(const gw_obj *const *)y);
}

static bool push(rs *r, pol_refs *out, size_t *cap, pol_ref ref)
{
    if (out->count == *cap) {
        size_t n = *cap ? *cap * 2 : 4;
        pol_ref *items = arena_calloc(r->a, n, sizeof *items);
        if (!items)
            return false;
        if (out->count)
            memcpy(items, out->items, out->count * sizeof *items);
        out->items = items;
        *cap = n;
    }
    out->items[out->count++] = ref;
    return true;
}

bool pol_expand_targets(rs *r, const gw_obj *policy, pol_refs *out)
{
    memset(out, 0, sizeof *out);
    size_t cap = 0;
    spec_targets t = targets_of(policy);
    if (t.selectors && t.selectors->count) {
        /* Every selected object once, however many selectors select it. */
        size_t nsel = 0, selcap = 0;
        const gw_obj **sel = NULL;
        ptrmap seen;
        ptrmap_init(&seen);
        for (size_t i = 0; i < t.selectors->count; i++) {
            const gwapi_target_selector *s = &t.selectors->items[i];
            gwapi_kind k;
            if (!str_eq(gw_c(s->group) ? gw_c(s->group) : GW_GROUP, GW_GROUP) || !selectable(gw_c(s->kind), &k))
                continue;
            /* Both parts present (maybe empty): an empty selector selects all. */
            gw_selector gs = { &s->match_labels, &s->match_expressions };
            const gw_obj_list *l = &r->m->by_kind[k];
            for (size_t j = 0; j < l->count; j++) {
                const gw_obj *o = l->items[j];
                if (ptrmap_get(&seen, o) || !namespace_selected(r, policy, s, o) ||
                    !gw_selector_matches(gs, &o->obj->meta->labels))
                    continue;
                if (!ptrmap_put(&seen, r->a, o, (void *)o))
                    return false;
                if (nsel == selcap) {
                    size_t n = selcap ? selcap * 2 : 8;
                    const gw_obj **items = arena_calloc(r->a, n, sizeof *items);
                    if (!items)
                        return false;
                    if (nsel)
                        memcpy(items, sel, nsel * sizeof *items);
                    sel = items;
                    selcap = n;
                }
                sel[nsel++] = o;
            }
        }
        if (nsel)
            qsort(sel, nsel, sizeof *sel, older_first);
        for (size_t i = 0; i < nsel; i++) {
            pol_ref ref = { GW_GROUP, gw_c(sel[i]->obj->kind_name), sel[i]->ns, sel[i]->name, NULL };
            if (!push(r, out, &cap, ref))
                return false;
        }
    }
    if (t.one) {
        pol_ref ref = { gw_c(t.one->group), gw_c(t.one->kind), policy->ns, gw_c(t.one->name),
                        gw_c(t.one->section_name) };
        return push(r, out, &cap, ref);
    }
    for (size_t i = 0; t.refs && i < t.refs->count; i++) {
        const gwapi_local_policy_target_reference_with_section_name *x = &t.refs->items[i];
        pol_ref ref = { gw_c(x->group), gw_c(x->kind), policy->ns, gw_c(x->name), gw_c(x->section_name) };
        if (!push(r, out, &cap, ref))
            return false;
    }
    return true;
}
