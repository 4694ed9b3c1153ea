/* ClientTrafficPolicy tls.clientValidation, checked as Envoy Gateway
 * checks it before building the listener's validation context: every CA
 * bundle (ca.crt of a caCertificateRefs Secret or ConfigMap) must hold at
 * least one certificate that parses and is valid at the translation's
 * instant (gw_resolve_options.now), and every CRL (ca.crl of a crl.refs
 * Secret or ConfigMap) must parse and not be past its nextUpdate. References
 * that do not resolve are left to the reference checks. */
#include "policy_impl.h"

#include "../util/base64.h"
#include "../util/gotime.h"
#include "../util/pem.h"
#include "../util/x509.h"

#include <string.h>

#define EG_GROUP "gateway.envoyproxy.io"

/* The bytes at key of the Secret or ConfigMap ref names; false (no error)
 * when the reference or the key does not resolve. */
static bool ref_data(rs *r, const gw_obj *policy, const gwapi_secret_object_reference *ref, const char *key,
                     const uint8_t **out, size_t *len)
{
    const char *name = gw_c(ref->name), *kind = gw_c(ref->kind) ? gw_c(ref->kind) : "Secret";
    const char *group = gw_c(ref->group) ? gw_c(ref->group) : "";
    const char *ns = gw_c(ref->ns) ? gw_c(ref->ns) : policy->ns;
    bool secret = !strcmp(kind, "Secret");
    if (!name || *group || (!secret && strcmp(kind, "ConfigMap")))
        return false;
    if (!rs_grant_allows(r, EG_GROUP, gw_c(policy->obj->kind_name), policy->ns, "", kind, ns, name))
        return false;
    const gw_obj *o = gw_model_find_kind(r->m, secret ? GWAPI_KIND_SECRET : GWAPI_KIND_CONFIG_MAP, ns, name);
    if (!o || !o->obj->typed)
        return false;
    if (secret) {
        bool ok;
        return rs_secret_bytes(r, o->obj->typed, key, out, len, &ok) && ok && *out && *len;
    }
    const gwapi_config_map *cm = o->obj->typed;
    gwapi_str d = gwapi_string_map_get(&cm->data, key);
    *out = (const uint8_t *)d.ptr;
    *len = d.len;
    return d.ptr && d.len;
}

static const char *when(rs *r, int64_t t)
{
    char buf[48];
    go_format_utc(t, buf);
    return rs_printf(r, "%s", buf);
}

/* Why one certificate is not usable, or NULL. */
static const char *cert_problem(rs *r, const pem_block *b)
{
    x509_cert c;
    const char *why;
    if (!x509_cert_parse(b->bytes, b->len, &c, &why))
        return why;
    int64_t now = r->opt->now;
    const char *cn = rs_printf(r, "%.*s", (int)c.common_name.n, (const char *)c.common_name.p);
    if (now && now > c.not_after)
        return rs_printf(r, "certificate %s has expired since %s", cn, when(r, c.not_after));
    if (now && now < c.not_before)
        return rs_printf(r, "certificate %s is not valid until %s", cn, when(r, c.not_before));
    return NULL;
}

/* "no valid certificates exist in NAME: why\nwhy..." when the bundle
 * has certificates and none is usable. */
static const char *ca_bundle(rs *r, const char *name, const uint8_t *p, size_t n)
{
    uint8_t *buf = arena_alloc(r->a, b64_decoded_max(n));
    if (!buf)
        return NULL;
    pem_reader pr = pem_reader_of((const char *)p, n);
    pem_block b;
    const char *errs = NULL;
    bool any = false;
    while (pem_next(&pr, buf, &b)) {
        if (!pem_type_is(&b, "CERTIFICATE"))
            continue;
        const char *why = cert_problem(r, &b);
        if (!why)
            return NULL;
        any = true;
        errs = pol_join_lines(r, errs, why);
    }
    return any ? rs_printf(r, "no valid certificates exist in %s: %s", name, errs) : NULL;
}

static const char *crl(rs *r, const char *name, const uint8_t *p, size_t n)
{
    uint8_t *buf = arena_alloc(r->a, b64_decoded_max(n));
    if (!buf)
        return NULL;
    pem_reader pr = pem_reader_of((const char *)p, n);
    pem_block b;
    while (pem_next(&pr, buf, &b)) {
        if (!pem_type_is(&b, "X509 CRL"))
            continue;
        x509_crl c;
        const char *why;
        if (!x509_crl_parse(b.bytes, b.len, &c, &why))
            return rs_printf(r, "invalid crl in %s: %s", name, why);
        int64_t now = r->opt->now;
        if (now && c.has_next_update && c.next_update < now)
            return rs_printf(r, "invalid crl in %s: CRL is expired (next update was due at %s)", name,
                             when(r, c.next_update));
    }
    return NULL;
}

const char *pol_check_ctp_client_validation(rs *r, const gw_obj *policy, const gwapi_client_validation_context *v)
{
    if (!v)
        return NULL;
    const uint8_t *p;
    size_t n;
    for (size_t i = 0; i < v->ca_certificate_refs.count; i++) {
        const gwapi_secret_object_reference *ref = &v->ca_certificate_refs.items[i];
        const char *err = ref_data(r, policy, ref, "ca.crt", &p, &n) ? ca_bundle(r, gw_c(ref->name), p, n) : NULL;
        if (err)
            return err;
    }
    for (size_t i = 0; v->crl && i < v->crl->refs.count; i++) {
        const gwapi_secret_object_reference *ref = &v->crl->refs.items[i];
        const char *err = ref_data(r, policy, ref, "ca.crl", &p, &n) ? crl(r, gw_c(ref->name), p, n) : NULL;
        if (err)
            return err;
    }
    return NULL;
}
