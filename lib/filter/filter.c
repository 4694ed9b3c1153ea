/* Route filter processing, in filter order, with Envoy Gateway's checks:
 * header modifiers (duplicates, invalid names and values), redirects,
 * URL rewrites (one per rule), mirrors, and ExtensionRefs to
 * HTTPRouteFilter (rewrite, direct response, matches). A problem records
 * a reason and message and makes the rule answer 500; processing goes on
 * so that every message is collected. */
#include "filter.h"
#include "../util/re2.h"
#include "../util/strbuf.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define EG_GROUP "gateway.envoyproxy.io"

typedef struct header_acc {
    gwapi_ir_header *set, *add;
    size_t nset, nadd;
    gwapi_str *remove;
    size_t nremove;
    size_t cap, rcap;
} header_acc;

typedef struct fstate {
    arena *a;
    const gw_model *m;
    const char *ns;
    gw_rule_filters *out;
    strbuf msg;
    header_acc req, resp;
    gwapi_ir_rewrite *rewrite;
    bool has_mirror, has_redirect, has_direct;
    size_t match_filters;
} fstate;

/* Records a problem: the first reason wins, messages join with newlines
 * (as Envoy Gateway joins them). */
static void fail(fstate *s, const char *reason, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void fail(fstate *s, const char *reason, const char *fmt, ...)
{
    if (!s->out->error_reason)
        s->out->error_reason = reason;
    if (s->msg.len)
        strbuf_putc(&s->msg, '\n');
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    strbuf_puts(&s->msg, buf);
}

static bool header_value_ok(const char *v)
{
    if (!v || !*v)
        return false;
    for (const unsigned char *p = (const unsigned char *)v; *p; p++)
        if ((*p < 0x20 && *p != '\t') || *p == 0x7f)
            return false;
    return true;
}

static bool acc_has(const gwapi_ir_header *l, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (!strcasecmp(l[i].name, name))
            return true;
    return false;
}

static bool acc_init(arena *a, header_acc *h, size_t cap, size_t rcap)
{
    h->cap = cap;
    h->rcap = rcap;
    h->set = arena_calloc(a, cap ? cap : 1, sizeof *h->set);
    h->add = arena_calloc(a, cap ? cap : 1, sizeof *h->add);
    h->remove = arena_calloc(a, rcap ? rcap : 1, sizeof *h->remove);
    return h->set && h->add && h->remove;
}

/* One add or set list of a header modifier. */
static size_t header_list(fstate *s, header_acc *h, const gwapi_http_header_list *l, bool add,
                          const char *what)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->count; i++) {
        const char *name = gw_c(l->items[i].name) ? gw_c(l->items[i].name) : "";
        const char *value = gw_c(l->items[i].value);
        if (!*name) {
            fail(s, "UnsupportedValue", add ? "%s Filter cannot add a header with an empty name"
                                            : "%s Filter cannot set a header with an empty name", what);
            continue;
        }
        if (strchr(name, '/') || strchr(name, ':')) {
            fail(s, "UnsupportedValue", "%s Filter cannot set headers with a '/' or ':' character in them. Header: \"%s\"", what, name);
            continue;
        }
        if (!header_value_ok(value)) {
            fail(s, "UnsupportedValue", "Header: \"%s\". %s Filter cannot %s a header with an invalid value.",
                          name, what, add ? "add" : "set");
            continue;
        }
        kept++;
        if (acc_has(h->set, h->nset, name) || acc_has(h->add, h->nadd, name))
            continue;
        gwapi_ir_header *slot = add ? &h->add[h->nadd++] : &h->set[h->nset++];
        slot->name = name;
        slot->value = value;
    }
    return kept;
}

static void header_modifier(fstate *s, header_acc *h, const gwapi_http_header_filter *f,
                            const char *what, bool response)
{
    if (!f)
        return;
    size_t given = f->add.count + f->set.count + f->remove.count;
    size_t kept = header_list(s, h, &f->add, true, what);
    kept += header_list(s, h, &f->set, false, what);
    for (size_t i = 0; i < f->remove.count; i++) {
        const char *name = gw_c(f->remove.items[i]);
        if (!name || !*name) {
            fail(s, "UnsupportedValue", "%s Filter cannot remove a header with an empty name", what);
            continue;
        }
        kept++;
        bool dup = false;
        for (size_t j = 0; j < h->nremove && !dup; j++)
            dup = !strcasecmp(h->remove[j].ptr, name);
        if (!dup)
            h->remove[h->nremove++] = f->remove.items[i];
    }
    if (given && !kept)
        fail(s, "UnsupportedValue",
             response ? "%s Filter did not provide valid configuration to add/remove any headers."
                      : "%s Filter did not provide valid configuration to add/set/remove any headers.",
             what);
}

static gwapi_ir_header_mods *acc_mods(arena *a, const header_acc *h)
{
    if (!h->nset && !h->nadd && !h->nremove)
        return NULL;
    gwapi_ir_header_mods *m = arena_zalloc(a, sizeof *m);
    if (!m)
        return NULL;
    m->set.items = h->set;
    m->set.count = h->nset;
    m->add.items = h->add;
    m->add.count = h->nadd;
    m->remove.items = h->remove;
    m->remove.count = h->nremove;
    return m;
}

/* A lowercase RFC 1123 subdomain. */
static bool dns_subdomain(const char *h)
{
    size_t n = strlen(h), label = 0;
    if (!n || n > 253)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = h[i];
        if (c == '.') {
            if (!label || h[i - 1] == '-')
                return false;
            label = 0;
            continue;
        }
        if (!(islower((unsigned char)c) || isdigit((unsigned char)c) || c == '-'))
            return false;
        if (c == '-' && !label)
            return false;
        label++;
    }
    return label && h[n - 1] != '-';
}

static gwapi_ir_rewrite *rewrite_slot(fstate *s)
{
    if (!s->rewrite)
        s->rewrite = arena_zalloc(s->a, sizeof *s->rewrite);
    return s->rewrite;
}

/* The path modifier of a redirect or rewrite; false when it is unusable. */
static bool path_modifier(fstate *s, const gwapi_http_path_modifier *p, gwapi_ir_path_rewrite *type,
                          const char **value)
{
    *type = GWAPI_IR_PATH_KEEP;
    if (!p)
        return true;
    if (gw_c(p->type) && !strcmp(gw_c(p->type), "ReplaceFullPath")) {
        if (gw_c(p->replace_prefix_match)) {
            fail(s, "UnsupportedValue", "ReplacePrefixMatch cannot be set when rewrite path type is \"ReplaceFullPath\".");
            return false;
        }
        if (!gw_c(p->replace_full_path)) {
            fail(s, "UnsupportedValue", "ReplaceFullPath must be set when rewrite path type is \"ReplaceFullPath\".");
            return false;
        }
        *type = GWAPI_IR_PATH_FULL;
        *value = gw_c(p->replace_full_path);
    } else if (gw_c(p->type) && !strcmp(gw_c(p->type), "ReplacePrefixMatch")) {
        if (gw_c(p->replace_full_path)) {
            fail(s, "UnsupportedValue", "ReplaceFullPath cannot be set when rewrite path type is \"ReplacePrefixMatch\".");
            return false;
        }
        if (!gw_c(p->replace_prefix_match)) {
            fail(s, "UnsupportedValue", "ReplacePrefixMatch must be set when rewrite path type is \"ReplacePrefixMatch\".");
            return false;
        }
        *type = GWAPI_IR_PATH_PREFIX_MATCH;
        *value = gw_c(p->replace_prefix_match);
    } else {
        fail(s, "UnsupportedValue", "Unsupported path modifier type %s.", gw_c(p->type));
        return false;
    }
    return true;
}

static void url_rewrite(fstate *s, const gwapi_http_url_rewrite_filter *f, gw_filter_scope scope)
{
    if (!f)
        return;
    if (s->rewrite && ((gw_c(f->hostname) && s->rewrite->host != GWAPI_IR_HOST_KEEP) ||
                       (f->path && s->rewrite->path != GWAPI_IR_PATH_KEEP))) {
        fail(s, "UnsupportedValue", "Cannot configure multiple urlRewrite filters for a single HTTPRouteRule.");
        return;
    }
    if (scope == GW_FILTERS_BACKEND && f->path) {
        fail(s, "UnsupportedRefValue", "URLRewrite path modifier is not supported within BackendRef.");
        return;
    }
    if (gw_c(f->hostname) && !dns_subdomain(gw_c(f->hostname))) {
        fail(s, "UnsupportedValue", "Hostname \"%s\" is invalid: [a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')]", gw_c(f->hostname));
        return;
    }
    gwapi_ir_path_rewrite pt;
    const char *pv = NULL;
    if (!path_modifier(s, f->path, &pt, &pv))
        return;
    gwapi_ir_rewrite *r = rewrite_slot(s);
    if (!r)
        return;
    if (gw_c(f->hostname) && r->host == GWAPI_IR_HOST_KEEP) {
        r->host = GWAPI_IR_HOST_REPLACE;
        r->host_value = gw_c(f->hostname);
    }
    if (pt != GWAPI_IR_PATH_KEEP && r->path == GWAPI_IR_PATH_KEEP) {
        r->path = pt;
        r->path_value = pv;
    }
}

static bool regex_ok(fstate *s, const char *re)
{
    const char *why;
    bool oom = false;
    bool ok = re2_valid(s->a->alloc, re, strlen(re), &why, &oom);
    if (oom)
        s->a->failed = true;
    return ok;
}

/* HTTPRouteFilter urlRewrite: hostname from a header, the backend or a
 * path regex; path by regex. */
static void eg_rewrite(fstate *s, const gwapi_eg_http_url_rewrite_filter *f)
{
    if (!f)
        return;
    gwapi_ir_rewrite *r = rewrite_slot(s);
    if (!r)
        return;
    const gwapi_eg_http_url_rewrite_filter_hostname *h = f->hostname;
    bool sets_path = f->path && gw_c(f->path->type) && !strcmp(gw_c(f->path->type), "ReplaceRegexMatch");
    if ((h && gw_c(h->type) && r->host != GWAPI_IR_HOST_KEEP) || (sets_path && r->path != GWAPI_IR_PATH_KEEP)) {
        fail(s, "UnsupportedValue", "Cannot configure multiple urlRewrite filters for a single HTTPRouteRule.");
        return;
    }
    if (h && gw_c(h->type)) {
        if (!strcmp(gw_c(h->type), "Header")) {
            if (!gw_c(h->header)) {
                fail(s, "UnsupportedValue", "Header must be set when rewrite path type is \"Header\".");
                return;
            }
            if (r->host == GWAPI_IR_HOST_KEEP) {
                r->host = GWAPI_IR_HOST_HEADER;
                r->host_value = gw_c(h->header);
            }
        } else if (!strcmp(gw_c(h->type), "Backend")) {
            if (r->host == GWAPI_IR_HOST_KEEP)
                r->host = GWAPI_IR_HOST_BACKEND;
        } else if (!strcmp(gw_c(h->type), "PathRegex")) {
            const gwapi_replace_regex_match *pr = h->path_regex;
            if (!pr || !gw_c(pr->pattern) || !gw_c(pr->substitution)) {
                fail(s, "UnsupportedValue", "PathRegex Pattern and Substitution must be set when rewrite hostname type is \"PathRegex\".");
                return;
            }
            if (!regex_ok(s, gw_c(pr->pattern))) {
                fail(s, "UnsupportedValue", "PathRegex must be a valid RE2 regular expression.");
                return;
            }
            if (r->host == GWAPI_IR_HOST_KEEP) {
                r->host = GWAPI_IR_HOST_PATH_REGEX;
                r->host_pattern = gw_c(pr->pattern);
                r->host_substitution = gw_c(pr->substitution);
            }
        }
    }
    const gwapi_eg_http_url_rewrite_filter_path *p = f->path;
    if (p && gw_c(p->type) && !strcmp(gw_c(p->type), "ReplaceRegexMatch")) {
        const gwapi_replace_regex_match *rm = p->replace_regex_match;
        if (!rm || !gw_c(rm->pattern)) {
            fail(s, "UnsupportedValue", "ReplaceRegexMatch Pattern must be set when rewrite path type is \"ReplaceRegexMatch\".");
            return;
        }
        if (!regex_ok(s, gw_c(rm->pattern))) {
            fail(s, "UnsupportedValue", "ReplaceRegexMatch must be a valid RE2 regular expression.");
            return;
        }
        if (r->path == GWAPI_IR_PATH_KEEP) {
            r->path = GWAPI_IR_PATH_REGEX_MATCH;
            r->path_pattern = gw_c(rm->pattern);
            r->path_substitution = gw_c(rm->substitution) ? gw_c(rm->substitution) : "";
        }
    }
    if (f->append_x_forwarded_host.set && !r->append_x_forwarded_host.set)
        r->append_x_forwarded_host = f->append_x_forwarded_host;
}

static void redirect(fstate *s, const gwapi_http_request_redirect_filter *f)
{
    if (!f)
        return;
    s->has_redirect = true;
    if (gw_c(f->scheme) && strcmp(gw_c(f->scheme), "http") && strcmp(gw_c(f->scheme), "https")) {
        fail(s, "UnsupportedValue", "Scheme: %s is unsupported, only 'https' and 'http' are supported.", gw_c(f->scheme));
        return;
    }
    int64_t code = f->status_code.value;
    if (f->status_code.set && code != 301 && code != 302 && code != 303 && code != 307 && code != 308) {
        fail(s, "UnsupportedValue", "Status code %lld is invalid, only 302 and 301 are supported.",
                      (long long)f->status_code.value);
        return;
    }
    gwapi_ir_redirect *r = arena_zalloc(s->a, sizeof *r);
    if (!r)
        return;
    r->scheme = gw_c(f->scheme);
    r->hostname = gw_c(f->hostname);
    if (!path_modifier(s, f->path, &r->path, &r->path_value))
        return;
    r->port = f->port.set ? (int32_t)f->port.value : 0;
    r->status_code = f->status_code.set ? (int32_t)f->status_code.value : 302;
    if (!s->out->redirect)
        s->out->redirect = r;
}

static void mirror(fstate *s, size_t index, const gwapi_http_request_mirror_filter *f)
{
    if (!f || !f->backend_ref)
        return;
    s->has_mirror = true;
    const gwapi_backend_object_reference *b = f->backend_ref;
    gw_mirror *mi = &s->out->mirrors[s->out->mirror_count++];
    mi->filter_index = index;
    mi->ref.kind = gw_c(b->kind) ? gw_c(b->kind) : "Service";
    mi->ref.ns = gw_c(b->ns) ? gw_c(b->ns) : s->ns;
    mi->ref.name = gw_c(b->name);
    mi->port = b->port;
    if (f->fraction) {
        double den = f->fraction->denominator.set ? (double)f->fraction->denominator.value : 100.0;
        double num = f->fraction->numerator.set ? (double)f->fraction->numerator.value : 0.0;
        mi->percent = den > 0 ? 100.0 * num / den : 0.0;
    } else {
        mi->percent = f->percent.set ? (double)f->percent.value : 100.0;
    }
    const char *group = gw_c(b->group) ? gw_c(b->group) : "";
    gwapi_kind k = !strcmp(mi->ref.kind, "Service") && !*group ? GWAPI_KIND_SERVICE
                 : !strcmp(mi->ref.kind, "ServiceImport") ? GWAPI_KIND_SERVICE_IMPORT
                 : !strcmp(mi->ref.kind, "Backend") ? GWAPI_KIND_BACKEND : GWAPI_KIND_UNKNOWN;
    mi->target = k == GWAPI_KIND_UNKNOWN ? NULL : gw_model_find_kind(s->m, k, mi->ref.ns, gw_c(b->name));
}

static void route_filter(fstate *s, const gwapi_local_object_reference *ref, gw_filter_scope scope)
{
    const char *group = gw_c(ref->group) ? gw_c(ref->group) : "";
    if (strcmp(group, EG_GROUP) || !gw_c(ref->kind) || strcmp(gw_c(ref->kind), "HTTPRouteFilter")) {
        fail(s, "UnsupportedValue", "Invalid filter ExtensionRef: unknown kind %s/%s.", group,
                      gw_c(ref->kind) ? gw_c(ref->kind) : "");
        return;
    }
    const gw_obj *o = gw_model_find_kind(s->m, GWAPI_KIND_HTTP_ROUTE_FILTER, s->ns, gw_c(ref->name));
    const gwapi_http_route_filter *hf = o ? gwapi_object_as_http_route_filter(o->obj) : NULL;
    if (!hf || !hf->spec) {
        fail(s, "UnsupportedValue", "Unable to translate HTTPRouteFilter: %s/%s.", s->ns, gw_c(ref->name) ? gw_c(ref->name) : "");
        return;
    }
    const gwapi_http_route_filter_spec *sp = hf->spec;
    if (sp->direct_response) {
        const gwapi_custom_response_body *body = sp->direct_response->body;
        if (body && body->value_ref && gw_c(body->value_ref->name) &&
            !gw_model_find_kind(s->m, GWAPI_KIND_CONFIG_MAP, s->ns, gw_c(body->value_ref->name))) {
            fail(s, "UnsupportedValue", "Unable to translate HTTPRouteFilter: %s/%s.", s->ns, gw_c(ref->name));
            return;
        }
        if (scope == GW_FILTERS_GRPC_RULE && (!sp->direct_response->status_code.set ||
            (sp->direct_response->status_code.value >= 200 && sp->direct_response->status_code.value < 300))) {
            s->out->rejects_rule = true;
            fail(s, "UnsupportedValue", "DirectResponse with a 2xx status code is not supported for GRPCRoute: a 2xx status maps to the gRPC OK status, which is misleading for a response the backend never sent.");
            return;
        }
        s->has_direct = true;
        if (!s->out->direct_response) {
            s->out->direct_response = true;
            s->out->direct_status = sp->direct_response->status_code.set
                                  ? (int32_t)sp->direct_response->status_code.value : 200;
        }
    }
    if (sp->credential_injection && sp->credential_injection->credential &&
        sp->credential_injection->credential->value_ref) {
        const gwapi_secret_object_reference *v = sp->credential_injection->credential->value_ref;
        const char *vns = gw_c(v->ns) ? gw_c(v->ns) : s->ns;
        if (!gw_model_find_kind(s->m, GWAPI_KIND_SECRET, vns, gw_c(v->name))) {
            fail(s, "UnsupportedValue", "Invalid filter HTTPRouteFilter: secret %s/%s does not exist.", vns, gw_c(v->name));
            return;
        }
    }
    eg_rewrite(s, sp->url_rewrite);
    if (sp->matches.count) {
        if (++s->match_filters > 1) {
            fail(s, "UnsupportedValue", "Only one HTTPRouteFilter with matches is supported per HTTPRouteRule.");
            return;
        }
        s->out->matches = &sp->matches;
    }
}

static size_t count_headers(const gw_filter_view *f, size_t n, bool response, size_t *removes)
{
    size_t c = 0;
    *removes = 0;
    for (size_t i = 0; i < n; i++) {
        const gwapi_http_header_filter *h = response ? f[i].response_header_modifier
                                                     : f[i].request_header_modifier;
        if (h) {
            c += h->add.count + h->set.count;
            *removes += h->remove.count;
        }
    }
    return c;
}

bool gw_filters_process(gw_rule_filters *out, arena *a, const gw_model *m, const char *ns,
                        const gw_filter_view *filters, size_t n, gw_filter_scope scope)
{
    memset(out, 0, sizeof *out);
    fstate s = { .a = a, .m = m, .ns = ns, .out = out };
    strbuf_init_sticky(&s.msg, a->alloc, &a->failed);
    size_t rq_rm, rs_rm;
    size_t rq = count_headers(filters, n, false, &rq_rm), rs = count_headers(filters, n, true, &rs_rm);
    out->mirrors = arena_calloc(a, n ? n : 1, sizeof *out->mirrors);
    if (!out->mirrors || !acc_init(a, &s.req, rq, rq_rm) || !acc_init(a, &s.resp, rs, rs_rm)) {
        strbuf_free(&s.msg);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        const gw_filter_view *f = &filters[i];
        const char *t = f->type ? f->type : "";
        if (!strcmp(t, "RequestHeaderModifier"))
            header_modifier(&s, &s.req, f->request_header_modifier, "RequestHeaderModifier", false);
        else if (!strcmp(t, "ResponseHeaderModifier"))
            header_modifier(&s, &s.resp, f->response_header_modifier, "ResponseHeaderModifier", true);
        else if (!strcmp(t, "RequestRedirect") && scope == GW_FILTERS_HTTP_RULE)
            redirect(&s, f->request_redirect);
        else if (!strcmp(t, "URLRewrite") && scope != GW_FILTERS_GRPC_RULE)
            url_rewrite(&s, f->url_rewrite, scope);
        else if (!strcmp(t, "RequestMirror") && scope != GW_FILTERS_BACKEND)
            mirror(&s, i, f->request_mirror);
        else if (!strcmp(t, "ExtensionRef") && f->extension_ref)
            route_filter(&s, f->extension_ref, scope);
        else if (!strcmp(t, "CORS") && scope == GW_FILTERS_HTTP_RULE)
            ;   /* CORS shapes responses, not routing */
        else
            fail(&s, "UnsupportedValue", "Unsupported filter type: %s.", t);
    }
    if (s.has_mirror && (s.has_redirect || s.has_direct)) {
        out->incompatible = true;
        fail(&s, "IncompatibleFilters",
             "RequestMirror filter cannot be used when the rule also configures a %s filter",
             s.has_direct ? "DirectResponse" : "RequestRedirect");
    }
    out->request_headers = acc_mods(a, &s.req);
    out->response_headers = acc_mods(a, &s.resp);
    out->rewrite = s.rewrite;
    if (out->error_reason)
        out->error_message = arena_strdup(a, strbuf_str(&s.msg));
    strbuf_free(&s.msg);
    return !a->failed;
}

gw_filter_view *gw_filter_views_http(arena *a, const gwapi_http_route_rule_filter_list *l)
{
    gw_filter_view *v = arena_calloc(a, l->count ? l->count : 1, sizeof *v);
    for (size_t i = 0; v && i < l->count; i++) {
        const gwapi_http_route_rule_filter *f = &l->items[i];
        v[i] = (gw_filter_view){ gw_c(f->type), f->extension_ref, f->request_header_modifier,
                                 f->response_header_modifier, f->request_mirror,
                                 f->request_redirect, f->url_rewrite, f->cors, f->external_auth };
    }
    return v;
}

gw_filter_view *gw_filter_views_grpc(arena *a, const gwapi_grpc_route_filter_list *l)
{
    gw_filter_view *v = arena_calloc(a, l->count ? l->count : 1, sizeof *v);
    for (size_t i = 0; v && i < l->count; i++) {
        const gwapi_grpc_route_filter *f = &l->items[i];
        v[i] = (gw_filter_view){ .type = gw_c(f->type), .extension_ref = f->extension_ref,
                                 .request_header_modifier = f->request_header_modifier,
                                 .response_header_modifier = f->response_header_modifier,
                                 .request_mirror = f->request_mirror };
    }
    return v;
}
