/* GatewayClasses, Gateways and ListenerSets: which are managed, the merged
 * listener list of each Gateway (its own, then its allowed ListenerSets in
 * GEP-1713 order), listener validation (protocol, route kinds, TLS and
 * certificateRefs), conflicts, and the listener / ListenerSet conditions. */
#include "resolve_impl.h"

#include <stdlib.h>
#include <string.h>

#define GW_GROUP "gateway.networking.k8s.io"

bool rs_classes(rs *r)
{
    const gw_obj_list *l = &r->m->by_kind[GWAPI_KIND_GATEWAY_CLASS];
    r->g->classes = arena_calloc(r->a, l->count ? l->count : 1, sizeof *r->g->classes);
    if (!r->g->classes)
        return false;
    r->g->class_count = l->count;
    for (size_t i = 0; i < l->count; i++) {
        gw_gateway_class *c = &r->g->classes[i];
        c->obj = l->items[i];
        c->spec = c->obj->obj->typed;
        const char *cn = c->spec->spec ? c->spec->spec->controller_name.ptr : NULL;
        c->managed = !r->opt->controller_name || str_eq(cn, r->opt->controller_name);
        if (!c->managed) {
            if (!gw_notes_add(&r->g->notes, r->a, c->obj, GWAPI_SEVERITY_INFO, "spec.controllerName",
                              "GatewayClass %s is managed by controller %s, not %s; it gets no status",
                              c->obj->name, cn ? cn : "(none)", r->opt->controller_name))
                return false;
            continue;
        }
        c->accepted = true;
        if (!cond_set(r, &c->conditions, "Accepted", GW_COND_TRUE, "Accepted",
                      "Valid GatewayClass", c->obj->generation) ||
            !cond_set(r, &c->conditions, "SupportedVersion", GW_COND_TRUE, "SupportedVersion",
                      "Gateway API CRD version is supported", c->obj->generation))
            return false;
    }
    return true;
}

static const gw_gateway_class *find_class(const rs *r, const char *name)
{
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_GATEWAY_CLASS, NULL, name);
    if (!o)
        return NULL;
    for (size_t i = 0; i < r->g->class_count; i++)
        if (r->g->classes[i].obj == o)
            return &r->g->classes[i];
    return NULL;
}

static gw_protocol protocol_of(const char *p)
{
    static const struct { const char *name; gw_protocol p; } map[] = {
        { "HTTP", GW_PROTO_HTTP }, { "HTTPS", GW_PROTO_HTTPS }, { "TLS", GW_PROTO_TLS },
        { "TCP", GW_PROTO_TCP }, { "UDP", GW_PROTO_UDP },
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (str_eq(p, map[i].name))
            return map[i].p;
    return GW_PROTO_OTHER;
}

/* Route kinds a protocol carries, in the order supportedKinds lists them. */
static size_t protocol_kinds(gw_protocol p, bool passthrough, gw_route_kind out[2])
{
    switch (p) {
    case GW_PROTO_HTTP: case GW_PROTO_HTTPS:
        out[0] = GW_ROUTE_HTTP; out[1] = GW_ROUTE_GRPC; return 2;
    case GW_PROTO_TLS:
        /* A terminating TLS listener also carries TCPRoutes (the stream
         * after termination). */
        out[0] = GW_ROUTE_TLS; out[1] = GW_ROUTE_TCP; return passthrough ? 1 : 2;
    case GW_PROTO_TCP: out[0] = GW_ROUTE_TCP; return 1;
    case GW_PROTO_UDP: out[0] = GW_ROUTE_UDP; return 1;
    default: return 0;
    }
}

static bool listener_kinds(rs *r, gw_listener *l)
{
    gw_route_kind pk[2];
    bool passthrough = l->spec.tls && str_eq(l->spec.tls->mode.ptr, "Passthrough");
    size_t np = protocol_kinds(l->protocol, passthrough, pk);
    const char **names = arena_calloc(r->a, 2, sizeof *names);
    const char **groups = arena_calloc(r->a, 2, sizeof *groups);
    if (!names || !groups)
        return false;
    const gwapi_route_group_kind_list *kinds =
        l->spec.allowed_routes && l->spec.allowed_routes->kinds.items ? &l->spec.allowed_routes->kinds : NULL;
    size_t n = 0;
    if (!kinds) {
        for (size_t i = 0; i < np; i++) {
            l->supported_kinds |= 1u << pk[i];
            groups[n] = GW_GROUP;
            names[n++] = gw_route_kind_name(pk[i]);
        }
    } else {
        for (size_t i = 0; i < kinds->count; i++) {
            const gwapi_route_group_kind *k = &kinds->items[i];
            if (k->group.ptr && *k->group.ptr && strcmp(k->group.ptr, GW_GROUP)) {
                l->resolved_refs = false;
                if (!cond_get(&l->conditions, "ResolvedRefs") &&
                    !cond_set(r, &l->conditions, "ResolvedRefs", GW_COND_FALSE, "InvalidRouteKinds",
                              "Group is not supported, group must be " GW_GROUP,
                              l->gateway->obj->generation))
                    return false;
                continue;
            }
            bool ok = false;
            for (size_t j = 0; j < np; j++) {
                if (str_eq(k->kind.ptr, gw_route_kind_name(pk[j]))) {
                    ok = true;
                    bool listed = false;
                    for (size_t q = 0; q < n && !listed; q++)
                        listed = names[q] == gw_route_kind_name(pk[j]);
                    if (!listed) {
                        /* Status echoes the group as written ("" when left
                         * out), as Envoy Gateway does. */
                        const gwapi_value *gv = gwapi_value_get(k->src, "group");
                        groups[n] = gv && gv->type == GWAPI_VALUE_STRING ? gv->u.string.ptr : "";
                        l->supported_kinds |= 1u << pk[j];
                        names[n++] = gw_route_kind_name(pk[j]);
                    }
                }
            }
            if (!ok) {
                l->resolved_refs = false;
                char *msg = rs_printf(r, "%s is not supported, kind must be one of [%s%s%s]",
                                      k->kind.ptr ? k->kind.ptr : "", np ? gw_route_kind_name(pk[0]) : "",
                                      np > 1 ? " " : "", np > 1 ? gw_route_kind_name(pk[1]) : "");
                if (!msg)
                    return false;
                if (!cond_get(&l->conditions, "ResolvedRefs") &&
                    !cond_set(r, &l->conditions, "ResolvedRefs", GW_COND_FALSE, "InvalidRouteKinds",
                              msg, l->gateway->obj->generation))
                    return false;
            }
        }
    }
    l->supported_kind_names = names;
    l->supported_kind_groups = groups;
    l->supported_kind_count = n;
    return true;
}

static const char *owner_ns(const gw_listener *l)
{
    return l->listener_set ? l->listener_set->obj->ns : l->gateway->obj->ns;
}

static const gw_obj *owner_obj(const gw_listener *l)
{
    return l->listener_set ? l->listener_set->obj : l->gateway->obj;
}

static bool has_key(const gwapi_secret *s, const char *key)
{
    return gwapi_string_map_get(&s->data, key).ptr || gwapi_string_map_get(&s->string_data, key).ptr;
}

/* One certificateRef: resolved, or why not (reason + message). */
static bool listener_cert(rs *r, gw_listener *l, gw_cert_ref *c)
{
    const gwapi_secret_object_reference *ref = c->ref;
    c->ns = ref->ns.ptr ? ref->ns.ptr : owner_ns(l);
    c->name = ref->name.ptr;
    const char *kind = ref->kind.ptr ? ref->kind.ptr : "Secret";
    if ((ref->group.ptr && *ref->group.ptr) || strcmp(kind, "Secret")) {
        c->reason = "InvalidCertificateRef";
        c->message = rs_printf(r, "Certificate ref to %s %s/%s is not supported, only Secret is.",
                               kind, c->ns, c->name ? c->name : "");
        return c->message != NULL;
    }
    const gw_obj *owner = owner_obj(l);
    if (!rs_grant_allows(r, GW_GROUP, owner->obj->kind_name.ptr, owner->ns, "", "Secret", c->ns, c->name)) {
        c->reason = "RefNotPermitted";
        c->message = rs_printf(r, "Certificate ref to secret %s/%s not permitted by any ReferenceGrant.",
                               c->ns, c->name ? c->name : "");
        return c->message != NULL;
    }
    const gw_obj *s = gw_model_find_kind(r->m, GWAPI_KIND_SECRET, c->ns, c->name);
    if (!s) {
        c->reason = "InvalidCertificateRef";
        c->message = rs_printf(r, "Secret %s/%s does not exist.", c->ns, c->name ? c->name : "");
        return c->message != NULL;
    }
    const gwapi_secret *sec = s->obj->typed;
    if (rs_secret_is_sds(sec)) {
        rs_sds sds;
        const char *why;
        if (!rs_sds_check(r, s, &sds, &why))
            return false;
        if (why) {
            c->reason = "InvalidCertificateRef";
            c->message = rs_printf(r, "Secret %s/%s is not a valid SDS reference secret: %s.", c->ns, c->name, why);
            return c->message != NULL;
        }
        c->secret = s;
        c->resolved = true;
        c->sds = true;
        c->sds_url = sds.url;
        c->sds_secret_name = sds.secret_name;
        return true;
    }
    if (!has_key(sec, "tls.crt") || !has_key(sec, "tls.key")) {
        c->reason = "InvalidCertificateRef";
        c->message = rs_printf(r, "Secret %s/%s must contain tls.crt and tls.key.", c->ns, c->name);
        return c->message != NULL;
    }
    c->secret = s;
    c->resolved = true;
    return rs_tls_secret_check(r, c, sec);
}

static bool listener_tls(rs *r, gw_listener *l)
{
    const gwapi_listener_tls_config *tls = l->spec.tls;
    int64_t gen = l->gateway->obj->generation;
    bool terminate_proto = l->protocol == GW_PROTO_HTTPS || l->protocol == GW_PROTO_TLS;
    if (!terminate_proto)
        return true;
    if (!tls) {
        l->invalid_reason = "Invalid";
        l->invalid_message = l->protocol == GW_PROTO_HTTPS ? "Listener must have TLS set when protocol is HTTPS."
                                                           : "Listener must have TLS set when protocol is TLS.";
        return true;
    }
    l->tls_mode = tls->mode.ptr ? tls->mode.ptr : "Terminate";
    if (!strcmp(l->tls_mode, "Passthrough")) {
        if (l->protocol == GW_PROTO_HTTPS) {
            l->invalid_reason = "UnsupportedTLSMode";
            l->invalid_message = "TLS Passthrough mode is not supported, TLS mode must be Terminate.";
        } else if (tls->certificate_refs.count) {
            l->invalid_reason = "Invalid";
            l->invalid_message = "Listener must not have TLS certificate refs set for TLS mode Passthrough.";
        }
        return true;
    }
    size_t n = tls->certificate_refs.count;
    l->certs = arena_calloc(r->a, n ? n : 1, sizeof *l->certs);
    if (!l->certs)
        return false;
    l->cert_count = n;
    size_t valid = 0;
    const gw_cert_ref *first_bad = NULL;
    size_t first_bad_i = 0;
    for (size_t i = 0; i < n; i++) {
        l->certs[i].ref = &tls->certificate_refs.items[i];
        if (!listener_cert(r, l, &l->certs[i]))
            return false;
        if (l->certs[i].resolved)
            valid++;
        else if (!first_bad) {
            first_bad = &l->certs[i];
            first_bad_i = i;
        }
    }
    if (!first_bad)
        return true;
    l->resolved_refs = false;
    if (cond_get(&l->conditions, "ResolvedRefs"))
        return true;
    /* A reference that does not resolve is named by its index; a Secret
     * whose contents are unusable names itself (as Envoy Gateway words it),
     * without the closing period when other certificates remain. */
    const char *verdict = valid ? "Some secrets are invalid" : "No valid secrets exist";
    size_t mlen = strlen(first_bad->message);
    if (valid && first_bad->data_error && mlen && first_bad->message[mlen - 1] == '.')
        mlen--;
    char *msg = first_bad->data_error
                    ? rs_printf(r, "%s: %.*s", verdict, (int)mlen, first_bad->message)
                    : rs_printf(r, "%s: certificate refs %zu: %s", verdict, first_bad_i, first_bad->message);
    if (!msg)
        return false;
    const char *reason = valid ? "PartiallyInvalidCertificateRef" : first_bad->reason;
    return cond_set(r, &l->conditions, "ResolvedRefs", GW_COND_FALSE, reason, msg, gen);
}

static bool listener_validate(rs *r, gw_listener *l)
{
    l->protocol = protocol_of(l->spec.protocol);
    l->accepted = true;
    l->resolved_refs = true;
    if (!listener_kinds(r, l))
        return false;
    if (l->protocol == GW_PROTO_OTHER) {
        l->accepted = false;
        char *msg = rs_printf(r, "Protocol %s is unsupported, must be HTTP, HTTPS, TCP or UDP.",
                              l->spec.protocol ? l->spec.protocol : "");
        return msg && cond_set(r, &l->conditions, "Accepted", GW_COND_FALSE, "UnsupportedProtocol", msg,
                               l->gateway->obj->generation);
    }
    const gwapi_allowed_routes *ar = l->spec.allowed_routes;
    const char *why = NULL;
    if (ar && ar->namespaces && str_eq(ar->namespaces->from.ptr, "Selector") && !ar->namespaces->selector) {
        l->invalid_reason = "Invalid";
        l->invalid_message = "The allowedRoutes.namespaces.selector field must be specified when "
                             "allowedRoutes.namespaces.from is set to \"Selector\".";
    } else if (ar && ar->namespaces && str_eq(ar->namespaces->from.ptr, "Selector") &&
               !gw_selector_valid(gw_label_selector(ar->namespaces->selector), &why)) {
        l->invalid_reason = "Invalid";
        l->invalid_message = rs_printf(r, "The allowedRoutes.namespaces.selector is invalid: %s.", why);
        if (!l->invalid_message)
            return false;
    }
    if ((l->protocol == GW_PROTO_TCP || l->protocol == GW_PROTO_UDP) && l->spec.hostname) {
        l->invalid_reason = "Invalid";
        l->invalid_message = l->protocol == GW_PROTO_TCP ? "Listener must not have hostname set when protocol is TCP."
                                                         : "Listener must not have hostname set when protocol is UDP.";
    }
    return listener_tls(r, l);
}

/* ---- the Gateway's backend client certificate (GEP-3155) ------------------ */

/* spec.tls.backend.clientCertificateRef: a Secret (core group) with tls.crt
 * and tls.key, in another namespace only with a ReferenceGrant. The
 * messages are Envoy Gateway's. */
static bool gateway_client_cert(rs *r, gw_gateway *gw)
{
    const gwapi_gateway_spec *sp = gw->spec->spec;
    const gwapi_secret_object_reference *ref =
        sp && sp->tls && sp->tls->backend ? sp->tls->backend->client_certificate_ref : NULL;
    if (!ref)
        return true;
    const char *group = ref->group.ptr ? ref->group.ptr : "";
    const char *kind = ref->kind.ptr ? ref->kind.ptr : "Secret";
    const char *ns = ref->ns.ptr ? ref->ns.ptr : gw->obj->ns;
    const char *name = ref->name.ptr ? ref->name.ptr : "";
    gw->client_cert_reason = "InvalidClientCertificateRef";
    if (*group) {
        gw->client_cert_message = rs_printf(r, "Invalid backend client certificate reference for gateway: "
                                               "invalid client certificate reference group: %s", group);
        return gw->client_cert_message != NULL;
    }
    if (strcmp(kind, "Secret")) {
        gw->client_cert_message = rs_printf(r, "Invalid backend client certificate reference for gateway: "
                                               "invalid client certificate reference kind: %s", kind);
        return gw->client_cert_message != NULL;
    }
    if (!rs_grant_allows(r, GW_GROUP, "Gateway", gw->obj->ns, "", "Secret", ns, name)) {
        gw->client_cert_reason = "RefNotPermitted";
        gw->client_cert_message = "invalid cross-namespace reference to backend client certificate";
        return true;
    }
    const gw_obj *so = gw_model_find_kind(r->m, GWAPI_KIND_SECRET, ns, name);
    if (!so) {
        gw->client_cert_message = "failed to get backend client certs for gateway";
        return true;
    }
    if (!has_key(so->obj->typed, "tls.crt") || !has_key(so->obj->typed, "tls.key")) {
        gw->client_cert_message = rs_printf(r, "invalid backend client cert secret for gateway: secret %s/%s "
                                               "must contain 'tls.crt' and 'tls.key' fields", ns, name);
        return gw->client_cert_message != NULL;
    }
    gw->client_cert_reason = NULL;
    return true;
}

/* ---- gateways and listener sets ----------------------------------------- */

const gw_gateway *gw_graph_gateway(const gw_graph *g, const char *ns, const char *name)
{
    /* The model's identity index gives the object; map it to the graph. */
    const gw_obj *o = gw_model_find_kind(g->model, GWAPI_KIND_GATEWAY, ns, name);
    if (!o)
        return NULL;
    size_t lo = 0, hi = g->gateway_count;
    /* gateways are in model order (input order), as are model objects:
     * binary search on input_index. */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->gateways[mid].obj->input_index < o->input_index)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g->gateway_count && g->gateways[lo].obj == o ? &g->gateways[lo] : NULL;
}

const gw_listener_set *rs_find_listener_set(const rs *r, const char *ns, const char *name)
{
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_LISTENER_SET, ns, name);
    if (!o)
        return NULL;
    for (size_t lo = 0, hi = r->g->listener_set_count; lo < hi;) {
        size_t mid = lo + (hi - lo) / 2;
        const gw_listener_set *s = &r->g->listener_sets[mid];
        if (s->obj->input_index < o->input_index)
            lo = mid + 1;
        else if (s->obj->input_index > o->input_index)
            hi = mid;
        else
            return s;
    }
    return NULL;
}

/* May ListenerSets in namespace ns attach to gw (spec.allowedListeners)? */
static bool listeners_allowed(const rs *r, const gw_gateway *gw, const char *ns)
{
    const gwapi_allowed_listeners *al = gw->spec->spec ? gw->spec->spec->allowed_listeners : NULL;
    const char *from = al && al->namespaces && al->namespaces->from.ptr ? al->namespaces->from.ptr : "None";
    if (!strcmp(from, "All"))
        return true;
    if (!strcmp(from, "Same"))
        return str_eq(ns, gw->obj->ns);
    if (!strcmp(from, "Selector")) {
        const gwapi_string_map *labels = gw_model_namespace_labels(r->m, ns);
        return labels && gw_selector_matches(gw_label_selector(al->namespaces->selector), labels);
    }
    return false;
}

typedef struct set_slot {
    gw_listener_set *set;
    size_t gateway;     /* index into g->gateways */
} set_slot;

static int slot_cmp(const void *x, const void *y)
{
    const set_slot *a = x, *b = y;
    if (a->gateway != b->gateway)
        return a->gateway < b->gateway ? -1 : 1;
    int c = gw_obj_older(a->set->obj, b->set->obj);
    if (c)
        return c;
    return a->set->obj->input_index < b->set->obj->input_index ? -1 : 1;
}

static void listener_init(gw_listener *l, gw_gateway *gw, gw_listener_set *set, const gw_obj *owner,
                          size_t i)
{
    l->gateway = gw;
    l->listener_set = set;
    l->index = i;
    l->spec = gw_listener_at(owner, i);
}

bool rs_gateways(rs *r)
{
    gw_graph *g = r->g;
    const gw_obj_list *gl = &r->m->by_kind[GWAPI_KIND_GATEWAY];
    const gw_obj_list *sl = &r->m->by_kind[GWAPI_KIND_LISTENER_SET];
    g->gateways = arena_calloc(r->a, gl->count ? gl->count : 1, sizeof *g->gateways);
    g->listener_sets = arena_calloc(r->a, sl->count ? sl->count : 1, sizeof *g->listener_sets);
    size_t *extra = arena_calloc(r->a, gl->count ? gl->count : 1, sizeof *extra);
    set_slot *slots = arena_calloc(r->a, sl->count ? sl->count : 1, sizeof *slots);
    if (!g->gateways || !g->listener_sets || !extra || !slots)
        return false;
    g->gateway_count = gl->count;
    g->listener_set_count = sl->count;
    for (size_t i = 0; i < gl->count; i++) {
        gw_gateway *gw = &g->gateways[i];
        gw->obj = gl->items[i];
        gw->spec = gw->obj->obj->typed;
        const char *cls = gw->spec->spec ? gw->spec->spec->gateway_class_name.ptr : NULL;
        gw->gateway_class = find_class(r, cls);
        gw->managed = gw->gateway_class && gw->gateway_class->managed;
        if (!gw->managed &&
            !gw_notes_add(&g->notes, r->a, gw->obj, GWAPI_SEVERITY_INFO, "spec.gatewayClassName",
                          gw->gateway_class ? "Gateway %s/%s: GatewayClass %s is not managed by this controller; the Gateway gets no status"
                                            : "Gateway %s/%s: GatewayClass %s does not exist; the Gateway gets no status",
                          gw->obj->ns, gw->obj->name, cls ? cls : ""))
            return false;
    }
    /* ListenerSets: find the parent and whether it allows them. */
    size_t nslots = 0;
    for (size_t i = 0; i < sl->count; i++) {
        gw_listener_set *s = &g->listener_sets[i];
        s->obj = sl->items[i];
        s->spec = s->obj->obj->typed;
        const gwapi_listener_set_parent_ref *pr = s->spec->spec ? s->spec->spec->parent_ref : NULL;
        if (!pr || (pr->group.ptr && strcmp(pr->group.ptr, GW_GROUP)) || (pr->kind.ptr && strcmp(pr->kind.ptr, "Gateway")))
            continue;
        const gw_gateway *gw = gw_graph_gateway(g, pr->ns.ptr ? pr->ns.ptr : s->obj->ns, pr->name.ptr);
        if (!gw || !gw->managed) {
            if (!gw_notes_add(&g->notes, r->a, s->obj, GWAPI_SEVERITY_INFO, "spec.parentRef",
                              "ListenerSet %s/%s: parent Gateway %s/%s is %s; the ListenerSet gets no status",
                              s->obj->ns, s->obj->name, pr->ns.ptr ? pr->ns.ptr : s->obj->ns,
                              pr->name.ptr ? pr->name.ptr : "", gw ? "not managed by this controller" : "not found"))
                return false;
            continue;
        }
        s->gateway = gw;
        int64_t gen = s->obj->generation;
        if (!listeners_allowed(r, gw, s->obj->ns)) {
            char *msg = rs_printf(r, "ListenerSet attachment from namespace %s not allowed by Gateway %s/%s",
                                  s->obj->ns, gw->obj->ns, gw->obj->name);
            if (!msg || !cond_set(r, &s->conditions, "Accepted", GW_COND_FALSE, "NotAllowed", msg, gen) ||
                !cond_set(r, &s->conditions, "Programmed", GW_COND_FALSE, "NotAllowed", "Not Programmed", gen))
                return false;
            continue;
        }
        slots[nslots].set = s;
        slots[nslots].gateway = (size_t)(gw - g->gateways);
        extra[slots[nslots].gateway] += gw_listener_count(s->obj);
        nslots++;
    }
    qsort(slots, nslots, sizeof *slots, slot_cmp);
    /* The merged listener arrays. */
    size_t si = 0;
    for (size_t i = 0; i < gl->count; i++) {
        gw_gateway *gw = &g->gateways[i];
        size_t own = gw_listener_count(gw->obj);
        gw->own_listener_count = own;
        gw->listener_count = own + extra[i];
        gw->listeners = arena_calloc(r->a, gw->listener_count ? gw->listener_count : 1, sizeof *gw->listeners);
        if (!gw->listeners)
            return false;
        for (size_t j = 0; j < own; j++)
            listener_init(&gw->listeners[j], gw, NULL, gw->obj, j);
        size_t at = own;
        for (; si < nslots && slots[si].gateway == i; si++) {
            gw_listener_set *s = slots[si].set;
            size_t n = gw_listener_count(s->obj);
            s->listeners = arena_calloc(r->a, n ? n : 1, sizeof *s->listeners);
            if (!s->listeners)
                return false;
            s->listener_count = n;
            for (size_t j = 0; j < n; j++) {
                listener_init(&gw->listeners[at], gw, s, s->obj, j);
                s->listeners[j] = &gw->listeners[at++];
            }
        }
        if (!gw->managed)
            continue;
        /* Addresses first: a Gateway refused for them is not processed
         * further (Accepted=False alone, no listener status), as Envoy
         * Gateway writes it; its listeners serve nothing. */
        gw->accepted = true;
        for (size_t j = 0; gw->spec->spec && j < gw->spec->spec->addresses.count; j++) {
            const char *t = gw->spec->spec->addresses.items[j].type.ptr;
            if (t && strcmp(t, "IPAddress") && strcmp(t, "Hostname")) {
                gw->accepted = false;
                gw->refused = true;
                char *msg = rs_printf(r, "Gateway has an address with an unsupported type: %s", t);
                if (!msg || !cond_set(r, &gw->conditions, "Accepted", GW_COND_FALSE, "UnsupportedAddress", msg,
                                      gw->obj->generation))
                    return false;
                break;
            }
        }
        if (!gw->refused) {
            for (size_t j = 0; j < gw->listener_count; j++)
                if (!listener_validate(r, &gw->listeners[j]))
                    return false;
            if (!rs_port_conflicts(r, gw) || !gateway_client_cert(r, gw))
                return false;
        }
        gw->addresses = gw->spec->spec ? gw->spec->spec->addresses.items : NULL;
        gw->address_count = gw->spec->spec ? gw->spec->spec->addresses.count : 0;
    }
    return true;
}

/* Conditions of listeners and ListenerSets, once routes have attached. */
bool rs_finish_listeners(rs *r)
{
    gw_graph *g = r->g;
    for (size_t i = 0; i < g->gateway_count; i++) {
        gw_gateway *gw = &g->gateways[i];
        if (!gw->managed || gw->refused)
            continue;
        bool any_programmed = false;
        for (size_t j = 0; j < gw->listener_count; j++) {
            gw_listener *l = &gw->listeners[j];
            int64_t gen = owner_obj(l)->generation;
            gw_conditions c = { NULL, 0 };
            const gw_condition *rr = cond_get(&l->conditions, "ResolvedRefs");
            const gw_condition *acc = cond_get(&l->conditions, "Accepted");
            bool ok = true;
            if (l->conflicted) {
                ok = false;
                if (!cond_set(r, &c, "Conflicted", GW_COND_TRUE, l->conflict_reason, l->conflict_message, gen))
                    return false;
                if (l->listener_set) {
                    if (!cond_set(r, &c, "Accepted", GW_COND_FALSE, l->conflict_reason, l->conflict_message, gen) ||
                        !cond_set(r, &c, "Programmed", GW_COND_FALSE, l->conflict_reason, l->conflict_message, gen))
                        return false;
                } else if (!cond_set(r, &c, "Programmed", GW_COND_FALSE, "Invalid",
                                     "Listener is invalid, see other Conditions for details.", gen)) {
                    return false;
                }
            } else {
                if (!l->accepted || !l->resolved_refs || l->invalid_reason)
                    ok = false;
                /* some certificates usable: still served, with those */
                if (ok == false && l->accepted && !l->invalid_reason && rr &&
                    !strcmp(rr->reason, "PartiallyInvalidCertificateRef"))
                    ok = true;
                const char *preason = l->invalid_reason ? l->invalid_reason : l->listener_set ? "ListenersNotValid" : "Invalid";
                const char *pmsg = l->invalid_message ? l->invalid_message : "Listener is invalid, see other Conditions for details.";
                if (!cond_set(r, &c, "Programmed", ok ? GW_COND_TRUE : GW_COND_FALSE, ok ? "Programmed" : preason,
                              ok ? "Sending translated listener configuration to the data plane" : pmsg, gen))
                    return false;
                /* A certificate the listener may not use (no ReferenceGrant)
                 * counts as a bad setting too: Envoy Gateway leaves Accepted out. */
                bool bad_config = l->invalid_reason ||
                                  (rr && (!strcmp(rr->reason, "InvalidRouteKinds") || !strcmp(rr->reason, "RefNotPermitted")));
                if (acc) {
                    if (!cond_set(r, &c, acc->type, acc->status, acc->reason, acc->message, gen))
                        return false;
                } else if (bad_config) {
                    /* Envoy Gateway leaves Accepted out for a listener whose
                     * own settings are invalid; Programmed says why. */
                } else if (!cond_set(r, &c, "Accepted", GW_COND_TRUE, "Accepted",
                                     "Listener has been successfully translated", gen)) {
                    return false;
                }
            }
            if (rr) {
                if (!cond_set(r, &c, rr->type, rr->status, rr->reason, rr->message, gen))
                    return false;
            } else if (!cond_set(r, &c, "ResolvedRefs", GW_COND_TRUE, "ResolvedRefs",
                                 "Listener references have been resolved", gen)) {
                return false;
            }
            if (l->overlap_reason && !l->conflicted &&
                !cond_set(r, &c, "OverlappingTLSConfig", GW_COND_TRUE, l->overlap_reason, l->overlap_message, gen))
                return false;
            if (l->listener_set && ok &&
                !cond_set(r, &c, "Conflicted", GW_COND_FALSE, "NoConflicts", "No conflicts detected", gen))
                return false;
            l->conditions = c;
            l->programmed = ok;
            l->accepted = l->accepted && !(l->conflicted && l->listener_set);
            if (ok)
                any_programmed = true;
        }
        /* Gateway conditions (GEP-1364): Accepted unless the spec itself is
         * unusable; Programmed when some listener is. */
        int64_t gen = gw->obj->generation;
        gw->programmed = gw->accepted && any_programmed;
        if (gw->client_cert_reason) {
            /* Envoy Gateway writes ResolvedRefs alone here; the listeners
             * are still served. */
            if (!cond_set(r, &gw->conditions, "ResolvedRefs", GW_COND_FALSE, gw->client_cert_reason,
                          gw->client_cert_message, gen))
                return false;
            continue;
        }
        if (gw->accepted &&
            !cond_set(r, &gw->conditions, "Accepted", GW_COND_TRUE, "Accepted", "The Gateway has been accepted", gen))
            return false;
        if (!cond_set(r, &gw->conditions, "Programmed", gw->programmed ? GW_COND_TRUE : GW_COND_FALSE,
                      gw->programmed ? "Programmed" : "Invalid",
                      gw->programmed ? "The Gateway has been programmed"
                      : gw->accepted ? "No listener of the Gateway is programmed" : "The Gateway is not accepted", gen))
            return false;
    }
    for (size_t i = 0; i < g->listener_set_count; i++) {
        gw_listener_set *s = &g->listener_sets[i];
        if (!s->gateway || cond_get(&s->conditions, "Accepted"))
            continue;
        int64_t sgen = s->obj->generation;
        if (s->gateway->refused) {
            /* GEP-1713: the parent is not accepted (e.g. an invalid address). */
            if (!cond_set(r, &s->conditions, "Accepted", GW_COND_FALSE, "ParentNotAccepted",
                          "Parent Gateway is not accepted", sgen) ||
                !cond_set(r, &s->conditions, "Programmed", GW_COND_FALSE, "ParentNotAccepted",
                          "Parent Gateway is not accepted", sgen))
                return false;
            continue;
        }
        size_t accepted = 0, programmed = 0;
        for (size_t j = 0; j < s->listener_count; j++) {
            /* what the listener's status says, not whether routes may bind */
            const gw_condition *ac = cond_get(&s->listeners[j]->conditions, "Accepted");
            accepted += ac && ac->status == GW_COND_TRUE;
            programmed += s->listeners[j]->programmed;
        }
        int64_t gen = s->obj->generation;
        bool all = accepted == s->listener_count;
        s->accepted = accepted > 0;
        s->programmed = programmed > 0;
        if (!cond_set(r, &s->conditions, "Accepted", accepted ? GW_COND_TRUE : GW_COND_FALSE,
                      all ? "Accepted" : "ListenersNotValid",
                      all ? "ListenerSet is accepted" : accepted ? "Some listeners are invalid" : "No listeners are accepted", gen) ||
            !cond_set(r, &s->conditions, "Programmed", programmed ? GW_COND_TRUE : GW_COND_FALSE,
                      programmed ? "Programmed" : "ListenersNotValid",
                      programmed ? "ListenerSet is programmed" : "No listeners are programmed", gen))
            return false;
    }
    return true;
}
