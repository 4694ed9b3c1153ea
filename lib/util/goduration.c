/* Go's time.ParseDuration, which CEL's duration() and Envoy Gateway's
 * duration fields use. */
#include "goduration.h"

#include <string.h>

bool go_parse_duration(const char *s, size_t n, int64_t *out)
{
    if (!s)
        return false;
    const char *end = s + n;
    static const struct { const char *unit; uint64_t ns; } units[] = {
        {"ns", 1ull}, {"us", 1000ull}, {"\xc2\xb5s", 1000ull}, {"\xce\xbcs", 1000ull},
        {"ms", 1000000ull}, {"s", 1000000000ull}, {"m", 60000000000ull},
        {"h", 3600000000000ull},
    };
    bool neg = false;
    if (s < end && (*s == '-' || *s == '+'))
        neg = *s++ == '-';
    if (end - s == 1 && *s == '0') {
        *out = 0;
        return true;
    }
    if (s == end)
        return false;
    uint64_t total = 0;
    while (s < end) {
        uint64_t v = 0, frac = 0, scale = 1;
        bool pre = false, post = false;
        while (s < end && *s >= '0' && *s <= '9') {
            if (v > (UINT64_C(1) << 63) / 10)
                return false;
            v = v * 10 + (uint64_t)(*s++ - '0');
            if (v > (UINT64_C(1) << 63))
                return false;
            pre = true;
        }
        if (s < end && *s == '.') {
            s++;
            bool overflow = false;
            while (s < end && *s >= '0' && *s <= '9') {
                if (!overflow && frac <= (UINT64_MAX - 9) / 10 && scale <= UINT64_MAX / 10) {
                    frac = frac * 10 + (uint64_t)(*s - '0');
                    scale *= 10;
                } else {
                    overflow = true;
                }
                s++;
                post = true;
            }
        }
        if (!pre && !post)
            return false;
        size_t best = 0, best_len = 0;
        for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
            size_t ulen = strlen(units[i].unit);
            if ((size_t)(end - s) >= ulen && memcmp(s, units[i].unit, ulen) == 0 &&
                ulen > best_len) {
                best = i;
                best_len = ulen;
            }
        }
        if (!best_len)
            return false;
        s += best_len;
        uint64_t unit = units[best].ns;
        if (v > (UINT64_C(1) << 63) / unit)
            return false;
        v *= unit;
        if (frac) {
            v += (uint64_t)((double)frac * ((double)unit / (double)scale));
            if (v > (UINT64_C(1) << 63))
                return false;
        }
        total += v;
        if (total > (UINT64_C(1) << 63))
            return false;
    }
    if (!neg && total > (uint64_t)INT64_MAX)
        return false;
    *out = neg ? (int64_t)(0 - total) : (int64_t)total;
    return true;
}
