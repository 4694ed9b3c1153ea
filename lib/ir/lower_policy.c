/* The Envoy Gateway policies of the IR: per listener the ClientTrafficPolicy
 * settings, per route entry the BackendTrafficPolicy, SecurityPolicy and
 * EnvoyExtensionPolicy settings (the most specific policy of each kind;
 * with mergeType its spec merged into the closest parent's and decoded
 * again), each with its provenance (winner, merged with, overridden,
 * rejected); per Gateway its EnvoyPatchPolicy patches. When a policy that
 * applies failed to translate, the reason the entry answers 500 (ROUTES.md:
 * a failing policy covers every entry it applies to). */
#include "lower_impl.h"
#include "../core/result_impl.h"
#include "../schema/merge.h"
#include "../validate/objects.h"

#include <stdlib.h>
#include <string.h>

/* Policies that lost one target (Conflicted), oldest first. */
typedef struct rejected_vec {
    gwapi_ir_policy_ref *items;
    size_t count, cap;
    const gw_policy *last;
} rejected_vec;

/* A route policy's spec merged with one parent's, decoded. */
typedef struct merged_spec {
    const gw_policy *parent;
    const void *spec;
    struct merged_spec *next;
} merged_spec;

static int older(const void *x, const void *y)
{
    return gw_obj_older((*(const gw_policy *const *)x)->obj, (*(const gw_policy *const *)y)->obj);
}

static gwapi_ir_policy_ref policy_ref(const gw_policy *p, gw_policy_scope scope)
{
    return (gwapi_ir_policy_ref){ { gw_c(p->obj->obj->kind_name), p->obj->ns, p->obj->name },
                                  gw_policy_scope_name(scope) };
}

static bool add_rejected(ir_policies *ps, arena *a, const gw_policy *p, const gw_policy_loss *x)
{
    ptrmap *m = &ps->rejected[p->kind];
    const void *key = gw_policy_target_key(&x->target);
    rejected_vec *v = ptrmap_get(m, key);
    if (!v && (!(v = arena_zalloc(a, sizeof *v)) || !ptrmap_put(m, a, key, v)))
        return false;
    if (v->last == p)
        return true;
    if (v->count == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 2;
        gwapi_ir_policy_ref *n = arena_calloc(a, cap, sizeof *n);
        if (!n)
            return false;
        if (v->count)
            memcpy(n, v->items, v->count * sizeof *n);
        v->items = n;
        v->cap = cap;
    }
    v->items[v->count++] = policy_ref(p, x->target.scope);
    v->last = p;
    return true;
}

static int patch_cmp(const void *x, const void *y)
{
    const gw_policy *a = *(const gw_policy *const *)x, *b = *(const gw_policy *const *)y;
    const gwapi_envoy_patch_policy *pa = a->obj->obj->typed, *pb = b->obj->obj->typed;
    int64_t qa = pa->spec->priority.value, qb = pb->spec->priority.value;
    return qa != qb ? (qa > qb) - (qa < qb) : gw_obj_older(a->obj, b->obj);
}

static bool add_patch(ir_policies *ps, arena *a, const gw_policy *p)
{
    const gwapi_envoy_patch_policy *x = p->obj->obj->typed;
    const gw_gateway *gw = p->targets[0].gateway;
    vec *v = ptrmap_get(&ps->patches, gw);
    if (!v) {
        if (!(v = arena_zalloc(a, sizeof *v)) || !ptrmap_put(&ps->patches, a, gw, v))
            return false;
        vec_init(v, sizeof(gwapi_ir_patch));
    }
    gwapi_ir_patch *e = vec_push(v, a);
    if (!e)
        return false;
    e->policy = policy_ref(p, GW_SCOPE_GATEWAY).policy;
    e->type = gw_c(x->spec->type);
    e->priority = x->spec->priority.value;
    e->json_patches = x->spec->json_patches;
    return true;
}

bool ir_policies_init(ir_policies *ps, arena *a, const gw_graph *g)
{
    memset(ps, 0, sizeof *ps);
    ps->g = g;
    if (g->model && g->model->result)
        ps->opts = &g->model->result->ctx->engine;
    for (int k = 0; k < GW_POLICY_KIND_COUNT; k++)
        ptrmap_init(&ps->rejected[k]);
    ptrmap_init(&ps->merged);
    ptrmap_init(&ps->patches);
    const gw_policy_set *s = g->policies;
    if (!s || !s->count)
        return true;
    const gw_policy **by_age = arena_calloc(a, s->count, sizeof *by_age);
    if (!by_age)
        return false;
    for (size_t i = 0; i < s->count; i++)
        by_age[i] = &s->items[i];
    qsort(by_age, s->count, sizeof *by_age, older);
    for (size_t i = 0; i < s->count; i++)
        for (size_t j = 0; j < by_age[i]->loss_count; j++)
            if (by_age[i]->losses[j].holder && !add_rejected(ps, a, by_age[i], &by_age[i]->losses[j]))
                return false;
    /* EnvoyPatchPolicy: priority, then oldest first */
    size_t n = 0;
    for (size_t i = 0; i < s->count; i++) {
        const gw_policy *p = by_age[i];
        const gwapi_envoy_patch_policy *x = p->obj->obj->typed;
        if (p->kind == GW_POLICY_EPP && !p->invalid && p->target_count && x && x->spec)
            by_age[n++] = p;
    }
    qsort(by_age, n, sizeof *by_age, patch_cmp);
    for (size_t i = 0; i < n; i++)
        if (!add_patch(ps, a, by_age[i]))
            return false;
    return true;
}

bool ir_gateway_patches(gwapi_ir_patch_list *out, const ir_policies *ps, const gw_gateway *gw)
{
    const vec *v = ptrmap_get(&ps->patches, gw);
    out->items = v ? v->items : NULL;
    out->count = v ? v->count : 0;
    return true;
}

/* The spec field of a policy kind's schema. */
static const gw_field *spec_field(const gw_policy *p)
{
    const gw_schema *s = schema_of_kind(p->obj->kind, gw_c(p->obj->obj->api_version));
    return schema_field(s, "spec", 4);
}

static const void *own_spec(const gw_policy *p)
{
    const gw_field *f = spec_field(p);
    const char *typed = p->obj->obj->typed;
    return f && typed ? *(const void *const *)(typed + f->offset) : NULL;
}

/* The winner's spec merged into parent's (cached per pair). */
static bool merged_settings(const void **out, ir_policies *ps, arena *a, const gw_policy *child,
                            const gw_policy *parent)
{
    merged_spec *head = ptrmap_get(&ps->merged, child);
    for (const merged_spec *m = head; m; m = m->next)
        if (m->parent == parent) {
            *out = m->spec;
            return true;
        }
    const gw_field *f = spec_field(child);
    const gwapi_value *v = gw_policy_merged_spec(a, child, parent);
    merged_spec *m = arena_zalloc(a, sizeof *m);
    if (!m || a->failed || (ps->opts && !validate_decode_value(&m->spec, a, ps->opts, f ? f->schema : NULL, v)))
        return false;
    m->parent = parent;
    m->next = head;
    *out = m->spec;
    return ptrmap_put(&ps->merged, a, child, m);
}

/* Settings and provenance of the policies c[0..n) of kind k (c[0] applies;
 * merged: the parent it merged with on this listener, or NULL). */
static bool resolve_kind(const void **settings, gwapi_ir_policy_provenance *pv, ir_policies *ps,
                         arena *a, gw_policy_kind k, const gw_policy_link *c, size_t n,
                         const gw_policy *merged)
{
    memset(pv, 0, sizeof *pv);
    const gw_policy *w = c[0].policy;
    pv->winner = policy_ref(w, c[0].scope);
    gwapi_ir_policy_ref *over = n > 1 ? arena_calloc(a, n - 1, sizeof *over) : NULL;
    if (n > 1 && !over)
        return false;
    for (size_t i = 1; i < n; i++) {
        if (c[i].policy != merged) {
            over[pv->overridden.count++] = policy_ref(c[i].policy, c[i].scope);
            continue;
        }
        gwapi_ir_policy_ref *m = arena_zalloc(a, sizeof *m);
        if (!m)
            return false;
        *m = policy_ref(merged, c[i].scope);
        pv->merged_with = m;
        pv->merge_type = w->merge_type;
    }
    pv->overridden.items = over;
    const rejected_vec *r = ptrmap_get(&ps->rejected[k], c[0].target);
    if (r) {
        pv->rejected.items = r->items;
        pv->rejected.count = r->count;
    }
    *settings = NULL;
    if (w->invalid) {
        pv->invalid = w->invalid_message ? w->invalid_message : "";
        pv->fail_open = w->fail_open_spec != NULL;
        *settings = w->fail_open_spec;
        return true;
    }
    if (pv->merged_with)
        return merged_settings(settings, ps, a, w, merged);
    *settings = own_spec(w);
    return true;
}

bool ir_listener_client(const gwapi_ir_client_policy **out, arena *a, ir_policies *ps, const gw_listener *l)
{
    *out = NULL;
    gw_policy_link c[GW_POLICY_CHAIN_MAX];
    size_t n = ps->g->policies ? gw_policy_chain(ps->g->policies, GW_POLICY_CTP, NULL, NULL, l, c) : 0;
    if (!n)
        return true;
    gwapi_ir_client_policy *x = arena_zalloc(a, sizeof *x);
    const void *settings;
    if (!x || !resolve_kind(&settings, &x->provenance, ps, a, GW_POLICY_CTP, c, n, NULL))
        return false;
    x->settings = settings;
    *out = x;
    return true;
}

/* The first policy in `ps` that applies and failed (and does not fail
 * open), as the failure. */
static void note_failure(const char **failure, const gw_policy *p)
{
    if (p && p->invalid && !p->fail_open_spec && !*failure)
        *failure = p->invalid_message;
}

bool ir_rule_policies(gwapi_ir_route_policies *out, const char **failure, arena *a, ir_policies *ps,
                      const gw_route *r, const gw_route_rule *rule, const gw_listener *l)
{
    static const gw_policy_kind kinds[] = { GW_POLICY_BTP, GW_POLICY_SP, GW_POLICY_EEP };
    memset(out, 0, sizeof *out);
    *failure = NULL;
    const gw_policy_set *s = ps->g->policies;
    if (!s)
        return true;
    note_failure(failure, gw_policy_client(s, l));
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        gw_policy_link c[GW_POLICY_CHAIN_MAX];
        size_t n = gw_policy_chain(s, kinds[k], r, rule, l, c);
        if (!n)
            continue;
        const gw_policy *merged = NULL;
        note_failure(failure, gw_policy_effective(s, kinds[k], r, rule, l, &merged));
        note_failure(failure, merged);
        const void *settings;
        gwapi_ir_policy_provenance pv;
        if (!resolve_kind(&settings, &pv, ps, a, kinds[k], c, n, merged))
            return false;
        if (kinds[k] == GW_POLICY_BTP) {
            gwapi_ir_traffic_policy *x = arena_zalloc(a, sizeof *x);
            if (!x)
                return false;
            *x = (gwapi_ir_traffic_policy){ settings, pv };
            out->traffic = x;
        } else if (kinds[k] == GW_POLICY_SP) {
            gwapi_ir_security_policy *x = arena_zalloc(a, sizeof *x);
            if (!x)
                return false;
            *x = (gwapi_ir_security_policy){ settings, pv };
            out->security = x;
        } else {
            gwapi_ir_extension_policy *x = arena_zalloc(a, sizeof *x);
            if (!x)
                return false;
            *x = (gwapi_ir_extension_policy){ settings, pv };
            out->extension = x;
        }
    }
    return true;
}
