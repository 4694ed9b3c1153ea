/* HTTPRoute / GRPCRoute rule filters that cannot be translated make their
 * rule dropped: header modifiers with empty or malformed names or values; redirects with an unknown scheme or status;
 * URL rewrites that contradict themselves, twice in a rule, or with an
 * invalid hostname; ExtensionRefs to kinds nobody implements, or to more
 * than one Envoy Gateway HTTPRouteFilter with matches. A missing
 * HTTPRouteFilter leaves the rule unresolved instead. */
#include "resolve_impl.h"

#include <ctype.h>
#include <string.h>

/* RFC 7230 token characters (a NUL is not one). */
static bool header_name_ok(gwapi_str s)
{
    if (!s.len)
        return false;
    for (size_t i = 0; i < s.len; i++)
        if (!isalnum((unsigned char)s.ptr[i]) && (!s.ptr[i] || !strchr("!#$%&'*+-.^_`|~", s.ptr[i])))
            return false;
    return true;
}

/* Non-empty, and no CR, LF or NUL. */
static bool header_value_ok(gwapi_str s)
{
    if (!s.len)
        return false;
    for (size_t i = 0; i < s.len; i++)
        if (s.ptr[i] == '\r' || s.ptr[i] == '\n' || !s.ptr[i])
            return false;
    return true;
}

/* RFC 1123 subdomain, lowercase. */
static bool dns_subdomain_ok(gwapi_str h)
{
    const char *s = h.ptr;
    size_t n = h.len;
    if (!n || n > 253)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (c == '.') {
            if (i == 0 || i == n - 1 || s[i - 1] == '.' || s[i - 1] == '-' || s[i + 1] == '-')
                return false;
        } else if (c == '-') {
            if (i == 0 || i == n - 1)
                return false;
        } else if (!alnum) {
            return false;
        }
    }
    return true;
}

static const char *header_filter(rs *r, const char *what, const gwapi_http_header_filter *f)
{
    if (!f)
        return NULL;
    const gwapi_http_header_list *lists[2] = { &f->set, &f->add };
    static const char *const verbs[2] = { "set", "add" };
    for (int l = 0; l < 2; l++) {
        for (size_t i = 0; i < lists[l]->count; i++) {
            const gwapi_http_header *h = &lists[l]->items[i];
            if (!h->name.len)
                return rs_printf(r, "%s Filter cannot %s a header with an empty name.", what, verbs[l]);
            if (!header_name_ok(h->name))
                return rs_printf(r, "Header: \"%s\". %s Filter cannot %s a header with an invalid name.", h->name.ptr, what, verbs[l]);
            if (!header_value_ok(h->value))
                return rs_printf(r, "Header: \"%s\". %s Filter cannot %s a header with an invalid value.", h->name.ptr, what, verbs[l]);
        }
    }
    for (size_t i = 0; i < f->remove.count; i++) {
        if (!f->remove.items[i].len)
            return rs_printf(r, "%s Filter cannot remove a header with an empty name.", what);
    }
    return NULL;
}

static const char *path_modifier(rs *r, const gwapi_http_path_modifier *p)
{
    if (!p)
        return NULL;
    if (gwapi_str_eq(p->type, "ReplaceFullPath")) {
        if (p->replace_prefix_match.ptr)
            return "ReplacePrefixMatch cannot be set when rewrite path type is \"ReplaceFullPath\".";
        if (!p->replace_full_path.ptr)
            return "ReplaceFullPath must be set when rewrite path type is \"ReplaceFullPath\".";
    } else if (gwapi_str_eq(p->type, "ReplacePrefixMatch")) {
        if (p->replace_full_path.ptr)
            return "ReplaceFullPath cannot be set when rewrite path type is \"ReplacePrefixMatch\".";
        if (!p->replace_prefix_match.ptr)
            return "ReplacePrefixMatch must be set when rewrite path type is \"ReplacePrefixMatch\".";
    } else {
        return rs_printf(r, "Rewrite path type %s is not supported.", p->type.ptr ? p->type.ptr : "");
    }
    return NULL;
}

/* The Envoy Gateway HTTPRouteFilter an ExtensionRef names, or NULL when
 * the filter is not an ExtensionRef to that kind. */
static bool eg_filter_ref(const gwapi_local_object_reference *e)
{
    return e && gwapi_str_eq(e->group, "gateway.envoyproxy.io") && gwapi_str_eq(e->kind, "HTTPRouteFilter");
}

/* A mirror needs the request forwarded: not with a redirect or a direct
 * response. */
static const char *http_incompatible(rs *r, const gw_route *route, const gwapi_http_route_rule *rule)
{
    bool mirror = false, redirect = false, direct = false;
    for (size_t i = 0; i < rule->filters.count; i++) {
        const gwapi_http_route_rule_filter *f = &rule->filters.items[i];
        mirror |= gwapi_str_eq(f->type, "RequestMirror");
        redirect |= gwapi_str_eq(f->type, "RequestRedirect");
        if (gwapi_str_eq(f->type, "ExtensionRef") && eg_filter_ref(f->extension_ref)) {
            const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_HTTP_ROUTE_FILTER, route->obj->ns,
                                                 f->extension_ref->name.ptr);
            const gwapi_http_route_filter *hf = o ? o->obj->typed : NULL;
            direct |= hf && hf->spec && hf->spec->direct_response;
        }
    }
    if (mirror && redirect)
        return "RequestMirror filter cannot be used when the rule also configures a RequestRedirect filter.";
    if (mirror && direct)
        return "RequestMirror filter cannot be used when the rule also configures a DirectResponse filter.";
    return NULL;
}

/* ExtensionRefs to HTTPRouteFilters: at most one with matches per rule
 * (else the rule is dropped); a missing one leaves the rule unresolved. */
static const char *http_filter_refs(rs *r, const gw_route *route, gw_route_rule *rule)
{
    const gwapi_http_route_rule *x = rule->spec;
    size_t with_matches = 0;
    for (size_t i = 0; i < x->filters.count; i++) {
        const gwapi_http_route_rule_filter *f = &x->filters.items[i];
        if (!gwapi_str_eq(f->type, "ExtensionRef") || !eg_filter_ref(f->extension_ref))
            continue;
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_HTTP_ROUTE_FILTER, route->obj->ns,
                                             f->extension_ref->name.ptr);
        if (!o) {
            if (!rule->unresolved_reason) {
                rule->unresolved_reason = "UnsupportedValue";
                rule->unresolved_message = rs_printf(r, "Unable to translate HTTPRouteFilter: %s/%s.",
                                                     route->obj->ns, f->extension_ref->name.ptr ? f->extension_ref->name.ptr : "");
            }
            continue;
        }
        const gwapi_http_route_filter *hf = o->obj->typed;
        if (hf->spec && hf->spec->matches.count && ++with_matches > 1)
            return "Only one HTTPRouteFilter with matches is supported per HTTPRouteRule.";
    }
    return NULL;
}

/* Why this HTTPRoute rule's filters cannot be translated, or NULL. */
static const char *http_rule_filters(rs *r, const gwapi_http_route_rule *rule)
{
    size_t rewrites = 0;
    for (size_t i = 0; i < rule->filters.count; i++) {
        const gwapi_http_route_rule_filter *f = &rule->filters.items[i];
        const char *t = f->type.ptr ? f->type.ptr : "";
        const char *why = NULL;
        if (!strcmp(t, "RequestHeaderModifier")) {
            why = header_filter(r, "RequestHeaderModifier", f->request_header_modifier);
        } else if (!strcmp(t, "ResponseHeaderModifier")) {
            why = header_filter(r, "ResponseHeaderModifier", f->response_header_modifier);
        } else if (!strcmp(t, "RequestRedirect")) {
            const gwapi_http_request_redirect_filter *rd = f->request_redirect;
            if (rd && rd->scheme.ptr && !gwapi_str_eq(rd->scheme, "http") && !gwapi_str_eq(rd->scheme, "https"))
                why = rs_printf(r, "Scheme: %s is unsupported, only 'https' and 'http' are supported.", rd->scheme.ptr);
            else if (rd && rd->status_code.set && rd->status_code.value != 301 &&
                     rd->status_code.value != 302 && rd->status_code.value != 303 &&
                     rd->status_code.value != 307 && rd->status_code.value != 308)
                why = rs_printf(r, "Status code %lld is invalid, only 301, 302, 303, 307 and 308 are supported.",
                                (long long)rd->status_code.value);
            else if (rd)
                why = path_modifier(r, rd->path);
        } else if (!strcmp(t, "URLRewrite")) {
            if (++rewrites > 1)
                why = "Cannot configure multiple urlRewrite filters for a single HTTPRouteRule.";
            else if (f->url_rewrite && f->url_rewrite->hostname.ptr && !dns_subdomain_ok(f->url_rewrite->hostname))
                why = rs_printf(r, "Hostname \"%s\" is invalid.", f->url_rewrite->hostname.ptr);
            else if (f->url_rewrite)
                why = path_modifier(r, f->url_rewrite->path);
        } else if (!strcmp(t, "ExtensionRef")) {
            const gwapi_local_object_reference *e = f->extension_ref;
            if (e && !eg_filter_ref(e))
                why = rs_printf(r, "Invalid filter ExtensionRef: unknown kind %s/%s.", e->group.ptr ? e->group.ptr : "",
                                e->kind.ptr ? e->kind.ptr : "");
        } else if (strcmp(t, "RequestMirror") && strcmp(t, "CORS") && strcmp(t, "ExternalAuth")) {
            why = rs_printf(r, "Unsupported filter type %s.", t);
        }
        if (why)
            return why;
    }
    return NULL;
}

static const char *grpc_rule_filters(rs *r, const gwapi_grpc_route_rule *rule)
{
    for (size_t i = 0; i < rule->filters.count; i++) {
        const gwapi_grpc_route_filter *f = &rule->filters.items[i];
        const char *why = NULL;
        if (gwapi_str_eq(f->type, "RequestHeaderModifier"))
            why = header_filter(r, "RequestHeaderModifier", f->request_header_modifier);
        else if (gwapi_str_eq(f->type, "ResponseHeaderModifier"))
            why = header_filter(r, "ResponseHeaderModifier", f->response_header_modifier);
        else if (gwapi_str_eq(f->type, "ExtensionRef") && f->extension_ref && !eg_filter_ref(f->extension_ref))
            why = rs_printf(r, "Invalid filter ExtensionRef: unknown kind %s/%s.",
                            f->extension_ref->group.ptr ? f->extension_ref->group.ptr : "",
                            f->extension_ref->kind.ptr ? f->extension_ref->kind.ptr : "");
        if (why)
            return why;
    }
    return NULL;
}

bool rs_rule_filters(rs *r, gw_route *route, gw_route_rule *rule)
{
    if (rule->dropped)
        return true;
    const char *why = route->kind == GW_ROUTE_HTTP ? http_rule_filters(r, rule->spec)
                    : route->kind == GW_ROUTE_GRPC ? grpc_rule_filters(r, rule->spec) : NULL;
    if (!why && route->kind == GW_ROUTE_HTTP)
        why = http_filter_refs(r, route, rule);
    if (r->a->failed)
        return false;
    if (why) {
        rule->dropped = true;
        rule->drop_message = why;
        rule->drop_reason = "UnsupportedValue";
        return true;
    }
    why = route->kind == GW_ROUTE_HTTP ? http_incompatible(r, route, rule->spec) : NULL;
    if (why) {
        rule->dropped = true;
        rule->drop_message = why;
        rule->drop_reason = "IncompatibleFilters";
    }
    return true;
}
