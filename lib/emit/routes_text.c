/* The route table for a terminal: a header line per listener, then one
 * line per entry in match order: host, conditions, action, origin. Each
 * line is made safe for a terminal as Go's %q would (control characters
 * and invalid UTF-8 from the input are escaped). */
#include "ir_emit.h"
#include "../util/goquote.h"

#include <string.h>

/* Moves the finished line to the output, escaped, with its newline. */
static void flush(strbuf *out, strbuf *line)
{
    goquote_escape(out, line->s ? line->s : "", line->len);
    strbuf_putc(out, '\n');
    strbuf_truncate(line, 0);
}

static void conds(strbuf *b, const char *what, const gwapi_ir_string_match_list *l)
{
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_ir_string_match *m = &l->items[i];
        strbuf_printf(b, " %s %s%s%s", what, m->name,
                      m->invert ? "!" : "", m->type == GWAPI_IR_MATCH_REGEX ? "~" : "=");
        strbuf_puts(b, m->value);
    }
}

static void target(strbuf *b, const gwapi_ir_object_ref *r, const gwapi_opt_int *port)
{
    strbuf_printf(b, "%s %s/%s", r->kind, r->ns ? r->ns : "", r->name);
    if (port->set)
        strbuf_printf(b, ":%lld", (long long)port->value);
}

static void backends(strbuf *b, const gwapi_ir_backend_list *l)
{
    if (!l->count)
        strbuf_puts(b, " (no backends)");
    for (size_t i = 0; i < l->count; i++) {
        strbuf_puts(b, i ? ", " : " ");
        target(b, &l->items[i].ref, &l->items[i].port);
        strbuf_printf(b, " weight %u", l->items[i].weight);
        if (l->items[i].invalid)
            strbuf_puts(b, " INVALID");
    }
}

/* Header changes as "+name: value" (add), "=name: value" (set), "-name". */
static void mods(strbuf *b, const char *what, const gwapi_ir_header_mods *m)
{
    if (!m)
        return;
    strbuf_printf(b, " %s[", what);
    const char *sep = "";
    for (size_t i = 0; i < m->add.count; i++, sep = " ")
        strbuf_printf(b, "%s+%s: %s", sep, m->add.items[i].name, m->add.items[i].value);
    for (size_t i = 0; i < m->set.count; i++, sep = " ")
        strbuf_printf(b, "%s=%s: %s", sep, m->set.items[i].name, m->set.items[i].value);
    for (size_t i = 0; i < m->remove.count; i++, sep = " ")
        strbuf_printf(b, "%s-%s", sep, m->remove.items[i].ptr);
    strbuf_putc(b, ']');
}

static void http_line(strbuf *b, const gwapi_ir_http_route *r)
{
    const gwapi_ir_match *m = &r->match;
    strbuf_printf(b, "  %-24s", r->hostname);
    const gwapi_ir_grpc_method *g = m->grpc_method;
    if (!strcmp(r->src.kind, "GRPCRoute"))
        strbuf_printf(b, " grpc %s%s/%s", g && g->type == GWAPI_IR_MATCH_REGEX ? "~" : "",
                      g && g->service ? g->service : "*", g && g->method ? g->method : "*");
    else
        strbuf_printf(b, " %s %s", gwapi_ir_path_type_str(m->path.type), m->path.value);
    if (m->method)
        strbuf_printf(b, " method=%s", m->method);
    conds(b, "header", &m->headers);
    conds(b, "query", &m->query);
    conds(b, "cookie", &m->cookies);
    strbuf_puts(b, " ->");
    switch (r->action) {
    case GWAPI_IR_DIRECT_RESPONSE:
        strbuf_printf(b, " respond %d", r->direct_status);
        if (r->direct_reason)
            strbuf_printf(b, " (%s)", r->direct_reason);
        break;
    case GWAPI_IR_REDIRECT:
        strbuf_printf(b, " redirect %d %s://%s:%d", r->redirect->status_code,
                      r->redirect->scheme ? r->redirect->scheme : "(same)",
                      r->redirect->hostname ? r->redirect->hostname : "(same)", r->redirect->port);
        if (r->redirect->path_value)
            strbuf_printf(b, " path %s", r->redirect->path_value);
        break;
    default:
        backends(b, &r->backends);
        mods(b, "request", r->request_headers);
        for (size_t i = 0; i < r->mirrors.count; i++)
            strbuf_printf(b, " mirror %s/%s %g%%", r->mirrors.items[i].ref.ns,
                          r->mirrors.items[i].ref.name, r->mirrors.items[i].percent);
    }
    mods(b, "response", r->response_headers);
    strbuf_printf(b, "   [%s %s/%s rule %d match %d]", r->src.kind, r->src.ns, r->src.name,
                  r->src.rule, r->src.match);
}

void emit_routes_text(strbuf *out, const gwapi_ir *ir)
{
    strbuf line;
    strbuf_init_sticky(&line, out->alloc, &out->failed);
    strbuf *b = &line;
    for (size_t i = 0; ir && i < ir->gateways.count; i++) {
        const gwapi_ir_gateway *g = &ir->gateways.items[i];
        for (size_t j = 0; j < g->listeners.count; j++) {
            const gwapi_ir_listener *l = &g->listeners.items[j];
            strbuf_printf(b, "%s listener %s", g->id, l->src.section);
            if (l->listener_set)
                strbuf_printf(b, " (ListenerSet %s)", l->listener_set);
            strbuf_printf(b, ": %s port %d", gwapi_ir_protocol_str(l->protocol), l->port);
            if (l->tls_mode != GWAPI_IR_TLS_NONE)
                strbuf_printf(b, " %s", gwapi_ir_tls_mode_str(l->tls_mode));
            strbuf_printf(b, " hostname %s", l->hostname ? l->hostname : "*");
            flush(out, b);
            size_t n = l->l4_routes.count;
            for (size_t k = 0; k < l->virtual_hosts.count; k++) {
                const gwapi_ir_virtual_host *v = &l->virtual_hosts.items[k];
                n += v->routes.count;
                for (size_t e = 0; e < v->routes.count; e++) {
                    http_line(b, &v->routes.items[e]);
                    flush(out, b);
                }
            }
            for (size_t k = 0; k < l->l4_routes.count; k++) {
                const gwapi_ir_l4_route *r = &l->l4_routes.items[k];
                strbuf_printf(b, "  %-24s ->", r->hostname ? r->hostname : "*");
                backends(b, &r->backends);
                strbuf_printf(b, "   [%s %s/%s]", r->src.kind, r->src.ns, r->src.name);
                flush(out, b);
            }
            if (!n) {
                strbuf_puts(b, "  (no routes)");
                flush(out, b);
            }
        }
    }
    strbuf_free(&line);
}
