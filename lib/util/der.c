/* The bounded DER reader (see der.h). */
#include "der.h"
#include "gotime.h"

#include <string.h>

bool der_read(der *d, der_tlv *out)
{
    if (d->n < 2)
        return false;
    const uint8_t *p = d->p;
    size_t left = d->n;
    unsigned tag = p[0];
    if ((tag & 0x1f) == 0x1f)       /* high-tag-number form: not in X.509 keys */
        return false;
    size_t len = p[1];
    size_t hdr = 2;
    if (len & 0x80) {
        size_t nb = len & 0x7f;
        if (nb == 0 || nb > 4 || left < 2 + nb)   /* indefinite, or too long */
            return false;
        if (p[2] == 0)                            /* not minimal */
            return false;
        len = 0;
        for (size_t i = 0; i < nb; i++)
            len = (len << 8) | p[2 + i];
        if (len < 0x80)                           /* short form was due */
            return false;
        hdr = 2 + nb;
    }
    if (len > left - hdr)
        return false;
    out->tag = tag;
    out->v.p = p + hdr;
    out->v.n = len;
    d->p = p + hdr + len;
    d->n = left - hdr - len;
    return true;
}

bool der_expect(der *d, unsigned tag, der *contents)
{
    der save = *d;
    der_tlv t;
    if (!der_read(d, &t) || t.tag != tag) {
        *d = save;
        return false;
    }
    if (contents)
        *contents = t.v;
    return true;
}

bool der_next_is(const der *d, unsigned tag)
{
    return d->n > 0 && d->p[0] == tag;
}

bool der_optional(der *d, unsigned tag, der *contents, bool *present)
{
    *present = der_next_is(d, tag);
    if (!*present)
        return true;
    return der_expect(d, tag, contents);
}

bool der_unsigned(der integer, der *magnitude)
{
    if (integer.n == 0 || (integer.p[0] & 0x80))
        return false;
    if (integer.n > 1 && integer.p[0] == 0 && !(integer.p[1] & 0x80))
        return false;                 /* a redundant leading zero */
    while (integer.n > 1 && integer.p[0] == 0) {
        integer.p++;
        integer.n--;
    }
    *magnitude = integer;
    return true;
}

bool der_small_int(der integer, unsigned *value)
{
    der m;
    if (!der_unsigned(integer, &m) || m.n > 2)
        return false;
    unsigned v = 0;
    for (size_t i = 0; i < m.n; i++)
        v = (v << 8) | m.p[i];
    *value = v;
    return true;
}

bool der_bit_string_bytes(der bits, der *bytes)
{
    if (bits.n == 0 || bits.p[0] != 0)
        return false;
    bytes->p = bits.p + 1;
    bytes->n = bits.n - 1;
    return true;
}

bool der_equal(der a, der b)
{
    return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}

static bool digits(const uint8_t *p, size_t n, unsigned *out)
{
    unsigned v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (unsigned)(p[i] - '0');
    }
    *out = v;
    return true;
}

bool der_next_is_time(const der *d)
{
    return der_next_is(d, DER_UTC_TIME) || der_next_is(d, DER_GENERALIZED_TIME);
}

bool der_time(der *d, int64_t *unix_out)
{
    der save = *d;
    der_tlv t;
    if (!der_read(d, &t) || (t.tag != DER_UTC_TIME && t.tag != DER_GENERALIZED_TIME))
        goto bad;
    const uint8_t *p = t.v.p, *end = t.v.p + t.v.n;
    size_t yl = t.tag == DER_UTC_TIME ? 2 : 4;
    unsigned y, mo, da, h, mi, s = 0, oh = 0, om = 0;
    if (t.v.n < yl + 8 || !digits(p, yl, &y) || !digits(p + yl, 2, &mo) || !digits(p + yl + 2, 2, &da) ||
        !digits(p + yl + 4, 2, &h) || !digits(p + yl + 6, 2, &mi))
        goto bad;
    p += yl + 8;
    /* seconds: required in GeneralizedTime; UTCTime may stop at minutes
     * (cryptobyte's fallback format) */
    if (end - p >= 2 && p[0] >= '0' && p[0] <= '9') {
        if (!digits(p, 2, &s))
            goto bad;
        p += 2;
    } else if (yl == 4) {
        goto bad;
    }
    int sign = 0;
    if (end - p == 1 && *p == 'Z') {
        sign = 0;
    } else if (end - p == 5 && (*p == '+' || *p == '-') && digits(p + 1, 2, &oh) && digits(p + 3, 2, &om) &&
               oh < 24 && om < 60 && (oh || om)) {   /* Go prints a zero offset as Z */
        sign = *p == '+' ? 1 : -1;
    } else {
        goto bad;
    }
    if (yl == 2)
        y += y < 50 ? 2000 : 1900;
    if (mo < 1 || mo > 12 || da < 1 || (int)da > go_days_in((int)mo, (int)y) || h > 23 || mi > 59 || s > 59)
        goto bad;
    *unix_out = go_days_from_civil(y, mo, da) * 86400 + h * 3600 + mi * 60 + s -
                sign * (int64_t)(oh * 3600 + om * 60);
    return true;
bad:
    *d = save;
    return false;
}
