/* HTTPRoute / GRPCRoute rule filters that cannot be translated make their
 * rule dropped: header modifiers with empty or malformed names or values; redirects with an unknown scheme or status;
 * URL rewrites that contradict themselves, twice in a rule, or with an
 * invalid hostname; ExtensionRefs to kinds nobody implements. */
#include "resolve_impl.h"

#include <ctype.h>
#include <string.h>

/* RFC 7230 token characters. */
static bool header_name_ok(const char *s)
{
    if (!s || !*s)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && !strchr("!#$%&'*+-.^_`|~", *s))
            return false;
    return true;
}

static bool header_value_ok(const char *s)
{
    for (; s && *s; s++)
        if (*s == '\r' || *s == '\n')
            return false;
    return true;
}

/* RFC 1123 subdomain, lowercase. */
static bool dns_subdomain_ok(const char *s)
{
    size_t n = strlen(s);
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
            if (!h->name || !*h->name)
                return rs_printf(r, "%s Filter cannot %s a header with an empty name.", what, verbs[l]);
            if (!header_name_ok(h->name))
                return rs_printf(r, "Header: \"%s\". %s Filter cannot %s a header with an invalid name.", h->name, what, verbs[l]);
            if (!header_value_ok(h->value))
                return rs_printf(r, "Header: \"%s\". %s Filter cannot %s a header with an invalid value.", h->name, what, verbs[l]);
        }
    }
    for (size_t i = 0; i < f->remove.count; i++) {
        const char *n = f->remove.items[i];
        if (!n || !*n)
            return rs_printf(r, "%s Filter cannot remove a header with an empty name.", what);
    }
    return NULL;
}

static const char *path_modifier(rs *r, const gwapi_http_path_modifier *p)
{
    if (!p)
        return NULL;
    if (str_eq(p->type, "ReplaceFullPath")) {
        if (p->replace_prefix_match)
            return "ReplacePrefixMatch cannot be set when rewrite path type is \"ReplaceFullPath\".";
        if (!p->replace_full_path)
            return "ReplaceFullPath must be set when rewrite path type is \"ReplaceFullPath\".";
    } else if (str_eq(p->type, "ReplacePrefixMatch")) {
        if (p->replace_full_path)
            return "ReplaceFullPath cannot be set when rewrite path type is \"ReplacePrefixMatch\".";
        if (!p->replace_prefix_match)
            return "ReplacePrefixMatch must be set when rewrite path type is \"ReplacePrefixMatch\".";
    } else {
        return rs_printf(r, "Rewrite path type %s is not supported.", p->type ? p->type : "");
    }
    return NULL;
}

/* Why this HTTPRoute rule's filters cannot be translated, or NULL. */
static const char *http_rule_filters(rs *r, const gwapi_http_route_rule *rule)
{
    size_t rewrites = 0;
    for (size_t i = 0; i < rule->filters.count; i++) {
        const gwapi_http_route_rule_filter *f = &rule->filters.items[i];
        const char *t = f->type ? f->type : "";
        const char *why = NULL;
        if (!strcmp(t, "RequestHeaderModifier")) {
            why = header_filter(r, "RequestHeaderModifier", f->request_header_modifier);
        } else if (!strcmp(t, "ResponseHeaderModifier")) {
            why = header_filter(r, "ResponseHeaderModifier", f->response_header_modifier);
        } else if (!strcmp(t, "RequestRedirect")) {
            const gwapi_http_request_redirect_filter *rd = f->request_redirect;
            if (rd && rd->scheme && strcmp(rd->scheme, "http") && strcmp(rd->scheme, "https"))
                why = rs_printf(r, "Scheme: %s is unsupported, only 'https' and 'http' are supported.", rd->scheme);
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
            else if (f->url_rewrite && f->url_rewrite->hostname && !dns_subdomain_ok(f->url_rewrite->hostname))
                why = rs_printf(r, "Hostname \"%s\" is invalid.", f->url_rewrite->hostname);
            else if (f->url_rewrite)
                why = path_modifier(r, f->url_rewrite->path);
        } else if (!strcmp(t, "ExtensionRef")) {
            const gwapi_local_object_reference *e = f->extension_ref;
            if (e && !(str_eq(e->group, "gateway.envoyproxy.io") && str_eq(e->kind, "HTTPRouteFilter")))
                why = rs_printf(r, "Invalid filter ExtensionRef: unknown kind %s/%s.", e->group ? e->group : "",
                                e->kind ? e->kind : "");
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
        if (str_eq(f->type, "RequestHeaderModifier"))
            why = header_filter(r, "RequestHeaderModifier", f->request_header_modifier);
        else if (str_eq(f->type, "ResponseHeaderModifier"))
            why = header_filter(r, "ResponseHeaderModifier", f->response_header_modifier);
        else if (str_eq(f->type, "ExtensionRef") && f->extension_ref &&
                 !(str_eq(f->extension_ref->group, "gateway.envoyproxy.io") &&
                   str_eq(f->extension_ref->kind, "HTTPRouteFilter")))
            why = rs_printf(r, "Invalid filter ExtensionRef: unknown kind %s/%s.",
                            f->extension_ref->group ? f->extension_ref->group : "",
                            f->extension_ref->kind ? f->extension_ref->kind : "");
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
    if (r->a->failed)
        return false;
    if (why) {
        rule->dropped = true;
        rule->drop_message = why;
    }
    return true;
}
