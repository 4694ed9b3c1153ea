/* Go-compatible IP address parsing (see ipaddr.h). */
#include "ipaddr.h"

#include <string.h>

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool ip_parse_v4(const char *s, size_t n, bool sloppy, unsigned char out[4])
{
    size_t i = 0;
    for (int part = 0; part < 4; part++) {
        if (part) {
            if (i >= n || s[i] != '.')
                return false;
            i++;
        }
        size_t start = i;
        unsigned v = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9' && v <= 255)
            v = v * 10 + (unsigned)(s[i++] - '0');
        if (i == start || v > 255 || (!sloppy && i - start > 1 && s[start] == '0'))
            return false;
        out[part] = (unsigned char)v;
    }
    return i == n;
}

bool ip_parse_v6(const char *s, size_t n, bool sloppy, unsigned char out[16], bool *zone)
{
    const char *pct = memchr(s, '%', n);
    *zone = false;
    if (pct) {
        if (pct + 1 == s + n)
            return false;   /* empty zone */
        *zone = true;
        n = (size_t)(pct - s);
    }
    memset(out, 0, 16);
    int ellipsis = -1;   /* byte index of "::" */
    size_t i = 0;
    int b = 0;
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        ellipsis = 0;
        i = 2;
    }
    while (i < n) {
        size_t start = i;
        unsigned v = 0;
        while (i < n && hex_digit(s[i]) >= 0) {
            v = v * 16 + (unsigned)hex_digit(s[i]);
            i++;
            if (i - start > 4)
                return false;
        }
        if (i == start)
            return false;
        if (i < n && s[i] == '.') {
            /* Embedded IPv4: the rest of the string. */
            if (b > 12 || (ellipsis < 0 && b != 12))
                return false;
            if (!ip_parse_v4(s + start, n - start, sloppy, out + b))
                return false;
            b += 4;
            i = n;
            break;
        }
        if (b > 14)
            return false;
        out[b++] = (unsigned char)(v >> 8);
        out[b++] = (unsigned char)v;
        if (i == n)
            break;
        if (s[i] != ':' || i + 1 == n)
            return false;
        i++;
        if (s[i] == ':') {
            if (ellipsis >= 0)
                return false;
            ellipsis = b;
            i++;
        }
    }
    if (ellipsis < 0)
        return b == 16;
    if (b == 16)
        return false;   /* "::" must stand for at least one group */
    int tail = b - ellipsis;
    memmove(out + 16 - tail, out + ellipsis, (size_t)tail);
    memset(out + ellipsis, 0, (size_t)(16 - tail - ellipsis));
    return true;
}

/* net.ParseIP / ParseIPSloppy: either family, no zone. */
static bool parse_ip(const char *s, size_t n, bool sloppy)
{
    unsigned char b[16];
    bool zone;
    return ip_parse_v4(s, n, sloppy, b) || (ip_parse_v6(s, n, sloppy, b, &zone) && !zone);
}

bool ip_format_ipv4(const char *s, size_t n)
{
    return parse_ip(s, n, true) && memchr(s, '.', n);
}

bool ip_format_ipv6(const char *s, size_t n)
{
    return parse_ip(s, n, false) && memchr(s, ':', n);
}
