/* The object model resolution reads: the valid objects of a result per kind
 * in input order, an identity index on (group, kind, namespace, name),
 * Namespace labels, one label-selector matcher, and uniform read-only views
 * of what differs only by kind (route parentRefs, listeners, policy
 * targets). Built once from a result; never iterated in hash order. */
#ifndef GWAPI_MODEL_H
#define GWAPI_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <gwapi/result.h>
#include <gwapi/resources.h>
#include "../util/arena.h"

/* The five route kinds, in the order status and the IR list them. */
typedef enum gw_route_kind {
    GW_ROUTE_HTTP = 0,
    GW_ROUTE_GRPC,
    GW_ROUTE_TLS,
    GW_ROUTE_TCP,
    GW_ROUTE_UDP,
    GW_ROUTE_KIND_COUNT
} gw_route_kind;

/* One object of the input as the model holds it. */
typedef struct gw_obj {
    const gwapi_object *obj;   /* owned by the result */
    gwapi_kind kind;
    const char *group;         /* "" for the core group */
    const char *ns;            /* NULL for cluster-scoped kinds */
    const char *name;
    size_t input_index;        /* position in the result's object list */
    /* metadata.creationTimestamp in Unix seconds; objects without one sort
     * after every object that has one, then by input order (see
     * gw_obj_older). */
    bool has_creation_time;
    int64_t creation_time;
    int64_t generation;        /* metadata.generation, 0 when absent */
    /* Diagnostics of the result that name this object (indices). */
    const size_t *diags;
    size_t diag_count;
} gw_obj;

/* The identity index: a keyed (SipHash-style, fixed key) open-addressing
 * table; lookups only, never iterated. */
typedef struct gw_ident_index {
    const gw_obj **slots;
    uint64_t *hashes;
    size_t cap;   /* power of two */
    size_t count;
} gw_ident_index;

/* A uniform view of one parentRef of any route kind. */
typedef struct gw_parent_ref_view {
    const char *group;        /* defaulted: gateway.networking.k8s.io */
    const char *kind;         /* defaulted: Gateway */
    const char *ns;           /* defaulted: the route's namespace */
    const char *name;
    const char *section_name; /* NULL when absent */
    bool has_port;
    int64_t port;
    const gwapi_parent_reference *ref; /* as written */
} gw_parent_ref_view;

/* A uniform view of one listener of a Gateway or a ListenerSet. */
typedef struct gw_listener_view {
    const char *name;
    const char *hostname;     /* NULL when absent */
    const char *protocol;
    int64_t port;             /* 0 when absent */
    const gwapi_allowed_routes *allowed_routes;
    const gwapi_listener_tls_config *tls;
} gw_listener_view;

/* A uniform view of one policy target (targetRef, one of targetRefs, or a
 * targetSelector). */
typedef struct gw_target_view {
    const char *group;
    const char *kind;
    const char *name;          /* NULL for selectors */
    const char *section_name;  /* NULL when absent */
    const gwapi_label_selector *selector; /* matchLabels/matchExpressions shape */
} gw_target_view;

typedef struct gw_obj_list {
    const gw_obj **items;
    size_t count;
} gw_obj_list;

typedef struct gw_model {
    arena *a;
    const gwapi_result *result;
    gw_obj *objs;              /* every object with a typed struct, input order */
    size_t obj_count;
    /* Per kind in input order; of two objects with one identity only the
     * later is listed (at its own position). */
    gw_obj_list by_kind[GWAPI_KIND_COUNT];
    gw_ident_index ident;
} gw_model;

/* Builds the model of the result's valid objects. Duplicate identities get a
 * warning in *diags naming both positions; the later document wins.
 * Returns false on allocation failure. */
bool gw_model_build(gw_model *m, arena *a, const gwapi_result *result);

/* The object with this identity, or NULL. group "" is the core group; ns is
 * ignored (pass NULL) for cluster-scoped kinds. */
const gw_obj *gw_model_find(const gw_model *m, const char *group, const char *kind,
                            const char *ns, const char *name);
const gw_obj *gw_model_find_kind(const gw_model *m, gwapi_kind kind,
                                 const char *ns, const char *name);

/* The labels of Namespace ns; NULL when the input has no such Namespace. */
const gwapi_string_map *gw_model_namespace_labels(const gw_model *m, const char *ns);

/* Does the selector (matchLabels + matchExpressions In/NotIn/Exists/
 * DoesNotExist) select an object with these labels? A NULL selector selects
 * nothing; an empty one selects everything. An unknown operator selects
 * nothing. */
bool gw_selector_matches(const gwapi_label_selector *sel, const gwapi_string_map *labels);

/* Oldest first: creation time, then namespace/name (the tie-break the
 * Gateway API specs give). Objects without creationTimestamp are treated as
 * created at the same instant, so they order by namespace/name. */
int gw_obj_older(const gw_obj *x, const gw_obj *y);

/* Route views. */
bool gw_route_kind_of(gwapi_kind kind, gw_route_kind *out);
gwapi_kind gw_route_kind_gwapi(gw_route_kind rk);
const char *gw_route_kind_name(gw_route_kind rk);
/* The spec.parentRefs of a route object of any of the five kinds. */
size_t gw_route_parent_count(const gw_obj *route);
gw_parent_ref_view gw_route_parent(const gw_obj *route, size_t i);
/* spec.hostnames (empty for TCPRoute / UDPRoute). */
gwapi_string_list gw_route_hostnames(const gw_obj *route);

/* Listener views: spec.listeners of a Gateway or a ListenerSet. */
size_t gw_listener_count(const gw_obj *owner);
gw_listener_view gw_listener_at(const gw_obj *owner, size_t i);

/* Policy target views (BackendTLSPolicy, XBackendTrafficPolicy and the
 * Envoy Gateway policies): targetRef, then targetRefs, then
 * targetSelectors, in that order. */
size_t gw_policy_target_count(const gw_obj *policy);
gw_target_view gw_policy_target(const gw_obj *policy, size_t i);

#endif
