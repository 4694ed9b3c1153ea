/* CEL rule functions of HTTPRoute, GRPCRoute and TLSRoute: one function
 * per rule, bound to the schema tables through registry-routes.tsv. */
#include "rule_env.h"
#include "../../util/ipaddr.h"
#include "cel_lib.h"
#include "../../schema/gen/rules.h"

#include <stdint.h>
#include <stdlib.h>
#include <gwapi/resources.h>

/* Regular expressions of this file's rules (see rule_regexes.h). */
enum {
    RX_PATH_CHARS,     /* HTTPPathMatch value characters */
    RX_GRPC_SERVICE,   /* GRPCMethodMatch service */
    RX_GRPC_METHOD,    /* GRPCMethodMatch method */
    RX_RFC1123,        /* TLSRoute hostnames (the CEL string unescapes \\. to \.) */
};
const char *const rx_routes[] = {
    [RX_PATH_CHARS] = "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$",
    [RX_GRPC_SERVICE] = "^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$",
    [RX_GRPC_METHOD] = "^[A-Za-z_][A-Za-z_0-9]*$",
    [RX_RFC1123] = "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$",
};
const size_t rx_routes_count = sizeof rx_routes / sizeof rx_routes[0];

/* ---------------------------------------------------------------------
 * Shared helpers
 * ------------------------------------------------------------------- */

/* `!has(x) || x == ''` */
static bool str_empty(gwapi_str s)
{
    return s.len == 0;
}

/* (size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true
 * group and kind are defaulted ("" and "Service"), so both are set. */
static bool service_ref_has_port(gwapi_str group, gwapi_str kind, const gwapi_opt_int *port)
{
    bool service = group.ptr && !group.len && rule_streq(kind, "Service");
    return !service || port->set;
}

/* Walks a list of structs: item i of a list whose element has `stride`
 * bytes, and the gwapi_str member at `offset` of it. */
static gwapi_str member_str(const void *items, size_t stride, size_t i, size_t offset)
{
    gwapi_str p;
    memcpy(&p, (const char *)items + i * stride + offset, sizeof p);
    return p;
}

/* self.all(l1, !has(l1.name) || self.exists_one(l2, has(l2.name) && l1.name == l2.name)) */
static bool names_unique(const void *items, size_t count, size_t stride, size_t offset)
{
    if (!items)
        return true;
    for (size_t i = 0; i < count; i++) {
        gwapi_str a = member_str(items, stride, i, offset);
        if (!a.ptr)
            continue;
        for (size_t j = i + 1; j < count; j++) {
            gwapi_str b = member_str(items, stride, j, offset);
            if (gwapi_str_equal(a, b))
                return false;
        }
    }
    return true;
}
#define NAMES_UNIQUE(list, type) \
    names_unique((list)->items, (list)->count, sizeof(type), offsetof(type, name))

/* ---------------------------------------------------------------------
 * parentRefs
 * ------------------------------------------------------------------- */

/* p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name &&
 * (both namespaces empty or absent || both set and equal) */
static bool same_parent(const gwapi_parent_reference *a, const gwapi_parent_reference *b)
{
    if (!cel_str_same(a->group, b->group) || !cel_str_same(a->kind, b->kind) ||
        !cel_str_same(a->name, b->name))
        return false;
    if (str_empty(a->ns) && str_empty(b->ns))
        return true;
    return gwapi_str_equal(a->ns, b->ns);
}

static bool port_empty(const gwapi_opt_int *p)
{
    return !p->set || p->value == 0;
}

static bool same_section(const gwapi_parent_reference *a, const gwapi_parent_reference *b)
{
    if (str_empty(a->section_name) && str_empty(b->section_name))
        return true;
    return gwapi_str_equal(a->section_name, b->section_name);
}

static bool same_port(const gwapi_parent_reference *a, const gwapi_parent_reference *b)
{
    if (port_empty(&a->port) && port_empty(&b->port))
        return true;
    return a->port.set && b->port.set && a->port.value == b->port.value;
}

/* self.all(p1, self.all(p2, same_parent ? (sectionName empty on both or
 * neither) [&& (port empty on both or neither)] : true)) */
static bool parent_refs_specified(const gwapi_parent_reference_list *l, bool with_port)
{
    if (!l->items)
        return true;
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_parent_reference *a = &l->items[i];
        for (size_t j = 0; j < l->count; j++) {
            const gwapi_parent_reference *b = &l->items[j];
            if (!same_parent(a, b))
                continue;
            if (str_empty(a->section_name) != str_empty(b->section_name))
                return false;
            if (with_port && port_empty(&a->port) != port_empty(&b->port))
                return false;
        }
    }
    return true;
}

/* self.all(p1, self.exists_one(p2, same_parent && same section [&& same
 * port])): p1 always matches itself, so no two entries may match. */
static bool parent_refs_unique(const gwapi_parent_reference_list *l, bool with_port)
{
    if (!l->items)
        return true;
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_parent_reference *a = &l->items[i];
        size_t n = 0;
        for (size_t j = 0; j < l->count; j++) {
            const gwapi_parent_reference *b = &l->items[j];
            if (same_parent(a, b) && same_section(a, b) && (!with_port || same_port(a, b)))
                n++;
        }
        if (n != 1)
            return false;
    }
    return true;
}

/* sectionName must be specified when parentRefs includes 2 or more references to the same parent */
bool rule_parent_refs_section_name_specified(const gw_rule_env *env,
                                             const gwapi_parent_reference_list *self)
{
    (void)env;
    return parent_refs_specified(self, false);
}

/* sectionName must be unique when parentRefs includes 2 or more references to the same parent */
bool rule_parent_refs_section_name_unique(const gw_rule_env *env,
                                          const gwapi_parent_reference_list *self)
{
    (void)env;
    return parent_refs_unique(self, false);
}

/* sectionName or port must be specified when parentRefs includes 2 or more references to the same parent */
bool rule_parent_refs_section_or_port_specified(const gw_rule_env *env,
                                                const gwapi_parent_reference_list *self)
{
    (void)env;
    return parent_refs_specified(self, true);
}

/* sectionName or port must be unique when parentRefs includes 2 or more references to the same parent */
bool rule_parent_refs_section_or_port_unique(const gw_rule_env *env,
                                             const gwapi_parent_reference_list *self)
{
    (void)env;
    return parent_refs_unique(self, true);
}

/* ---------------------------------------------------------------------
 * CORS: !('*' in self && self.size() > 1)
 * ------------------------------------------------------------------- */

static bool wildcard_alone(const gwapi_string_list *l)
{
    if (!l->items || l->count <= 1)
        return true;
    for (size_t i = 0; i < l->count; i++)
        if (rule_streq(l->items[i], "*"))
            return false;
    return true;
}

/* AllowHeaders cannot contain '*' alongside other methods */
bool rule_cors_allow_headers_wildcard(const gw_rule_env *env, const gwapi_string_list *self)
{
    (void)env;
    return wildcard_alone(self);
}

/* AllowMethods cannot contain '*' alongside other methods */
bool rule_cors_allow_methods_wildcard(const gw_rule_env *env, const gwapi_string_list *self)
{
    (void)env;
    return wildcard_alone(self);
}

/* AllowOrigins cannot contain '*' alongside other origins */
bool rule_cors_allow_origins_wildcard(const gw_rule_env *env, const gwapi_string_list *self)
{
    (void)env;
    return wildcard_alone(self);
}

/* ---------------------------------------------------------------------
 * Backend references: Must have port for Service reference
 * ------------------------------------------------------------------- */

bool rule_backend_object_ref_service_port(const gw_rule_env *env,
                                          const gwapi_backend_object_reference *self)
{
    const gwapi_backend_object_reference *ref = self;
    (void)env;
    return service_ref_has_port(ref->group, ref->kind, &ref->port);
}

bool rule_http_backend_ref_service_port(const gw_rule_env *env, const gwapi_http_backend_ref *self)
{
    const gwapi_http_backend_ref *ref = self;
    (void)env;
    return service_ref_has_port(ref->group, ref->kind, &ref->port);
}

bool rule_grpc_backend_ref_service_port(const gw_rule_env *env, const gwapi_grpc_backend_ref *self)
{
    const gwapi_grpc_backend_ref *ref = self;
    (void)env;
    return service_ref_has_port(ref->group, ref->kind, &ref->port);
}

bool rule_backend_ref_service_port(const gw_rule_env *env, const gwapi_backend_ref *self)
{
    const gwapi_backend_ref *ref = self;
    (void)env;
    return service_ref_has_port(ref->group, ref->kind, &ref->port);
}

/* ---------------------------------------------------------------------
 * RequestMirror
 * ------------------------------------------------------------------- */

/* self.numerator <= self.denominator (denominator defaults to 100) */
bool rule_fraction_numerator_le_denominator(const gw_rule_env *env, const gwapi_fraction *self)
{
    const gwapi_fraction *f = self;
    (void)env;
    if (!f->numerator.set || !f->denominator.set)
        return true;
    return f->numerator.value <= f->denominator.value;
}

/* !(has(self.percent) && has(self.fraction)) */
bool rule_request_mirror_percent_or_fraction(const gw_rule_env *env,
                                             const gwapi_http_request_mirror_filter *self)
{
    const gwapi_http_request_mirror_filter *m = self;
    (void)env;
    return !(m->percent.set && m->fraction);
}

/* ---------------------------------------------------------------------
 * HTTPPathModifier
 * ------------------------------------------------------------------- */

/* self.type == 'ReplaceFullPath' ? has(self.replaceFullPath) : true */
bool rule_path_modifier_full_path_required(const gw_rule_env *env,
                                           const gwapi_http_path_modifier *self)
{
    const gwapi_http_path_modifier *p = self;
    (void)env;
    return !rule_streq(p->type, "ReplaceFullPath") || p->replace_full_path.ptr;
}

/* has(self.replaceFullPath) ? self.type == 'ReplaceFullPath' : true */
bool rule_path_modifier_full_path_type(const gw_rule_env *env, const gwapi_http_path_modifier *self)
{
    const gwapi_http_path_modifier *p = self;
    (void)env;
    return !p->replace_full_path.ptr || rule_streq(p->type, "ReplaceFullPath");
}

/* self.type == 'ReplacePrefixMatch' ? has(self.replacePrefixMatch) : true */
bool rule_path_modifier_prefix_match_required(const gw_rule_env *env,
                                              const gwapi_http_path_modifier *self)
{
    const gwapi_http_path_modifier *p = self;
    (void)env;
    return !rule_streq(p->type, "ReplacePrefixMatch") || p->replace_prefix_match.ptr;
}

/* has(self.replacePrefixMatch) ? self.type == 'ReplacePrefixMatch' : true */
bool rule_path_modifier_prefix_match_type(const gw_rule_env *env,
                                          const gwapi_http_path_modifier *self)
{
    const gwapi_http_path_modifier *p = self;
    (void)env;
    return !p->replace_prefix_match.ptr || rule_streq(p->type, "ReplacePrefixMatch");
}

/* ---------------------------------------------------------------------
 * Filters: the member matching the type is set, no other one
 * ------------------------------------------------------------------- */

/* !(has(member) && self.type != type) */
static bool member_nil_unless(const void *member, gwapi_str type, const char *want)
{
    return !(member && !rule_streq(type, want));
}

/* !(!has(member) && self.type == type) */
static bool member_set_for(const void *member, gwapi_str type, const char *want)
{
    return !(!member && rule_streq(type, want));
}

#define HTTP_FILTER_RULES(name, member, type_name)                                  \
    bool rule_http_filter_##name##_nil(const gw_rule_env *env,                       \
                                       const gwapi_http_route_rule_filter *f)       \
    {                                                                               \
        (void)env;                                                                  \
        return member_nil_unless(f->member, f->type, type_name);                   \
    }                                                                               \
    bool rule_http_filter_##name##_set(const gw_rule_env *env,                       \
                                       const gwapi_http_route_rule_filter *f)       \
    {                                                                               \
        (void)env;                                                                  \
        return member_set_for(f->member, f->type, type_name);                      \
    }

#define GRPC_FILTER_RULES(name, member, type_name)                                  \
    bool rule_grpc_filter_##name##_nil(const gw_rule_env *env,                       \
                                       const gwapi_grpc_route_filter *f)            \
    {                                                                               \
        (void)env;                                                                  \
        return member_nil_unless(f->member, f->type, type_name);                   \
    }                                                                               \
    bool rule_grpc_filter_##name##_set(const gw_rule_env *env,                       \
                                       const gwapi_grpc_route_filter *f)            \
    {                                                                               \
        (void)env;                                                                  \
        return member_set_for(f->member, f->type, type_name);                      \
    }

HTTP_FILTER_RULES(cors, cors, "CORS")
HTTP_FILTER_RULES(request_header_modifier, request_header_modifier, "RequestHeaderModifier")
HTTP_FILTER_RULES(response_header_modifier, response_header_modifier, "ResponseHeaderModifier")
HTTP_FILTER_RULES(request_mirror, request_mirror, "RequestMirror")
HTTP_FILTER_RULES(request_redirect, request_redirect, "RequestRedirect")
HTTP_FILTER_RULES(url_rewrite, url_rewrite, "URLRewrite")
HTTP_FILTER_RULES(extension_ref, extension_ref, "ExtensionRef")
HTTP_FILTER_RULES(external_auth, external_auth, "ExternalAuth")

GRPC_FILTER_RULES(request_header_modifier, request_header_modifier, "RequestHeaderModifier")
GRPC_FILTER_RULES(response_header_modifier, response_header_modifier, "ResponseHeaderModifier")
GRPC_FILTER_RULES(request_mirror, request_mirror, "RequestMirror")
GRPC_FILTER_RULES(extension_ref, extension_ref, "ExtensionRef")

/* ---------------------------------------------------------------------
 * Filter lists
 * ------------------------------------------------------------------- */

static size_t http_filters_of_type(const gwapi_http_route_rule_filter_list *l, const char *type)
{
    size_t n = 0;
    if (l->items)
        for (size_t i = 0; i < l->count; i++)
            n += rule_streq(l->items[i].type, type);
    return n;
}

static size_t grpc_filters_of_type(const gwapi_grpc_route_filter_list *l, const char *type)
{
    size_t n = 0;
    if (l->items)
        for (size_t i = 0; i < l->count; i++)
            n += rule_streq(l->items[i].type, type);
    return n;
}

/* !(self.exists(f, f.type == 'RequestRedirect') && self.exists(f, f.type == 'URLRewrite')) */
bool rule_http_filters_redirect_xor_rewrite(const gw_rule_env *env,
                                            const gwapi_http_route_rule_filter_list *self)
{
    (void)env;
    return !(http_filters_of_type(self, "RequestRedirect") &&
             http_filters_of_type(self, "URLRewrite"));
}

#define HTTP_FILTER_ONCE(name, type_name)                                           \
    bool rule_http_filters_##name##_once(const gw_rule_env *env,                     \
                                         const gwapi_http_route_rule_filter_list *self) \
    {                                                                               \
        (void)env;                                                                  \
        return http_filters_of_type(self, type_name) <= 1;                          \
    }
#define GRPC_FILTER_ONCE(name, type_name)                                           \
    bool rule_grpc_filters_##name##_once(const gw_rule_env *env,                     \
                                         const gwapi_grpc_route_filter_list *self)  \
    {                                                                               \
        (void)env;                                                                  \
        return grpc_filters_of_type(self, type_name) <= 1;                          \
    }

HTTP_FILTER_ONCE(cors, "CORS")
HTTP_FILTER_ONCE(request_header_modifier, "RequestHeaderModifier")
HTTP_FILTER_ONCE(response_header_modifier, "ResponseHeaderModifier")
HTTP_FILTER_ONCE(request_redirect, "RequestRedirect")
HTTP_FILTER_ONCE(url_rewrite, "URLRewrite")
GRPC_FILTER_ONCE(request_header_modifier, "RequestHeaderModifier")
GRPC_FILTER_ONCE(response_header_modifier, "ResponseHeaderModifier")

/* ---------------------------------------------------------------------
 * HTTPPathMatch: (self.type in ['Exact','PathPrefix']) ? <check value> : true
 * type and value are defaulted (PathPrefix, "/").
 * ------------------------------------------------------------------- */

/* The value to check, or absent when the rule does not apply. */
static gwapi_str exact_or_prefix_value(const gwapi_http_path_match *m)
{
    gwapi_str none = { NULL, 0 };
    if (!rule_streq(m->type, "Exact") && !rule_streq(m->type, "PathPrefix"))
        return none;
    return m->value;
}

bool rule_path_match_absolute(const gw_rule_env *env, const gwapi_http_path_match *self)
{
    gwapi_str v = exact_or_prefix_value(self);
    (void)env;
    return !v.ptr || cel_starts_with(v, "/");
}

#define PATH_MATCH_NO(name, needle)                                                 \
    bool rule_path_match_no_##name(const gw_rule_env *env,                           \
                                   const gwapi_http_path_match *self)               \
    {                                                                               \
        gwapi_str v = exact_or_prefix_value(self);                                  \
        (void)env;                                                                  \
        return !v.ptr || !cel_contains(v, needle);                                  \
    }
PATH_MATCH_NO(double_slash, "//")
PATH_MATCH_NO(dot_segment, "/./")
PATH_MATCH_NO(dot_dot_segment, "/../")
PATH_MATCH_NO(encoded_slash_lower, "%2f")
PATH_MATCH_NO(encoded_slash_upper, "%2F")
PATH_MATCH_NO(fragment, "#")

bool rule_path_match_no_trailing_dot_dot(const gw_rule_env *env, const gwapi_http_path_match *self)
{
    gwapi_str v = exact_or_prefix_value(self);
    (void)env;
    return !v.ptr || !cel_ends_with(v, "/..");
}

bool rule_path_match_no_trailing_dot(const gw_rule_env *env, const gwapi_http_path_match *self)
{
    gwapi_str v = exact_or_prefix_value(self);
    (void)env;
    return !v.ptr || !cel_ends_with(v, "/.");
}

/* self.type in ['Exact','PathPrefix'] || self.type == 'RegularExpression' */
bool rule_path_match_type(const gw_rule_env *env, const gwapi_http_path_match *self)
{
    const gwapi_http_path_match *m = self;
    (void)env;
    if (!m->type.ptr)
        return true;
    return rule_streq(m->type, "Exact") || rule_streq(m->type, "PathPrefix") ||
           rule_streq(m->type, "RegularExpression");
}

bool rule_path_match_valid_chars(const gw_rule_env *env, const gwapi_http_path_match *self)
{
    gwapi_str v = exact_or_prefix_value(self);
    return !v.ptr || rule_matches(env, rx_routes[RX_PATH_CHARS], v);
}

/* ---------------------------------------------------------------------
 * HTTPRouteTimeouts
 * ------------------------------------------------------------------- */

/* !(has(self.request) && has(self.backendRequest) &&
 *   duration(self.request) != duration('0s') &&
 *   duration(self.backendRequest) > duration(self.request))
 * A value duration() cannot parse is a CEL evaluation error, unless a
 * conjunct is false: request parsing to 0s absorbs an unparsable
 * backendRequest (false && error is false). */
bool rule_http_timeouts_backend_within_request(const gw_rule_env *env,
                                               const gwapi_http_route_timeouts *self)
{
    const gwapi_http_route_timeouts *t = self;
    int64_t req, backend;
    if (!t->request.ptr || !t->backend_request.ptr)
        return true;
    if (!cel_parse_duration(t->request, &req))
        return rule_eval_error(env, CEL_ERR_DURATION);
    if (req == 0)
        return true;
    if (!cel_parse_duration(t->backend_request, &backend))
        return rule_eval_error(env, CEL_ERR_DURATION);
    return !(backend > req);
}

/* ---------------------------------------------------------------------
 * HTTPRouteRule
 * ------------------------------------------------------------------- */

/* (has(self.backendRefs) && size(self.backendRefs) > 0) ?
 *   (!has(self.filters) || self.filters.all(f, !has(f.requestRedirect))) : true */
bool rule_http_rule_redirect_without_backends(const gw_rule_env *env,
                                              const gwapi_http_route_rule *self)
{
    const gwapi_http_route_rule *r = self;
    (void)env;
    if (!r->backend_refs.items || r->backend_refs.count == 0 || !r->filters.items)
        return true;
    for (size_t i = 0; i < r->filters.count; i++)
        if (r->filters.items[i].request_redirect)
            return false;
    return true;
}

/* has(path) && path.type == 'ReplacePrefixMatch' && has(path.replacePrefixMatch) */
static bool is_replace_prefix(const gwapi_http_path_modifier *p)
{
    return p && rule_streq(p->type, "ReplacePrefixMatch") && p->replace_prefix_match.ptr;
}

static bool filter_redirect_prefix(const gwapi_http_route_rule_filter *f)
{
    return f->request_redirect && is_replace_prefix(f->request_redirect->path);
}

static bool filter_rewrite_prefix(const gwapi_http_route_rule_filter *f)
{
    return f->url_rewrite && is_replace_prefix(f->url_rewrite->path);
}

/* has(l) && l.exists_one(f, pred(f)) */
static bool filters_exists_one(const gwapi_http_route_rule_filter_list *l,
                               bool (*pred)(const gwapi_http_route_rule_filter *))
{
    size_t n = 0;
    if (!l->items)
        return false;
    for (size_t i = 0; i < l->count; i++)
        n += pred(&l->items[i]);
    return n == 1;
}

/* self.backendRefs.exists_one(b, has(b.filters) && b.filters.exists_one(f, pred(f))) */
static bool backends_exists_one(const gwapi_http_backend_ref_list *l,
                                bool (*pred)(const gwapi_http_route_rule_filter *))
{
    size_t n = 0;
    if (!l->items)
        return false;
    for (size_t i = 0; i < l->count; i++)
        n += filters_exists_one(&l->items[i].filters, pred);
    return n == 1;
}

/* !(size(self.matches) != 1 || !has(self.matches[0].path) ||
 *   self.matches[0].path.type != 'PathPrefix') */
static bool single_prefix_match(const gwapi_http_route_rule *r)
{
    if (!r->matches.items || r->matches.count != 1)
        return false;
    const gwapi_http_path_match *p = r->matches.items[0].path;
    return p && rule_streq(p->type, "PathPrefix");
}

bool rule_http_rule_redirect_prefix_single_match(const gw_rule_env *env,
                                                 const gwapi_http_route_rule *self)
{
    const gwapi_http_route_rule *r = self;
    (void)env;
    return !filters_exists_one(&r->filters, filter_redirect_prefix) || single_prefix_match(r);
}

bool rule_http_rule_rewrite_prefix_single_match(const gw_rule_env *env,
                                                const gwapi_http_route_rule *self)
{
    const gwapi_http_route_rule *r = self;
    (void)env;
    return !filters_exists_one(&r->filters, filter_rewrite_prefix) || single_prefix_match(r);
}

bool rule_http_rule_backend_redirect_prefix_single_match(const gw_rule_env *env,
                                                         const gwapi_http_route_rule *self)
{
    const gwapi_http_route_rule *r = self;
    (void)env;
    return !backends_exists_one(&r->backend_refs, filter_redirect_prefix) ||
           single_prefix_match(r);
}

bool rule_http_rule_backend_rewrite_prefix_single_match(const gw_rule_env *env,
                                                        const gwapi_http_route_rule *self)
{
    const gwapi_http_route_rule *r = self;
    (void)env;
    return !backends_exists_one(&r->backend_refs, filter_rewrite_prefix) ||
           single_prefix_match(r);
}

/* ---------------------------------------------------------------------
 * Rule lists
 * ------------------------------------------------------------------- */

/* Sum of matches.size() over the first 16 rules <= 128 (matches is
 * defaulted in HTTPRoute rules; GRPCRoute guards with has()). */
bool rule_http_rules_total_matches(const gw_rule_env *env, const gwapi_http_route_rule_list *self)
{
    const gwapi_http_route_rule_list *l = self;
    size_t total = 0;
    (void)env;
    if (!l->items)
        return true;
    for (size_t i = 0; i < l->count && i < 16; i++)
        total += l->items[i].matches.items ? l->items[i].matches.count : 0;
    return total <= 128;
}

bool rule_grpc_rules_total_matches(const gw_rule_env *env, const gwapi_grpc_route_rule_list *self)
{
    const gwapi_grpc_route_rule_list *l = self;
    size_t total = 0;
    (void)env;
    if (!l->items)
        return true;
    for (size_t i = 0; i < l->count && i < 16; i++)
        total += l->items[i].matches.items ? l->items[i].matches.count : 0;
    return total <= 128;
}

/* Rule name must be unique within the route */
bool rule_http_rules_unique_names(const gw_rule_env *env, const gwapi_http_route_rule_list *self)
{
    (void)env;
    return NAMES_UNIQUE((const gwapi_http_route_rule_list *)self, gwapi_http_route_rule);
}

bool rule_grpc_rules_unique_names(const gw_rule_env *env, const gwapi_grpc_route_rule_list *self)
{
    (void)env;
    return NAMES_UNIQUE((const gwapi_grpc_route_rule_list *)self, gwapi_grpc_route_rule);
}

bool rule_tls_rules_unique_names(const gw_rule_env *env, const gwapi_tls_route_rule_list *self)
{
    (void)env;
    return NAMES_UNIQUE((const gwapi_tls_route_rule_list *)self, gwapi_tls_route_rule);
}

bool rule_tcp_rules_unique_names(const gw_rule_env *env, const gwapi_tcp_route_rule_list *self)
{
    (void)env;
    return NAMES_UNIQUE((const gwapi_tcp_route_rule_list *)self, gwapi_tcp_route_rule);
}

bool rule_udp_rules_unique_names(const gw_rule_env *env, const gwapi_udp_route_rule_list *self)
{
    (void)env;
    return NAMES_UNIQUE((const gwapi_udp_route_rule_list *)self, gwapi_udp_route_rule);
}

/* ---------------------------------------------------------------------
 * HTTPExternalAuthFilter
 * ------------------------------------------------------------------- */

/* self.protocol == 'GRPC' ? has(self.grpc) : true */
bool rule_external_auth_grpc_required(const gw_rule_env *env,
                                      const gwapi_http_external_auth_filter *self)
{
    const gwapi_http_external_auth_filter *a = self;
    (void)env;
    return !rule_streq(a->protocol, "GRPC") || a->grpc;
}

/* has(self.grpc) ? self.protocol == 'GRPC' : true */
bool rule_external_auth_grpc_protocol(const gw_rule_env *env,
                                      const gwapi_http_external_auth_filter *self)
{
    const gwapi_http_external_auth_filter *a = self;
    (void)env;
    return !a->grpc || rule_streq(a->protocol, "GRPC");
}

/* self.protocol == 'HTTP' ? has(self.http) : true */
bool rule_external_auth_http_required(const gw_rule_env *env,
                                      const gwapi_http_external_auth_filter *self)
{
    const gwapi_http_external_auth_filter *a = self;
    (void)env;
    return !rule_streq(a->protocol, "HTTP") || a->http;
}

/* has(self.http) ? self.protocol == 'HTTP' : true */
bool rule_external_auth_http_protocol(const gw_rule_env *env,
                                      const gwapi_http_external_auth_filter *self)
{
    const gwapi_http_external_auth_filter *a = self;
    (void)env;
    return !a->http || rule_streq(a->protocol, "HTTP");
}

/* ---------------------------------------------------------------------
 * SessionPersistence
 * ------------------------------------------------------------------- */

/* !has(self.cookieConfig) || !has(self.cookieConfig.lifetimeType) ||
 * self.cookieConfig.lifetimeType != 'Permanent' || has(self.absoluteTimeout) */
bool rule_session_persistence_permanent_timeout(const gw_rule_env *env,
                                                const gwapi_session_persistence *self)
{
    const gwapi_session_persistence *s = self;
    (void)env;
    return !s->cookie_config || !s->cookie_config->lifetime_type.ptr ||
           !rule_streq(s->cookie_config->lifetime_type, "Permanent") || s->absolute_timeout.ptr;
}

/* !has(self.cookieConfig) || self.type == 'Cookie' (type defaults to Cookie) */
bool rule_session_persistence_cookie_config_type(const gw_rule_env *env,
                                                 const gwapi_session_persistence *self)
{
    const gwapi_session_persistence *s = self;
    (void)env;
    return !s->cookie_config || !s->type.ptr || rule_streq(s->type, "Cookie");
}

/* ---------------------------------------------------------------------
 * GRPCMethodMatch (type defaults to Exact)
 * ------------------------------------------------------------------- */

/* has(self.type) ? has(self.service) || has(self.method) : true */
bool rule_grpc_method_match_service_or_method(const gw_rule_env *env,
                                              const gwapi_grpc_method_match *self)
{
    const gwapi_grpc_method_match *m = self;
    (void)env;
    return !m->type.ptr || m->service.ptr || m->method.ptr;
}

static bool grpc_exact(const gwapi_grpc_method_match *m)
{
    return !m->type.ptr || rule_streq(m->type, "Exact");
}

bool rule_grpc_method_match_service_chars(const gw_rule_env *env,
                                          const gwapi_grpc_method_match *self)
{
    const gwapi_grpc_method_match *m = self;
    if (!grpc_exact(m) || !m->service.ptr)
        return true;
    return rule_matches(env, rx_routes[RX_GRPC_SERVICE], m->service);
}

bool rule_grpc_method_match_method_chars(const gw_rule_env *env,
                                         const gwapi_grpc_method_match *self)
{
    const gwapi_grpc_method_match *m = self;
    if (!grpc_exact(m) || !m->method.ptr)
        return true;
    return rule_matches(env, rx_routes[RX_GRPC_METHOD], m->method);
}

/* ---------------------------------------------------------------------
 * TLSRoute hostnames
 * ------------------------------------------------------------------- */

/* The Kubernetes CEL library's isIP(): netip.ParseAddr, rejecting zones
 * and IPv4-mapped IPv6 addresses. */
static bool cel_is_ip(gwapi_str s)
{
    unsigned char b[16];
    bool zone;
    if (ip_parse_v4(s.ptr, s.len, false, b))
        return true;
    if (!ip_parse_v6(s.ptr, s.len, false, b, &zone) || zone)
        return false;
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return memcmp(b, mapped, sizeof mapped) != 0;
}

/* self.all(h, !isIP(h)) */
bool rule_tls_hostnames_not_ip(const gw_rule_env *env, const gwapi_string_list *self)
{
    const gwapi_string_list *l = self;
    (void)env;
    if (!l->items)
        return true;
    for (size_t i = 0; i < l->count; i++)
        if (l->items[i].ptr && cel_is_ip(l->items[i]))
            return false;
    return true;
}

/* self.all(h, !h.contains('*') ? h.matches(RFC1123) : true) */
bool rule_tls_hostnames_rfc1123(const gw_rule_env *env, const gwapi_string_list *self)
{
    const gwapi_string_list *l = self;
    if (!l->items)
        return true;
    for (size_t i = 0; i < l->count; i++) {
        gwapi_str h = l->items[i];
        if (h.ptr && !cel_contains(h, "*") && !rule_matches(env, rx_routes[RX_RFC1123], h))
            return false;
    }
    return true;
}

/* self.all(h, h.contains('*') ?
 *   (h.startsWith('*.') && h.substring(2).matches(RFC1123)) : true) */
bool rule_tls_hostnames_wildcard(const gw_rule_env *env, const gwapi_string_list *self)
{
    const gwapi_string_list *l = self;
    if (!l->items)
        return true;
    for (size_t i = 0; i < l->count; i++) {
        gwapi_str h = l->items[i];
        if (!cel_contains(h, "*"))
            continue;
        gwapi_str rest = { h.ptr + 2, h.len - 2 };
        if (!cel_starts_with(h, "*.") || !rule_matches(env, rx_routes[RX_RFC1123], rest))
            return false;
    }
    return true;
}
