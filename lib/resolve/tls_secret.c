/* A listener's kubernetes.io/tls Secret, checked as Envoy Gateway checks it
 * before serving it: tls.crt's first PEM block is a certificate, tls.key's
 * first PEM block is a PKCS#1, PKCS#8 or SEC1 private key, and the key
 * belongs to the certificate. The certificate's DNS names are kept for the
 * overlapping-certificate check (gateways.c). */
#include "resolve_impl.h"

#include "../util/base64.h"
#include "../util/pem.h"
#include "../util/x509.h"

#include <string.h>

bool rs_secret_bytes(rs *r, const gwapi_secret *s, const char *key, const uint8_t **out, size_t *len,
                     bool *ok)
{
    gwapi_str d = gwapi_string_map_get(&s->data, key);
    *ok = true;
    if (d.ptr) {
        uint8_t *buf = arena_alloc(r->a, b64_decoded_max(d.len));
        if (!buf)
            return false;
        *ok = b64_decode(d.ptr, d.len, buf, len);
        *out = buf;
        return true;
    }
    d = gwapi_string_map_get(&s->string_data, key);
    *out = (const uint8_t *)d.ptr;
    *len = d.len;
    return true;
}

/* The first PEM block of bytes (Go's pem.Decode), decoded into the arena. */
static bool first_block(rs *r, const uint8_t *p, size_t n, pem_block *b, bool *found)
{
    uint8_t *buf = arena_alloc(r->a, b64_decoded_max(n));
    if (!buf)
        return false;
    pem_reader pr = pem_reader_of((const char *)p, n);
    *found = pem_next(&pr, buf, b);
    return true;
}

/* Envoy Gateway's two wordings: contents unusable, or a pair that does
 * not belong together. */
enum { INVALID, MISMATCH };

/* What a Secret's contents come to, the same for every listener that
 * references it: usable with its DNS names, or refused with a detail. */
typedef struct tls_verdict {
    bool ok;
    int kind;               /* INVALID / MISMATCH when not ok */
    const char *detail;
    const char *const *dns_names;
    size_t dns_name_count;
} tls_verdict;

static bool refuse(tls_verdict *v, int kind, const char *detail)
{
    v->ok = false;
    v->kind = kind;
    v->detail = detail;
    return detail != NULL;
}

/* The DNS names of the certificate, as arena strings. */
static bool keep_dns_names(rs *r, tls_verdict *v, der san)
{
    size_t n = 0;
    der name, walk = san;
    while (x509_next_dns_name(&walk, &name))
        n++;
    if (!n)
        return true;
    const char **names = arena_calloc(r->a, n, sizeof *names);
    if (!names)
        return false;
    walk = san;
    for (size_t i = 0; i < n && x509_next_dns_name(&walk, &name); i++) {
        names[i] = arena_strndup(r->a, (const char *)name.p, name.n);
        if (!names[i])
            return false;
    }
    v->dns_names = names;
    v->dns_name_count = n;
    return true;
}

static bool secret_verdict(rs *r, const gwapi_secret *s, tls_verdict *v)
{
    v->ok = true;
    const uint8_t *crt, *key;
    size_t crt_len, key_len;
    bool crt_ok, key_ok, found;
    if (!rs_secret_bytes(r, s, "tls.crt", &crt, &crt_len, &crt_ok) ||
        !rs_secret_bytes(r, s, "tls.key", &key, &key_len, &key_ok))
        return false;
    pem_block cb, kb;
    if (!crt_ok || !first_block(r, crt, crt_len, &cb, &found) || !found)
        return r->a->failed ? false
                            : refuse(v, INVALID, "unable to validate certificate in tls.crt: unable to decode pem data for certificate.");
    x509_cert cert;
    const char *why;
    if (!x509_cert_parse(cb.bytes, cb.len, &cert, &why))
        return refuse(v, INVALID, rs_printf(r, "unable to validate certificate in tls.crt: %s.", why));
    if (!key_ok || !first_block(r, key, key_len, &kb, &found) || !found)
        return r->a->failed ? false : refuse(v, INVALID, "unable to decode pem data in tls.key.");
    x509_key_format f;
    const char *fname;
    if (pem_type_is(&kb, "PRIVATE KEY")) {
        f = X509_PKCS8;
        fname = "PKCS8";
    } else if (pem_type_is(&kb, "RSA PRIVATE KEY")) {
        f = X509_PKCS1;
        fname = "PKCS1";
    } else if (pem_type_is(&kb, "EC PRIVATE KEY")) {
        f = X509_SEC1;
        fname = "EC";
    } else {
        return refuse(v, INVALID, rs_printf(r, "%.*s key format found in tls.key, supported formats are PKCS1, PKCS8 or EC.",
                                            (int)kb.type_len, kb.type));
    }
    x509_pubkey pk;
    if (!x509_key_parse(kb.bytes, kb.len, f, &pk))
        return refuse(v, INVALID, rs_printf(r, "unable to parse %s formatted private key in tls.key.", fname));
    static const char *const mismatch[] = {
        [X509_TYPE_MISMATCH] = "tls: private key type does not match public key type.",
        [X509_KEY_MISMATCH] = "tls: private key does not match public key.",
        [X509_UNKNOWN_ALGORITHM] = "tls: unknown public key algorithm.",
    };
    x509_match m = x509_key_matches(&cert.key, &pk);
    if (m != X509_MATCH)
        return refuse(v, MISMATCH, mismatch[m]);
    return keep_dns_names(r, v, cert.san);
}

bool rs_tls_secret_check(rs *r, gw_cert_ref *c, const gwapi_secret *s)
{
    /* One parse per Secret however many listeners (ListenerSets) use it. */
    tls_verdict *v = ptrmap_get(&r->tls_verdicts, s);
    if (!v) {
        v = arena_calloc(r->a, 1, sizeof *v);
        if (!v || !secret_verdict(r, s, v) || !ptrmap_put(&r->tls_verdicts, r->a, s, v))
            return false;
    }
    if (v->ok) {
        c->dns_names = v->dns_names;
        c->dns_name_count = v->dns_name_count;
        return true;
    }
    c->resolved = false;
    c->secret = NULL;
    c->data_error = true;
    c->reason = "InvalidCertificateRef";
    c->message = v->kind == MISMATCH
                     ? rs_printf(r, "%s/%s must contain a matching tls.crt and tls.key: %s", c->ns, c->name, v->detail)
                     : rs_printf(r, "%s/%s must contain valid tls.crt and tls.key, %s", c->ns, c->name, v->detail);
    return c->message != NULL;
}
