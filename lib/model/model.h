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

/* The model and the graph hold strings as C strings: the ptr of the typed
 * model's gwapi_str, which is NUL-terminated (NULL when absent). What
 * resolution compares are Kubernetes names and references, which cannot
 * hold a NUL; an invalid object whose name does compares by its bytes up to
 * the first NUL. */
static inline const char *gw_c(gwapi_str s)
{
    return s.ptr;
}

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
    /* obj->meta, or (when metadata did not decode) the identity read from
     * the document itself; never NULL. */
    const gwapi_object_meta *meta;
    gwapi_kind kind;
    const char *group;         /* "" for the core group */
    const char *ns;            /* NULL for cluster-scoped kinds */
    const char *name;
    size_t input_index;        /* position in the result's object list */
    /* metadata.creationTimestamp in Unix seconds. Without one an object
     * counts as created at the zero time (as Go's zero metav1.Time), so it
     * is older than any timestamped object; see gw_obj_older. */
    bool has_creation_time;
    int64_t creation_time;
    /* metadata.generation; 1 when absent, as the API server sets it on
     * create (observedGeneration in status). */
    int64_t generation;
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

/* Every selector shape (Gateway API's LabelSelector, Envoy Gateway's
 * targetSelectors) seen as matchLabels + matchExpressions. */
typedef struct gw_selector {
    const gwapi_string_map *match_labels;                          /* may be NULL */
    const gwapi_label_selector_requirement_list *match_expressions; /* may be NULL */
} gw_selector;

/* A uniform view of one policy target (targetRef, one of targetRefs, or a
 * targetSelector). */
typedef struct gw_target_view {
    const char *group;
    const char *kind;
    const char *name;          /* NULL for selectors */
    const char *section_name;  /* NULL when absent */
    bool is_selector;
    gw_selector selector;      /* when is_selector */
    const gwapi_target_selector_namespaces *selector_namespaces; /* EG: which namespaces */
} gw_target_view;

/* A diagnostic the model or resolution adds (duplicate identities,
 * objects not managed, dropped rules, ...); the caller turns them into
 * gwapi_diag entries. */
typedef struct gw_note {
    const struct gw_obj *obj;
    gwapi_severity severity;
    const char *path;        /* "" for the whole object */
    const char *message;
} gw_note;

typedef struct gw_notes {
    gw_note *items;
    size_t count;
    size_t cap;
} gw_notes;

/* Appends a note (message formatted into the arena); false on allocation
 * failure. */
bool gw_notes_add(gw_notes *n, arena *a, const struct gw_obj *obj, gwapi_severity sev,
                  const char *path, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

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
    gw_notes notes;            /* duplicate identities */
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
 * DoesNotExist) select an object with these labels (NULL: none)? A
 * selector with both parts NULL selects nothing (metav1 "Nothing"); an
 * empty one selects everything. An unknown operator selects nothing. */
bool gw_selector_matches(gw_selector sel, const gwapi_string_map *labels);
/* Is the selector well-formed as apimachinery requires (In / NotIn with
 * values, Exists / DoesNotExist without, no other operator)? When not, *why
 * says what is wrong. */
bool gw_selector_valid(gw_selector sel, const char **why);
/* The view of a Gateway API LabelSelector; NULL gives a selector that
 * selects nothing (see gw_selector_matches). */
gw_selector gw_label_selector(const gwapi_label_selector *sel);

/* Oldest first: creation time, then namespace/name (the tie-break the
 * Gateway API specs give). Objects without creationTimestamp count as
 * created at time zero, so among themselves they order by namespace/name. */
int gw_obj_older(const gw_obj *x, const gw_obj *y);

/* The identity index itself (ident.c): put returns the object it replaced
 * (same identity), or NULL. */
bool gw_ident_init(gw_ident_index *ix, arena *a, size_t expected);
const gw_obj *gw_ident_put(gw_ident_index *ix, const gw_obj *o);
const gw_obj *gw_ident_get(const gw_ident_index *ix, const char *group, const char *kind,
                           const char *ns, const char *name);

/* Expands F(route type, rule type) as the case of each route kind, for
 * the one switch over kinds that differ only in their types. */
#define GW_PER_ROUTE_KIND(kind, F)                                             \
    switch (kind) {                                                            \
    case GWAPI_KIND_HTTP_ROUTE: F(gwapi_http_route, gwapi_http_route_rule)     \
    case GWAPI_KIND_GRPC_ROUTE: F(gwapi_grpc_route, gwapi_grpc_route_rule)     \
    case GWAPI_KIND_TLS_ROUTE: F(gwapi_tls_route, gwapi_tls_route_rule)        \
    case GWAPI_KIND_TCP_ROUTE: F(gwapi_tcp_route, gwapi_tcp_route_rule)        \
    case GWAPI_KIND_UDP_ROUTE: F(gwapi_udp_route, gwapi_udp_route_rule)        \
    default: break;                                                            \
    }

/* Route views. */
bool gw_route_kind_of(gwapi_kind kind, gw_route_kind *out);
gwapi_kind gw_route_kind_gwapi(gw_route_kind rk);
const char *gw_route_kind_name(gw_route_kind rk);
/* The spec.parentRefs of a route object of any of the five kinds. */
size_t gw_route_parent_count(const gw_obj *route);
gw_parent_ref_view gw_route_parent(const gw_obj *route, size_t i);
/* spec.hostnames (empty for TCPRoute / UDPRoute). */
gwapi_string_list gw_route_hostnames(const gw_obj *route);
/* spec.rules: how many, and rule i as the kind's rule struct (name set to
 * its name, NULL when absent). */
size_t gw_route_rule_count(const gw_obj *route);
const void *gw_route_rule_at(const gw_obj *route, size_t i, const char **name);

/* Listener views: spec.listeners of a Gateway or a ListenerSet. */
size_t gw_listener_count(const gw_obj *owner);
gw_listener_view gw_listener_at(const gw_obj *owner, size_t i);

/* Policy target views (BackendTLSPolicy, XBackendTrafficPolicy and the
 * Envoy Gateway policies): targetRef, then targetRefs, then
 * targetSelectors, in that order. */
size_t gw_policy_target_count(const gw_obj *policy);
gw_target_view gw_policy_target(const gw_obj *policy, size_t i);

#endif
