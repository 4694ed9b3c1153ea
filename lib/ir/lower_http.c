/* HTTP and HTTPS listeners (ROUTES.md §3): one entry per intersected
 * hostname x translated rule x match (x HTTPRouteFilter match), the
 * rule's action decided once (§3.3), entries grouped by hostname into
 * virtual hosts and ordered by precedence (§5). */
#include "lower_impl.h"
#include "match.h"
#include "order.h"
#include "../filter/filter.h"
#include "../util/re2.h"

#include <stdlib.h>
#include <string.h>

/* What every entry of one rule on one listener shares: the entry's
 * action and filters (match, source, id and hostname are set per entry). */
typedef struct rule_out {
    gwapi_ir_http_route shared;
    const gwapi_http_route_match_filter_list *filter_matches;
} rule_out;

typedef struct entry {
    gwapi_ir_http_route route;
    ir_order_item order;
} entry;

static bool re2_ok(arena *a, gwapi_str re)
{
    const char *why;
    bool oom = false;
    bool ok = re2_valid(a->alloc, re.ptr ? re.ptr : "", re.len, &why, &oom);
    if (oom)
        a->failed = true;
    return ok;
}

/* A rule with a match whose regular expression RE2 refuses has no entries. */
static bool http_matches_usable(arena *a, const gwapi_http_route_rule *r)
{
    for (size_t i = 0; i < r->matches.count; i++) {
        const gwapi_http_route_match *m = &r->matches.items[i];
        if (m->path && ir_path_type(m->path->type) == GWAPI_IR_PATH_REGEX && !re2_ok(a, m->path->value))
            return false;
        for (size_t j = 0; j < m->headers.count; j++)
            if (ir_match_type(m->headers.items[j].type) == GWAPI_IR_MATCH_REGEX &&
                !re2_ok(a, m->headers.items[j].value))
                return false;
        for (size_t j = 0; j < m->query_params.count; j++)
            if (ir_match_type(m->query_params.items[j].type) == GWAPI_IR_MATCH_REGEX &&
                !re2_ok(a, m->query_params.items[j].value))
                return false;
    }
    return true;
}

static bool grpc_matches_usable(arena *a, const gwapi_grpc_route_rule *r)
{
    for (size_t i = 0; i < r->matches.count; i++) {
        const gwapi_grpc_route_match *m = &r->matches.items[i];
        if (m->method && ir_match_type(m->method->type) == GWAPI_IR_MATCH_REGEX &&
            ((m->method->service.ptr && !re2_ok(a, m->method->service)) ||
             (m->method->method.ptr && !re2_ok(a, m->method->method))))
            return false;
        for (size_t j = 0; j < m->headers.count; j++)
            if (ir_match_type(m->headers.items[j].type) == GWAPI_IR_MATCH_REGEX &&
                !re2_ok(a, m->headers.items[j].value))
                return false;
    }
    return true;
}

static bool cookies_usable(arena *a, const gwapi_http_route_match_filter_list *l)
{
    for (size_t i = 0; l && i < l->count; i++)
        for (size_t j = 0; j < l->items[i].cookies.count; j++)
            if (ir_match_type(l->items[i].cookies.items[j].type) == GWAPI_IR_MATCH_REGEX &&
                !re2_ok(a, l->items[i].cookies.items[j].value))
                return false;
    return true;
}

/* The filters of backendRef i of the rule, for the backend's own header
 * changes and rewrite; false when they fail (the backend is invalid). */
static bool backend_filters(gwapi_ir_backend *ib, arena *a, ir_policies *ps, const gw_route *r,
                            const gw_route_rule *rule, size_t i, bool *ok)
{
    *ok = true;
    gw_filter_view *v = NULL;
    size_t n = 0;
    if (r->kind == GW_ROUTE_HTTP) {
        const gwapi_http_route_rule *hr = rule->spec;
        if (i >= hr->backend_refs.count || !hr->backend_refs.items[i].filters.count)
            return true;
        n = hr->backend_refs.items[i].filters.count;
        v = gw_filter_views_http(a, &hr->backend_refs.items[i].filters);
    } else {
        const gwapi_grpc_route_rule *gr = rule->spec;
        if (i >= gr->backend_refs.count || !gr->backend_refs.items[i].filters.count)
            return true;
        n = gr->backend_refs.items[i].filters.count;
        v = gw_filter_views_grpc(a, &gr->backend_refs.items[i].filters);
    }
    gw_rule_filters f;
    if (!v || !gw_filters_process(&f, a, ps->g->model, r->obj->ns, v, n, GW_FILTERS_BACKEND))
        return false;
    *ok = !f.error_reason;
    ib->request_headers = f.request_headers;
    ib->response_headers = f.response_headers;
    ib->rewrite = f.rewrite;
    return true;
}

/* The rule's mirrors: resolution (the graph's gw_route_rule.mirrors, in
 * filter order) says whether each exists and has endpoints. A missing one
 * fails the rule; one without endpoints is left out. */
static bool mirrors(rule_out *o, arena *a, const gw_route *r, const gw_route_rule *rule,
                    const gw_rule_filters *f, bool *missing)
{
    *missing = false;
    gwapi_ir_mirror *m = arena_calloc(a, f->mirror_count ? f->mirror_count : 1, sizeof *m);
    if (!m)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < f->mirror_count; i++) {
        const gw_mirror *gm = &f->mirrors[i];
        const gw_backend *res = i < rule->mirror_count ? &rule->mirrors[i] : NULL;
        if (res ? !res->resolved : !gm->target) {
            *missing = true;
            continue;
        }
        if (res && !res->endpoint_count)
            continue;
        gwapi_ir_mirror *mi = &m[n++];
        mi->src = ir_source(r->obj, (int32_t)rule->index, -1, (int32_t)gm->filter_index);
        mi->id = ir_printf(a, "%s/%s/%s/rule/%zu/mirror/%zu", gwapi_kind_name(r->obj->kind),
                           r->obj->ns, r->obj->name, rule->index, gm->filter_index);
        mi->ref = gm->ref;
        if (!strcmp(gm->ref.kind, "Service") || !strcmp(gm->ref.kind, "ServiceImport"))
            mi->port = gm->port;
        mi->percent = gm->percent;
        gwapi_ir_endpoint *e = arena_calloc(a, res && res->endpoint_count ? res->endpoint_count : 1, sizeof *e);
        if (!mi->id || !e)
            return false;
        for (size_t k = 0; res && k < res->endpoint_count; k++)
            e[k] = (gwapi_ir_endpoint){ res->endpoints[k].address, (int32_t)res->endpoints[k].port,
                                        res->endpoints[k].ready };
        mi->endpoints.items = e;
        mi->endpoints.count = res ? res->endpoint_count : 0;
    }
    o->shared.mirrors.items = m;
    o->shared.mirrors.count = n;
    return true;
}

static void direct(rule_out *o, int32_t status, const char *reason)
{
    o->shared.action = GWAPI_IR_DIRECT_RESPONSE;
    o->shared.direct_status = status;
    o->shared.direct_reason = reason;
}

/* The action of a rule from its backends (ROUTES.md §3.3 rules 4-8). */
static bool backends(rule_out *o, arena *a, ir_policies *ps, const gw_route *r, const gw_route_rule *rule)
{
    vec v;
    vec_init(&v, sizeof(gwapi_ir_backend));
    bool usable = false, invalid = false, empty = false, dynamic = false;
    for (size_t i = 0; i < rule->backend_count; i++) {
        const gw_backend *b = &rule->backends[i];
        bool filters_ok = true;
        gwapi_ir_backend tmp;
        if (!ir_backend(&tmp, a, r, rule, b) || !backend_filters(&tmp, a, ps, r, rule, b->index, &filters_ok))
            return false;
        if (!filters_ok)
            tmp.invalid = true;
        dynamic |= tmp.dynamic_resolver;
        if (tmp.invalid)
            invalid = true;
        else if (b->weight && (b->endpoint_count || tmp.dynamic_resolver))
            usable = true;
        else if (b->weight)
            empty = true;
        if (!b->weight)
            continue;
        gwapi_ir_backend *ib = vec_push(&v, a);
        if (!ib)
            return false;
        *ib = tmp;
    }
    o->shared.backends.items = v.items;
    o->shared.backends.count = v.count;
    if (!usable) {
        if (invalid)
            direct(o, 500, "no usable backend: a backendRef is invalid");
        else if (empty)
            direct(o, 503, "no usable backend: no endpoints");
        else
            direct(o, 500, "no usable backend");
    } else if (dynamic && rule->backend_count > 1) {
        direct(o, 500, "a DynamicResolver backend cannot be combined with other backendRefs");
    } else if (dynamic && o->shared.rewrite && o->shared.rewrite->host == GWAPI_IR_HOST_PATH_REGEX) {
        direct(o, 500, "host rewrite from path (PathRegex) is not supported with a dynamic resolver backend");
    } else {
        o->shared.action = GWAPI_IR_FORWARD;
    }
    return true;
}

static const gwapi_ir_redirect *redirect_for(arena *a, const gwapi_ir_redirect *r, const gw_listener *l)
{
    if (r->port)
        return r;
    gwapi_ir_redirect *c = arena_alloc(a, sizeof *c);
    if (!c)
        return NULL;
    *c = *r;
    c->port = r->scheme && !strcmp(r->scheme, "http") ? 80
            : r->scheme && !strcmp(r->scheme, "https") ? 443 : (int32_t)l->spec.port;
    return c;
}

static bool rule_timeouts(rule_out *o, arena *a, const gwapi_http_route_rule *hr)
{
    if (hr->timeouts && (hr->timeouts->request.ptr || hr->timeouts->backend_request.ptr)) {
        gwapi_ir_timeouts *t = arena_zalloc(a, sizeof *t);
        if (!t)
            return false;
        t->request = gw_c(hr->timeouts->request);
        t->backend_request = gw_c(hr->timeouts->backend_request);
        o->shared.timeouts = t;
    }
    if (hr->retry) {
        gwapi_ir_retry *t = arena_zalloc(a, sizeof *t);
        if (!t)
            return false;
        t->attempts = hr->retry->attempts;
        t->backoff = gw_c(hr->retry->backoff);
        t->codes = hr->retry->codes;
        o->shared.retry = t;
    }
    return true;
}

/* Decides what every entry of the rule does. *skip: the rule has no
 * entries (an unusable match). */
static bool rule_lower(rule_out *o, bool *skip, arena *a, ir_policies *ps, const gw_route *r,
                       const gw_route_rule *rule, const gw_listener *l)
{
    memset(o, 0, sizeof *o);
    bool http = r->kind == GW_ROUTE_HTTP;
    const gwapi_http_route_rule *hr = http ? rule->spec : NULL;
    const gwapi_grpc_route_rule *gr = http ? NULL : rule->spec;
    *skip = http ? !http_matches_usable(a, hr) : !grpc_matches_usable(a, gr);
    gw_filter_view *v = http ? gw_filter_views_http(a, &hr->filters) : gw_filter_views_grpc(a, &gr->filters);
    size_t nf = http ? hr->filters.count : gr->filters.count;
    gw_rule_filters f;
    if (!v || !gw_filters_process(&f, a, ps->g->model, r->obj->ns, v, nf,
                                  http ? GW_FILTERS_HTTP_RULE : GW_FILTERS_GRPC_RULE))
        return false;
    /* a rule resolution dropped for its matches (not its filters) has no entries */
    if ((rule->dropped && !f.error_reason) || f.rejects_rule)
        *skip = true;
    if (!cookies_usable(a, f.matches))
        *skip = true;
    o->filter_matches = f.matches;
    o->shared.rewrite = f.rewrite;
    o->shared.request_headers = f.request_headers;
    o->shared.response_headers = f.response_headers;
    bool mirror_missing;
    if (!mirrors(o, a, r, rule, &f, &mirror_missing) || (http && !rule_timeouts(o, a, hr)))
        return false;
    if (f.error_reason) {
        direct(o, 500, f.error_message);
    } else if (mirror_missing) {
        direct(o, 500, "a RequestMirror backend is not found");
    } else if (f.direct_response) {
        direct(o, f.direct_status, NULL);
    } else if (f.redirect) {
        o->shared.action = GWAPI_IR_REDIRECT;
        o->shared.redirect = redirect_for(a, f.redirect, l);
        if (!o->shared.redirect)
            return false;
    } else if (!backends(o, a, ps, r, rule)) {
        return false;
    }
    /* a policy that failed to translate overrides the action */
    const char *policy_failure;
    if (!ir_rule_policies(&o->shared.policies, &policy_failure, a, ps, r, rule, l))
        return false;
    if (policy_failure)
        direct(o, 500, policy_failure);
    return !a->failed;
}

static bool add_entry(vec *out, arena *a, const gw_route *r, const gw_route_rule *rule, const rule_out *o,
                      const char *host, size_t mi, size_t fj, size_t nfm)
{
    entry *e = vec_push(out, a);
    if (!e)
        return false;
    gwapi_ir_http_route *ir = &e->route;
    *ir = o->shared;
    bool http = r->kind == GW_ROUTE_HTTP;
    const gwapi_http_route_match_filter *fm = nfm ? &o->filter_matches->items[fj] : NULL;
    int32_t match = (int32_t)(mi * (nfm ? nfm : 1) + fj);
    if (http) {
        const gwapi_http_route_rule *hr = rule->spec;
        if (!ir_http_match(a, &ir->match, hr->matches.count ? &hr->matches.items[mi] : NULL, fm))
            return false;
        ir_order_key_http(&e->order.key, &ir->match);
    } else {
        const gwapi_grpc_route_rule *gr = rule->spec;
        if (!ir_grpc_match(a, &ir->match, gr->matches.count ? &gr->matches.items[mi] : NULL, fm))
            return false;
        ir_order_key_grpc(&e->order.key, &ir->match);
    }
    ir->src = ir_source(r->obj, (int32_t)rule->index, match, -1);
    ir->hostname = host;
    ir->id = ir_printf(a, "%s/%s/%s/rule/%zu/match/%d/%s", gwapi_kind_name(r->obj->kind),
                         r->obj->ns, r->obj->name, rule->index, match, host);
    e->order.origin = (ir_order_origin){ !http, r->obj->has_creation_time, r->obj->creation_time,
                                         r->obj->ns, r->obj->name, (int32_t)rule->index, match };
    e->order.seq = out->count;
    return ir->id != NULL;
}

/* Is host claimed by another listener of the Gateway on the same port? */
static bool claimed_elsewhere(const gw_listener *l, const char *host)
{
    const gw_gateway *gw = l->gateway;
    for (size_t i = 0; i < gw->listener_count; i++) {
        const gw_listener *o = &gw->listeners[i];
        if (o != l && o->spec.port == l->spec.port && o->spec.hostname &&
            !strcmp(o->spec.hostname, host))
            return true;
    }
    return false;
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The route's hostnames on this listener: intersected, minus those of
 * other listeners on the port, sorted, unique. */
static size_t hostnames(const char ***out, arena *a, const gw_attachment *at, const gw_listener *l)
{
    size_t n = at->any_hostname || !at->hostname_count ? 1 : at->hostname_count;
    const char **h = arena_calloc(a, n, sizeof *h);
    if (!h)
        return 0;
    size_t k = 0;
    if (at->any_hostname || !at->hostname_count)
        h[k++] = "*";
    else
        for (size_t i = 0; i < at->hostname_count; i++)
            if (!claimed_elsewhere(l, at->hostnames[i]))
                h[k++] = at->hostnames[i];
    qsort(h, k, sizeof *h, str_cmp);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (!u || strcmp(h[u - 1], h[i]))
            h[u++] = h[i];
    *out = h;
    return u;
}

static bool route_entries(vec *out, arena *a, ir_policies *ps, const gw_route *r,
                          const gw_attachment *at, const gw_listener *l)
{
    const char **hosts = NULL;
    size_t nh = hostnames(&hosts, a, at, l);
    if (a->failed)
        return false;
    for (size_t ri = 0; ri < r->rule_count; ri++) {
        const gw_route_rule *rule = &r->rules[ri];
        if (!rule->spec)
            continue;
        rule_out o;
        bool skip;
        if (!rule_lower(&o, &skip, a, ps, r, rule, l))
            return false;
        if (skip)
            continue;
        size_t nm = r->kind == GW_ROUTE_HTTP
                  ? ((const gwapi_http_route_rule *)rule->spec)->matches.count
                  : ((const gwapi_grpc_route_rule *)rule->spec)->matches.count;
        size_t nfm = o.filter_matches ? o.filter_matches->count : 0;
        for (size_t h = 0; h < nh; h++)
            for (size_t mi = 0; mi < (nm ? nm : 1); mi++)
                for (size_t fj = 0; fj < (nfm ? nfm : 1); fj++)
                    if (!add_entry(out, a, r, rule, &o, hosts[h], mi, fj, nfm))
                        return false;
    }
    return true;
}

static int entry_cmp(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    int c = strcmp(a->route.hostname, b->route.hostname);
    return c ? c : ir_order_cmp(&a->order, &b->order);
}

bool ir_lower_http(gwapi_ir_listener *out, arena *a, ir_policies *ps, const gw_listener *l)
{
    vec entries;
    vec_init(&entries, sizeof(entry));
    for (size_t i = 0; i < l->route_count; i++) {
        const gw_route *r = l->routes[i].route;
        if (r->kind != GW_ROUTE_HTTP && r->kind != GW_ROUTE_GRPC)
            continue;
        bool dup = false;
        for (size_t j = 0; j < i && !dup; j++)
            dup = l->routes[j].route == r;
        const gw_attachment *at = dup ? NULL : ir_attachment(r, l->routes[i].parent_index, l);
        if (at && !route_entries(&entries, a, ps, r, at, l))
            return false;
    }
    entry *e = entries.items;
    if (entries.count)
        qsort(e, entries.count, sizeof *e, entry_cmp);
    vec vhosts;
    vec_init(&vhosts, sizeof(gwapi_ir_virtual_host));
    for (size_t i = 0; i < entries.count;) {
        size_t j = i;
        while (j < entries.count && !strcmp(e[j].route.hostname, e[i].route.hostname))
            j++;
        gwapi_ir_virtual_host *v = vec_push(&vhosts, a);
        gwapi_ir_http_route *routes = arena_calloc(a, j - i, sizeof *routes);
        if (!v || !routes)
            return false;
        for (size_t k = i; k < j; k++)
            routes[k - i] = e[k].route;
        v->hostname = e[i].route.hostname;
        v->id = ir_printf(a, "%s/%s", out->id, v->hostname);
        v->src = out->src;
        v->routes.items = routes;
        v->routes.count = j - i;
        if (!v->id)
            return false;
        i = j;
    }
    out->virtual_hosts.items = vhosts.items;
    out->virtual_hosts.count = vhosts.count;
    return true;
}
