/* The IR document: every node with its name, source and fields, in IR
 * order. Shape described by docs/ir.md and docs/ir.schema.json. */
#include "ir_emit.h"
#include "ir_parts.h"
#include "typed_json.h"
#include "../schema/merge.h"
#include <gwapi/kinds.h>

/* The spec schema of a policy kind (gwapi_kind). */
static const gw_schema *spec_schema(int kind)
{
    const gw_field *f = schema_field(schema_of_kind(kind, NULL), "spec", 4);
    return f ? f->schema : NULL;
}

static void policy_ref(tw *w, const gwapi_ir_policy_ref *r)
{
    tw_obj_begin(w);
    tw_kv_str(w, "kind", r->policy.kind);
    tw_kv_str_opt(w, "namespace", r->policy.ns);
    tw_kv_str(w, "name", r->policy.name);
    tw_kv_str(w, "scope", r->scope);
    tw_obj_end(w);
}

static void policy_refs(tw *w, const char *key, const gwapi_ir_policy_ref_list *l)
{
    if (!l->count)
        return;
    tw_key(w, key);
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++)
        policy_ref(w, &l->items[i]);
    tw_arr_end(w);
}

/* {settings, provenance} of one policy kind; nothing when none applies. */
static void policy_settings(tw *w, const char *key, int kind, const void *settings,
                            const gwapi_ir_policy_provenance *pv)
{
    tw_key(w, key);
    tw_obj_begin(w);
    emit_typed_object(w, "settings", spec_schema(kind), settings);
    tw_key(w, "provenance");
    tw_obj_begin(w);
    tw_key(w, "winner");
    policy_ref(w, &pv->winner);
    if (pv->merged_with) {
        tw_key(w, "mergedWith");
        policy_ref(w, pv->merged_with);
        tw_kv_str(w, "mergeType", pv->merge_type);
    }
    policy_refs(w, "overridden", &pv->overridden);
    policy_refs(w, "rejected", &pv->rejected);
    tw_kv_str_opt(w, "invalid", pv->invalid);
    if (pv->fail_open)
        tw_kv_bool(w, "failOpen", true);
    tw_obj_end(w);
    tw_obj_end(w);
}

static void route_policies(tw *w, const gwapi_ir_route_policies *p)
{
    if (p->traffic)
        policy_settings(w, "traffic", GWAPI_KIND_BACKEND_TRAFFIC_POLICY, p->traffic->settings,
                        &p->traffic->provenance);
    if (p->security)
        policy_settings(w, "security", GWAPI_KIND_SECURITY_POLICY, p->security->settings,
                        &p->security->provenance);
    if (p->extension)
        policy_settings(w, "extension", GWAPI_KIND_ENVOY_EXTENSION_POLICY, p->extension->settings,
                        &p->extension->provenance);
}

static void patches(tw *w, const gwapi_ir_patch_list *l)
{
    if (!l->count)
        return;
    const gw_field *f = schema_field(spec_schema(GWAPI_KIND_ENVOY_PATCH_POLICY), "jsonPatches", 11);
    tw_key(w, "patches");
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_ir_patch *p = &l->items[i];
        tw_obj_begin(w);
        tw_key(w, "policy");
        tw_obj_begin(w);
        tw_kv_str(w, "kind", p->policy.kind);
        tw_kv_str_opt(w, "namespace", p->policy.ns);
        tw_kv_str(w, "name", p->policy.name);
        tw_obj_end(w);
        tw_kv_str_opt(w, "type", p->type);
        tw_kv_int(w, "priority", p->priority);
        if (f && p->json_patches.items) {
            tw_key(w, "jsonPatches");
            emit_typed(w, f->schema, &p->json_patches, false);
        }
        tw_obj_end(w);
    }
    tw_arr_end(w);
}

static void refs(tw *w, const char *key, const gwapi_ir_object_ref_list *l)
{
    if (!l->count)
        return;
    tw_key(w, key);
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++) {
        tw_obj_begin(w);
        tw_kv_str(w, "kind", l->items[i].kind);
        tw_kv_str_opt(w, "namespace", l->items[i].ns);
        tw_kv_str(w, "name", l->items[i].name);
        tw_obj_end(w);
    }
    tw_arr_end(w);
}

static void match(tw *w, const gwapi_ir_match *m)
{
    tw_key(w, "match");
    tw_obj_begin(w);
    emit_path_match(w, "path", &m->path);
    tw_kv_str_opt(w, "method", m->method);
    emit_grpc_method(w, "grpcMethod", m->grpc_method);
    emit_string_matches(w, "headers", &m->headers);
    emit_string_matches(w, "query", &m->query);
    emit_string_matches(w, "cookies", &m->cookies);
    tw_obj_end(w);
}

static void backends(tw *w, const char *key, const gwapi_ir_backend_list *l)
{
    tw_key(w, key);
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++)
        emit_backend(w, &l->items[i], true);
    tw_arr_end(w);
}

static void action(tw *w, const gwapi_ir_http_route *r)
{
    tw_key(w, "action");
    tw_obj_begin(w);
    switch (r->action) {
    case GWAPI_IR_REDIRECT:
        emit_redirect(w, "redirect", r->redirect);
        break;
    case GWAPI_IR_DIRECT_RESPONSE:
        tw_key(w, "directResponse");
        tw_obj_begin(w);
        tw_kv_int(w, "status", r->direct_status);
        tw_kv_str_opt(w, "reason", r->direct_reason);
        tw_obj_end(w);
        break;
    default:
        backends(w, "forward", &r->backends);
    }
    tw_obj_end(w);
}

static void route(tw *w, const gwapi_ir_http_route *r)
{
    tw_obj_begin(w);
    tw_kv_str(w, "id", r->id);
    emit_source(w, "source", &r->src);
    tw_kv_str(w, "hostname", r->hostname);
    match(w, &r->match);
    action(w, r);
    emit_rewrite(w, "rewrite", r->rewrite);
    emit_header_mods(w, "requestHeaders", r->request_headers);
    emit_header_mods(w, "responseHeaders", r->response_headers);
    if (r->mirrors.count) {
        tw_key(w, "mirrors");
        tw_arr_begin(w);
        for (size_t i = 0; i < r->mirrors.count; i++)
            emit_mirror(w, &r->mirrors.items[i], true);
        tw_arr_end(w);
    }
    if (r->timeouts) {
        tw_key(w, "timeouts");
        tw_obj_begin(w);
        tw_kv_str_opt(w, "request", r->timeouts->request);
        tw_kv_str_opt(w, "backendRequest", r->timeouts->backend_request);
        tw_obj_end(w);
    }
    if (r->retry) {
        tw_key(w, "retry");
        tw_obj_begin(w);
        if (r->retry->attempts.set)
            tw_kv_int(w, "attempts", r->retry->attempts.value);
        tw_kv_str_opt(w, "backoff", r->retry->backoff);
        if (r->retry->codes.count) {
            tw_key(w, "codes");
            tw_arr_begin(w);
            for (size_t i = 0; i < r->retry->codes.count; i++)
                tw_int(w, r->retry->codes.items[i]);
            tw_arr_end(w);
        }
        tw_obj_end(w);
    }
    route_policies(w, &r->policies);
    tw_obj_end(w);
}

static void vhost(tw *w, const gwapi_ir_virtual_host *v)
{
    tw_obj_begin(w);
    tw_kv_str(w, "id", v->id);
    emit_source(w, "source", &v->src);
    tw_kv_str(w, "hostname", v->hostname);
    tw_key(w, "routes");
    tw_arr_begin(w);
    for (size_t i = 0; i < v->routes.count; i++)
        route(w, &v->routes.items[i]);
    tw_arr_end(w);
    tw_obj_end(w);
}

static void l4_route(tw *w, const gwapi_ir_l4_route *r)
{
    tw_obj_begin(w);
    tw_kv_str(w, "id", r->id);
    emit_source(w, "source", &r->src);
    tw_kv_str_opt(w, "hostname", r->hostname);
    backends(w, "backends", &r->backends);
    route_policies(w, &r->policies);
    tw_obj_end(w);
}

static void sds_certificates(tw *w, const gwapi_ir_sds_certificate_list *l)
{
    if (!l->count)
        return;
    tw_key(w, "sdsCertificates");
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_ir_sds_certificate *c = &l->items[i];
        tw_obj_begin(w);
        tw_kv_str(w, "kind", c->secret.kind);
        tw_kv_str_opt(w, "namespace", c->secret.ns);
        tw_kv_str(w, "name", c->secret.name);
        tw_kv_str(w, "url", c->url);
        tw_kv_str(w, "secretName", c->secret_name);
        tw_obj_end(w);
    }
    tw_arr_end(w);
}

static void listener(tw *w, const gwapi_ir_listener *l)
{
    tw_obj_begin(w);
    tw_kv_str(w, "id", l->id);
    emit_source(w, "source", &l->src);
    tw_kv_str_opt(w, "listenerSet", l->listener_set);
    tw_kv_int(w, "port", l->port);
    tw_kv_str(w, "protocol", gwapi_ir_protocol_str(l->protocol));
    tw_kv_str_opt(w, "hostname", l->hostname);
    if (l->tls_mode != GWAPI_IR_TLS_NONE)
        tw_kv_str(w, "tlsMode", gwapi_ir_tls_mode_str(l->tls_mode));
    refs(w, "certificateRefs", &l->certificate_refs);
    sds_certificates(w, &l->sds_certificates);
    if (l->client)
        policy_settings(w, "client", GWAPI_KIND_CLIENT_TRAFFIC_POLICY, l->client->settings,
                        &l->client->provenance);
    if (l->protocol == GWAPI_IR_HTTP || l->protocol == GWAPI_IR_HTTPS) {
        tw_key(w, "virtualHosts");
        tw_arr_begin(w);
        for (size_t i = 0; i < l->virtual_hosts.count; i++)
            vhost(w, &l->virtual_hosts.items[i]);
        tw_arr_end(w);
    } else {
        tw_key(w, "routes");
        tw_arr_begin(w);
        for (size_t i = 0; i < l->l4_routes.count; i++)
            l4_route(w, &l->l4_routes.items[i]);
        tw_arr_end(w);
    }
    tw_obj_end(w);
}

void emit_ir(strbuf *out, const gwapi_ir *ir, tw_format format)
{
    tw w;
    tw_init(&w, out, format);
    tw_obj_begin(&w);
    tw_kv_str(&w, "apiVersion", GWAPI_IR_API_VERSION);
    tw_kv_str(&w, "kind", "IR");
    tw_key(&w, "gateways");
    tw_arr_begin(&w);
    for (size_t i = 0; ir && i < ir->gateways.count; i++) {
        const gwapi_ir_gateway *g = &ir->gateways.items[i];
        tw_obj_begin(&w);
        tw_kv_str(&w, "id", g->id);
        emit_source(&w, "source", &g->src);
        tw_key(&w, "listeners");
        tw_arr_begin(&w);
        for (size_t j = 0; j < g->listeners.count; j++)
            listener(&w, &g->listeners.items[j]);
        tw_arr_end(&w);
        patches(&w, &g->patches);
        tw_obj_end(&w);
    }
    tw_arr_end(&w);
    tw_obj_end(&w);
    tw_finish(&w);
}
