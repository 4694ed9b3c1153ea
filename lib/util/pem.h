/* PEM blocks found as Go's encoding/pem Decode finds them (the rules
 * Envoy Gateway's certificate checks see): a "-----BEGIN TYPE-----" line
 * at the start of the data or of a line, optional "Key: value" headers, a
 * base64 body and a matching "-----END TYPE-----" line; a block that does
 * not hold together is skipped and the search goes on after its BEGIN
 * line. Linear in the input however it is built. */
#ifndef GWAPI_PEM_H
#define GWAPI_PEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pem_reader {
    const char *p;          /* the unread input */
    size_t n;
    const char *end_hint;   /* where the last "\n-----END " search ended */
} pem_reader;

typedef struct pem_block {
    const char *type;       /* "CERTIFICATE", "PRIVATE KEY", ... (not NUL-terminated) */
    size_t type_len;
    const uint8_t *bytes;   /* the decoded body, in the caller's buffer */
    size_t len;
} pem_block;

static inline pem_reader pem_reader_of(const char *p, size_t n)
{
    pem_reader r = { p, n, NULL };
    return r;
}

/* The next block; buf must hold b64_decoded_max(n) bytes for the reader's
 * whole input n (every body is decoded into its start). */
bool pem_next(pem_reader *r, uint8_t *buf, pem_block *out);

/* Whether a block's type is t. */
bool pem_type_is(const pem_block *b, const char *t);

#endif
