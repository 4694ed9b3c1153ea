/* UTF-8 counting as Go counts runes (utf8.RuneCountInString) for well-formed
 * text: every byte that does not continue a sequence starts a rune. */
#ifndef GWAPI_UTF8_H
#define GWAPI_UTF8_H

#include <stddef.h>

static inline size_t utf8_runes(const char *s, size_t n)
{
    size_t runes = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            runes++;
    return runes;
}

#endif
