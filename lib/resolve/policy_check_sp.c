/* SecurityPolicy settings checked as the translator checks them: the
 * Secrets basic auth, OIDC and API key auth read must exist (across
 * namespaces with a ReferenceGrant), the ext-auth, OIDC provider and JWT
 * remote JWKS backends must resolve,
 * and on TCP routes / listeners only authorization is supported. */
#include "policy_impl.h"

#include "../util/base64.h"

#include <stdlib.h>
#include <string.h>


static const char *secret(rs *r, const gw_obj *policy, const gwapi_secret_object_reference *ref)
{
    return pol_check_secret_ref(r, policy, ref, NULL);
}

typedef struct api_key {
    const uint8_t *p;
    size_t n;
} api_key;

static int key_cmp(const void *x, const void *y)
{
    const api_key *a = x, *b = y;
    size_t n = a->n < b->n ? a->n : b->n;
    int c = n ? memcmp(a->p, b->p, n) : 0;
    return c ? c : (a->n > b->n) - (a->n < b->n);
}

/* Every client of the credential Secrets must have its own key (Envoy
 * Gateway refuses the policy otherwise). Sorted, so linear-logarithmic
 * in the number of keys. */
static const char *api_keys_unique(rs *r, const gw_obj *policy, const gwapi_api_key_auth *ak)
{
    size_t refs = ak->credential_refs.count, total = 0;
    const gwapi_string_map **data = arena_calloc(r->a, refs ? refs : 1, sizeof *data);
    if (!data)
        return NULL;
    for (size_t i = 0; i < refs; i++) {
        const gwapi_secret_object_reference *ref = &ak->credential_refs.items[i];
        const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_SECRET, gw_c(ref->ns) ? gw_c(ref->ns) : policy->ns,
                                             gw_c(ref->name));
        data[i] = o ? &((const gwapi_secret *)o->obj->typed)->data : NULL;
        total += data[i] ? data[i]->count : 0;
    }
    if (total < 2)
        return NULL;
    api_key *keys = arena_calloc(r->a, total, sizeof *keys);
    if (!keys)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < refs; i++)
        for (size_t k = 0; data[i] && k < data[i]->count; k++) {
            gwapi_str v = data[i]->items[k].value;
            uint8_t *buf = arena_alloc(r->a, b64_decoded_max(v.len));
            size_t len;
            if (!buf)
                return NULL;
            if (b64_decode(v.ptr ? v.ptr : "", v.len, buf, &len))
                keys[n++] = (api_key){ buf, len };
        }
    qsort(keys, n, sizeof *keys, key_cmp);
    for (size_t i = 1; i < n; i++)
        if (!key_cmp(&keys[i - 1], &keys[i]))
            return "duplicated API key";
    return NULL;
}

static const char *jwt(rs *r, const gw_obj *policy, const gwapi_jwt *j)
{
    const char *err = NULL;
    for (size_t i = 0; j && i < j->providers.count; i++) {
        const gwapi_remote_jwks *rj = j->providers.items[i].remote_jwks;
        if (rj)
            err = pol_join(r, err, pol_check_backend_refs(r, policy, rj->backend_ref, &rj->backend_refs));
    }
    return err;
}

static const char *ext_auth(rs *r, const gw_obj *policy, const gwapi_ext_auth *e)
{
    if (!e)
        return NULL;
    const char *err = NULL;
    if (e->grpc)
        err = pol_check_ext_service(r, policy, e->grpc->backend_ref, &e->grpc->backend_refs);
    else if (e->http)
        err = pol_check_ext_service(r, policy, e->http->backend_ref, &e->http->backend_refs);
    return err;
}

/* TCPRoutes take authorization only (a TCP listener policy is applied
 * to the TCPRoutes under it, which may hold their own). */
static bool is_tcp_target(const gw_held_target *t)
{
    return t->route && t->route->kind == GW_ROUTE_TCP;
}

static bool beyond_authorization(const gwapi_security_policy_spec *s)
{
    return s->api_key_auth || s->basic_auth || s->cors || s->ext_auth || s->jwt || s->oidc;
}

static const char *prefixed(rs *r, const char *section, const char *err)
{
    return err ? rs_printf(r, "%s: %s.", section, err) : NULL;
}

const char *pol_check_sp(rs *r, const gw_policy *self, const gw_held_target *t)
{
    const gw_obj *policy = self->obj;
    const gwapi_security_policy *x = policy->obj->typed;
    const gwapi_security_policy_spec *s = x ? x->spec : NULL;
    if (!s)
        return NULL;
    if (is_tcp_target(t)) {
        /* The merged settings: this policy's and its parents'. */
        bool other = beyond_authorization(s);
        for (size_t i = 0; !other && i < self->merge_count; i++) {
            const gwapi_security_policy *px = self->merges[i].parent->obj->obj->typed;
            other = px && px->spec && beyond_authorization(px->spec);
        }
        if (other)
            return "Only authorization is supported for TCP (routes/listeners).";
    }
    const char *err = NULL;
    if (s->basic_auth)
        err = pol_join(r, err, prefixed(r, "BasicAuth", secret(r, policy, s->basic_auth->users)));
    if (s->oidc) {
        const char *e = secret(r, policy, s->oidc->client_secret);
        const gwapi_oidc_provider *pv = s->oidc->provider;
        if (!e && pv)
            e = pol_check_backend_refs(r, policy, pv->backend_ref, &pv->backend_refs);
        err = pol_join(r, err, prefixed(r, "OIDC", e));
    }
    if (s->api_key_auth) {
        const char *e = NULL;
        for (size_t i = 0; !e && i < s->api_key_auth->credential_refs.count; i++)
            e = secret(r, policy, &s->api_key_auth->credential_refs.items[i]);
        if (!e)
            e = api_keys_unique(r, policy, s->api_key_auth);
        err = pol_join(r, err, prefixed(r, "APIKeyAuth", e));
    }
    err = pol_join(r, err, prefixed(r, "ExtAuth", ext_auth(r, policy, s->ext_auth)));
    err = pol_join(r, err, prefixed(r, "JWT", jwt(r, policy, s->jwt)));
    return err;
}
