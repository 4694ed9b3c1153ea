/* Internals shared by the files of lib/resolve: the resolver's working
 * state and the helpers each pass uses. */
#ifndef GWAPI_RESOLVE_IMPL_H
#define GWAPI_RESOLVE_IMPL_H

#include "graph.h"
#include "../util/ptrmap.h"

typedef struct rs {
    gw_graph *g;
    arena *a;
    const gw_model *m;
    const gw_resolve_options *opt;
    /* ReferenceGrants sorted by namespace, for gw_grant_allows. */
    const gw_obj **grants;
    size_t grant_count;
    /* BackendTLSPolicy targets sorted for lookup (btls.c). */
    const struct target_entry *btls;
    size_t btls_count;
    /* EndpointSlices with the Service / ServiceImport they serve, sorted
     * by (namespace, owner kind, owner name) (backends.c). */
    const struct slice_ref *slices;
    size_t slice_count;
    /* kubernetes.io/tls Secret -> what its contents come to (tls_secret.c) */
    ptrmap tls_verdicts;
} rs;

/* conditions.c */
bool cond_set(rs *r, gw_conditions *c, const char *type, gw_cond_status st,
              const char *reason, const char *message, int64_t generation);
const gw_condition *cond_get(const gw_conditions *c, const char *type);
void cond_remove(gw_conditions *c, const char *type);
char *rs_printf(rs *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
bool str_eq(const char *a, const char *b);   /* NULL equals "" */

/* grants.c: is a reference from (group, kind) objects in from_ns to the
 * object (to_group, to_kind, to_ns, to_name) permitted by a ReferenceGrant
 * in to_ns? Same-namespace references are always permitted. */
bool rs_grants_index(rs *r);
bool rs_grant_allows(const rs *r, const char *from_group, const char *from_kind,
                     const char *from_ns, const char *to_group, const char *to_kind,
                     const char *to_ns, const char *to_name);

/* re2.c: is pattern valid RE2? When not, *why says what is wrong. */
bool re2_compatible(rs *r, gwapi_str pattern, const char **why);

/* filters.c: drops the rule when its filters cannot be translated. */
bool rs_rule_filters(rs *r, gw_route *route, gw_route_rule *rule);

/* tls_secret.c: checks the certificate and key of a found Secret; on
 * failure c is no longer resolved and says why. */
bool rs_tls_secret_check(rs *r, gw_cert_ref *c, const gwapi_secret *s);
/* The bytes of data[key] (base64, *ok false when it does not decode) or
 * stringData[key] (as written); *out NULL when the key is absent. */
bool rs_secret_bytes(rs *r, const gwapi_secret *s, const char *key, const uint8_t **out, size_t *len,
                     bool *ok);

/* sds_secret.c: an SDS reference Secret (type gateway.envoyproxy.io/sds)
 * names a secret (data.secretName) that the data plane fetches from an SDS
 * server (data.url, unix://). rs_sds_check fills *out, or sets *why to what
 * is wrong (Envoy Gateway's wording, no trailing period). */
typedef struct rs_sds {
    const char *url;
    const char *secret_name;
} rs_sds;
bool rs_secret_is_sds(const gwapi_secret *s);
bool rs_sds_check(rs *r, const gw_obj *secret, rs_sds *out, const char **why);

/* hostnames.c */
bool hostname_intersect(const char *listener, const char *route, const char **out);

/* name_index.c: which items' names intersect as hostname_intersect says,
 * without comparing every pair (see there). */
typedef struct name_index name_index;
typedef struct name_index_name {
    const char *name;
    size_t item;
} name_index_name;
/* Names the index answers for; a port with any other uses pairs. */
bool name_index_indexable(const char *s);
name_index *name_index_build(rs *r, const name_index_name *names, size_t n);
/* The smallest item other than self whose names meet name, below self and
 * above it (left as they are when there is none smaller than given). */
void name_index_partners(const name_index *ix, const char *name, size_t self, size_t *below, size_t *above);
/* Calls fn for each item other than self whose names meet name (an item
 * may come more than once). */
bool name_index_each_partner(rs *r, const name_index *ix, const char *name, size_t self,
                             bool (*fn)(rs *r, void *ctx, size_t item), void *ctx);

/* port_conflicts.c: conflicts and overlaps of the listeners sharing a port. */
bool rs_port_conflicts(rs *r, gw_gateway *gw);

/* The passes, in order (gateways.c, routes.c, backends.c, btls.c). */
bool rs_classes(rs *r);
bool rs_gateways(rs *r);
bool rs_routes(rs *r);
bool rs_backends_index(rs *r);
/* The endpoint address type of the EndpointSlices serving the Service or
 * ServiceImport ns/name as the translator names it: "IP" (IPv4, IPv6),
 * "FQDN", "MIXED" when slices differ, NULL when no slice serves it. */
const char *rs_slices_address_type(const rs *r, gw_backend_kind kind, const char *ns, const char *name);
bool rs_route_backends(rs *r, gw_route *route);
bool rs_backend_dynamic(const gw_backend *b);
bool rs_backend_tls_policies(rs *r);
/* btls.c: the policy index (before routes), and the policy of a resolved
 * backend (an unusable policy makes the backend InvalidBackendTLS). */
bool rs_btls_index(rs *r);
bool rs_btls_backend(rs *r, gw_backend *b);
/* qsort order of ancestors: namespace, name, sectionName. */
int rs_ancestor_cmp(const void *x, const void *y);
/* status.ancestors holds at most 16 entries (GEP-713): keep the first 16
 * in ancestor order, the last of them saying the list was truncated. */
bool rs_cap_ancestors(rs *r, gw_policy_ancestor *list, size_t *count, int64_t generation);
/* Adds an ancestor (a Gateway, with a sectionName or NULL) unless listed. */
bool rs_add_ancestor(rs *r, gw_policy_ancestor **list, size_t *count, const gw_gateway *gw,
                     const char *section);
bool rs_finish_listeners(rs *r);
bool rs_policies(rs *r);   /* policy_attach.c: Envoy Gateway policies */
const gw_listener_set *rs_find_listener_set(const rs *r, const char *ns, const char *name);

#endif
