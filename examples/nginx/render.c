/* IR -> nginx.conf (see render.h). nginx picks a location by path alone
 * and cannot fall through to the next one, while the IR's order is
 * first-match-wins over path, method, headers, query and cookies together.
 * So each server has one map whose ordered regexes are the IR's routes in
 * match order, over a key made of one 0/1 flag per condition and the path;
 * `location /` sends the request to the winner's internal location, which
 * holds the route's action. */
#include "render_state.h"
#include "certs.h"

#include <stdlib.h>
#include <string.h>

/* A route's need of one condition: flag position and value. */
typedef struct need {
    size_t cond;
    char want;                     /* '1' holds, '0' does not */
} need;

static char *dup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

static bool condition_find(render *r, const char *var, const char *regex, size_t *out)
{
    for (size_t i = 0; i < r->nconds; i++)
        if (!strcmp(r->conds[i].var, var) && !strcmp(r->conds[i].regex, regex)) {
            *out = i;
            return true;
        }
    if (r->nconds == r->capconds) {
        size_t cap = r->capconds ? r->capconds * 2 : 16;
        condition *c = realloc(r->conds, cap * sizeof *c);
        if (!c)
            return false;
        r->conds = c;
        r->capconds = cap;
    }
    condition *c = &r->conds[r->nconds];
    c->var = dup(var, strlen(var));
    c->regex = dup(regex, strlen(regex));
    if (!c->var || !c->regex) {
        free(c->var);
        free(c->regex);
        return false;
    }
    text_addf(&r->http, "map %s $gwapi_c%zu {\n    ", var, r->nconds);
    text_regex(&r->http, regex);
    text_addf(&r->http, " 1;\n    default 0;\n}\n");
    *out = r->nconds++;
    return true;
}

/* The PCRE that matches a value exactly or by the IR's regular expression
 * (whole value, as Gateway API and Envoy match). */
static void value_regex(text *t, gwapi_ir_match_type type, const char *value)
{
    text_addn(t, "~^", 2);
    if (type == GWAPI_IR_MATCH_REGEX) {
        text_addf(t, "(?:%s)", value);
    } else {
        text_pcre_literal(t, value, strlen(value));
    }
    text_addn(t, "$", 1);
}

static bool add_need(render *r, need **needs, size_t *n, const char *var, const char *regex,
                     bool invert)
{
    size_t ci;
    need *grown = realloc(*needs, (*n + 1) * sizeof **needs);
    if (!grown)
        return false;
    *needs = grown;
    if (!condition_find(r, var, regex, &ci))
        return false;
    (*needs)[(*n)++] = (need){ci, invert ? '0' : '1'};
    return true;
}

/* The conditions of a route's match; false (with a warning) when one names
 * something nginx has no variable for. */
static bool route_needs(render *r, const gwapi_ir_http_route *rt, need **needs, size_t *n)
{
    static const struct {
        const char *prefix;
        const char *what;
        bool header;
        size_t off;
    } lists[] = {
        {"http_", "header match", true, offsetof(gwapi_ir_match, headers)},
        {"arg_", "query parameter match", false, offsetof(gwapi_ir_match, query)},
        {"cookie_", "cookie match", false, offsetof(gwapi_ir_match, cookies)},
    };
    bool ok = true;
    if (rt->match.method) {
        text re = {0};
        value_regex(&re, GWAPI_IR_MATCH_EXACT, rt->match.method);
        ok = add_need(r, needs, n, "$request_method", re.data, false);
        text_free(&re);
    }
    for (size_t l = 0; ok && l < sizeof lists / sizeof lists[0]; l++) {
        const gwapi_ir_string_match_list *ms =
            (const gwapi_ir_string_match_list *)((const char *)&rt->match + lists[l].off);
        for (size_t i = 0; ok && i < ms->count; i++) {
            const gwapi_ir_string_match *m = &ms->items[i];
            text var = {0}, re = {0};
            if (!nginx_var_name(&var, lists[l].prefix, m->name, lists[l].header)) {
                text msg = {0};
                text_addf(&msg, "name %s has no nginx variable; the route never matches", m->name);
                render_warn(r, rt->id, lists[l].what, msg.data);
                text_free(&msg);
                ok = false;
            } else {
                value_regex(&re, m->type, m->value);
                ok = add_need(r, needs, n, var.data, re.data, m->invert);
            }
            text_free(&var);
            text_free(&re);
        }
    }
    if (rt->match.grpc_method || (rt->src.kind && !strcmp(rt->src.kind, "GRPCRoute"))) {
        render_warn(r, rt->id, "GRPCRoute", "gRPC (HTTP/2 upstreams) is not rendered; the route never matches");
        ok = false;
    }
    return ok;
}

static void path_regex(text *t, const gwapi_ir_path_match *p)
{
    switch (p->type) {
    case GWAPI_IR_PATH_EXACT:
        text_pcre_literal(t, p->value, strlen(p->value));
        break;
    case GWAPI_IR_PATH_REGEX:
        text_addf(t, "(?:%s)", p->value);
        break;
    case GWAPI_IR_PATH_PREFIX:
        text_pcre_literal(t, p->value, path_prefix_len(p->value));
        text_addf(t, "(?:/.*)?");
        break;
    }
    text_addn(t, "$", 1);
}

static const char *listener_scheme(const gwapi_ir_listener *l)
{
    return l->protocol == GWAPI_IR_HTTPS ? "https" : "http";
}

void render_warn(render *r, const char *subject, const char *feature, const char *detail)
{
    text_addf(r->warn, "warning: %s: %s: %s\n", subject, feature, detail);
}

/* nginx names $http_*, $arg_* and $cookie_* by letters, digits and '_'. */
bool nginx_var_name(text *t, const char *prefix, const char *name, bool header)
{
    text_addf(t, "$%s", prefix);
    for (const char *p = name; *p; p++) {
        char c = *p;
        if (header && c == '-')
            c = '_';
        else if (header && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_'))
            return false;
        text_addn(t, &c, 1);
    }
    return *name != '\0';
}

/* Gateway API PathPrefix matches whole path elements: /foo takes /foo and
 * /foo/bar, not /foobar; a trailing slash of the prefix is ignored. */
size_t path_prefix_len(const char *prefix)
{
    size_t n = strlen(prefix);
    while (n > 0 && prefix[n - 1] == '/')
        n--;
    return n;
}

/* ---- one route's internal location ---- */

/* ReplacePrefixMatch: the new prefix and the rest of the path after the
 * matched one ($gwapi_tail, captured by the location), "/" when empty. */
static void prefix_replacement(text *loc, const char *new_prefix)
{
    text_addf(loc, "        set $gwapi_path \"");
    text t = {0};
    text_addn(&t, new_prefix, path_prefix_len(new_prefix));
    text_value_part(loc, t.data ? t.data : "");
    text_free(&t);
    text_addf(loc, "${gwapi_tail}\";\n        if ($gwapi_path = \"\") {\n"
                   "            set $gwapi_path /;\n        }\n");
}

static void location_head(text *loc, unsigned n, const gwapi_ir_http_route *rt, bool tail)
{
    text_addf(loc, "    # %s\n", rt->id);
    if (tail) {
        text re = {0};
        text_addf(&re, "^/\\.gwapi/%u", n);
        text_pcre_literal(&re, rt->match.path.value, path_prefix_len(rt->match.path.value));
        text_addf(&re, "(?<gwapi_tail>/.*)?$");
        text_addf(loc, "    location ~ ");
        text_regex(loc, re.data);
        text_free(&re);
        text_addf(loc, " {\n");
    } else {
        text_addf(loc, "    location ^~ /.gwapi/%u/ {\n", n);
    }
    text_addf(loc, "        internal;\n");
}

static void redirect_location(render *r, text *loc, unsigned n, const gwapi_ir_listener *l,
                              const gwapi_ir_http_route *rt)
{
    const gwapi_ir_redirect *rd = rt->redirect;
    bool tail = rd->path == GWAPI_IR_PATH_PREFIX_MATCH;
    if (tail && rt->match.path.type != GWAPI_IR_PATH_PREFIX) {
        render_warn(r, rt->id, "redirect ReplacePrefixMatch", "the match is not a PathPrefix; path kept");
        tail = false;
    }
    location_head(loc, n, rt, tail);
    const gwapi_ir_header_mods *resp[] = {rt->response_headers};
    response_headers(loc, resp, 1, false);
    if (tail)
        prefix_replacement(loc, rd->path_value);
    const char *scheme = rd->scheme ? rd->scheme : listener_scheme(l);
    bool default_port = (rd->port == 80 && !strcmp(scheme, "http")) ||
                        (rd->port == 443 && !strcmp(scheme, "https"));
    text_addf(loc, "        return %d \"", rd->status_code);
    text_value_part(loc, scheme);
    text_addf(loc, "://");
    if (rd->hostname)
        text_value_part(loc, rd->hostname);
    else
        text_addf(loc, "$host");
    if (!default_port)
        text_addf(loc, ":%d", rd->port);
    if (tail)
        text_addf(loc, "$gwapi_path$is_args$args");
    else if (rd->path == GWAPI_IR_PATH_FULL) {
        text_value_part(loc, rd->path_value);
        text_addf(loc, "$is_args$args");
    } else
        text_addf(loc, "$request_uri");
    text_addf(loc, "\";\n    }\n");
}

/* The rewrite a forwarding route applies: its own, else its one backend's. */
static const gwapi_ir_rewrite *route_rewrite(render *r, const gwapi_ir_http_route *rt)
{
    const gwapi_ir_rewrite *rw = rt->rewrite;
    if (rt->backends.count == 1 && rt->backends.items[0].rewrite) {
        if (rw)
            render_warn(r, rt->id, "URLRewrite", "route and backendRef rewrites both set; the route's applies");
        else
            rw = rt->backends.items[0].rewrite;
    }
    for (size_t i = 0; rt->backends.count > 1 && i < rt->backends.count; i++)
        if (rt->backends.items[i].rewrite)
            render_warn(r, rt->id, "backendRef URLRewrite",
                 "per-backend rewrites of a weighted split are not rendered");
    return rw;
}

static void forward_location(render *r, text *loc, unsigned n, const gwapi_ir_http_route *rt)
{
    const gwapi_ir_rewrite *rw = route_rewrite(r, rt);
    bool tail = rw && rw->path == GWAPI_IR_PATH_PREFIX_MATCH;
    if (tail && rt->match.path.type != GWAPI_IR_PATH_PREFIX) {
        render_warn(r, rt->id, "URLRewrite ReplacePrefixMatch", "the match is not a PathPrefix; path kept");
        tail = false;
    }
    text host = {0};
    if (rw) {
        switch (rw->host) {
        case GWAPI_IR_HOST_KEEP:
            break;
        case GWAPI_IR_HOST_REPLACE:
            text_value(&host, rw->host_value);
            break;
        case GWAPI_IR_HOST_HEADER:
            if (!nginx_var_name(&host, "http_", rw->host_value, true)) {
                text_free(&host);
                render_warn(r, rt->id, "URLRewrite hostname from header", "the header has no nginx variable");
            }
            break;
        case GWAPI_IR_HOST_BACKEND:
            render_warn(r, rt->id, "URLRewrite hostname from backend", "not rendered; Host kept");
            break;
        case GWAPI_IR_HOST_PATH_REGEX:
            render_warn(r, rt->id, "URLRewrite hostname from path regex", "not rendered; Host kept");
            break;
        }
        if (rw->path == GWAPI_IR_PATH_REGEX_MATCH)
            render_warn(r, rt->id, "URLRewrite ReplaceRegexMatch",
                 "nginx rewrites whole paths only; path kept");
    }
    bool append_xfh = rw && (rw->host == GWAPI_IR_HOST_REPLACE || rw->host == GWAPI_IR_HOST_HEADER) &&
                      rw->append_x_forwarded_host.set &&
                      rw->append_x_forwarded_host.value;
    if (append_xfh && !r->xfh_map) {
        /* The client's Host appended to its X-Forwarded-Host. */
        text_addf(&r->http, "map $http_x_forwarded_host $gwapi_xfh {\n    \"\" $http_host;\n"
                            "    default \"$http_x_forwarded_host,$http_host\";\n}\n");
        r->xfh_map = true;
    }
    text target = {0};
    int status = 0;
    forward_target(r, rt, &target, &status);
    if (rt->backends.count > 1)
        for (size_t i = 0; i < rt->backends.count; i++)
            if (rt->backends.items[i].request_headers || rt->backends.items[i].response_headers)
                render_warn(r, rt->id, "backendRef header modifier",
                     "per-backend header changes of a weighted split are not rendered");
    const gwapi_ir_backend *one = rt->backends.count == 1 ? &rt->backends.items[0] : NULL;
    location_head(loc, n, rt, tail);
    const gwapi_ir_header_mods *req[] = {rt->request_headers, one ? one->request_headers : NULL};
    const gwapi_ir_header_mods *resp[] = {rt->response_headers, one ? one->response_headers : NULL};
    request_headers(r, loc, req, 2, host.data);
    if (append_xfh)
        text_addf(loc, "        proxy_set_header X-Forwarded-Host $gwapi_xfh;\n");
    response_headers(loc, resp, 2, true);
    if (status) {
        text_addf(loc, "        return %d;\n    }\n", status);
    } else {
        if (target.data[0] == '$')
            for (int code = 500; code <= 503; code += 3)
                text_addf(loc, "        if (%s = status:%d) {\n            return %d;\n        }\n",
                          target.data, code, code);
        if (tail) {
            prefix_replacement(loc, rw->path_value);
            text_addf(loc, "        rewrite ^ $gwapi_path break;\n");
        } else if (rw && rw->path == GWAPI_IR_PATH_FULL) {
            text_addf(loc, "        rewrite ^ ");
            text_value(loc, rw->path_value);
            text_addf(loc, " break;\n");
        } else {
            text_addf(loc, "        rewrite ^/\\.gwapi/%u(/.*)$ $1 break;\n", n);
        }
        text_addf(loc, "        proxy_pass http://%s;\n    }\n", target.data);
    }
    text_free(&target);
    text_free(&host);
}

/* Envoy Gateway policy settings have no nginx rendering here: say so,
 * naming the policy (one that failed already answers 500). */
static void policy_warn(render *r, const char *subject, const gwapi_ir_policy_provenance *pv,
                        bool has_settings)
{
    if (!has_settings)
        return;
    text feature = {0};
    text_addf(&feature, "%s %s/%s", pv->winner.policy.kind, pv->winner.policy.ns, pv->winner.policy.name);
    render_warn(r, subject, feature.data, "settings not rendered");
    text_free(&feature);
}

static void route_location(render *r, text *loc, unsigned n, const gwapi_ir_listener *l,
                           const gwapi_ir_http_route *rt)
{
    const gwapi_ir_route_policies *p = &rt->policies;
    if (p->traffic)
        policy_warn(r, rt->id, &p->traffic->provenance, p->traffic->settings != NULL);
    if (p->security)
        policy_warn(r, rt->id, &p->security->provenance, p->security->settings != NULL);
    if (p->extension)
        policy_warn(r, rt->id, &p->extension->provenance, p->extension->settings != NULL);
    if (rt->mirrors.count)
        render_warn(r, rt->id, "RequestMirror", "not rendered (nginx mirrors without sampling)");
    if (rt->timeouts)
        render_warn(r, rt->id, "timeouts", "not rendered");
    if (rt->retry)
        render_warn(r, rt->id, "retry", "not rendered");
    switch (rt->action) {
    case GWAPI_IR_REDIRECT:
        redirect_location(r, loc, n, l, rt);
        break;
    case GWAPI_IR_DIRECT_RESPONSE: {
        location_head(loc, n, rt, false);
        const gwapi_ir_header_mods *resp[] = {rt->response_headers};
        response_headers(loc, resp, 1, false);
        text_addf(loc, "        return %d;\n    }\n", rt->direct_status);
        break;
    }
    case GWAPI_IR_FORWARD:
        forward_location(r, loc, n, rt);
        break;
    }
}

/* ---- servers ---- */

static void listen_line(render *r, const gwapi_ir_listener *l, bool default_server)
{
    text_addf(&r->servers, "    listen %s:%d%s%s;\n", r->o->bind, l->port,
              l->protocol == GWAPI_IR_HTTPS ? " ssl" : "", default_server ? " default_server" : "");
    if (l->protocol != GWAPI_IR_HTTPS)
        return;
    for (size_t i = 0; i < l->certificate_refs.count; i++) {
        for (int k = 0; k < 2; k++) {
            text_addf(&r->servers, "    ssl_certificate%s %s/", k ? "_key" : "", r->o->cert_dir);
            cert_file_name(&r->servers, &l->certificate_refs.items[i], k ? "key" : "crt");
            text_addf(&r->servers, ";\n");
        }
    }
}

static void virtual_host(render *r, const gwapi_ir_listener *l, const gwapi_ir_virtual_host *vh,
                         bool default_server)
{
    unsigned sel = r->next_var++;
    text selector = {0}, entries = {0}, locs = {0};
    size_t *used = NULL, nused = 0;    /* condition index per flag position */
    need **needs = calloc(vh->routes.count ? vh->routes.count : 1, sizeof *needs);
    size_t *nneeds = calloc(vh->routes.count ? vh->routes.count : 1, sizeof *nneeds);
    bool *usable = calloc(vh->routes.count ? vh->routes.count : 1, sizeof *usable);
    if (!needs || !nneeds || !usable) {
        r->out->oom = true;
        goto out;
    }
    for (size_t i = 0; i < vh->routes.count; i++) {
        usable[i] = route_needs(r, &vh->routes.items[i], &needs[i], &nneeds[i]);
        for (size_t k = 0; usable[i] && k < nneeds[i]; k++) {
            size_t p = 0;
            while (p < nused && used[p] != needs[i][k].cond)
                p++;
            if (p == nused) {
                size_t *u = realloc(used, (nused + 1) * sizeof *u);
                if (!u) {
                    r->out->oom = true;
                    goto out;
                }
                used = u;
                used[nused++] = needs[i][k].cond;
            }
        }
    }
    /* The selector: key "FLAGS PATH", one ordered regex per route. */
    text_addf(&selector, "# match order of %s\nmap \"", vh->id);
    for (size_t p = 0; p < nused; p++)
        text_addf(&selector, "$gwapi_c%zu", used[p]);
    text_addf(&selector, " $uri\" $gwapi_r%u {\n", sel);
    for (size_t i = 0; i < vh->routes.count; i++) {
        const gwapi_ir_http_route *rt = &vh->routes.items[i];
        if (!usable[i])
            continue;
        unsigned n = r->next_route++;
        text re = {0};
        text_addf(&re, "~(?s)^");
        for (size_t p = 0; p < nused; p++) {
            char c = '.';
            for (size_t k = 0; k < nneeds[i]; k++)
                if (needs[i][k].cond == used[p])
                    c = needs[i][k].want;
            text_addn(&re, &c, 1);
        }
        text_addn(&re, " ", 1);
        path_regex(&re, &rt->match.path);
        text_addf(&entries, "    ");
        text_regex(&entries, re.data);
        text_addf(&entries, " %u;  # %s\n", n, rt->id);
        text_free(&re);
        route_location(r, &locs, n, l, rt);
    }
    text_addn(&r->http, selector.data, selector.len);
    text_addn(&r->http, entries.data ? entries.data : "", entries.len);
    text_addf(&r->http, "    default \"\";\n}\n");

    text_addf(&r->servers, "# %s\nserver {\n", vh->id);
    listen_line(r, l, default_server);
    text_addf(&r->servers, "    server_name %s;\n",
              strcmp(vh->hostname, "*") ? vh->hostname : "\"\"");
    text_addf(&r->servers, "    location / {\n        if ($gwapi_r%u = \"\") {\n"
                           "            return 404;\n        }\n"
                           "        rewrite ^ /.gwapi/$gwapi_r%u$uri last;\n    }\n", sel, sel);
    text_addn(&r->servers, locs.data ? locs.data : "", locs.len);
    text_addf(&r->servers, "}\n");
out:
    for (size_t i = 0; needs && i < vh->routes.count; i++)
        free(needs[i]);
    free(needs);
    free(nneeds);
    free(usable);
    free(used);
    text_free(&selector);
    text_free(&entries);
    text_free(&locs);
}

/* HTTP, and HTTPS with a certificate file to serve (nginx refuses an ssl
 * listen without one; SDS certificates it cannot fetch). */
static bool http_listener(const gwapi_ir_listener *l)
{
    return l->protocol == GWAPI_IR_HTTP || (l->protocol == GWAPI_IR_HTTPS && l->certificate_refs.count);
}

/* Whether an earlier HTTP(S) listener has the port: the first one writes
 * the port's 404 server. */
static bool port_seen(const gwapi_ir *ir, size_t gw, size_t li, int32_t port)
{
    for (size_t g = 0; g <= gw; g++) {
        const gwapi_ir_listener_list *ls = &ir->gateways.items[g].listeners;
        for (size_t i = 0; i < (g == gw ? li : ls->count); i++)
            if (ls->items[i].port == port && http_listener(&ls->items[i]))
                return true;
    }
    return false;
}

/* Whether some listener of the port serves any host ("*"). */
static bool port_has_any_host(const gwapi_ir *ir, int32_t port)
{
    for (size_t g = 0; g < ir->gateways.count; g++) {
        const gwapi_ir_listener_list *ls = &ir->gateways.items[g].listeners;
        for (size_t i = 0; i < ls->count; i++) {
            if (ls->items[i].port != port || !http_listener(&ls->items[i]))
                continue;
            for (size_t v = 0; v < ls->items[i].virtual_hosts.count; v++)
                if (!strcmp(ls->items[i].virtual_hosts.items[v].hostname, "*"))
                    return true;
        }
    }
    return false;
}

/* The default server of a port is its "*" host, whichever listener has
 * it; without one, a server answering 404 to hostnames no listener
 * serves. */
static void listener(render *r, const gwapi_ir *ir, size_t g, size_t li)
{
    const gwapi_ir_listener *l = &ir->gateways.items[g].listeners.items[li];
    for (size_t i = 0; i < l->sds_certificates.count; i++) {
        const gwapi_ir_sds_certificate *c = &l->sds_certificates.items[i];
        text msg = {0};
        text_addf(&msg, "Secret %s/%s names %s at %s, fetched through SDS, which nginx cannot do; not served",
                  c->secret.ns, c->secret.name, c->secret_name, c->url);
        render_warn(r, l->id, "SDS certificate", msg.data);
        text_free(&msg);
    }
    if (!http_listener(l)) {
        text msg = {0};
        if (l->protocol == GWAPI_IR_HTTPS)
            text_addf(&msg, "HTTPS listeners without a certificate from a Secret are not rendered");
        else
            text_addf(&msg, "%s listeners are not rendered (http{} only)", gwapi_ir_protocol_str(l->protocol));
        render_warn(r, l->id, "listener", msg.data);
        text_free(&msg);
        return;
    }
    if (l->client)
        policy_warn(r, l->id, &l->client->provenance, l->client->settings != NULL);
    if (!port_seen(ir, g, li, l->port) && !port_has_any_host(ir, l->port)) {
        text_addf(&r->servers, "# %s: hostnames no listener serves\nserver {\n", l->id);
        listen_line(r, l, true);
        text_addf(&r->servers, "    return 404;\n}\n");
    }
    for (size_t v = 0; v < l->virtual_hosts.count; v++)
        virtual_host(r, l, &l->virtual_hosts.items[v], !strcmp(l->virtual_hosts.items[v].hostname, "*"));
}

void nginx_render(text *out, text *warnings, const gwapi_ir *ir, const nginx_options *opts)
{
    render r = {.out = out, .warn = warnings, .o = opts};
    for (size_t g = 0; g < ir->gateways.count; g++) {
        const gwapi_ir_gateway *gw = &ir->gateways.items[g];
        for (size_t i = 0; i < gw->patches.count; i++) {
            text feature = {0};
            text_addf(&feature, "EnvoyPatchPolicy %s/%s", gw->patches.items[i].policy.ns,
                      gw->patches.items[i].policy.name);
            render_warn(&r, gw->id, feature.data, "Envoy patches do not apply to nginx");
            text_free(&feature);
        }
        for (size_t li = 0; li < gw->listeners.count; li++)
            listener(&r, ir, g, li);
    }
    text_addf(out,
              "# Rendered by gwapi-nginx from the gwapi IR (docs/renderers.md).\n"
              "worker_processes 1;\n"
              "pid nginx.pid;\n"
              "error_log error.log warn;\n"
              "events {\n    worker_connections 1024;\n}\n"
              "http {\n"
              "access_log off;\n"
              "client_body_temp_path client_body_temp;\n"
              "proxy_temp_path proxy_temp;\n"
              "fastcgi_temp_path fastcgi_temp;\n"
              "uwsgi_temp_path uwsgi_temp;\n"
              "scgi_temp_path scgi_temp;\n"
              "server_names_hash_bucket_size 128;\n"
              "map_hash_bucket_size 128;\n"
              "variables_hash_max_size 4096;\n"
              "proxy_http_version 1.1;\n"
              "# A literal dollar sign inside values.\n"
              "geo $gwapi_dollar {\n    default \"$\";\n}\n");
    text_addn(out, r.upstream_defs.data ? r.upstream_defs.data : "", r.upstream_defs.len);
    text_addn(out, r.http.data ? r.http.data : "", r.http.len);
    text_addn(out, r.servers.data ? r.servers.data : "", r.servers.len);
    text_addf(out, "}\n");
    if (r.http.oom || r.servers.oom || r.upstream_defs.oom)
        out->oom = true;
    text_free(&r.upstream_defs);
    text_free(&r.http);
    text_free(&r.servers);
    for (size_t i = 0; i < r.nconds; i++) {
        free(r.conds[i].var);
        free(r.conds[i].regex);
    }
    free(r.conds);
    free(r.upstreams);
}
