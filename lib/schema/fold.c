/* Field lookup as Go's encoding/json matches object keys to struct fields
 * (Envoy Gateway decodes its resources with it): an exact match first,
 * else the first field whose name equals the key under foldName, which
 * maps every rune to ToUpper(ToLower(r)). The API server's decoder is
 * case-sensitive, so only the translation's decode uses this. */
#include "schema.h"

#include <string.h>

/* The folded form of the rune at s[*i] (advancing *i) as far as an ASCII
 * field name can equal it: ASCII letters upper-cased, the four non-ASCII
 * runes whose simple case mappings reach ASCII (U+0130 and U+0131 -> 'I',
 * U+017F long s -> 'S', U+212A Kelvin sign -> 'K'), any other rune -1. */
static int fold_rune(const unsigned char *s, size_t len, size_t *i)
{
    unsigned char c = s[*i];
    if (c < 0x80) {
        (*i)++;
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }
    if (c == 0xC4 && *i + 1 < len && (s[*i + 1] == 0xB0 || s[*i + 1] == 0xB1)) {
        *i += 2;
        return 'I';
    }
    if (c == 0xC5 && *i + 1 < len && s[*i + 1] == 0xBF) {
        *i += 2;
        return 'S';
    }
    if (c == 0xE2 && *i + 2 < len && s[*i + 1] == 0x84 && s[*i + 2] == 0xAA) {
        *i += 3;
        return 'K';
    }
    return -1;
}

static bool fold_equal(const char *field, const char *key, size_t len)
{
    const unsigned char *k = (const unsigned char *)key;
    size_t i = 0;
    for (const char *f = field; *f; f++) {
        if (i >= len)
            return false;
        int want = *f >= 'a' && *f <= 'z' ? *f - ('a' - 'A') : (unsigned char)*f;
        if (fold_rune(k, len, &i) != want)
            return false;
    }
    return i == len;
}

const gw_field *schema_field_go(const gw_schema *s, const char *name, size_t len, bool *folded)
{
    if (folded)
        *folded = false;
    const gw_field *f = schema_field(s, name, len);
    for (uint32_t i = 0; !f && s && i < s->nfields; i++)
        if (fold_equal(s->fields[i].name, name, len)) {
            f = &s->fields[i];
            if (folded)
                *folded = true;
        }
    return f;
}
