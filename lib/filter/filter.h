/* Route filters processed once, for route status (lib/resolve) and for
 * lowering (lib/ir): which filters of a rule (or of one backendRef) are
 * usable, and what they do. Envoy Gateway's checks and messages; the
 * effects in IR form. Reads only the model and the typed objects. */
#ifndef GWAPI_FILTER_H
#define GWAPI_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/ir.h>
#include <gwapi/resources.h>
#include "../model/model.h"

/* One filter of any route kind (GRPCRoute filters leave the HTTP-only
 * members NULL). */
typedef struct gw_filter_view {
    const char *type;
    const gwapi_local_object_reference *extension_ref;
    const gwapi_http_header_filter *request_header_modifier;
    const gwapi_http_header_filter *response_header_modifier;
    const gwapi_http_request_mirror_filter *request_mirror;
    const gwapi_http_request_redirect_filter *request_redirect;
    const gwapi_http_url_rewrite_filter *url_rewrite;
    const gwapi_http_cors_filter *cors;
    const gwapi_http_external_auth_filter *external_auth;
} gw_filter_view;

typedef struct gw_mirror {
    size_t filter_index;
    gwapi_ir_object_ref ref;       /* kind defaulted to Service, ns to the route's */
    gwapi_opt_int port;
    double percent;
    const gw_obj *target;          /* NULL when not found */
} gw_mirror;

typedef enum gw_filter_scope {
    GW_FILTERS_HTTP_RULE = 0,
    GW_FILTERS_GRPC_RULE,
    GW_FILTERS_BACKEND             /* filters of one backendRef */
} gw_filter_scope;

typedef struct gw_rule_filters {
    /* Set when a filter is unusable: the rule answers 500. reason is the
     * route condition reason (UnsupportedValue, IncompatibleFilters). */
    const char *error_reason;
    const char *error_message;
    bool incompatible;             /* filters that exclude each other */
    /* The problem rejects the rule outright (Accepted=False): it has no
     * entries, rather than entries answering 500. */
    bool rejects_rule;
    const gwapi_ir_redirect *redirect;     /* port unresolved (0) when the filter has none */
    bool direct_response;          /* an HTTPRouteFilter directResponse */
    int32_t direct_status;
    const gwapi_ir_rewrite *rewrite;
    const gwapi_ir_header_mods *request_headers;
    const gwapi_ir_header_mods *response_headers;
    gw_mirror *mirrors;
    size_t mirror_count;
    /* The matches of the rule's HTTPRouteFilter, when one has matches. */
    const gwapi_http_route_match_filter_list *matches;
} gw_rule_filters;

/* Processes filters[0..n) of a rule or backendRef of a route in namespace
 * ns. False only on allocation failure. */
bool gw_filters_process(gw_rule_filters *out, arena *a, const gw_model *m, const char *ns,
                        const gw_filter_view *filters, size_t n, gw_filter_scope scope);

/* Views of the typed filter lists; the array lives in a (NULL on failure). */
gw_filter_view *gw_filter_views_http(arena *a, const gwapi_http_route_rule_filter_list *l);
gw_filter_view *gw_filter_views_grpc(arena *a, const gwapi_grpc_route_filter_list *l);

#endif
