/* libFuzzer target: the certificate readers on their own, where mutations
 * reach DER directly (in fuzz_translate they must survive base64 and PEM
 * first). The bytes are searched for PEM blocks (pem.h), each block body
 * and then the raw bytes are parsed as a certificate (its DNS names
 * walked, its validity dates formatted), as a CRL (its dates formatted)
 * and as a private key in each format, and each key compared with the
 * last certificate. Results are not checked: only that nothing reads
 * out of bounds, crashes or hangs. */
#include "fuzz.h"

#include <stdlib.h>
#include "util/base64.h"
#include "util/gotime.h"
#include "util/pem.h"
#include "util/x509.h"

static size_t parse(const uint8_t *p, size_t n, x509_cert *last)
{
    size_t seen = 0;
    const char *why;
    x509_cert c;
    if (x509_cert_parse(p, n, &c, &why)) {
        der cur = c.san, name;
        while (x509_next_dns_name(&cur, &name))
            seen += name.n;
        char when[48];
        go_format_utc(c.not_before, when);
        go_format_utc(c.not_after, when);
        seen += (size_t)when[0] + c.common_name.n;
        *last = c;
    }
    x509_crl crl;
    if (x509_crl_parse(p, n, &crl, &why)) {
        char when[48];
        go_format_utc(crl.this_update, when);
        if (crl.has_next_update)
            go_format_utc(crl.next_update, when);
        seen += (size_t)when[0];
    }
    static const x509_key_format formats[] = { X509_PKCS1, X509_PKCS8, X509_SEC1 };
    for (size_t i = 0; i < 3; i++) {
        x509_pubkey k;
        if (x509_key_parse(p, n, formats[i], &k))
            seen += (size_t)x509_key_matches(&last->key, &k);
    }
    return seen;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *buf = malloc(b64_decoded_max(size));
    if (!buf)
        return 0;
    x509_cert last = { .key = { .type = X509_KEY_UNKNOWN } };
    volatile size_t sink = 0;
    pem_reader r = pem_reader_of((const char *)data, size);
    pem_block b;
    while (pem_next(&r, buf, &b))
        sink += parse(b.bytes, b.len, &last);
    /* last may point into buf, which the next block overwrote: parse the
     * raw bytes against a fresh state */
    last = (x509_cert){ .key = { .type = X509_KEY_UNKNOWN } };
    sink += parse(data, size, &last);
    free(buf);
    (void)sink;
    return 0;
}
