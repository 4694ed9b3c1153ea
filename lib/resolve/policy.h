/* Envoy Gateway's policies resolved: which ClientTrafficPolicy,
 * BackendTrafficPolicy, SecurityPolicy, EnvoyExtensionPolicy and
 * EnvoyPatchPolicy applies to which Gateway, listener, ListenerSet, route
 * and route rule, what each one merged with or was overridden by, and the
 * status.ancestors each gets. Produced by the policy pass of gw_resolve
 * (policy_attach.c); read by the status writer, the IR lowering and
 * `gwapi explain`. Everything lives in the graph's arena. */
#ifndef GWAPI_RESOLVE_POLICY_H
#define GWAPI_RESOLVE_POLICY_H

#include "graph.h"
#include "../util/ptrmap.h"

typedef enum gw_policy_kind {
    GW_POLICY_CTP = 0,   /* ClientTrafficPolicy */
    GW_POLICY_BTP,       /* BackendTrafficPolicy */
    GW_POLICY_SP,        /* SecurityPolicy */
    GW_POLICY_EEP,       /* EnvoyExtensionPolicy */
    GW_POLICY_EPP,       /* EnvoyPatchPolicy */
    GW_POLICY_KIND_COUNT
} gw_policy_kind;

/* What a target is, from the most general to the most specific; a policy
 * on a more specific scope wins over one on a more general scope. */
typedef enum gw_policy_scope {
    GW_SCOPE_GATEWAY = 0,
    GW_SCOPE_LISTENER,          /* a Gateway's own listener (sectionName) */
    GW_SCOPE_LISTENER_SET,
    GW_SCOPE_LISTENER_SET_LISTENER,
    GW_SCOPE_ROUTE,
    GW_SCOPE_ROUTE_RULE,        /* a route rule (sectionName = rule name) */
    GW_SCOPE_GATEWAY_CLASS      /* EnvoyPatchPolicy only */
} gw_policy_scope;

struct gw_policy;

/* One target a policy holds (it won the target against the other policies
 * of its kind). */
typedef struct gw_held_target {
    gw_policy_scope scope;
    const gw_gateway *gateway;            /* the Gateway the target is under */
    const gw_listener *listener;          /* LISTENER, LISTENER_SET_LISTENER */
    const gw_listener_set *listener_set;  /* LISTENER_SET(_LISTENER) */
    const gw_route *route;                /* ROUTE, ROUTE_RULE */
    const gw_route_rule *rule;                  /* ROUTE_RULE */
} gw_held_target;

/* A route policy with mergeType merged with the closest parent policy of
 * its kind, per listener the route is attached to. */
typedef struct gw_policy_merge {
    const gw_listener *listener;
    const struct gw_policy *parent;
} gw_policy_merge;

/* A target the policy asked for and did not get. */
typedef struct gw_policy_loss {
    gw_held_target target;          /* listener / rule NULL when not found */
    const char *section;            /* the sectionName asked for */
    const struct gw_policy *holder; /* who holds it; NULL for TargetNotFound */
    const char *reason;             /* "Conflicted" / "TargetNotFound" */
} gw_policy_loss;

typedef struct gw_policy {
    const gw_obj *obj;
    gw_policy_kind kind;
    const char *merge_type;       /* "StrategicMerge" / "JSONMerge" / NULL */
    /* The targets this policy won, in the order it was attached to them. */
    gw_held_target *targets;
    size_t target_count, target_cap;
    gw_policy_merge *merges;
    size_t merge_count, merge_cap;
    gw_policy_loss *losses;
    size_t loss_count, loss_cap;
    /* Translation found an invalid setting (Accepted=False Invalid): the
     * targets it holds get an error (a 500 direct response for routes). */
    bool invalid;
    const char *invalid_message;
    /* EnvoyExtensionPolicy whose failing extensions all have failOpen:
     * the spec without them, that its targets run with instead. */
    const gwapi_envoy_extension_policy_spec *fail_open_spec;
    /* status.ancestors in the order they were first written; at most 16
     * are kept (pol_truncate). */
    gw_policy_ancestor *ancestors;
    size_t ancestor_count, ancestor_cap;
    bool truncated;   /* the ancestors were cut to 16 after a scope pass */
} gw_policy;

/* Every Envoy Gateway policy of the input, in input order, plus the
 * winner of each target per kind. */
typedef struct gw_policy_set {
    gw_policy *items;
    size_t count;
    /* Per kind: target (gw_gateway / gw_listener / gw_listener_set /
     * gw_route / gw_route_rule address) -> the gw_policy that holds it. */
    ptrmap winners[GW_POLICY_KIND_COUNT];
} gw_policy_set;

/* The policy of kind k that holds this target (a gw_gateway, gw_listener,
 * gw_listener_set, gw_route or gw_route_rule address), or NULL. */
const gw_policy *gw_policy_on(const gw_policy_set *s, gw_policy_kind k, const void *target);

/* The policy of kind k that applies to traffic of route rule `rule` of
 * `route` arriving on listener l (the most specific one: rule, route,
 * ListenerSet listener, ListenerSet, Gateway listener, Gateway), or NULL.
 * *merged_parent (may be NULL) gets the parent policy it merged with. */
const gw_policy *gw_policy_effective(const gw_policy_set *s, gw_policy_kind k, const gw_route *route,
                                     const gw_route_rule *rule, const gw_listener *l,
                                     const gw_policy **merged_parent);

/* The ClientTrafficPolicy that applies to a listener (listener, then its
 * ListenerSet, then its Gateway), or NULL. */
const gw_policy *gw_policy_client(const gw_policy_set *s, const gw_listener *l);

/* The spec a route policy translates with: with mergeType and a parent
 * (a gw_policy_merge's), the parent's spec with the child's merged into it
 * (StrategicMerge: Kubernetes strategic merge by the schema's list keys;
 * JSONMerge: RFC 7386); else the child's own spec. Allocated in a; NULL on
 * allocation failure. */
const gwapi_value *gw_policy_merged_spec(arena *a, const gw_policy *child, const gw_policy *parent);

const char *gw_policy_kind_name(gw_policy_kind k);

/* The address a held target is known by in gw_policy_set.winners (the
 * gw_gateway, gw_listener, gw_listener_set, gw_route or gw_route_rule). */
const void *gw_policy_target_key(const gw_held_target *t);

/* One policy on the way of a route rule's traffic: the scope it holds and
 * the target (gw_policy_target_key) it holds there. */
typedef struct gw_policy_link {
    const gw_policy *policy;
    gw_policy_scope scope;
    const void *target;
} gw_policy_link;

#define GW_POLICY_CHAIN_MAX 6

/* The policies of kind k that hold the scopes traffic of `rule` of `route`
 * on listener l passes through, most specific first: route rule, route,
 * ListenerSet listener, ListenerSet, Gateway listener, Gateway (route and
 * rule may be NULL: a listener's ClientTrafficPolicy). The first one
 * applies (gw_policy_effective); returns how many were written. */
size_t gw_policy_chain(const gw_policy_set *s, gw_policy_kind k, const gw_route *route,
                       const gw_route_rule *rule, const gw_listener *l,
                       gw_policy_link out[GW_POLICY_CHAIN_MAX]);

/* "Gateway", "Listener", "ListenerSet", "ListenerSetListener", "Route",
 * "RouteRule", "GatewayClass". */
const char *gw_policy_scope_name(gw_policy_scope s);

#endif
