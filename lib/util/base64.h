/* Standard base64 (RFC 4648, padded), as Go's base64.StdEncoding decodes a
 * Secret's data and a PEM body: CR, LF, space and tab are skipped; any
 * other byte outside the alphabet, bad padding or data after the padding
 * is an error. */
#ifndef GWAPI_BASE64_H
#define GWAPI_BASE64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Room b64_decode needs for n input bytes. */
static inline size_t b64_decoded_max(size_t n)
{
    return n / 4 * 3 + 3;
}

/* Decodes n bytes of in into out (b64_decoded_max(n) bytes); *out_len is
 * the decoded length. Stops at the first bad byte, so the work is bounded
 * by the input even when it fails. */
bool b64_decode(const char *in, size_t n, uint8_t *out, size_t *out_len);

#endif
