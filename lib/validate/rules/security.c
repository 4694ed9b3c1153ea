/* CEL rule functions of SecurityPolicy: one function per rule,
 * bound to the schema tables through registry-security.tsv.
 *
 * Where a CEL expression would fail at runtime on the API server (a field
 * read of an absent key, "no such key: <field>"), the server reports
 * `Invalid value: "object": <error> evaluating rule: <message>`; those
 * cases return rule_eval_error() with cel-go's wording. */
#include "rule_env.h"
#include "cel_lib.h"
#include "../../schema/gen/rules.h"

#include <gwapi/resources.h>

/* Regular expressions of this file's rules (see rule_regexes.h). */
const char *const rx_security[] = { NULL };
const size_t rx_security_count = 0;

/* ---- helpers ---------------------------------------------------------- */

/* CEL `s.lowerAscii() == lit` with lit already lower-case ASCII. */
static bool lower_ascii_eq(gwapi_str s, const char *lit)
{
    if (!s.ptr || s.len != strlen(lit))
        return false;
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != lit[i])
            return false;
    }
    return true;
}

/* has(x.backendSettings) ? (has(.retry) ? (has(.retry.perRetry) ?
 *   !has(.retry.perRetry.timeout) : true) : true) : true */
static bool no_per_retry_timeout(const gwapi_cluster_settings *bs)
{
    return !(bs && bs->retry && bs->retry->per_retry && bs->retry->per_retry->timeout.ptr);
}

/* Same shape for retry.retryOn.httpStatusCodes. */
static bool no_retry_http_status_codes(const gwapi_cluster_settings *bs)
{
    return !(bs && bs->retry && bs->retry->retry_on &&
             RULE_HAS(bs->retry->retry_on->http_status_codes.items));
}

/* has(self.backendRef) || self.backendRefs.size() > 0; an absent
 * backendRefs (without backendRef) is a "no such key" error: fails. */
/* has(self.backendRef) || self.backendRefs.size() > 0: without backendRef,
 * an absent backendRefs is a CEL error. */
static bool backend_ref_or_refs(const gw_rule_env *env, const void *backend_ref,
                                const gwapi_eg_backend_ref_list *refs)
{
    if (backend_ref)
        return true;
    if (!refs->items)
        return rule_eval_error(env, CEL_ERR_NO_SUCH_KEY("backendRefs"));
    return refs->count > 0;
}

/* has(self.backendRefs) ? self.backendRefs.all(f, f.kind in [...]) : true */
static bool backend_refs_kinds(const gwapi_eg_backend_ref_list *refs)
{
    if (!refs->items)
        return true;
    for (size_t i = 0; i < refs->count; i++)
        if (!CEL_STR_IN(refs->items[i].kind, "Service", "ServiceImport", "Backend"))
            return false;
    return true;
}

/* has(self.backendRefs) ? self.backendRefs.all(f, f.group in [...]) : true */
static bool backend_refs_groups(const gwapi_eg_backend_ref_list *refs)
{
    if (!refs->items)
        return true;
    for (size_t i = 0; i < refs->count; i++)
        if (!CEL_STR_IN(refs->items[i].group, "", "multicluster.x-k8s.io", "gateway.envoyproxy.io"))
            return false;
    return true;
}

/* ---- spec.apiKeyAuth ---------------------------------------------------- */

/* bc74fed057f1: exactly one of headers, params, or cookies must be specified */
bool rule_extract_from_exactly_one(const gw_rule_env *env, const gwapi_extract_from *self)
{
    const gwapi_extract_from *x = self;
    (void)env;
    int n = (x->headers.items != NULL) + (x->params.items != NULL) + (x->cookies.items != NULL);
    return n == 1;
}

/* ---- spec.authorization ------------------------------------------------- */

/* 682a9d45b9cb: has(self.methods) || has(self.path) */
bool rule_operation_methods_or_path(const gw_rule_env *env, const gwapi_operation *self)
{
    const gwapi_operation *o = self;
    (void)env;
    return o->methods.items != NULL || o->path != NULL;
}

/* 2b156b8c4330: at least one of isAnonymous, isVPN, isHosting, isTor, isProxy */
bool rule_geo_anonymous_any(const gw_rule_env *env,
                            const gwapi_client_ip_geo_location_anonymous *self)
{
    const gwapi_client_ip_geo_location_anonymous *a = self;
    (void)env;
    return a->is_anonymous.set || a->is_vpn.set || a->is_hosting.set || a->is_tor.set ||
           a->is_proxy.set;
}

/* b6c14573aab7: at least one of country, region, city, asn, isp, anonymous */
bool rule_geo_location_any(const gw_rule_env *env, const gwapi_client_ip_geo_location *self)
{
    const gwapi_client_ip_geo_location *g = self;
    (void)env;
    return g->country.ptr || g->region.ptr || g->city.ptr || g->asn.set || g->isp.ptr ||
           g->anonymous;
}

/* c373f3a2c68c: has(self.claims) || has(self.scopes) */
bool rule_jwt_principal_claims_or_scopes(const gw_rule_env *env, const gwapi_jwt_principal *self)
{
    const gwapi_jwt_principal *p = self;
    (void)env;
    return p->claims.items != NULL || p->scopes.items != NULL;
}

/* 764f1d9862e3: clientCIDRs, jwt, headers or clientIPGeoLocations */
bool rule_principal_any(const gw_rule_env *env, const gwapi_principal *self)
{
    const gwapi_principal *p = self;
    (void)env;
    return p->client_cidrs.items != NULL || p->jwt != NULL || p->headers.items != NULL ||
           p->client_ip_geo_locations.items != NULL;
}

/* 0dc2c80a4975: has(self.principal) || has(self.cel) */
bool rule_authorization_rule_principal_or_cel(const gw_rule_env *env,
                                              const gwapi_authorization_rule *self)
{
    const gwapi_authorization_rule *r = self;
    (void)env;
    return r->principal != NULL || r->cel.ptr != NULL;
}

/* ---- spec.extAuth ------------------------------------------------------- */

/* c626b6714025: self.kind in ['ConfigMap', 'Secret'] && self.group in ['', 'v1'] */
bool rule_context_extension_value_ref_kind(const gw_rule_env *env,
                                           const gwapi_context_extension_value_ref *self)
{
    const gwapi_context_extension_value_ref *v = self;
    (void)env;
    return CEL_STR_IN(v->kind, "ConfigMap", "Secret") && CEL_STR_IN(v->group, "", "v1");
}

/* ac3b3a6587f6: exactly one of value or valueRef, matching type */
bool rule_context_extension_value(const gw_rule_env *env, const gwapi_context_extension *self)
{
    const gwapi_context_extension *c = self;
    (void)env;
    return (rule_streq(c->type, "Value") && c->value.ptr && !c->value_ref) ||
           (rule_streq(c->type, "ValueRef") && !c->value.ptr && c->value_ref);
}

/* 630cbf59bd31: (size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true
 * (group and kind are defaulted to "" and "Service"). */
bool rule_eg_backend_ref_service_port(const gw_rule_env *env, const gwapi_eg_backend_ref *self)
{
    const gwapi_eg_backend_ref *ref = self;
    (void)env;
    bool service = ref->group.ptr && !ref->group.len && rule_streq(ref->kind, "Service");
    return !service || ref->port.set;
}

/* 6e4f02a25b22: predictivePercent needs a RoundRobin or Random load balancer */
bool rule_cluster_settings_predictive_percent(const gw_rule_env *env,
                                              const gwapi_cluster_settings *self)
{
    const gwapi_cluster_settings *s = self;
    (void)env;
    bool predictive = s->connection && s->connection->preconnect &&
                      s->connection->preconnect->predictive_percent.set;
    bool lb_ok = s->load_balancer && s->load_balancer->type.ptr &&
                 CEL_STR_IN(s->load_balancer->type, "Random", "RoundRobin");
    return !(predictive && !lb_ok);
}

/* 57e89c1e4005: has(self.backendRef) || self.backendRefs.size() > 0 */
bool rule_grpc_ext_auth_backend(const gw_rule_env *env, const gwapi_grpc_ext_auth_service *self)
{
    const gwapi_grpc_ext_auth_service *g = self;
    return backend_ref_or_refs(env, g->backend_ref, &g->backend_refs);
}

/* 8c4371d61f9c: backendRefs kinds Service, ServiceImport, Backend */
bool rule_grpc_ext_auth_backend_refs_kind(const gw_rule_env *env,
                                          const gwapi_grpc_ext_auth_service *self)
{
    const gwapi_grpc_ext_auth_service *g = self;
    (void)env;
    return backend_refs_kinds(&g->backend_refs);
}

/* a67b68d0725a: backendRefs groups "", multicluster.x-k8s.io, gateway.envoyproxy.io */
bool rule_grpc_ext_auth_backend_refs_group(const gw_rule_env *env,
                                           const gwapi_grpc_ext_auth_service *self)
{
    const gwapi_grpc_ext_auth_service *g = self;
    (void)env;
    return backend_refs_groups(&g->backend_refs);
}

/* 42524d1267a9: has(self.backendRef) || self.backendRefs.size() > 0 */
bool rule_http_ext_auth_backend(const gw_rule_env *env, const gwapi_http_ext_auth_service *self)
{
    const gwapi_http_ext_auth_service *h = self;
    return backend_ref_or_refs(env, h->backend_ref, &h->backend_refs);
}

/* c181d984891b: backendRefs kinds Service, ServiceImport, Backend */
bool rule_http_ext_auth_backend_refs_kind(const gw_rule_env *env,
                                          const gwapi_http_ext_auth_service *self)
{
    const gwapi_http_ext_auth_service *h = self;
    (void)env;
    return backend_refs_kinds(&h->backend_refs);
}

/* d8822fa3649c: backendRefs groups "", multicluster.x-k8s.io, gateway.envoyproxy.io */
bool rule_http_ext_auth_backend_refs_group(const gw_rule_env *env,
                                           const gwapi_http_ext_auth_service *self)
{
    const gwapi_http_ext_auth_service *h = self;
    (void)env;
    return backend_refs_groups(&h->backend_refs);
}

/* ea7f8e661c02: !(has(self.path) && has(self.pathOverride)) */
bool rule_http_ext_auth_path_or_override(const gw_rule_env *env,
                                         const gwapi_http_ext_auth_service *self)
{
    const gwapi_http_ext_auth_service *h = self;
    (void)env;
    return !(h->path.ptr && h->path_override.ptr);
}

/* e99972e59d8a: has(self.grpc) || has(self.http) */
bool rule_ext_auth_grpc_or_http(const gw_rule_env *env, const gwapi_ext_auth *self)
{
    const gwapi_ext_auth *a = self;
    (void)env;
    return a->grpc || a->http;
}

/* 1a3230f49269: not both grpc and http */
bool rule_ext_auth_grpc_xor_http(const gw_rule_env *env, const gwapi_ext_auth *self)
{
    const gwapi_ext_auth *a = self;
    (void)env;
    return (a->grpc != NULL) != (a->http != NULL);
}

/* ---- spec.jwt ----------------------------------------------------------- */

/* 141d2e96103c: exactly one of inline or valueRef, matching type */
bool rule_local_jwks_inline_or_value_ref(const gw_rule_env *env,
                                         const gwapi_jwt_provider_local_jwks *self)
{
    const gwapi_jwt_provider_local_jwks *b = self;
    (void)env;
    return (rule_streq(b->type, "Inline") && b->inline_.ptr && !b->value_ref) ||
           (rule_streq(b->type, "ValueRef") && !b->inline_.ptr && b->value_ref);
}

/* deab7d29f494: !has(self.backendRef) */
bool rule_remote_jwks_no_backend_ref(const gw_rule_env *env, const gwapi_remote_jwks *self)
{
    const gwapi_remote_jwks *j = self;
    (void)env;
    return j->backend_ref == NULL;
}

/* 69dfc9af413a: no backendSettings.retry.perRetry.timeout */
bool rule_remote_jwks_no_retry_timeout(const gw_rule_env *env, const gwapi_remote_jwks *self)
{
    const gwapi_remote_jwks *j = self;
    (void)env;
    return no_per_retry_timeout(j->backend_settings);
}

/* ef4840813ef8: no backendSettings.retry.retryOn.httpStatusCodes */
bool rule_remote_jwks_no_http_status_codes(const gw_rule_env *env, const gwapi_remote_jwks *self)
{
    const gwapi_remote_jwks *j = self;
    (void)env;
    return no_retry_http_status_codes(j->backend_settings);
}

/* 6e2b08d596bf: (has(self.recomputeRoute) && self.recomputeRoute) ?
 *   size(self.claimToHeaders) > 0 : true  (absent claimToHeaders: error) */
bool rule_jwt_provider_recompute_route_claims(const gw_rule_env *env,
                                              const gwapi_jwt_provider *self)
{
    const gwapi_jwt_provider *p = self;
    if (!(p->recompute_route.set && p->recompute_route.value))
        return true;
    if (!p->claim_to_headers.items) /* size(self.claimToHeaders) without has() */
        return rule_eval_error(env, CEL_ERR_NO_SUCH_KEY("claimToHeaders"));
    return p->claim_to_headers.count > 0;
}

/* 434869209559: has(self.remoteJWKS) || has(self.localJWKS) */
bool rule_jwt_provider_jwks_required(const gw_rule_env *env, const gwapi_jwt_provider *self)
{
    const gwapi_jwt_provider *p = self;
    (void)env;
    return p->remote_jwks || p->local_jwks;
}

/* a1141d93a388: !(has(self.remoteJWKS) && has(self.localJWKS)) */
bool rule_jwt_provider_jwks_exclusive(const gw_rule_env *env, const gwapi_jwt_provider *self)
{
    const gwapi_jwt_provider *p = self;
    (void)env;
    return !(p->remote_jwks && p->local_jwks);
}

/* df24ab9c72e4: !(has(self.optional) && has(self.failOpen)) */
bool rule_jwt_optional_or_fail_open(const gw_rule_env *env, const gwapi_jwt *self)
{
    const gwapi_jwt *j = self;
    (void)env;
    return !(j->optional.set && j->fail_open.set);
}

/* ---- spec.mergeType, spec.oidc ------------------------------------------ */

/* f8a3cccf4278: self != 'Replace' */
bool rule_security_merge_type_not_replace(const gw_rule_env *env, const gwapi_str *self)
{
    gwapi_str s = *self;
    (void)env;
    return !rule_streq(s, "Replace");
}

/* 861d6b922337: self.lowerAscii() != 'host' */
bool rule_oidc_forward_id_token_not_host(const gw_rule_env *env, const gwapi_str *self)
{
    gwapi_str s = *self;
    (void)env;
    return !lower_ascii_eq(s, "host");
}

/* 71ed8721d4ad: !has(self.backendRef) */
bool rule_oidc_provider_no_backend_ref(const gw_rule_env *env, const gwapi_oidc_provider *self)
{
    const gwapi_oidc_provider *p = self;
    (void)env;
    return p->backend_ref == NULL;
}

/* 0edfcb43cf76: no backendSettings.retry.perRetry.timeout */
bool rule_oidc_provider_no_retry_timeout(const gw_rule_env *env, const gwapi_oidc_provider *self)
{
    const gwapi_oidc_provider *p = self;
    (void)env;
    return no_per_retry_timeout(p->backend_settings);
}

/* 679664ac8dae: no backendSettings.retry.retryOn.httpStatusCodes */
bool rule_oidc_provider_no_http_status_codes(const gw_rule_env *env,
                                             const gwapi_oidc_provider *self)
{
    const gwapi_oidc_provider *p = self;
    (void)env;
    return no_retry_http_status_codes(p->backend_settings);
}

/* 0439b0e30689: exactly one of clientID or clientIDRef */
bool rule_oidc_client_id_exclusive(const gw_rule_env *env, const gwapi_oidc *self)
{
    const gwapi_oidc *o = self;
    (void)env;
    return (o->client_id.ptr != NULL) != (o->client_id_ref != NULL);
}

/* 2a8c2060d484: !(forwardAccessToken && forwardIDToken.header.lowerAscii() == 'authorization')
 * (forwardIDToken.header is required; absent would be a CEL error). */
bool rule_oidc_forward_access_token_header(const gw_rule_env *env, const gwapi_oidc *self)
{
    const gwapi_oidc *o = self;
    (void)env;
    if (!(o->forward_access_token.set && o->forward_access_token.value && o->forward_id_token))
        return true;
    if (!o->forward_id_token->header.ptr)
        return false;
    return !lower_ascii_eq(o->forward_id_token->header, "authorization");
}

/* ---- spec --------------------------------------------------------------- */

static const char *const policy_kinds[] = {
    "Gateway", "ListenerSet", "HTTPRoute", "GRPCRoute", "TCPRoute", NULL
};
static const char *const xroute_kinds[] = { "HTTPRoute", "GRPCRoute", "TCPRoute", NULL };

/* 244e3c78e414: exactly one of targetRef/targetRefs, or non-empty targetSelectors */
bool rule_security_policy_target(const gw_rule_env *env, const gwapi_security_policy_spec *self)
{
    const gwapi_security_policy_spec *s = self;
    (void)env;
    return cel_targets_one_way(s->target_ref, &s->target_refs, &s->target_selectors);
}

/* 755914276261: targetRef.group == 'gateway.networking.k8s.io' */
bool rule_security_policy_target_ref_group(const gw_rule_env *env,
                                           const gwapi_security_policy_spec *self)
{
    const gwapi_security_policy_spec *s = self;
    (void)env;
    return cel_target_ref_group(s->target_ref);
}

/* 22fdc06ee527: targetRef.kind in Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute */
bool rule_security_policy_target_ref_kind(const gw_rule_env *env,
                                          const gwapi_security_policy_spec *self)
{
    const gwapi_security_policy_spec *s = self;
    (void)env;
    return cel_target_ref_kind(s->target_ref, policy_kinds);
}

/* 6cd2b733cf22: targetRefs.all(ref, ref.group == 'gateway.networking.k8s.io') */
bool rule_security_policy_target_refs_group(const gw_rule_env *env,
                                            const gwapi_security_policy_spec *self)
{
    const gwapi_security_policy_spec *s = self;
    (void)env;
    return cel_target_refs_group(&s->target_refs);
}

/* e82d1051bae3: targetRefs.all(ref, ref.kind in [...]) */
bool rule_security_policy_target_refs_kind(const gw_rule_env *env,
                                           const gwapi_security_policy_spec *self)
{
    const gwapi_security_policy_spec *s = self;
    (void)env;
    return cel_target_refs_kind(&s->target_refs, policy_kinds);
}

/* 3d2e559262af: mergeType can only be used with xRoute targets */
bool rule_security_policy_merge_type_xroute(const gw_rule_env *env,
                                            const gwapi_security_policy_spec *self)
{
    const gwapi_security_policy_spec *s = self;
    (void)env;
    return !s->merge_type.ptr ||
           cel_targets_all_kinds(s->target_ref, &s->target_refs, &s->target_selectors,
                                 xroute_kinds);
}

/* 33719b93e4e7: a rule with principal.jwt requires spec.jwt */
bool rule_security_policy_jwt_principal_needs_jwt(const gw_rule_env *env,
                                                  const gwapi_security_policy_spec *self)
{
    const gwapi_security_policy_spec *s = self;
    (void)env;
    if (!s->authorization || !s->authorization->rules.items)
        return true;
    const gwapi_authorization_rule_list *rules = &s->authorization->rules;
    for (size_t i = 0; i < rules->count; i++) {
        const gwapi_principal *p = rules->items[i].principal;
        if (p && p->jwt)
            return s->jwt != NULL;
    }
    return true;
}
