/* The resolved graph: what attaches where, what every reference resolves to,
 * and the conditions each object gets. Produced by gw_resolve() from the
 * model; read by the status writer (lib/resolve/status.c) and by the IR
 * lowering (lib/ir). Everything lives in the arena passed to gw_resolve and
 * points into the model and the result. Stable: extend by adding fields. */
#ifndef GWAPI_RESOLVE_GRAPH_H
#define GWAPI_RESOLVE_GRAPH_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "../model/model.h"

/* ---- conditions ------------------------------------------------------- */

typedef enum gw_cond_status {
    GW_COND_TRUE = 0,
    GW_COND_FALSE,
    GW_COND_UNKNOWN
} gw_cond_status;

/* One metav1.Condition; type/reason/message are static or arena strings. */
typedef struct gw_condition {
    const char *type;
    gw_cond_status status;
    const char *reason;
    const char *message;
    int64_t observed_generation;
} gw_condition;

/* Conditions in the order they are written to status. */
typedef struct gw_conditions {
    gw_condition *items;
    size_t count;
} gw_conditions;

/* ---- protocols and kinds ---------------------------------------------- */

typedef enum gw_protocol {
    GW_PROTO_HTTP = 0,
    GW_PROTO_HTTPS,
    GW_PROTO_TLS,
    GW_PROTO_TCP,
    GW_PROTO_UDP,
    GW_PROTO_OTHER          /* anything else: UnsupportedProtocol */
} gw_protocol;

/* A set of gw_route_kind values (bit 1u << kind). */
typedef unsigned gw_route_kind_set;

/* ---- classes, gateways, listeners ------------------------------------- */

typedef struct gw_gateway_class {
    const gw_obj *obj;
    const gwapi_gateway_class *spec;
    bool managed;            /* controllerName equals the option (or none set) */
    bool accepted;
    gw_conditions conditions;
} gw_gateway_class;

struct gw_gateway;
struct gw_listener_set;
struct gw_route;
struct gw_parent;

/* A TLS certificate reference of a listener, resolved. */
typedef struct gw_cert_ref {
    const gwapi_secret_object_reference *ref;  /* as written */
    const char *ns;          /* defaulted to the listener owner's namespace */
    const char *name;
    const gw_obj *secret;    /* the Secret, NULL when not resolved */
    bool resolved;
    const char *reason;      /* when not resolved: InvalidCertificateRef, RefNotPermitted, ... */
    const char *message;
    bool data_error;         /* the Secret was found but its contents are unusable */
    /* An SDS reference Secret (gateway.envoyproxy.io/sds): the data plane
     * fetches sds_secret_name from the SDS server at sds_url (unix://). */
    bool sds;
    const char *sds_url;
    const char *sds_secret_name;
    /* The certificate's subjectAltName DNS names (overlap check). */
    const char *const *dns_names;
    size_t dns_name_count;
} gw_cert_ref;

/* One route attached to a listener (for walking from listeners to routes). */
typedef struct gw_listener_route {
    const struct gw_route *route;
    size_t parent_index;     /* which of route->parents */
} gw_listener_route;

/* A listener of a Gateway, its own or merged from a ListenerSet. */
typedef struct gw_listener {
    const struct gw_gateway *gateway;
    const struct gw_listener_set *listener_set; /* NULL for the Gateway's own */
    size_t index;            /* in its owner's spec.listeners */
    gw_listener_view spec;   /* name, hostname, protocol, port, allowedRoutes, tls */
    gw_protocol protocol;
    const char *tls_mode;    /* "Terminate" / "Passthrough" / NULL */
    gw_cert_ref *certs;
    size_t cert_count;
    gw_route_kind_set supported_kinds;  /* after allowedRoutes.kinds filtering */
    /* supportedKinds for status, in written order (group, kind). */
    const char *const *supported_kind_names;
    const char *const *supported_kind_groups;
    size_t supported_kind_count;
    bool accepted;           /* usable at all (Accepted=True) */
    bool programmed;         /* Programmed=True */
    bool conflicted;         /* Conflicted=True (hostname or protocol) */
    bool resolved_refs;      /* ResolvedRefs=True */
    /* Why the listener is not programmed although accepted (TLS settings,
     * ...); NULL when nothing is wrong. */
    const char *invalid_reason;
    const char *invalid_message;
    const char *conflict_reason;   /* HostnameConflict / ProtocolConflict */
    const char *conflict_message;
    const char *overlap_reason;    /* OverlappingTLSConfig: OverlappingHostnames */
    const char *overlap_message;
    size_t attached_routes;  /* status.listeners[].attachedRoutes */
    gw_listener_route *routes;  /* routes attached here, route input order */
    size_t route_count;
    gw_conditions conditions;
} gw_listener;

typedef struct gw_gateway {
    const gw_obj *obj;
    const gwapi_gateway *spec;
    const gw_gateway_class *gateway_class;  /* NULL when the class is absent */
    bool managed;            /* its class is managed: it gets status */
    /* The Gateway's own listeners in spec order, then the listeners of its
     * accepted ListenerSets in GEP-1713 order (creation time, then
     * namespace/name), each set's listeners in spec order. */
    gw_listener *listeners;
    size_t listener_count;
    size_t own_listener_count;  /* listeners[0..own) are spec.listeners */
    bool accepted;
    bool programmed;
    /* Refused before its listeners were processed (addresses): Accepted
     * False alone, no listener status, nothing attaches. */
    bool refused;
    /* spec.tls.backend.clientCertificateRef unusable: ResolvedRefs False
     * with this reason (InvalidClientCertificateRef, RefNotPermitted). */
    const char *client_cert_reason;
    const char *client_cert_message;
    gw_conditions conditions;
    /* status.addresses as written (type, value). */
    const gwapi_gateway_spec_address *addresses;
    size_t address_count;
} gw_gateway;

typedef struct gw_listener_set {
    const gw_obj *obj;
    const gwapi_listener_set *spec;
    const gw_gateway *gateway;  /* the parent, NULL when not found / not managed */
    bool accepted;
    bool programmed;
    gw_listener **listeners;    /* into gateway->listeners, spec order */
    size_t listener_count;
    gw_conditions conditions;
} gw_listener_set;

/* ---- backends ---------------------------------------------------------- */

typedef enum gw_backend_kind {
    GW_BACKEND_NONE = 0,     /* not resolved */
    GW_BACKEND_SERVICE,
    GW_BACKEND_SERVICE_IMPORT,
    GW_BACKEND_EG_BACKEND    /* gateway.envoyproxy.io Backend */
} gw_backend_kind;

typedef struct gw_endpoint {
    const char *address;     /* IP or hostname (Backend FQDN), or unix socket path */
    int64_t port;
    bool ready;
    const char *zone;        /* NULL when absent */
} gw_endpoint;

struct gw_backend_tls_policy;

/* One backendRef of a route rule, resolved. */
typedef struct gw_backend {
    size_t index;            /* in the rule's backendRefs */
    const char *group;       /* defaulted: "" */
    const char *kind;        /* defaulted: Service */
    const char *ns;          /* defaulted: the route's namespace */
    const char *name;
    bool has_port;
    int64_t port;            /* as written */
    uint32_t weight;         /* defaulted: 1 */
    const gwapi_value *src;  /* the backendRef as written */
    gw_backend_kind target_kind;
    const gw_obj *target;    /* the Service / ServiceImport / Backend */
    const gwapi_service_port *service_port;          /* Service: the matched port */
    const gwapi_service_import_port *import_port;    /* ServiceImport: the matched port */
    const char *app_protocol;   /* of the matched port, NULL when absent */
    int64_t target_port;     /* the port traffic is sent to on endpoints */
    gw_endpoint *endpoints;  /* ready endpoints, EndpointSlice then endpoint order */
    size_t endpoint_count;
    size_t ready_endpoint_count;
    bool resolved;           /* target found, allowed, port valid */
    const char *reason;      /* when not: BackendNotFound, RefNotPermitted, InvalidKind, PortNotFound, UnsupportedProtocol, ... */
    const char *message;
    const struct gw_backend_tls_policy *tls_policy;  /* attached BackendTLSPolicy */
} gw_backend;

/* ---- routes ------------------------------------------------------------ */

typedef struct gw_route_rule {
    size_t index;            /* in spec.rules */
    const char *name;        /* NULL when absent */
    const void *spec;        /* gwapi_http_route_rule / gwapi_grpc_route_rule / gwapi_{tls,tcp,udp}_route_rule */
    gw_backend *backends;
    size_t backend_count;
    bool dropped;            /* invalid rule left out (PartiallyInvalid) */
    const char *drop_message;
    const char *drop_reason; /* UnsupportedValue / IncompatibleFilters */
    bool detaches;           /* dropped so that, with no rule left, the route binds to no listener */
    /* A filter reference that does not resolve (the rule is kept; the
     * route's ResolvedRefs is False with this reason and message). */
    const char *unresolved_reason;
    const char *unresolved_message;
    bool path_regex_host;    /* an HTTPRouteFilter rewrites the host from the path */
    /* RequestMirror filters of the rule, resolved like backendRefs (in
     * filter order; weight unused). */
    gw_backend *mirrors;
    size_t mirror_count;
} gw_route_rule;

/* One listener a parentRef attached to, with the hostnames the route
 * serves there: the intersection of route and listener hostnames (the
 * more specific of two matching names), or the listener's hostname
 * (or none = any) when the route has no hostnames. */
typedef struct gw_attachment {
    const gw_listener *listener;
    const char *const *hostnames;
    size_t hostname_count;   /* 0 with any_hostname: matches every host */
    bool any_hostname;
} gw_attachment;

/* One spec.parentRefs entry of a route and what became of it. The
 * attachments are the listeners it bound to (each counts the route in
 * attachedRoutes); the route serves traffic there only when accepted (a
 * route whose every rule is dropped is bound but not accepted). */
typedef struct gw_parent {
    size_t index;            /* in spec.parentRefs */
    gw_parent_ref_view ref;
    const gw_gateway *gateway;          /* NULL when not found or not managed */
    const gw_listener_set *listener_set; /* when the parentRef names a ListenerSet */
    bool managed;            /* this controller writes this parent's status */
    gw_attachment *attachments;
    size_t attachment_count;
    bool accepted;
    gw_conditions conditions;
} gw_parent;

typedef struct gw_route {
    const gw_obj *obj;
    gw_route_kind kind;
    const void *spec;        /* gwapi_http_route / gwapi_grpc_route / ... */
    gwapi_string_list hostnames;
    gw_parent *parents;
    size_t parent_count;
    gw_route_rule *rules;
    size_t rule_count;
    bool resolved_refs;      /* every backendRef of kept rules resolved */
    bool partially_invalid;  /* some rules dropped */
} gw_route;

/* ---- BackendTLSPolicy -------------------------------------------------- */

typedef struct gw_policy_ancestor {
    /* The ancestor the status entry is for (a Gateway a route attached the
     * target to); kind/namespace/name/sectionName as written to status. */
    const char *group;
    const char *kind;
    const char *ns;
    const char *name;
    const char *section_name;
    gw_conditions conditions;
} gw_policy_ancestor;

typedef struct gw_backend_tls_policy {
    const gw_obj *obj;
    const gwapi_backend_tls_policy *spec;
    bool accepted;
    bool resolved_refs;
    bool conflicted;         /* an older policy has the same target */
    const char *invalid_reason;   /* caCertificateRefs problem, or NULL */
    const char *invalid_message;
    const gw_obj **ca_certificates;   /* resolved caCertificateRefs */
    size_t ca_certificate_count;
    gw_policy_ancestor *ancestors;
    size_t ancestor_count;
} gw_backend_tls_policy;

/* ---- Envoy Gateway policies (attachment only) --------------------------- */


/* ---- the graph --------------------------------------------------------- */

typedef struct gw_resolve_options {
    /* Manage GatewayClasses with this controllerName; NULL manages all. */
    const char *controller_name;
    /* Leave the Envoy Gateway policies out (graph.policies stays empty);
     * for measuring the policy pass alone. */
    bool skip_policies;
    /* Compare the listeners of every port pair by pair, never through the
     * name index (for the tests that check both give the same outcome). */
    bool pairwise_listeners;
    /* The instant (Unix seconds) certificate and CRL dates are checked
     * against; 0: dates are not checked. Resolution never reads a clock. */
    int64_t now;
} gw_resolve_options;

typedef struct gw_graph {
    const gw_model *model;
    gw_gateway_class *classes;  size_t class_count;      /* input order */
    gw_gateway *gateways;       size_t gateway_count;    /* input order */
    gw_listener_set *listener_sets; size_t listener_set_count;
    gw_route *routes;           size_t route_count;      /* input order, all kinds */
    gw_backend_tls_policy *backend_tls_policies; size_t backend_tls_policy_count;
    gw_notes notes;             /* diagnostics resolution adds */
    /* Envoy Gateway policies resolved (lib/resolve/policy.h). */
    const struct gw_policy_set *policies;
} gw_graph;

/* Resolves the model. Everything is allocated in a; false on allocation
 * failure (a->failed set). */
bool gw_resolve(gw_graph *g, arena *a, const gw_model *m, const gw_resolve_options *opt);

/* The gateway with this namespace/name, or NULL. */
const gw_gateway *gw_graph_gateway(const gw_graph *g, const char *ns, const char *name);

#endif
