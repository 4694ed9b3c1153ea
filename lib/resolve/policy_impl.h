/* Internals shared by the policy files of lib/resolve: the per-kind spec
 * accessors, target expansion, ancestor status, and the per-kind setting
 * checks the translator runs before it uses a policy. */
#ifndef GWAPI_RESOLVE_POLICY_IMPL_H
#define GWAPI_RESOLVE_POLICY_IMPL_H

#include "resolve_impl.h"
#include "policy.h"

#define GW_POLICY_MAX_ANCESTORS 16

/* One concrete target of a policy after targetSelectors are expanded. */
typedef struct pol_ref {
    const char *group;
    const char *kind;
    const char *ns;
    const char *name;
    const char *section;   /* NULL when absent */
} pol_ref;

typedef struct pol_refs {
    pol_ref *items;
    size_t count;
} pol_refs;

/* policy_targets.c: the policy kind of an object kind (false when it is
 * not an Envoy Gateway policy), mergeType, and the policy's targets:
 * objects its targetSelectors select (oldest first), then targetRef when
 * set, else targetRefs. */
bool pol_kind_of(gwapi_kind k, gw_policy_kind *out);
gwapi_kind pol_gwapi_kind(gw_policy_kind k);
const char *pol_merge_type(const gw_obj *o);
bool pol_expand_targets(rs *r, const gw_obj *policy, pol_refs *out);

/* policy_status.c: the ancestor entry for ref (created on first use, in
 * order), conditions on it, and the truncation to 16 ancestors. */
typedef struct pol_ancestor_ref {
    const char *kind;      /* Gateway / ListenerSet / GatewayClass */
    const char *ns;        /* NULL for GatewayClass */
    const char *name;
    const char *section;
} pol_ancestor_ref;

gw_policy_ancestor *pol_ancestor(rs *r, gw_policy *p, pol_ancestor_ref ref);
bool pol_cond(rs *r, gw_policy *p, pol_ancestor_ref ref, const char *type, gw_cond_status st,
              const char *reason, const char *message);
/* Sets Accepted=True unless the ancestor has an Accepted condition (or
 * is new on a status already cut to 16). */
bool pol_accept(rs *r, gw_policy *p, pol_ancestor_ref ref);
/* Cuts status.ancestors to 16 (not Accepted=True first, then by
 * reference; Aggregated=True on the last kept) and marks p truncated. */
bool pol_truncate(rs *r, gw_policy *p);

/* policy_deprecated.c: "spec.x is deprecated, use spec.y instead; ..."
 * for the deprecated fields the policy sets, or NULL. */
const char *pol_deprecated(rs *r, const gw_obj *policy);

/* Setting checks (policy_check_*.c): NULL when the policy translates, else
 * the Invalid message. The target is passed for checks that depend on it. */
const char *pol_check_ctp(rs *r, const gw_policy *self, const gw_held_target *t);
/* policy_ctp_tls.c: tls.clientValidation's CA bundles and CRLs (without
 * the "TLS: " prefix). */
const char *pol_check_ctp_client_validation(rs *r, const gw_obj *policy,
                                            const gwapi_client_validation_context *v);
const char *pol_check_btp(rs *r, const gw_policy *self, const gw_held_target *t);
const char *pol_check_sp(rs *r, const gw_policy *self, const gw_held_target *t);
/* EnvoyExtensionPolicy: *fail_open_spec gets, when every extension that
 * failed has failOpen set, the spec without them; else NULL. */
const char *pol_check_eep(rs *r, const gw_policy *self, const gw_held_target *t,
                          const gwapi_envoy_extension_policy_spec **fail_open_spec);
const char *pol_check_btp_rate_limit(rs *r, const gwapi_rate_limit_spec *rl);

/* policy_backendref.c: the backendRef (deprecated single one, when set)
 * or backendRefs of an ext-auth / ext-proc / ... of a policy, checked as
 * the translator checks them; NULL when valid, else the message (without
 * the section prefix). */
const char *pol_check_backend_refs(rs *r, const gw_obj *policy, const gwapi_backend_object_reference *one,
                                   const gwapi_eg_backend_ref_list *refs);
/* The same for an external service that needs a backend (ext-auth,
 * ext-proc; a JWKS or OIDC provider may name none): none is an error. */
const char *pol_check_ext_service(rs *r, const gw_obj *policy, const gwapi_backend_object_reference *one,
                                  const gwapi_eg_backend_ref_list *refs);

/* policy_secretref.c: a Secret reference of a policy, checked as the
 * translator checks it (ReferenceGrant across namespaces, existence);
 * NULL when valid, with *out (may be NULL) the Secret. */
const char *pol_check_secret_ref(rs *r, const gw_obj *policy, const gwapi_secret_object_reference *ref,
                                 const gwapi_secret **out);

/* "a b" (either may be NULL), the way the translator joins the errors
 * of one policy. */
const char *pol_join(rs *r, const char *a, const char *b);
/* "a\nb" (either may be NULL), as Go's errors.Join writes them: the
 * translator's join for EnvoyExtensionPolicy. */
const char *pol_join_lines(rs *r, const char *a, const char *b);

#endif
