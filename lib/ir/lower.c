/* Lowering, top level: managed Gateways (by namespace/name), their
 * programmed listeners (own listeners first, then ListenerSet listeners,
 * each by name), and the backends shared by every route kind. */
#include "lower_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vec_init(vec *v, size_t size)
{
    memset(v, 0, sizeof *v);
    v->size = size;
}

void *vec_push(vec *v, arena *a)
{
    if (v->count == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        void *n = arena_calloc(a, cap, v->size);
        if (!n)
            return NULL;
        if (v->count)
            memcpy(n, v->items, v->count * v->size);
        v->items = n;
        v->cap = cap;
    }
    void *slot = (char *)v->items + v->count++ * v->size;
    memset(slot, 0, v->size);
    return slot;
}

char *ir_printf(arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return s;
}

gwapi_ir_source ir_source(const gw_obj *o, int32_t rule, int32_t match, int32_t index)
{
    gwapi_ir_source s = { gwapi_kind_name(o->kind), o->ns, o->name, NULL, rule, match, index };
    return s;
}

const gw_attachment *ir_attachment(const gw_route *r, size_t parent, const gw_listener *l)
{
    const gw_parent *p = &r->parents[parent];
    for (size_t i = 0; i < p->attachment_count; i++)
        if (p->attachments[i].listener == l)
            return &p->attachments[i];
    return NULL;
}

bool ir_backend_dynamic(const gw_backend *b)
{
    if (b->target_kind != GW_BACKEND_EG_BACKEND || !b->target)
        return false;
    const gwapi_backend *be = gwapi_object_as_backend(b->target->obj);
    return be && be->spec && gwapi_str_eq(be->spec->type, "DynamicResolver");
}

bool ir_backend(gwapi_ir_backend *out, arena *a, const gw_route *r, const gw_route_rule *rule,
                const gw_backend *b)
{
    memset(out, 0, sizeof *out);
    out->src = ir_source(r->obj, (int32_t)rule->index, -1, (int32_t)b->index);
    out->id = ir_printf(a, "%s/%s/%s/rule/%zu/backend/%zu", gwapi_kind_name(r->obj->kind),
                          r->obj->ns, r->obj->name, rule->index, b->index);
    out->ref.kind = b->kind;
    out->ref.ns = b->ns;
    out->ref.name = b->name;
    if (b->has_port && (!strcmp(b->kind, "Service") || !strcmp(b->kind, "ServiceImport"))) {
        out->port.set = true;
        out->port.value = b->port;
    }
    out->weight = b->weight;
    out->invalid = !b->resolved;
    out->dynamic_resolver = ir_backend_dynamic(b);
    gwapi_ir_endpoint *e = arena_calloc(a, b->endpoint_count ? b->endpoint_count : 1, sizeof *e);
    if (!e || !out->id)
        return false;
    for (size_t i = 0; i < b->endpoint_count; i++) {
        e[i].address = b->endpoints[i].address;
        e[i].port = (int32_t)b->endpoints[i].port;
        e[i].ready = b->endpoints[i].ready;
    }
    out->endpoints.items = e;
    out->endpoints.count = b->endpoint_count;
    return true;
}

static gwapi_ir_protocol protocol(gw_protocol p)
{
    switch (p) {
    case GW_PROTO_HTTPS: return GWAPI_IR_HTTPS;
    case GW_PROTO_TLS: return GWAPI_IR_TLS;
    case GW_PROTO_TCP: return GWAPI_IR_TCP;
    case GW_PROTO_UDP: return GWAPI_IR_UDP;
    default: return GWAPI_IR_HTTP;
    }
}

static bool listener(gwapi_ir_listener *out, arena *a, ir_policies *ps, const gw_listener *l)
{
    const gw_gateway *gw = l->gateway;
    memset(out, 0, sizeof *out);
    const gw_obj *owner = l->listener_set ? l->listener_set->obj : gw->obj;
    out->src = ir_source(owner, -1, -1, -1);
    out->src.section = l->spec.name;
    if (l->listener_set) {
        out->listener_set = ir_printf(a, "%s/%s", owner->ns, owner->name);
        out->id = ir_printf(a, "%s/%s/%s/%s/%s", gw->obj->ns, gw->obj->name, owner->ns,
                              owner->name, l->spec.name);
    } else {
        out->id = ir_printf(a, "%s/%s/%s", gw->obj->ns, gw->obj->name, l->spec.name);
    }
    out->port = (int32_t)l->spec.port;
    out->protocol = protocol(l->protocol);
    out->hostname = l->spec.hostname;
    if (out->protocol == GWAPI_IR_HTTPS)
        out->tls_mode = GWAPI_IR_TLS_TERMINATE;
    else if (out->protocol == GWAPI_IR_TLS)
        out->tls_mode = l->tls_mode && !strcmp(l->tls_mode, "Passthrough")
                      ? GWAPI_IR_TLS_PASSTHROUGH : GWAPI_IR_TLS_TERMINATE;
    gwapi_ir_object_ref *certs = arena_calloc(a, l->cert_count ? l->cert_count : 1, sizeof *certs);
    gwapi_ir_sds_certificate *sds = arena_calloc(a, l->cert_count ? l->cert_count : 1, sizeof *sds);
    if (!certs || !sds || !out->id)
        return false;
    size_t nc = 0, ns = 0;
    for (size_t i = 0; i < l->cert_count; i++) {
        const gw_cert_ref *c = &l->certs[i];
        if (!c->resolved)
            continue;
        gwapi_ir_object_ref ref = { "Secret", c->ns, c->name };
        if (c->sds)
            sds[ns++] = (gwapi_ir_sds_certificate){ ref, c->sds_url, c->sds_secret_name };
        else
            certs[nc++] = ref;
    }
    out->certificate_refs.items = certs;
    out->certificate_refs.count = nc;
    out->sds_certificates.items = sds;
    out->sds_certificates.count = ns;
    if (!ir_listener_client(&out->client, a, ps, l))
        return false;
    if (out->protocol == GWAPI_IR_HTTP || out->protocol == GWAPI_IR_HTTPS)
        return ir_lower_http(out, a, ps, l);
    return ir_lower_l4(out, a, ps, l);
}

/* Listeners sort by (listener set, listener name); a listener without a
 * name (an invalid input, still translated) sorts as "", and equal keys
 * keep their merged order, so the output never depends on qsort. */
typedef struct listener_slot {
    const gwapi_ir_listener *l;
    size_t index;
} listener_slot;

static int listener_cmp(const void *pa, const void *pb)
{
    const listener_slot *x = pa, *y = pb;
    const gwapi_ir_listener *a = x->l, *b = y->l;
    int c = strcmp(a->listener_set ? a->listener_set : "", b->listener_set ? b->listener_set : "");
    if (!c)
        c = strcmp(a->src.section ? a->src.section : "", b->src.section ? b->src.section : "");
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

static bool sort_listeners(vec *ls, arena *a)
{
    if (ls->count < 2)
        return true;
    listener_slot *slots = arena_alloc(a, ls->count * sizeof *slots);
    gwapi_ir_listener *sorted = arena_alloc(a, ls->count * sizeof *sorted);
    if (!slots || !sorted)
        return false;
    const gwapi_ir_listener *items = ls->items;
    for (size_t i = 0; i < ls->count; i++)
        slots[i] = (listener_slot){ &items[i], i };
    qsort(slots, ls->count, sizeof *slots, listener_cmp);
    for (size_t i = 0; i < ls->count; i++)
        sorted[i] = *slots[i].l;
    ls->items = sorted;
    return true;
}

static int gateway_cmp(const void *pa, const void *pb)
{
    const gwapi_ir_gateway *a = pa, *b = pb;
    int c = strcmp(a->src.ns, b->src.ns);
    return c ? c : strcmp(a->src.name, b->src.name);
}

bool ir_lower(gwapi_ir *out, arena *a, const gw_graph *g)
{
    memset(out, 0, sizeof *out);
    ir_policies ps;
    if (!ir_policies_init(&ps, a, g))
        return false;
    vec gws;
    vec_init(&gws, sizeof(gwapi_ir_gateway));
    for (size_t i = 0; i < g->gateway_count; i++) {
        const gw_gateway *gw = &g->gateways[i];
        if (!gw->managed)
            continue;
        gwapi_ir_gateway *ig = vec_push(&gws, a);
        if (!ig)
            return false;
        ig->src = ir_source(gw->obj, -1, -1, -1);
        ig->id = ir_printf(a, "%s/%s", gw->obj->ns, gw->obj->name);
        vec ls;
        vec_init(&ls, sizeof(gwapi_ir_listener));
        for (size_t j = 0; j < gw->listener_count; j++) {
            if (!gw->listeners[j].programmed)
                continue;
            gwapi_ir_listener *il = vec_push(&ls, a);
            if (!il || !listener(il, a, &ps, &gw->listeners[j]))
                return false;
        }
        if (!sort_listeners(&ls, a))
            return false;
        ig->listeners.items = ls.items;
        ig->listeners.count = ls.count;
        if (!ir_gateway_patches(&ig->patches, &ps, gw))
            return false;
    }
    if (gws.count)
        qsort(gws.items, gws.count, gws.size, gateway_cmp);
    out->gateways.items = gws.items;
    out->gateways.count = gws.count;
    return !a->failed;
}
