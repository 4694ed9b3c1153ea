/* Printers shared by the IR document and the route table, so that both
 * spell a rewrite or a backend the same way. */
#include "ir_parts.h"

static bool mods_empty(const gwapi_ir_header_mods *m)
{
    return !m || (!m->set.count && !m->add.count && !m->remove.count);
}

static void headers(tw *w, const char *key, const gwapi_ir_header_list *l)
{
    if (!l->count)
        return;
    tw_key(w, key);
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++) {
        tw_obj_begin(w);
        tw_kv_str(w, "name", l->items[i].name);
        tw_kv_str(w, "value", l->items[i].value);
        tw_obj_end(w);
    }
    tw_arr_end(w);
}

void emit_header_mods(tw *w, const char *key, const gwapi_ir_header_mods *m)
{
    if (mods_empty(m))
        return;
    tw_key(w, key);
    tw_obj_begin(w);
    headers(w, "set", &m->set);
    headers(w, "add", &m->add);
    if (m->remove.count) {
        tw_key(w, "remove");
        tw_arr_begin(w);
        for (size_t i = 0; i < m->remove.count; i++)
            tw_str(w, m->remove.items[i].ptr);
        tw_arr_end(w);
    }
    tw_obj_end(w);
}

static const char *path_rewrite_type(gwapi_ir_path_rewrite p)
{
    switch (p) {
    case GWAPI_IR_PATH_FULL: return "ReplaceFullPath";
    case GWAPI_IR_PATH_PREFIX_MATCH: return "ReplacePrefixMatch";
    case GWAPI_IR_PATH_REGEX_MATCH: return "ReplaceRegexMatch";
    default: return NULL;
    }
}

static void path_rewrite(tw *w, gwapi_ir_path_rewrite type, const char *value,
                         const char *pattern, const char *substitution)
{
    tw_key(w, "path");
    tw_obj_begin(w);
    tw_kv_str(w, "type", path_rewrite_type(type));
    if (type == GWAPI_IR_PATH_REGEX_MATCH) {
        tw_kv_str(w, "pattern", pattern);
        tw_kv_str(w, "substitution", substitution);
    } else {
        tw_kv_str(w, "value", value);
    }
    tw_obj_end(w);
}

void emit_rewrite(tw *w, const char *key, const gwapi_ir_rewrite *r)
{
    if (!r || (r->host == GWAPI_IR_HOST_KEEP && r->path == GWAPI_IR_PATH_KEEP &&
               !r->append_x_forwarded_host.set))
        return;
    tw_key(w, key);
    tw_obj_begin(w);
    if (r->host != GWAPI_IR_HOST_KEEP) {
        tw_key(w, "hostname");
        tw_obj_begin(w);
        switch (r->host) {
        case GWAPI_IR_HOST_REPLACE:
            tw_kv_str(w, "type", "Replace");
            tw_kv_str(w, "value", r->host_value);
            break;
        case GWAPI_IR_HOST_HEADER:
            tw_kv_str(w, "type", "Header");
            tw_kv_str(w, "header", r->host_value);
            break;
        case GWAPI_IR_HOST_BACKEND:
            tw_kv_str(w, "type", "Backend");
            break;
        default:
            tw_kv_str(w, "type", "PathRegex");
            tw_kv_str(w, "pattern", r->host_pattern);
            tw_kv_str(w, "substitution", r->host_substitution);
        }
        tw_obj_end(w);
    }
    if (r->path != GWAPI_IR_PATH_KEEP)
        path_rewrite(w, r->path, r->path_value, r->path_pattern, r->path_substitution);
    if (r->append_x_forwarded_host.set)
        tw_kv_bool(w, "appendXForwardedHost", r->append_x_forwarded_host.value);
    tw_obj_end(w);
}

void emit_redirect(tw *w, const char *key, const gwapi_ir_redirect *r)
{
    if (!r)
        return;
    tw_key(w, key);
    tw_obj_begin(w);
    tw_kv_str_opt(w, "scheme", r->scheme);
    tw_kv_str_opt(w, "hostname", r->hostname);
    if (r->path != GWAPI_IR_PATH_KEEP)
        path_rewrite(w, r->path, r->path_value, NULL, NULL);
    tw_kv_int(w, "port", r->port);
    tw_kv_int(w, "statusCode", r->status_code);
    tw_obj_end(w);
}

void emit_string_matches(tw *w, const char *key, const gwapi_ir_string_match_list *l)
{
    if (!l->count)
        return;
    tw_key(w, key);
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_ir_string_match *m = &l->items[i];
        tw_obj_begin(w);
        tw_kv_str(w, "name", m->name);
        tw_kv_str(w, "type", gwapi_ir_match_type_str(m->type));
        tw_kv_str(w, "value", m->value);
        if (m->invert)
            tw_kv_bool(w, "invert", true);
        tw_obj_end(w);
    }
    tw_arr_end(w);
}

void emit_grpc_method(tw *w, const char *key, const gwapi_ir_grpc_method *g)
{
    if (!g)
        return;
    tw_key(w, key);
    tw_obj_begin(w);
    tw_kv_str(w, "type", gwapi_ir_match_type_str(g->type));
    tw_kv_str_opt(w, "service", g->service);
    tw_kv_str_opt(w, "method", g->method);
    tw_obj_end(w);
}

void emit_path_match(tw *w, const char *key, const gwapi_ir_path_match *p)
{
    tw_key(w, key);
    tw_obj_begin(w);
    tw_kv_str(w, "type", gwapi_ir_path_type_str(p->type));
    tw_kv_str(w, "value", p->value);
    tw_obj_end(w);
}

void emit_source(tw *w, const char *key, const gwapi_ir_source *s)
{
    tw_key(w, key);
    tw_obj_begin(w);
    tw_kv_str(w, "kind", s->kind);
    tw_kv_str_opt(w, "namespace", s->ns);
    tw_kv_str(w, "name", s->name);
    tw_kv_str_opt(w, "section", s->section);
    if (s->rule >= 0)
        tw_kv_int(w, "rule", s->rule);
    if (s->match >= 0)
        tw_kv_int(w, "match", s->match);
    if (s->index >= 0)
        tw_kv_int(w, "index", s->index);
    tw_obj_end(w);
}

static void target(tw *w, const gwapi_ir_object_ref *ref, const gwapi_opt_int *port)
{
    tw_kv_str(w, "kind", ref->kind);
    tw_kv_str(w, "namespace", ref->ns);
    tw_kv_str(w, "name", ref->name);
    if (port->set)
        tw_kv_int(w, "port", port->value);
}

static void endpoints(tw *w, const gwapi_ir_endpoint_list *l)
{
    tw_key(w, "endpoints");
    tw_arr_begin(w);
    for (size_t i = 0; i < l->count; i++) {
        tw_obj_begin(w);
        tw_kv_str(w, "address", l->items[i].address);
        if (l->items[i].port)
            tw_kv_int(w, "port", l->items[i].port);
        tw_kv_bool(w, "ready", l->items[i].ready);
        tw_obj_end(w);
    }
    tw_arr_end(w);
}

void emit_backend(tw *w, const gwapi_ir_backend *b, bool full)
{
    tw_obj_begin(w);
    if (full) {
        tw_kv_str(w, "id", b->id);
        emit_source(w, "source", &b->src);
    }
    target(w, &b->ref, &b->port);
    tw_kv_int(w, "weight", b->weight);
    if (b->invalid)
        tw_kv_bool(w, "invalid", true);
    if (full && b->dynamic_resolver)
        tw_kv_bool(w, "dynamicResolver", true);
    emit_header_mods(w, "requestHeaders", b->request_headers);
    emit_header_mods(w, "responseHeaders", b->response_headers);
    emit_rewrite(w, "rewrite", b->rewrite);
    if (full)
        endpoints(w, &b->endpoints);
    tw_obj_end(w);
}

void emit_mirror(tw *w, const gwapi_ir_mirror *m, bool full)
{
    tw_obj_begin(w);
    if (full) {
        tw_kv_str(w, "id", m->id);
        emit_source(w, "source", &m->src);
    }
    target(w, &m->ref, &m->port);
    tw_key(w, "percent");
    tw_num(w, m->percent);
    if (full)
        endpoints(w, &m->endpoints);
    tw_obj_end(w);
}
