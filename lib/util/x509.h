/* What a translator needs from a TLS Secret, read with the bounded DER
 * reader (der.h): the public key and the DNS names (subjectAltName) of an
 * X.509 certificate, the public half of a private key (PKCS#1 RSA, PKCS#8
 * RSA / EC / Ed25519, SEC1 EC), and whether the two belong together.
 * The validity period and subject common name are read so a caller can
 * check dates against a time it is given, and a CRL's thisUpdate /
 * nextUpdate likewise. Signatures and chains are not checked: this is not
 * a TLS library, only the structural checks Go's crypto/x509 and
 * tls.X509KeyPair make before Envoy Gateway accepts a Secret. Nothing is
 * allocated: results point into the caller's DER. */
#ifndef GWAPI_X509_H
#define GWAPI_X509_H

#include "der.h"

typedef enum x509_key_type {
    X509_KEY_UNKNOWN = 0,   /* an algorithm this reader does not know */
    X509_KEY_RSA,
    X509_KEY_EC,
    X509_KEY_ED25519,
} x509_key_type;

/* A public key, or the public half a private key determines. */
typedef struct x509_pubkey {
    x509_key_type type;
    der rsa_n, rsa_e;       /* RSA: modulus and exponent, minimal unsigned */
    der ec_curve;           /* EC: named curve OID contents */
    der point;              /* EC point / Ed25519 key; empty when a private
                               key does not carry its public half */
} x509_pubkey;

typedef struct x509_cert {
    x509_pubkey key;
    der san;                /* subjectAltName GeneralNames contents (empty: none) */
    int64_t not_before, not_after;  /* validity, Unix seconds */
    der common_name;        /* the subject's last CN value (Go's
                               Subject.CommonName; empty: none) */
} x509_cert;

/* Parses one DER certificate; false when it is not one (the reason in
 * *why, Go's wording where it has one). */
bool x509_cert_parse(const uint8_t *p, size_t n, x509_cert *out, const char **why);

/* The next dNSName of a certificate's subjectAltName (cursor starts as
 * cert->san); false at the end or on a malformed entry. */
bool x509_next_dns_name(der *cursor, der *name);

typedef enum x509_key_format {
    X509_PKCS1,             /* "RSA PRIVATE KEY" */
    X509_PKCS8,             /* "PRIVATE KEY" */
    X509_SEC1,              /* "EC PRIVATE KEY" */
} x509_key_format;

/* Parses a DER private key of the given format into its public half. */
bool x509_key_parse(const uint8_t *p, size_t n, x509_key_format f, x509_pubkey *out);

typedef enum x509_match {
    X509_MATCH = 0,         /* the same key pair (or not decidable: a key
                               without its public half) */
    X509_TYPE_MISMATCH,     /* "tls: private key type does not match public key type" */
    X509_KEY_MISMATCH,      /* "tls: private key does not match public key" */
    X509_UNKNOWN_ALGORITHM, /* "tls: unknown public key algorithm" */
} x509_match;

x509_match x509_key_matches(const x509_pubkey *cert, const x509_pubkey *key);

/* An X.509 v1/v2 CRL (RFC 5280 5.1): only its dates. */
typedef struct x509_crl {
    int64_t this_update;    /* Unix seconds */
    bool has_next_update;
    int64_t next_update;
} x509_crl;

/* Parses one DER CertificateList; false when it is not one (*why in Go's
 * wording). */
bool x509_crl_parse(const uint8_t *p, size_t n, x509_crl *out, const char **why);

#endif
