/* The route table of ROUTES.md: per programmed listener, the entries a
 * data plane matches, in match order. A projection of the IR: nothing here
 * decides routing, it only prints what lowering decided. */
#include "ir_emit.h"
#include "ir_parts.h"

#include <string.h>

static void route_id(strbuf *b, const gwapi_ir_source *s)
{
    strbuf_printf(b, "%s %s/%s", s->kind, s->ns ? s->ns : "", s->name);
}

static void kv_route(tw *w, const gwapi_ir_source *s)
{
    strbuf b;
    strbuf_init_sticky(&b, w->out->alloc, &w->out->failed);
    route_id(&b, s);
    tw_kv_str(w, "route", strbuf_str(&b));
    strbuf_free(&b);
}

static void backend_list(tw *w, const gwapi_ir_backend_list *l, bool valid_only)
{
    tw_key(w, "backends");
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++)
        if (l->items[i].weight && !(valid_only && l->items[i].invalid))
            emit_backend(w, &l->items[i], false);
    tw_arr_end(w);
}

static void http_entry(tw *w, const gwapi_ir_http_route *r)
{
    bool grpc = !strcmp(r->src.kind, "GRPCRoute");
    tw_obj_begin(w);
    kv_route(w, &r->src);
    tw_kv_int(w, "rule", r->src.rule);
    tw_kv_int(w, "match", r->src.match);
    tw_kv_str(w, "hostname", r->hostname);
    if (!grpc)
        emit_path_match(w, "path", &r->match.path);
    tw_kv_str_opt(w, "method", r->match.method);
    emit_grpc_method(w, "grpcMethod", r->match.grpc_method);
    emit_string_matches(w, "headers", &r->match.headers);
    emit_string_matches(w, "query", &r->match.query);
    emit_string_matches(w, "cookies", &r->match.cookies);
    switch (r->action) {
    case GWAPI_IR_DIRECT_RESPONSE:
        tw_key(w, "directResponse");
        tw_obj_begin(w);
        tw_kv_int(w, "status", r->direct_status);
        tw_obj_end(w);
        break;
    case GWAPI_IR_REDIRECT:
        emit_redirect(w, "redirect", r->redirect);
        break;
    default:
        backend_list(w, &r->backends, false);
    }
    emit_rewrite(w, "rewrite", r->rewrite);
    emit_header_mods(w, "requestHeaders", r->request_headers);
    emit_header_mods(w, "responseHeaders", r->response_headers);
    if (r->mirrors.count) {
        tw_key(w, "mirrors");
        tw_arr_begin(w);
        for (size_t i = 0; i < r->mirrors.count; i++)
            emit_mirror(w, &r->mirrors.items[i], false);
        tw_arr_end(w);
    }
    tw_obj_end(w);
}

static void l4_entry(tw *w, const gwapi_ir_l4_route *r)
{
    tw_obj_begin(w);
    kv_route(w, &r->src);
    tw_kv_str_opt(w, "hostname", r->hostname);
    backend_list(w, &r->backends, true);
    tw_obj_end(w);
}

static void listener(tw *w, const gwapi_ir_gateway *g, const gwapi_ir_listener *l)
{
    tw_obj_begin(w);
    tw_kv_str(w, "gateway", g->id);
    tw_kv_str(w, "listener", l->src.section);
    tw_kv_str_opt(w, "listenerSet", l->listener_set);
    tw_kv_int(w, "port", l->port);
    tw_kv_str(w, "protocol", gwapi_ir_protocol_str(l->protocol));
    if (l->protocol == GWAPI_IR_TLS)
        tw_kv_str(w, "tlsMode", gwapi_ir_tls_mode_str(l->tls_mode));
    tw_key(w, "hostnames");
    tw_arr_begin(w);
    if (l->protocol != GWAPI_IR_TCP && l->protocol != GWAPI_IR_UDP)
        tw_str(w, l->hostname ? l->hostname : "*");
    tw_arr_end(w);
    tw_key(w, "routes");
    tw_arr_begin(w);
    for (size_t i = 0; i < l->virtual_hosts.count; i++) {
        const gwapi_ir_virtual_host *v = &l->virtual_hosts.items[i];
        for (size_t j = 0; j < v->routes.count; j++)
            http_entry(w, &v->routes.items[j]);
    }
    for (size_t i = 0; i < l->l4_routes.count; i++)
        l4_entry(w, &l->l4_routes.items[i]);
    tw_arr_end(w);
    tw_obj_end(w);
}

void emit_routes(strbuf *out, const gwapi_ir *ir, tw_format format)
{
    tw w;
    tw_init(&w, out, format);
    tw_obj_begin(&w);
    tw_key(&w, "listeners");
    tw_arr_begin(&w);
    for (size_t i = 0; ir && i < ir->gateways.count; i++) {
        const gwapi_ir_gateway *g = &ir->gateways.items[i];
        for (size_t j = 0; j < g->listeners.count; j++)
            listener(&w, g, &g->listeners.items[j]);
    }
    tw_arr_end(&w);
    tw_obj_end(&w);
    tw_finish(&w);
}
