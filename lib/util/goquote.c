/* strconv.Quote and friends, byte-for-byte as Go escapes (see goquote.h). */
#include "goquote.h"

size_t goquote_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    size_t len;
    uint32_t c, min;
    if ((s[0] & 0xE0) == 0xC0) { len = 2; c = s[0] & 0x1F; min = 0x80; }
    else if ((s[0] & 0xF0) == 0xE0) { len = 3; c = s[0] & 0x0F; min = 0x800; }
    else if ((s[0] & 0xF8) == 0xF0) { len = 4; c = s[0] & 0x07; min = 0x10000; }
    else return 0;
    if (len > n) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return len;
}

/* Go keeps printable non-ASCII runes as they are; every valid rune above
 * U+00A0 outside the usual control, format and separator blocks counts as
 * printable here. */
bool goquote_rune_printable(uint32_t c)
{
    if (c < 0x20 || c == 0x7F) return false;
    if (c < 0x7F) return true;
    if (c < 0xA1 || c == 0xAD) return false;
    if (c >= 0x2000 && c <= 0x200F) return false;
    if (c >= 0x2028 && c <= 0x202F) return false;
    if (c >= 0x205F && c <= 0x206F) return false;
    if (c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)) return false;
    if (c >= 0xE000 && c <= 0xF8FF) return false;
    if ((c & 0xFFFE) == 0xFFFE) return false;
    return true;
}

static void put_escaped(strbuf *b, const char *str, size_t len, bool quote)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        uint32_t c;
        size_t n = goquote_utf8_decode(s + i, len - i, &c);
        if (n == 0) {
            strbuf_printf(b, "\\x%02x", s[i]);
            i++;
            continue;
        }
        if (quote && (c == '"' || c == '\\')) {
            strbuf_putc(b, '\\');
            strbuf_putc(b, (char)c);
        } else if (goquote_rune_printable(c) || (!quote && (c == '"' || c == '\\'))) {
            strbuf_putn(b, (const char *)s + i, n);
        } else {
            switch (c) {
            case '\a': strbuf_puts(b, "\\a"); break;
            case '\b': strbuf_puts(b, "\\b"); break;
            case '\f': strbuf_puts(b, "\\f"); break;
            case '\n': strbuf_puts(b, "\\n"); break;
            case '\r': strbuf_puts(b, "\\r"); break;
            case '\t': strbuf_puts(b, "\\t"); break;
            case '\v': strbuf_puts(b, "\\v"); break;
            default:
                if (c < 0x80)
                    strbuf_printf(b, "\\x%02x", (unsigned)c);
                else if (c < 0x10000)
                    strbuf_printf(b, "\\u%04x", (unsigned)c);
                else
                    strbuf_printf(b, "\\U%08x", (unsigned)c);
            }
        }
        i += n;
    }
}

void goquote_quote(strbuf *b, const char *s, size_t n)
{
    strbuf_putc(b, '"');
    put_escaped(b, s, n, true);
    strbuf_putc(b, '"');
}

void goquote_escape(strbuf *b, const char *s, size_t n)
{
    put_escaped(b, s, n, false);
}

void goquote_raw(strbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i])
            strbuf_putc(b, s[i]);
        else
            strbuf_puts(b, "\\x00");
    }
}

bool goquote_is_plain(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t n = goquote_utf8_decode(s + i, len - i, &c);
        if (n == 0 || !goquote_rune_printable(c))
            return false;
        i += n;
    }
    return true;
}
