/* The bounded DER reader, base64, PEM search and the X.509 / private key
 * checks, on real openssl-made fixtures (tests/unit/x509/) and on
 * truncated, corrupted and hand-made garbage input (certificates, keys
 * and CRLs), which must be refused
 * without reading out of bounds (this suite also runs under ASan). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "util/base64.h"
#include "util/der.h"
#include "util/gotime.h"
#include "util/pem.h"
#include "util/x509.h"

#define FIXTURES SOURCE_DIR "/tests/unit/x509/"

typedef struct blob {
    char *text;        /* the file */
    size_t text_len;
    uint8_t *der;      /* its first PEM block, decoded */
    size_t len;
    pem_block block;
} blob;

static blob load(const char *name)
{
    blob b = { 0 };
    char path[512];
    snprintf(path, sizeof path, FIXTURES "%s", name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b.text = malloc((size_t)n + 1);
    assert_non_null(b.text);
    assert_int_equal(fread(b.text, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    b.text_len = (size_t)n;
    b.der = malloc(b64_decoded_max(b.text_len));
    pem_reader r = pem_reader_of(b.text, b.text_len);
    assert_true(pem_next(&r, b.der, &b.block));
    b.len = b.block.len;
    return b;
}

static void unload(blob *b)
{
    free(b->text);
    free(b->der);
}

static void base64_as_go_decodes(void **state)
{
    (void)state;
    uint8_t out[16];
    size_t n;
    assert_true(b64_decode("YWJj", 4, out, &n));
    assert_int_equal(n, 3);
    assert_memory_equal(out, "abc", 3);
    assert_true(b64_decode("YQ==\n", 5, out, &n));
    assert_int_equal(n, 1);
    assert_true(b64_decode("Y W\r\nJj", 7, out, &n));
    assert_int_equal(n, 3);
    assert_false(b64_decode("YQ=", 3, out, &n));       /* short padding */
    assert_false(b64_decode("YQ", 2, out, &n));        /* padding required */
    assert_false(b64_decode("YQ==YQ==", 8, out, &n));  /* data after padding */
    assert_false(b64_decode("Y===", 4, out, &n));
    assert_false(b64_decode("YW-j", 4, out, &n));
}

static void pem_blocks_as_go_finds_them(void **state)
{
    (void)state;
    static const char two[] = "junk before\n-----BEGIN A-----\nYWJj\n-----END A-----\n"
                              "-----BEGIN B-----\nProc-Type: 4,ENCRYPTED\n\nYQ==\n-----END B-----";
    uint8_t buf[64];
    pem_block b;
    pem_reader r = pem_reader_of(two, sizeof two - 1);
    assert_true(pem_next(&r, buf, &b));
    assert_true(pem_type_is(&b, "A"));
    assert_int_equal(b.len, 3);
    assert_true(pem_next(&r, buf, &b));
    assert_true(pem_type_is(&b, "B"));       /* headers skipped */
    assert_int_equal(b.len, 1);
    assert_false(pem_next(&r, buf, &b));

    static const char *const bad[] = {
        "-----BEGIN A-----\nYWJj\n-----END B-----\n",         /* END of another type */
        "-----BEGIN A-----\nYWJj\n",                          /* no END */
        "-----BEGIN A-----\nYW!j\n-----END A-----\n",         /* not base64 */
        "-----BEGIN A----\nYWJj\n-----END A-----\n",          /* short dashes */
        "-----BEGIN A-----\nYWJj\n-----END A----- x\n",       /* junk after END */
        "x-----BEGIN A-----\nYWJj\n-----END A-----\n",        /* BEGIN not at a line start */
        "",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        r = pem_reader_of(bad[i], strlen(bad[i]));
        assert_false(pem_next(&r, buf, &b));
    }
    /* a broken block is skipped, the next one found */
    static const char skip[] = "-----BEGIN A-----\n!!\n-----END A-----\n-----BEGIN C-----\nYWJj\n-----END C-----\n";
    r = pem_reader_of(skip, sizeof skip - 1);
    assert_true(pem_next(&r, buf, &b));
    assert_true(pem_type_is(&b, "C"));
}

static void pem_search_stays_linear(void **state)
{
    (void)state;
    /* 20,000 BEGIN lines before one END of another type: each BEGIN must
     * not rescan to the END (callgrind-free check: it must finish fast and
     * find nothing). */
    size_t reps = 20000;
    const char *line = "-----BEGIN X-----\n";
    size_t ll = strlen(line);
    const char *tail = "-----END Y-----\n";
    size_t n = reps * ll + strlen(tail);
    char *s = malloc(n + 1);
    uint8_t *buf = malloc(b64_decoded_max(n));
    for (size_t i = 0; i < reps; i++)
        memcpy(s + i * ll, line, ll);
    strcpy(s + reps * ll, tail);
    pem_reader r = pem_reader_of(s, n);
    pem_block b;
    assert_false(pem_next(&r, buf, &b));
    free(s);
    free(buf);
}

static void der_refuses_what_der_forbids(void **state)
{
    (void)state;
    der_tlv t;
    static const uint8_t ok[] = { 0x30, 0x03, 0x02, 0x01, 0x05 };
    der d = der_of(ok, sizeof ok);
    assert_true(der_read(&d, &t));
    assert_int_equal(t.tag, 0x30);
    assert_int_equal(t.v.n, 3);
    assert_true(der_empty(&d));
    static const uint8_t indefinite[] = { 0x30, 0x80, 0x00, 0x00 };
    static const uint8_t long_nonminimal[] = { 0x30, 0x81, 0x03, 0x02, 0x01, 0x05 };
    static const uint8_t leading_zero_len[] = { 0x30, 0x82, 0x00, 0x83 };
    static const uint8_t huge[] = { 0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x00 };
    static const uint8_t past_end[] = { 0x30, 0x05, 0x02, 0x01 };
    static const uint8_t high_tag[] = { 0x1f, 0x81, 0x01, 0x00 };
    static const uint8_t one[] = { 0x30 };
    const struct { const uint8_t *p; size_t n; } bad[] = {
        { indefinite, sizeof indefinite }, { long_nonminimal, sizeof long_nonminimal },
        { leading_zero_len, sizeof leading_zero_len }, { huge, sizeof huge },
        { past_end, sizeof past_end }, { high_tag, sizeof high_tag }, { one, sizeof one }, { one, 0 },
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        d = der_of(bad[i].p, bad[i].n);
        assert_false(der_read(&d, &t));
    }
    der m;
    static const uint8_t neg[] = { 0x80 }, redundant[] = { 0x00, 0x05 }, padded[] = { 0x00, 0x80 };
    assert_false(der_unsigned(der_of(neg, 1), &m));
    assert_false(der_unsigned(der_of(redundant, 2), &m));
    assert_true(der_unsigned(der_of(padded, 2), &m));
    assert_int_equal(m.n, 1);
    assert_int_equal(m.p[0], 0x80);
}

static void certificates_parse(void **state)
{
    (void)state;
    blob rsa = load("rsa.crt"), ec = load("ec.crt"), ed = load("ed25519.crt");
    x509_cert c;
    const char *why;
    assert_true(pem_type_is(&rsa.block, "CERTIFICATE"));
    assert_true(x509_cert_parse(rsa.der, rsa.len, &c, &why));
    assert_int_equal(c.key.type, X509_KEY_RSA);
    assert_true(c.key.rsa_n.n == 256);                 /* 2048-bit modulus */
    der cur = c.san, name;
    assert_true(x509_next_dns_name(&cur, &name));
    assert_int_equal(name.n, strlen("rsa.example.com"));
    assert_memory_equal(name.p, "rsa.example.com", name.n);
    assert_true(x509_next_dns_name(&cur, &name));
    assert_memory_equal(name.p, "*.wild.example.com", name.n);
    assert_false(x509_next_dns_name(&cur, &name));     /* the IP SAN is not a DNS name */

    assert_true(x509_cert_parse(ec.der, ec.len, &c, &why));
    assert_int_equal(c.key.type, X509_KEY_EC);
    assert_int_equal(c.key.point.n, 65);
    assert_true(x509_cert_parse(ed.der, ed.len, &c, &why));
    assert_int_equal(c.key.type, X509_KEY_ED25519);
    assert_int_equal(c.san.n, 0);
    unload(&rsa);
    unload(&ec);
    unload(&ed);
}

/* Validity dates and subject CN; UTCTime (before 2050) and
 * GeneralizedTime (from 2050) as openssl writes them. */
static void certificate_validity_parses(void **state)
{
    (void)state;
    blob old = load("validity-expired.crt"), later = load("validity-future.crt"), ca = load("crl-issuer.crt");
    x509_cert c;
    const char *why;
    assert_true(x509_cert_parse(old.der, old.len, &c, &why));
    assert_int_equal(c.not_before, 1577836800);      /* 2020-01-01T00:00:00Z */
    assert_int_equal(c.not_after, 1577923200);       /* 2020-01-02T00:00:00Z */
    assert_int_equal(c.common_name.n, strlen("expired.example"));
    assert_memory_equal(c.common_name.p, "expired.example", c.common_name.n);
    assert_true(x509_cert_parse(later.der, later.len, &c, &why));
    assert_int_equal(c.not_before, 4070908800LL);    /* 2099-01-01T00:00:00Z */
    assert_int_equal(c.not_after, 4102358400LL);     /* 2099-12-31T00:00:00Z */
    assert_true(x509_cert_parse(ca.der, ca.len, &c, &why));
    assert_true(c.not_after > c.not_before);
    assert_memory_equal(c.common_name.p, "gwapi test CA", c.common_name.n);   /* CN after O */
    unload(&old);
    unload(&later);
    unload(&ca);
}

static void crl_dates_parse(void **state)
{
    (void)state;
    blob old = load("crl-expired.crl"), lng = load("crl-long.crl"), rev = load("crl-revoked.crl");
    x509_crl c;
    const char *why;
    assert_true(pem_type_is(&old.block, "X509 CRL"));
    assert_true(x509_crl_parse(old.der, old.len, &c, &why));
    assert_int_equal(c.this_update, 1577836800);     /* 2020-01-01 */
    assert_true(c.has_next_update);
    assert_int_equal(c.next_update, 1577923200);     /* 2020-01-02 */
    assert_true(x509_crl_parse(lng.der, lng.len, &c, &why));
    assert_int_equal(c.this_update, 1735689600);     /* 2025-01-01 */
    assert_int_equal(c.next_update, 4891363200LL);   /* 2125-01-01, GeneralizedTime */
    assert_true(x509_crl_parse(rev.der, rev.len, &c, &why));   /* with a revoked entry */
    assert_int_equal(c.this_update, 1767225600);     /* 2026-01-01 */
    assert_int_equal(c.next_update, 1769904000);     /* 2026-02-01 */
    /* a certificate is not a CRL, nor a CRL a certificate */
    blob cert = load("rsa.crt");
    x509_cert xc;
    assert_false(x509_crl_parse(cert.der, cert.len, &c, &why));
    assert_false(x509_cert_parse(old.der, old.len, &xc, &why));
    unload(&cert);
    unload(&old);
    unload(&lng);
    unload(&rev);
}

static bool time_of(const char *tlv, size_t n, int64_t *t)
{
    der d = der_of((const uint8_t *)tlv, n);
    return der_time(&d, t) && der_empty(&d);
}
#define TIME_OF(lit, t) time_of(lit, sizeof lit - 1, t)

static void times_as_go_reads_them(void **state)
{
    (void)state;
    int64_t t;
    assert_true(TIME_OF("\x17\x0d" "491231235959Z", &t));      /* YY < 50: 20YY */
    assert_int_equal(t, 2524607999LL);
    assert_true(TIME_OF("\x17\x0d" "500101000000Z", &t));      /* YY >= 50: 19YY */
    assert_int_equal(t, -631152000LL);
    assert_true(TIME_OF("\x18\x0f" "20240229120000Z", &t));    /* a leap day */
    assert_int_equal(t, 1709208000LL);
    assert_false(TIME_OF("\x18\x0f" "20230229120000Z", &t));   /* not a leap year */
    assert_false(TIME_OF("\x17\x0d" "200230000000Z", &t));     /* Feb 30 */
    assert_false(TIME_OF("\x17\x0d" "201301000000Z", &t));     /* month 13 */
    assert_false(TIME_OF("\x17\x0d" "200101240000Z", &t));     /* hour 24 */
    assert_false(TIME_OF("\x17\x0d" "2001010000000", &t));     /* no Z */
    assert_true(TIME_OF("\x17\x0b" "2001010000Z", &t));        /* minutes only: Go's fallback */
    assert_int_equal(t, 1577836800);
    assert_true(TIME_OF("\x17\x11" "200101000000+0100", &t));  /* an offset, as Go reads it */
    assert_int_equal(t, 1577833200);
    assert_true(TIME_OF("\x18\x13" "20200101000000-0130", &t));
    assert_int_equal(t, 1577842200);
    assert_false(TIME_OF("\x17\x11" "200101000000+0000", &t)); /* Go writes that as Z */
    assert_false(TIME_OF("\x17\x11" "200101000000+2400", &t));
    assert_false(TIME_OF("\x18\x0d" "202001010000Z", &t));     /* GeneralizedTime needs seconds */
    assert_false(TIME_OF("\x18\x11" "20200101000000.5Z", &t)); /* no fractions */
    assert_false(TIME_OF("\x18\x0d" "200101000000Z", &t));     /* 2-digit GeneralizedTime */
    assert_false(TIME_OF("\x04\x0d" "200101000000Z", &t));     /* not a time */
    assert_false(TIME_OF("\x17\x0d" "2001010000", &t));        /* truncated */

    char buf[48];
    go_format_utc(1577923200, buf);
    assert_string_equal(buf, "2020-01-02 00:00:00 +0000 UTC");
    go_format_utc(1107691200, buf);
    assert_string_equal(buf, "2005-02-06 12:00:00 +0000 UTC");
    go_format_utc(1709208000, buf);
    assert_string_equal(buf, "2024-02-29 12:00:00 +0000 UTC");
    go_format_utc(-631152000LL, buf);
    assert_string_equal(buf, "1950-01-01 00:00:00 +0000 UTC");
}

static x509_match pair(const char *crt, const char *key, x509_key_format f)
{
    blob c = load(crt), k = load(key);
    x509_cert cert;
    x509_pubkey pk;
    const char *why;
    assert_true(x509_cert_parse(c.der, c.len, &cert, &why));
    assert_true(x509_key_parse(k.der, k.len, f, &pk));
    x509_match m = x509_key_matches(&cert.key, &pk);
    unload(&c);
    unload(&k);
    return m;
}

static void keys_match_their_certificates(void **state)
{
    (void)state;
    assert_int_equal(pair("rsa.crt", "rsa-pkcs8.key", X509_PKCS8), X509_MATCH);
    assert_int_equal(pair("rsa.crt", "rsa-pkcs1.key", X509_PKCS1), X509_MATCH);
    assert_int_equal(pair("rsa.crt", "other-rsa.key", X509_PKCS8), X509_KEY_MISMATCH);
    assert_int_equal(pair("other-rsa.crt", "rsa-pkcs1.key", X509_PKCS1), X509_KEY_MISMATCH);
    assert_int_equal(pair("ec.crt", "ec-sec1.key", X509_SEC1), X509_MATCH);
    assert_int_equal(pair("ec.crt", "ec-pkcs8.key", X509_PKCS8), X509_MATCH);
    assert_int_equal(pair("rsa.crt", "ec-pkcs8.key", X509_PKCS8), X509_TYPE_MISMATCH);
    assert_int_equal(pair("ed25519.crt", "ed25519.key", X509_PKCS8), X509_MATCH);

    /* a key read in the wrong format is refused */
    blob k = load("rsa-pkcs1.key");
    x509_pubkey pk;
    assert_false(x509_key_parse(k.der, k.len, X509_PKCS8, &pk));
    assert_false(x509_key_parse(k.der, k.len, X509_SEC1, &pk));
    unload(&k);
}

/* Every proper prefix of valid DER is refused, and every single-byte
 * corruption is handled without reading out of bounds. */
static void truncated_and_corrupted_der_is_refused(void **state)
{
    (void)state;
    enum { CERT, KEY, CRL };
    static const struct { const char *file; int what; x509_key_format f; } files[] = {
        { "rsa.crt", CERT, X509_PKCS8 }, { "ec.crt", CERT, X509_PKCS8 }, { "ed25519.crt", CERT, X509_PKCS8 },
        { "validity-expired.crt", CERT, X509_PKCS8 }, { "validity-future.crt", CERT, X509_PKCS8 },
        { "rsa-pkcs8.key", KEY, X509_PKCS8 }, { "rsa-pkcs1.key", KEY, X509_PKCS1 },
        { "ec-sec1.key", KEY, X509_SEC1 }, { "ec-pkcs8.key", KEY, X509_PKCS8 },
        { "crl-expired.crl", CRL, X509_PKCS8 }, { "crl-long.crl", CRL, X509_PKCS8 },
        { "crl-revoked.crl", CRL, X509_PKCS8 },
    };
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        blob b = load(files[i].file);
        for (size_t n = 0; n < b.len; n++) {
            /* a heap copy of exactly n bytes, so ASan sees any overread */
            uint8_t *cut = malloc(n ? n : 1);
            memcpy(cut, b.der, n);
            x509_cert c;
            x509_pubkey k;
            x509_crl l;
            const char *why;
            if (files[i].what == KEY)
                assert_false(x509_key_parse(cut, n, files[i].f, &k));
            else if (files[i].what == CRL)
                assert_false(x509_crl_parse(cut, n, &l, &why));
            else
                assert_false(x509_cert_parse(cut, n, &c, &why));
            free(cut);
        }
        uint8_t *copy = malloc(b.len);
        for (size_t at = 0; at < b.len; at++) {
            for (unsigned flip = 1; flip < 256; flip <<= 1) {
                memcpy(copy, b.der, b.len);
                copy[at] ^= (uint8_t)flip;
                x509_cert c;
                x509_pubkey k;
                x509_crl l;
                const char *why;
                if (files[i].what == KEY)
                    (void)x509_key_parse(copy, b.len, files[i].f, &k);
                else if (files[i].what == CRL)
                    (void)x509_crl_parse(copy, b.len, &l, &why);
                else
                    (void)x509_cert_parse(copy, b.len, &c, &why);
            }
        }
        free(copy);
        unload(&b);
    }
    /* garbage */
    static const uint8_t junk[] = { 0x30, 0x82, 0x01, 0x00, 0xde, 0xad };
    x509_cert c;
    const char *why;
    assert_false(x509_cert_parse(junk, sizeof junk, &c, &why));
    assert_non_null(why);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(base64_as_go_decodes),
        cmocka_unit_test(pem_blocks_as_go_finds_them),
        cmocka_unit_test(pem_search_stays_linear),
        cmocka_unit_test(der_refuses_what_der_forbids),
        cmocka_unit_test(certificates_parse),
        cmocka_unit_test(certificate_validity_parses),
        cmocka_unit_test(crl_dates_parse),
        cmocka_unit_test(times_as_go_reads_them),
        cmocka_unit_test(keys_match_their_certificates),
        cmocka_unit_test(truncated_and_corrupted_der_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
