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

/* Does the ExtensionRef name an HTTPRouteFilter with a direct response? */
static bool direct_response(rs *r, const gw_route *route, const gwapi_local_object_reference *e)
{
    if (!eg_filter_ref(e))
        return false;
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_HTTP_ROUTE_FILTER, route->obj->ns, e->name.ptr);
    const gwapi_http_route_filter *hf = o ? o->obj->typed : NULL;
    return hf && hf->spec && hf->spec->direct_response;
}

/* A mirror needs the request forwarded: not with a redirect or a direct
 * response. */
static const char *incompatible(rs *r, const gw_route *route, const gw_route_rule *rule)
{
    bool mirror = false, redirect = false, direct = false;
    if (route->kind == GW_ROUTE_HTTP) {
        const gwapi_http_route_rule *x = rule->spec;
        for (size_t i = 0; i < x->filters.count; i++) {
            const gwapi_http_route_rule_filter *f = &x->filters.items[i];
            mirror |= gwapi_str_eq(f->type, "RequestMirror");
            redirect |= gwapi_str_eq(f->type, "RequestRedirect");
            direct |= gwapi_str_eq(f->type, "ExtensionRef") && direct_response(r, route, f->extension_ref);
        }
    } else if (route->kind == GW_ROUTE_GRPC) {
        const gwapi_grpc_route_rule *x = rule->spec;
        for (size_t i = 0; i < x->filters.count; i++) {
            const gwapi_grpc_route_filter *f = &x->filters.items[i];
            mirror |= gwapi_str_eq(f->type, "RequestMirror");
            direct |= gwapi_str_eq(f->type, "ExtensionRef") && direct_response(r, route, f->extension_ref);
        }
    }
    if (mirror && redirect)
        return "RequestMirror filter cannot be used when the rule also configures a RequestRedirect filter.";
    if (mirror && direct)
        return "RequestMirror filter cannot be used when the rule also configures a DirectResponse filter.";
    return NULL;
}

/* A pattern of a rewrite: set, and valid RE2. */
static const char *rewrite_pattern(rs *r, const gwapi_replace_regex_match *m, const char *what,
                                   bool need_substitution, const char *missing)
{
    const char *why = NULL;
    if (!m || !m->pattern.ptr || (need_substitution && !m->substitution.ptr))
        return missing;
    if (!re2_compatible(r, m->pattern, &why))
        return r->a->failed ? NULL : rs_printf(r, "%s must be a valid RE2 regular expression.", what);
    return NULL;
}

/* Envoy Gateway's own URL rewrite (an HTTPRouteFilter's urlRewrite). */
static const char *eg_url_rewrite(rs *r, const gwapi_eg_http_url_rewrite_filter *u)
{
    const char *why = NULL;
    if (u->path && gwapi_str_eq(u->path->type, "ReplaceRegexMatch"))
        why = rewrite_pattern(r, u->path->replace_regex_match, "ReplaceRegexMatch", false,
                              "ReplaceRegexMatch Pattern must be set when rewrite path type is \"ReplaceRegexMatch\".");
    if (!why && u->hostname && gwapi_str_eq(u->hostname->type, "Header") && !u->hostname->header.len)
        why = "Header must be set when rewrite path type is \"Header\".";
    if (!why && u->hostname && gwapi_str_eq(u->hostname->type, "PathRegex"))
        why = rewrite_pattern(r, u->hostname->path_regex, "PathRegex", true,
                              "PathRegex Pattern and Substitution must be set when rewrite hostname type is \"PathRegex\".");
    return why;
}

/* ExtensionRefs to HTTPRouteFilters: at most one with matches per rule, at
 * most one URL rewrite counting the rule's own URLRewrite filters, each
 * rewrite well-formed (else the rule is dropped); a missing one leaves the
 * rule unresolved. */
static const char *eg_filter_refs(rs *r, const gw_route *route, gw_route_rule *rule)
{
    /* host and path rewrites are counted apart: one of each may combine */
    size_t with_matches = 0, host_rewrites = 0, path_rewrites = 0, nf = 0;
    const gwapi_local_object_reference *refs[64];
    if (route->kind == GW_ROUTE_HTTP) {
        const gwapi_http_route_rule *x = rule->spec;
        for (size_t i = 0; i < x->filters.count; i++) {
            const gwapi_http_route_rule_filter *f = &x->filters.items[i];
            if (gwapi_str_eq(f->type, "URLRewrite") && f->url_rewrite) {
                host_rewrites += f->url_rewrite->hostname.ptr != NULL;
                path_rewrites += f->url_rewrite->path != NULL;
            }
            if (gwapi_str_eq(f->type, "ExtensionRef") && eg_filter_ref(f->extension_ref) && nf < 64)
                refs[nf++] = f->extension_ref;
        }
    } else if (route->kind == GW_ROUTE_GRPC) {
        const gwapi_grpc_route_rule *x = rule->spec;
        for (size_t i = 0; i < x->filters.count; i++) {
            const gwapi_grpc_route_filter *f = &x->filters.items[i];
            if (gwapi_str_eq(f->type, "ExtensionRef") && eg_filter_ref(f->extension_ref) && nf < 64)
                refs[nf++] = f->extension_ref;
        }
    }
    for (size_t i = 0; i < nf; i++) {
        const gwapi_local_object_reference *e = refs[i];
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_HTTP_ROUTE_FILTER, route->obj->ns,
                                             e->name.ptr);
        if (!o) {
            if (!rule->unresolved_reason) {
                rule->unresolved_reason = "UnsupportedValue";
                rule->unresolved_message = rs_printf(r, "Unable to translate HTTPRouteFilter: %s/%s.",
                                                     route->obj->ns, e->name.ptr ? e->name.ptr : "");
            }
            continue;
        }
        const gwapi_http_route_filter *hf = o->obj->typed;
        /* gRPC reads a 2xx as status OK, yet the body is no gRPC message:
         * Envoy Gateway rejects the route before binding it to listeners. */
        const gwapi_http_direct_response_filter *dr = hf->spec ? hf->spec->direct_response : NULL;
        int64_t code = dr && dr->status_code.set ? dr->status_code.value : 200;
        if (route->kind == GW_ROUTE_GRPC && dr && code >= 200 && code < 300) {
            rule->detaches = true;
            return "DirectResponse with a 2xx status code is not supported for GRPCRoute: "
                   "a 2xx status maps to the gRPC OK status, but a direct response cannot carry "
                   "a gRPC response message, so the client would receive an invalid response. "
                   "Use a non-2xx status code to deny or block the request instead.";
        }
        if (hf->spec && hf->spec->matches.count && ++with_matches > 1)
            return "Only one HTTPRouteFilter with matches is supported per HTTPRouteRule.";
        if (hf->spec && hf->spec->url_rewrite) {
            host_rewrites += hf->spec->url_rewrite->hostname != NULL;
            path_rewrites += hf->spec->url_rewrite->path != NULL;
            if (host_rewrites > 1 || path_rewrites > 1)
                return "Cannot configure multiple urlRewrite filters for a single HTTPRouteRule.";
            const char *why = eg_url_rewrite(r, hf->spec->url_rewrite);
            if (why)
                return why;
            /* the host comes from the request path: not for a resolver that
             * needs the host to resolve */
            const gwapi_eg_http_url_rewrite_filter_hostname *h = hf->spec->url_rewrite->hostname;
            if (h && gwapi_str_eq(h->type, "PathRegex"))
                rule->path_regex_host = true;
        }
        /* credential injection reads a Secret of the route's namespace */
        const gwapi_http_credential_injection_filter *ci = hf->spec ? hf->spec->credential_injection : NULL;
        const gwapi_secret_object_reference *ref = ci && ci->credential ? ci->credential->value_ref : NULL;
        if (ref && !gw_model_find_kind(r->m, GWAPI_KIND_SECRET, route->obj->ns, ref->name.ptr))
            return rs_printf(r, "Invalid filter HTTPRouteFilter: secret %s/%s does not exist.", route->obj->ns,
                             ref->name.ptr ? ref->name.ptr : "");
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
    if (!why)
        why = eg_filter_refs(r, route, rule);
    if (r->a->failed)
        return false;
    if (why) {
        rule->dropped = true;
        rule->drop_message = why;
        rule->drop_reason = "UnsupportedValue";
        return true;
    }
    why = incompatible(r, route, rule);
    if (why) {
        rule->dropped = true;
        rule->drop_message = why;
        rule->drop_reason = "IncompatibleFilters";
    }
    return true;
}
