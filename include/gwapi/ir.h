/* The neutral intermediate representation (IR): what a data plane must do
 * once a set of Gateway API resources is translated. Gateways -> listeners
 * -> virtual hosts -> HTTP routes in match order, and TLS/TCP/UDP routes.
 * Every node carries its provenance (gwapi_ir_source) and a stable id.
 * All of it is owned by the result that holds it (gwapi_result_ir) and
 * valid until gwapi_result_free. docs/ir.md explains every field. */
#ifndef GWAPI_IR_H
#define GWAPI_IR_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "export.h"
#include "types.h"
#include "envoy_gateway.h"

GWAPI_BEGIN_DECLS

/* Which object made a node. rule, match and index are -1 when they do not
 * apply; section is the listener name for listener nodes, else NULL. */
typedef struct gwapi_ir_source {
    const char *kind;      /* "Gateway", "ListenerSet", "HTTPRoute", ... */
    const char *ns;
    const char *name;
    const char *section;
    int32_t rule;          /* index in spec.rules */
    int32_t match;         /* index of the match (see docs/ir.md for HTTPRouteFilter matches) */
    int32_t index;         /* backendRef or filter index within the rule */
} gwapi_ir_source;

/* A reference to an object by identity. */
typedef struct gwapi_ir_object_ref {
    const char *kind;
    const char *ns;
    const char *name;
} gwapi_ir_object_ref;
typedef struct gwapi_ir_object_ref_list {
    const gwapi_ir_object_ref *items;
    size_t count;
} gwapi_ir_object_ref_list;

/* A policy as it applies to an IR node: the policy object and the scope
 * of the target through which it applies ("RouteRule", "Route",
 * "ListenerSetListener", "ListenerSet", "Listener", "Gateway"). */
typedef struct gwapi_ir_policy_ref {
    gwapi_ir_object_ref policy;
    const char *scope;
} gwapi_ir_policy_ref;
typedef struct gwapi_ir_policy_ref_list {
    const gwapi_ir_policy_ref *items;
    size_t count;
} gwapi_ir_policy_ref_list;

/* How the settings of one policy kind came to apply to a node. */
typedef struct gwapi_ir_policy_provenance {
    gwapi_ir_policy_ref winner;             /* the most specific policy of the kind */
    /* mergeType: the parent policy whose spec the winner's was merged
     * into, and "StrategicMerge" / "JSONMerge"; NULL when not merged. */
    const gwapi_ir_policy_ref *merged_with;
    const char *merge_type;
    /* The less specific policies of the kind on this node's way that the
     * winner shadows, most specific first (merged_with excluded). */
    gwapi_ir_policy_ref_list overridden;
    /* Policies of the kind that targeted the winner's target and lost it
     * (Accepted=False Conflicted), oldest first. */
    gwapi_ir_policy_ref_list rejected;
    /* The winner did not translate (Accepted=False Invalid): its message;
     * the settings are then NULL and HTTP entries answer 500, unless
     * fail_open is set. */
    const char *invalid;
    /* With invalid: an EnvoyExtensionPolicy whose failing extensions all
     * have failOpen; the settings are its spec without them and traffic
     * flows. */
    bool fail_open;
} gwapi_ir_policy_provenance;

/* The resolved settings of each Envoy Gateway policy kind: the winner's
 * spec, decoded with the CRD defaults (include/gwapi/envoy_gateway.h), or
 * when merged the merged spec decoded the same way. */
typedef struct gwapi_ir_client_policy {
    const gwapi_client_traffic_policy_spec *settings;
    gwapi_ir_policy_provenance provenance;
} gwapi_ir_client_policy;
typedef struct gwapi_ir_traffic_policy {
    const gwapi_backend_traffic_policy_spec *settings;
    gwapi_ir_policy_provenance provenance;
} gwapi_ir_traffic_policy;
typedef struct gwapi_ir_security_policy {
    const gwapi_security_policy_spec *settings;
    gwapi_ir_policy_provenance provenance;
} gwapi_ir_security_policy;
typedef struct gwapi_ir_extension_policy {
    const gwapi_envoy_extension_policy_spec *settings;
    gwapi_ir_policy_provenance provenance;
} gwapi_ir_extension_policy;

/* The route-level policy settings of an HTTP or L4 route entry; each NULL
 * when no policy of the kind applies. */
typedef struct gwapi_ir_route_policies {
    const gwapi_ir_traffic_policy *traffic;      /* BackendTrafficPolicy */
    const gwapi_ir_security_policy *security;    /* SecurityPolicy */
    const gwapi_ir_extension_policy *extension;  /* EnvoyExtensionPolicy */
} gwapi_ir_route_policies;

/* One accepted EnvoyPatchPolicy of a Gateway: data-plane specific patches
 * carried as written (opaque to gwapi). */
typedef struct gwapi_ir_patch {
    gwapi_ir_object_ref policy;
    const char *type;              /* spec.type, e.g. "JSONPatch" */
    int64_t priority;              /* spec.priority (0 when unset) */
    gwapi_envoy_json_patch_config_list json_patches;
} gwapi_ir_patch;
typedef struct gwapi_ir_patch_list {
    const gwapi_ir_patch *items;
    size_t count;
} gwapi_ir_patch_list;

typedef enum gwapi_ir_path_type {
    GWAPI_IR_PATH_PREFIX = 0,
    GWAPI_IR_PATH_EXACT = 1,
    GWAPI_IR_PATH_REGEX = 2
} gwapi_ir_path_type;

typedef enum gwapi_ir_match_type {
    GWAPI_IR_MATCH_EXACT = 0,
    GWAPI_IR_MATCH_REGEX = 1
} gwapi_ir_match_type;

typedef struct gwapi_ir_path_match {
    gwapi_ir_path_type type;
    const char *value;
} gwapi_ir_path_match;

/* A header, query parameter or cookie condition. */
typedef struct gwapi_ir_string_match {
    const char *name;      /* header names lower-case; query and cookie names as written */
    gwapi_ir_match_type type;
    const char *value;
    bool invert;           /* matches when the condition does not hold */
} gwapi_ir_string_match;
typedef struct gwapi_ir_string_match_list {
    const gwapi_ir_string_match *items;
    size_t count;
} gwapi_ir_string_match_list;

/* A GRPCRoute method match as written; NULL side = any. */
typedef struct gwapi_ir_grpc_method {
    gwapi_ir_match_type type;
    const char *service;
    const char *method;
} gwapi_ir_grpc_method;

typedef struct gwapi_ir_match {
    /* The request path to match. For a GRPCRoute, the path its method
     * match implies (docs/ir.md); grpc_method keeps the match as written. */
    gwapi_ir_path_match path;
    const char *method;                    /* HTTP method, or NULL */
    const gwapi_ir_grpc_method *grpc_method;  /* GRPCRoute only; NULL = any */
    gwapi_ir_string_match_list headers;    /* sorted by (name, type, value) */
    gwapi_ir_string_match_list query;
    gwapi_ir_string_match_list cookies;
} gwapi_ir_match;

typedef struct gwapi_ir_header {
    const char *name;
    const char *value;
} gwapi_ir_header;
typedef struct gwapi_ir_header_list {
    const gwapi_ir_header *items;
    size_t count;
} gwapi_ir_header_list;

/* Header changes: set replaces, add appends, remove deletes. */
typedef struct gwapi_ir_header_mods {
    gwapi_ir_header_list set;
    gwapi_ir_header_list add;
    gwapi_string_list remove;
} gwapi_ir_header_mods;

typedef enum gwapi_ir_host_rewrite {
    GWAPI_IR_HOST_KEEP = 0,
    GWAPI_IR_HOST_REPLACE = 1,     /* value */
    GWAPI_IR_HOST_HEADER = 2,      /* from the request header named value */
    GWAPI_IR_HOST_BACKEND = 3,     /* the backend's hostname */
    GWAPI_IR_HOST_PATH_REGEX = 4   /* pattern/substitution over the path */
} gwapi_ir_host_rewrite;

typedef enum gwapi_ir_path_rewrite {
    GWAPI_IR_PATH_KEEP = 0,
    GWAPI_IR_PATH_FULL = 1,        /* ReplaceFullPath: value */
    GWAPI_IR_PATH_PREFIX_MATCH = 2,/* ReplacePrefixMatch: value */
    GWAPI_IR_PATH_REGEX_MATCH = 3  /* ReplaceRegexMatch: pattern/substitution */
} gwapi_ir_path_rewrite;

typedef struct gwapi_ir_rewrite {
    gwapi_ir_host_rewrite host;
    const char *host_value;
    const char *host_pattern;
    const char *host_substitution;
    gwapi_ir_path_rewrite path;
    const char *path_value;
    const char *path_pattern;
    const char *path_substitution;
    gwapi_opt_bool append_x_forwarded_host;
} gwapi_ir_rewrite;

typedef struct gwapi_ir_redirect {
    const char *scheme;            /* NULL = the request's */
    const char *hostname;          /* NULL = the request's */
    gwapi_ir_path_rewrite path;    /* KEEP, FULL or PREFIX_MATCH */
    const char *path_value;
    int32_t port;                  /* always resolved (docs/ir.md) */
    int32_t status_code;
} gwapi_ir_redirect;

typedef struct gwapi_ir_endpoint {
    const char *address;
    int32_t port;
    bool ready;
} gwapi_ir_endpoint;
typedef struct gwapi_ir_endpoint_list {
    const gwapi_ir_endpoint *items;
    size_t count;
} gwapi_ir_endpoint_list;

/* One backendRef. An invalid one stays in the list so that its share of
 * the weight fails (HTTP 500). */
typedef struct gwapi_ir_backend {
    const char *id;                /* stable id */
    gwapi_ir_source src;           /* the route, rule and backendRef index */
    gwapi_ir_object_ref ref;       /* kind defaults to Service, ns to the route's */
    gwapi_opt_int port;            /* Service and ServiceImport only */
    uint32_t weight;
    bool invalid;
    bool dynamic_resolver;         /* a Backend of type DynamicResolver */
    gwapi_ir_endpoint_list endpoints;
    const gwapi_ir_header_mods *request_headers;   /* backendRef filters, or NULL */
    const gwapi_ir_header_mods *response_headers;
    const gwapi_ir_rewrite *rewrite;
} gwapi_ir_backend;
typedef struct gwapi_ir_backend_list {
    const gwapi_ir_backend *items;
    size_t count;
} gwapi_ir_backend_list;

typedef struct gwapi_ir_mirror {
    const char *id;
    gwapi_ir_source src;           /* the route, rule and filter index */
    gwapi_ir_object_ref ref;
    gwapi_opt_int port;
    double percent;                /* 0..100 */
    gwapi_ir_endpoint_list endpoints;
} gwapi_ir_mirror;
typedef struct gwapi_ir_mirror_list {
    const gwapi_ir_mirror *items;
    size_t count;
} gwapi_ir_mirror_list;

typedef enum gwapi_ir_action {
    GWAPI_IR_FORWARD = 0,          /* backends */
    GWAPI_IR_REDIRECT = 1,         /* redirect */
    GWAPI_IR_DIRECT_RESPONSE = 2   /* direct_status */
} gwapi_ir_action;

/* HTTPRoute rule timeouts and retry, as written (Gateway API durations). */
typedef struct gwapi_ir_timeouts {
    const char *request;
    const char *backend_request;
} gwapi_ir_timeouts;
typedef struct gwapi_ir_retry {
    gwapi_opt_int attempts;
    const char *backoff;
    gwapi_int_list codes;
} gwapi_ir_retry;

/* One entry of a virtual host: (route, rule, match) on one hostname. */
typedef struct gwapi_ir_http_route {
    const char *id;                /* stable id: KIND/NS/NAME/rule/R/match/M/HOST */
    gwapi_ir_source src;
    const char *hostname;          /* "*" = any host */
    gwapi_ir_match match;
    gwapi_ir_action action;
    gwapi_ir_backend_list backends;        /* FORWARD */
    const gwapi_ir_redirect *redirect;     /* REDIRECT */
    int32_t direct_status;                 /* DIRECT_RESPONSE */
    const char *direct_reason;             /* why a 500 is answered, or NULL */
    const gwapi_ir_rewrite *rewrite;
    const gwapi_ir_header_mods *request_headers;
    const gwapi_ir_header_mods *response_headers;
    gwapi_ir_mirror_list mirrors;
    const gwapi_ir_timeouts *timeouts;
    const gwapi_ir_retry *retry;
    gwapi_ir_route_policies policies;      /* Envoy Gateway policy settings */
} gwapi_ir_http_route;
typedef struct gwapi_ir_http_route_list {
    const gwapi_ir_http_route *items;
    size_t count;
} gwapi_ir_http_route_list;

/* The routes of one hostname, in first-match-wins order. */
typedef struct gwapi_ir_virtual_host {
    const char *id;                /* LISTENER-ID/HOST */
    gwapi_ir_source src;           /* the listener */
    const char *hostname;
    gwapi_ir_http_route_list routes;
} gwapi_ir_virtual_host;
typedef struct gwapi_ir_virtual_host_list {
    const gwapi_ir_virtual_host *items;
    size_t count;
} gwapi_ir_virtual_host_list;

/* A TLSRoute, TCPRoute or UDPRoute entry. */
typedef struct gwapi_ir_l4_route {
    const char *id;                /* KIND/NS/NAME[/HOST] */
    gwapi_ir_source src;
    const char *hostname;          /* TLS SNI, or NULL */
    gwapi_ir_backend_list backends;
    gwapi_ir_route_policies policies;
} gwapi_ir_l4_route;
typedef struct gwapi_ir_l4_route_list {
    const gwapi_ir_l4_route *items;
    size_t count;
} gwapi_ir_l4_route_list;

typedef enum gwapi_ir_protocol {
    GWAPI_IR_HTTP = 0,
    GWAPI_IR_HTTPS = 1,
    GWAPI_IR_TLS = 2,
    GWAPI_IR_TCP = 3,
    GWAPI_IR_UDP = 4
} gwapi_ir_protocol;

typedef enum gwapi_ir_tls_mode {
    GWAPI_IR_TLS_NONE = 0,
    GWAPI_IR_TLS_TERMINATE = 1,
    GWAPI_IR_TLS_PASSTHROUGH = 2
} gwapi_ir_tls_mode;

/* A listener certificate served through SDS: the Secret (of type
 * gateway.envoyproxy.io/sds) that names it, and what it names: the data
 * plane fetches secret_name from the SDS server listening at url. */
typedef struct gwapi_ir_sds_certificate {
    gwapi_ir_object_ref secret;
    const char *url;               /* unix://PATH */
    const char *secret_name;
} gwapi_ir_sds_certificate;
typedef struct gwapi_ir_sds_certificate_list {
    const gwapi_ir_sds_certificate *items;
    size_t count;
} gwapi_ir_sds_certificate_list;

/* A programmed listener of a Gateway or of a ListenerSet under it. */
typedef struct gwapi_ir_listener {
    const char *id;                /* GWNS/GW/L, or GWNS/GW/LSNS/LS/L */
    gwapi_ir_source src;           /* the Gateway or ListenerSet; section = listener name */
    const char *listener_set;      /* "NS/NAME" of the ListenerSet, or NULL */
    int32_t port;
    gwapi_ir_protocol protocol;
    const char *hostname;          /* NULL = any */
    gwapi_ir_tls_mode tls_mode;
    gwapi_ir_object_ref_list certificate_refs;  /* kubernetes.io/tls Secrets */
    gwapi_ir_virtual_host_list virtual_hosts;  /* HTTP and HTTPS */
    gwapi_ir_l4_route_list l4_routes;          /* TLS, TCP and UDP */
    const gwapi_ir_client_policy *client;      /* ClientTrafficPolicy, or NULL */
    gwapi_ir_sds_certificate_list sds_certificates;  /* certificates fetched through SDS */
} gwapi_ir_listener;
typedef struct gwapi_ir_listener_list {
    const gwapi_ir_listener *items;
    size_t count;
} gwapi_ir_listener_list;

typedef struct gwapi_ir_gateway {
    const char *id;                /* NS/NAME */
    gwapi_ir_source src;
    gwapi_ir_listener_list listeners;   /* sorted by (listener set, listener name) */
    /* Accepted EnvoyPatchPolicies targeting the Gateway, by priority, then
     * oldest, then namespace/name. */
    gwapi_ir_patch_list patches;
} gwapi_ir_gateway;
typedef struct gwapi_ir_gateway_list {
    const gwapi_ir_gateway *items;
    size_t count;
} gwapi_ir_gateway_list;

typedef struct gwapi_ir {
    gwapi_ir_gateway_list gateways;     /* sorted by name */
} gwapi_ir;

/* Static names as the JSON form prints them ("PathPrefix", "Exact", ...). */
GWAPI_EXPORT const char *gwapi_ir_path_type_str(gwapi_ir_path_type t);
GWAPI_EXPORT const char *gwapi_ir_match_type_str(gwapi_ir_match_type t);
GWAPI_EXPORT const char *gwapi_ir_protocol_str(gwapi_ir_protocol p);
GWAPI_EXPORT const char *gwapi_ir_tls_mode_str(gwapi_ir_tls_mode m);

GWAPI_END_DECLS

#endif
