/* Standard base64 decoding (see base64.h). */
#include "base64.h"

static int digit(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

static bool space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool b64_decode(const char *in, size_t n, uint8_t *out, size_t *out_len)
{
    uint32_t acc = 0;
    unsigned have = 0;      /* digits in the current quantum */
    unsigned pad = 0;       /* '=' seen in the current quantum */
    size_t o = 0;
    bool done = false;      /* a padded quantum ended the data */
    *out_len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        if (space(c))
            continue;
        if (done)
            return false;
        if (c == '=') {
            if (have < 2 || have + pad >= 4)
                return false;
            pad++;
            if (have + pad == 4) {
                if (have == 2)
                    out[o++] = (uint8_t)(acc >> 4);
                else {
                    out[o++] = (uint8_t)(acc >> 10);
                    out[o++] = (uint8_t)(acc >> 2);
                }
                done = true;
            }
            continue;
        }
        int d = digit(c);
        if (d < 0 || pad)
            return false;
        acc = (acc << 6) | (uint32_t)d;
        if (++have == 4) {
            out[o++] = (uint8_t)(acc >> 16);
            out[o++] = (uint8_t)(acc >> 8);
            out[o++] = (uint8_t)acc;
            acc = 0;
            have = 0;
        }
    }
    if ((have || pad) && !done)
        return false;
    *out_len = o;
    return true;
}
