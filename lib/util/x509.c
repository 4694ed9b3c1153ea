/* X.509 certificates and private keys, structurally (see x509.h). */
#include "x509.h"

/* OID contents (the bytes after tag and length). */
static const uint8_t OID_RSA[] = { 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01 };
static const uint8_t OID_EC[] = { 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01 };
static const uint8_t OID_ED25519[] = { 0x2b, 0x65, 0x70 };
static const uint8_t OID_SAN[] = { 0x55, 0x1d, 0x11 };
static const uint8_t OID_CN[] = { 0x55, 0x04, 0x03 };

static bool oid_is(der oid, const uint8_t *want, size_t n)
{
    return der_equal(oid, der_of(want, n));
}
#define OID_IS(o, w) oid_is((o), (w), sizeof (w))

/* AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
static bool algorithm(der *d, der *oid, der *params)
{
    der a;
    if (!der_expect(d, DER_SEQUENCE, &a) || !der_expect(&a, DER_OID, oid) || oid->n == 0)
        return false;
    *params = a;   /* whatever follows the OID */
    return true;
}

/* Validity ::= SEQUENCE { notBefore Time, notAfter Time } */
static bool validity(der v, x509_cert *c)
{
    return der_time(&v, &c->not_before) && der_time(&v, &c->not_after) && der_empty(&v);
}

/* Name ::= SEQUENCE OF RelativeDistinguishedName (SET OF
 * AttributeTypeAndValue { type OID, value ANY }); the last CN wins, as in
 * Go's pkix.Name.FillFromRDNSequence. */
static bool subject_cn(der name, der *cn)
{
    while (!der_empty(&name)) {
        der rdn;
        if (!der_expect(&name, DER_SET, &rdn))
            return false;
        while (!der_empty(&rdn)) {
            der atv, oid;
            der_tlv value;
            if (!der_expect(&rdn, DER_SEQUENCE, &atv) || !der_expect(&atv, DER_OID, &oid) ||
                !der_read(&atv, &value) || !der_empty(&atv))
                return false;
            if (OID_IS(oid, OID_CN))
                *cn = value.v;
        }
    }
    return true;
}

/* RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } */
static bool rsa_public(der bytes, x509_pubkey *k)
{
    der s, n, e;
    if (!der_expect(&bytes, DER_SEQUENCE, &s) || !der_empty(&bytes) ||
        !der_expect(&s, DER_INTEGER, &n) || !der_expect(&s, DER_INTEGER, &e) || !der_empty(&s))
        return false;
    k->type = X509_KEY_RSA;
    return der_unsigned(n, &k->rsa_n) && der_unsigned(e, &k->rsa_e) &&
           !(k->rsa_n.n == 1 && k->rsa_n.p[0] == 0);
}

/* An EC point as X9.62 writes it uncompressed: 0x04 || X || Y. */
static bool ec_point_ok(der pt)
{
    return pt.n >= 3 && pt.p[0] == 0x04 && (pt.n - 1) % 2 == 0;
}

/* SubjectPublicKeyInfo ::= SEQUENCE { algorithm, subjectPublicKey BIT STRING } */
static bool spki(der d, x509_pubkey *k)
{
    der oid, params, bits, bytes;
    if (!algorithm(&d, &oid, &params) || !der_expect(&d, DER_BIT_STRING, &bits) || !der_empty(&d) ||
        !der_bit_string_bytes(bits, &bytes))
        return false;
    if (OID_IS(oid, OID_RSA))
        return rsa_public(bytes, k);
    if (OID_IS(oid, OID_EC)) {
        k->type = X509_KEY_EC;
        k->point = bytes;
        return der_expect(&params, DER_OID, &k->ec_curve) && der_empty(&params) && ec_point_ok(bytes);
    }
    if (OID_IS(oid, OID_ED25519)) {
        k->type = X509_KEY_ED25519;
        k->point = bytes;
        return bytes.n == 32;
    }
    k->type = X509_KEY_UNKNOWN;
    return true;
}

/* Extensions ::= SEQUENCE OF Extension; Extension ::= SEQUENCE { extnID,
 * critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING } */
static bool extensions(der d, x509_cert *c)
{
    der list;
    if (!der_expect(&d, DER_SEQUENCE, &list) || !der_empty(&d))
        return false;
    bool seen_san = false;
    while (!der_empty(&list)) {
        der ext, oid, value;
        bool critical;
        if (!der_expect(&list, DER_SEQUENCE, &ext) || !der_expect(&ext, DER_OID, &oid) ||
            !der_optional(&ext, DER_BOOLEAN, NULL, &critical) ||
            !der_expect(&ext, DER_OCTET_STRING, &value) || !der_empty(&ext))
            return false;
        if (OID_IS(oid, OID_SAN)) {
            if (seen_san)
                return false;   /* Go: duplicate extension */
            seen_san = true;
            der names;
            if (!der_expect(&value, DER_SEQUENCE, &names) || !der_empty(&value))
                return false;
            /* every GeneralName must at least be a well-formed element */
            der walk = names;
            while (!der_empty(&walk)) {
                der_tlv t;
                if (!der_read(&walk, &t))
                    return false;
            }
            c->san = names;
        }
    }
    return true;
}

bool x509_cert_parse(const uint8_t *p, size_t n, x509_cert *out, const char **why)
{
    *out = (x509_cert){ .key = { .type = X509_KEY_UNKNOWN } };
    *why = "x509: malformed certificate";
    der in = der_of(p, n), cert, tbs, sig_alg, params, sig;
    if (!der_expect(&in, DER_SEQUENCE, &cert))
        return false;
    if (!der_empty(&in)) {
        *why = "x509: trailing data";
        return false;
    }
    if (!der_expect(&cert, DER_SEQUENCE, &tbs) || !algorithm(&cert, &sig_alg, &params) ||
        !der_expect(&cert, DER_BIT_STRING, &sig) || !der_empty(&cert))
        return false;
    der version_box, serial, key_info, ext, dates, subject;
    bool has_version, present;
    unsigned version = 0;
    if (!der_optional(&tbs, DER_CTX_CONS(0), &version_box, &has_version))
        return false;
    if (has_version) {
        der v;
        if (!der_expect(&version_box, DER_INTEGER, &v) || !der_empty(&version_box) ||
            !der_small_int(v, &version) || version > 2) {
            *why = "x509: malformed version";
            return false;
        }
    }
    if (!der_expect(&tbs, DER_INTEGER, &serial) || serial.n == 0 ||
        !algorithm(&tbs, &sig_alg, &params) ||
        !der_expect(&tbs, DER_SEQUENCE, NULL) ||          /* issuer */
        !der_expect(&tbs, DER_SEQUENCE, &dates) ||
        !der_expect(&tbs, DER_SEQUENCE, &subject) ||
        !der_expect(&tbs, DER_SEQUENCE, &key_info))
        return false;
    if (!validity(dates, out)) {
        *why = "x509: malformed validity";
        return false;
    }
    if (!subject_cn(subject, &out->common_name)) {
        *why = "x509: invalid subject";
        return false;
    }
    if (!spki(key_info, &out->key)) {
        *why = "x509: malformed public key";
        return false;
    }
    if (!der_optional(&tbs, DER_CTX_PRIM(1), NULL, &present) ||   /* issuerUniqueID */
        !der_optional(&tbs, DER_CTX_PRIM(2), NULL, &present) ||   /* subjectUniqueID */
        !der_optional(&tbs, DER_CTX_CONS(3), &ext, &present))
        return false;
    if (present && (version != 2 || !extensions(ext, out))) {
        *why = "x509: malformed extensions";
        return false;
    }
    return der_empty(&tbs);
}

bool x509_next_dns_name(der *cursor, der *name)
{
    der_tlv t;
    while (der_read(cursor, &t)) {
        if (t.tag == DER_CTX_PRIM(2)) {   /* dNSName [2] IA5String */
            *name = t.v;
            return true;
        }
    }
    return false;
}

/* RSAPrivateKey ::= SEQUENCE { version, modulus, publicExponent,
 * privateExponent, prime1, prime2, exponent1, exponent2, coefficient,
 * otherPrimeInfos OPTIONAL } */
static bool pkcs1(der in, x509_pubkey *k)
{
    der s, v, n, e, x;
    unsigned version;
    if (!der_expect(&in, DER_SEQUENCE, &s) || !der_empty(&in) || !der_expect(&s, DER_INTEGER, &v) ||
        !der_small_int(v, &version) || version > 1 ||
        !der_expect(&s, DER_INTEGER, &n) || !der_expect(&s, DER_INTEGER, &e))
        return false;
    for (int i = 0; i < 6; i++)
        if (!der_expect(&s, DER_INTEGER, &x) || !der_unsigned(x, &x))
            return false;
    if (version == 1 && !der_expect(&s, DER_SEQUENCE, NULL))
        return false;
    k->type = X509_KEY_RSA;
    return der_empty(&s) && der_unsigned(n, &k->rsa_n) && der_unsigned(e, &k->rsa_e);
}

/* ECPrivateKey ::= SEQUENCE { version INTEGER (1), privateKey OCTET STRING,
 * parameters [0] OID OPTIONAL, publicKey [1] BIT STRING OPTIONAL }; the
 * curve may come from PKCS#8 instead (curve non-empty on entry). */
static bool sec1(der in, der curve, x509_pubkey *k)
{
    der s, v, priv, box, bits;
    unsigned version;
    bool present;
    if (!der_expect(&in, DER_SEQUENCE, &s) || !der_empty(&in) || !der_expect(&s, DER_INTEGER, &v) ||
        !der_small_int(v, &version) || version != 1 || !der_expect(&s, DER_OCTET_STRING, &priv) ||
        priv.n == 0)
        return false;
    k->type = X509_KEY_EC;
    k->ec_curve = curve;
    if (!der_optional(&s, DER_CTX_CONS(0), &box, &present))
        return false;
    if (present && (!der_expect(&box, DER_OID, &k->ec_curve) || !der_empty(&box)))
        return false;
    if (!der_optional(&s, DER_CTX_CONS(1), &box, &present))
        return false;
    if (present && (!der_expect(&box, DER_BIT_STRING, &bits) || !der_empty(&box) ||
                    !der_bit_string_bytes(bits, &k->point) || !ec_point_ok(k->point)))
        return false;
    return der_empty(&s) && k->ec_curve.n > 0;
}

/* PrivateKeyInfo ::= SEQUENCE { version, privateKeyAlgorithm,
 * privateKey OCTET STRING, attributes [0] OPTIONAL, publicKey [1] OPTIONAL } */
static bool pkcs8(der in, x509_pubkey *k)
{
    der s, v, oid, params, priv;
    unsigned version;
    bool present;
    if (!der_expect(&in, DER_SEQUENCE, &s) || !der_empty(&in) || !der_expect(&s, DER_INTEGER, &v) ||
        !der_small_int(v, &version) || version > 1 || !algorithm(&s, &oid, &params) ||
        !der_expect(&s, DER_OCTET_STRING, &priv) ||
        !der_optional(&s, DER_CTX_CONS(0), NULL, &present))
        return false;
    der pub = { 0 };
    bool has_pub = false;
    if (!der_optional(&s, DER_CTX_PRIM(1), &pub, &has_pub) || !der_empty(&s))
        return false;
    if (OID_IS(oid, OID_RSA))
        return pkcs1(priv, k);
    if (OID_IS(oid, OID_EC)) {
        der curve;
        return der_expect(&params, DER_OID, &curve) && der_empty(&params) && sec1(priv, curve, k);
    }
    if (OID_IS(oid, OID_ED25519)) {
        der seed;
        if (!der_expect(&priv, DER_OCTET_STRING, &seed) || !der_empty(&priv) || seed.n != 32)
            return false;
        k->type = X509_KEY_ED25519;
        /* PKCS#8 v2 may carry the public key; else it is not decidable here */
        if (has_pub && (!der_bit_string_bytes(pub, &k->point) || k->point.n != 32))
            return false;
        return true;
    }
    return false;   /* Go: unknown algorithm in a PKCS#8 wrapping */
}

bool x509_key_parse(const uint8_t *p, size_t n, x509_key_format f, x509_pubkey *out)
{
    *out = (x509_pubkey){ .type = X509_KEY_UNKNOWN };
    der in = der_of(p, n);
    switch (f) {
    case X509_PKCS1: return pkcs1(in, out);
    case X509_PKCS8: return pkcs8(in, out);
    case X509_SEC1: return sec1(in, (der){ 0 }, out);
    }
    return false;
}

x509_match x509_key_matches(const x509_pubkey *cert, const x509_pubkey *key)
{
    if (cert->type == X509_KEY_UNKNOWN)
        return X509_UNKNOWN_ALGORITHM;
    if (cert->type != key->type)
        return X509_TYPE_MISMATCH;
    switch (cert->type) {
    case X509_KEY_RSA:
        return der_equal(cert->rsa_n, key->rsa_n) && der_equal(cert->rsa_e, key->rsa_e) ? X509_MATCH
                                                                                         : X509_KEY_MISMATCH;
    case X509_KEY_EC:
        if (!der_equal(cert->ec_curve, key->ec_curve))
            return X509_KEY_MISMATCH;
        return key->point.n == 0 || der_equal(cert->point, key->point) ? X509_MATCH : X509_KEY_MISMATCH;
    case X509_KEY_ED25519:
        return key->point.n == 0 || der_equal(cert->point, key->point) ? X509_MATCH : X509_KEY_MISMATCH;
    default:
        return X509_UNKNOWN_ALGORITHM;
    }
}

/* CertificateList ::= SEQUENCE { tbsCertList, signatureAlgorithm,
 * signatureValue BIT STRING }; TBSCertList ::= SEQUENCE { version INTEGER
 * OPTIONAL (v2), signature, issuer Name, thisUpdate Time, nextUpdate Time
 * OPTIONAL, revokedCertificates SEQUENCE OF OPTIONAL, crlExtensions [0]
 * OPTIONAL } */
bool x509_crl_parse(const uint8_t *p, size_t n, x509_crl *out, const char **why)
{
    *out = (x509_crl){ 0 };
    *why = "x509: malformed crl";
    der in = der_of(p, n), list, tbs, alg, params, sig, v;
    if (!der_expect(&in, DER_SEQUENCE, &list))
        return false;
    if (!der_empty(&in)) {
        *why = "x509: trailing data after CRL";
        return false;
    }
    if (!der_expect(&list, DER_SEQUENCE, &tbs) || !algorithm(&list, &alg, &params) ||
        !der_expect(&list, DER_BIT_STRING, &sig) || !der_empty(&list))
        return false;
    bool present;
    if (!der_optional(&tbs, DER_INTEGER, &v, &present))
        return false;
    unsigned version;
    if (present && (!der_small_int(v, &version) || version > 1)) {
        *why = "x509: unsupported crl version";
        return false;
    }
    if (!algorithm(&tbs, &alg, &params) || !der_expect(&tbs, DER_SEQUENCE, NULL))   /* issuer */
        return false;
    if (!der_time(&tbs, &out->this_update)) {
        *why = "x509: malformed crl thisUpdate";   /* wording of ours */
        return false;
    }
    if (der_next_is_time(&tbs)) {
        if (!der_time(&tbs, &out->next_update)) {
            *why = "x509: malformed crl nextUpdate";
            return false;
        }
        out->has_next_update = true;
    }
    if (!der_optional(&tbs, DER_SEQUENCE, NULL, &present) ||        /* revokedCertificates */
        !der_optional(&tbs, DER_CTX_CONS(0), NULL, &present))      /* crlExtensions */
        return false;
    return der_empty(&tbs);
}
