/* A bounded DER reader: just enough ASN.1 to walk X.509 certificates and
 * private keys (lib/util/x509.c). It never allocates and never reads past
 * the buffer it is given; every malformed length, tag or encoding makes
 * the call return false, so hostile bytes are refused, never trusted.
 * Only what DER allows is read: single-byte tags, definite minimal lengths
 * (at most 4 length bytes). */
#ifndef GWAPI_DER_H
#define GWAPI_DER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The unread part of some DER contents. */
typedef struct der {
    const uint8_t *p;
    size_t n;
} der;

/* One element: its tag byte and contents. */
typedef struct der_tlv {
    unsigned tag;
    der v;
} der_tlv;

enum {
    DER_BOOLEAN = 0x01, DER_INTEGER = 0x02, DER_BIT_STRING = 0x03, DER_OCTET_STRING = 0x04,
    DER_NULL = 0x05, DER_OID = 0x06, DER_UTC_TIME = 0x17, DER_GENERALIZED_TIME = 0x18,
    DER_SEQUENCE = 0x30, DER_SET = 0x31,
};
/* Context-specific tags, [n] constructed (EXPLICIT) and primitive. */
#define DER_CTX_CONS(n) (0xa0u | (unsigned)(n))
#define DER_CTX_PRIM(n) (0x80u | (unsigned)(n))

static inline der der_of(const uint8_t *p, size_t n)
{
    der d = { p, n };
    return d;
}

static inline bool der_empty(const der *d)
{
    return d->n == 0;
}

/* Reads the next element; false when none is left or it is malformed. */
bool der_read(der *d, der_tlv *out);
/* Reads the next element, which must have tag; *contents gets its
 * contents (may be NULL to skip it). */
bool der_expect(der *d, unsigned tag, der *contents);
/* Whether the next element has tag (false at the end or on garbage). */
bool der_next_is(const der *d, unsigned tag);
/* An element that may be absent: read it when the next tag is tag
 * (*present says which); false only when it is there but malformed. */
bool der_optional(der *d, unsigned tag, der *contents, bool *present);

/* An INTEGER's contents as an unsigned big-endian number without leading
 * zero bytes; false for a negative or non-minimal encoding. */
bool der_unsigned(der integer, der *magnitude);
/* A small non-negative INTEGER (version fields). */
bool der_small_int(der integer, unsigned *value);
/* A BIT STRING's contents without the unused-bits byte; only whole bytes
 * (keys and points always are). */
bool der_bit_string_bytes(der bits, der *bytes);
/* A Time (RFC 5280 4.1.2.5) as Go's crypto/x509 (cryptobyte) reads it:
 * UTCTime YYMMDDHHMM[SS] (YY < 50 is 20YY) or GeneralizedTime
 * YYYYMMDDHHMMSS, then Z or a non-zero +hhmm / -hhmm offset; the instant
 * in Unix seconds. False when the next element is neither, or it does not
 * make a valid date. */
bool der_time(der *d, int64_t *unix_out);
/* Whether the next element is a UTCTime or GeneralizedTime. */
bool der_next_is_time(const der *d);

/* Byte equality of two contents. */
bool der_equal(der a, der b);

#endif
