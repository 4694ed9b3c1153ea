/* Byte-level helpers over the input text shared by both loaders: the UTF-8
 * check libyaml's reader makes (done up front so an encoding error never
 * takes down the documents before it), UTF-16 to UTF-8, line/column
 * counting, and finding the document marker where loading resumes after a
 * broken document. */
#include "loader.h"

#include <string.h>

static bool is_break_at(const unsigned char *u, size_t len, size_t i, bool yaml,
                        size_t *width)
{
    if (u[i] == '\n') {
        *width = 1;
    } else if (u[i] == '\r') {
        *width = (i + 1 < len && u[i + 1] == '\n') ? 2 : 1; /* CRLF is one break */
    } else if (yaml && u[i] == 0xC2 && i + 1 < len && u[i + 1] == 0x85) {
        *width = 2; /* NEL */
    } else if (yaml && u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
               (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
        *width = 3; /* LS, PS */
    } else {
        return false;
    }
    return true;
}

void text_advance(const char *s, size_t len, text_cursor *c, size_t to, bool yaml_breaks)
{
    const unsigned char *u = (const unsigned char *)s;
    if (to > len)
        to = len;
    while (c->off < to) {
        size_t w;
        if (u[c->off] >= 0x20 && u[c->off] < 0x80) { /* printable ASCII: no break, one column */
            c->off++;
            c->column++;
            continue;
        }
        if (is_break_at(u, len, c->off, yaml_breaks, &w)) {
            c->line++;
            c->column = 0;
        } else {
            w = text_char_width(u, len, c->off);
            c->column++;
        }
        c->off += w;
    }
    if (c->off > len)
        c->off = len;
}

static uint32_t clamp32(size_t v)
{
    return v >= UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

gwapi_pos text_pos(const load_params *p, const text_cursor *c)
{
    gwapi_pos pos = { p->file, clamp32(c->line + 1), clamp32(c->column + 1) };
    return pos;
}

/* What libyaml's reader accepts besides tab, LF and CR (YAML's printable set). */
static bool yaml_printable(uint32_t v)
{
    return (v >= 0x20 && v <= 0x7E) || v == 0x85 || (v >= 0xA0 && v <= 0xD7FF) ||
           (v >= 0xE000 && v <= 0xFFFD) || (v >= 0x10000 && v <= 0x10FFFF);
}

/* Checks one character at u[i] in the order libyaml's reader does, so the
 * message matches; returns its width or 0 with *why set. */
static size_t check_char(const unsigned char *u, size_t len, size_t i, bool printable,
                         const char **why)
{
    unsigned char c = u[i];
    size_t w = (c & 0x80) == 0 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
             : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (!w) {
        *why = "invalid leading UTF-8 octet";
        return 0;
    }
    if (w > len - i) {
        *why = "incomplete UTF-8 octet sequence";
        return 0;
    }
    uint32_t v = w == 1 ? c : w == 2 ? (c & 0x1Fu) : w == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t k = 1; k < w; k++) {
        if ((u[i + k] & 0xC0) != 0x80) {
            *why = "invalid trailing UTF-8 octet";
            return 0;
        }
        v = (v << 6) | (u[i + k] & 0x3Fu);
    }
    if ((w == 2 && v < 0x80) || (w == 3 && v < 0x800) || (w == 4 && v < 0x10000)) {
        *why = "invalid length of a UTF-8 sequence";
        return 0;
    }
    if ((v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) {
        *why = "invalid Unicode character";
        return 0;
    }
    if (printable && v != 0x09 && v != 0x0A && v != 0x0D && !yaml_printable(v)) {
        *why = "control characters are not allowed";
        return 0;
    }
    return w;
}

size_t text_ascii_end(const char *s, size_t from, size_t len)
{
    size_t i = from;
    const uint64_t highs = UINT64_C(0x8080808080808080);
    for (; i + 32 <= len; i += 32) { /* four words at a time: the usual input is ASCII */
        uint64_t w[4];
        memcpy(w, s + i, 32);
        if ((w[0] | w[1] | w[2] | w[3]) & highs)
            break;
    }
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & highs)
            break;
    }
    while (i < len && !((unsigned char)s[i] & 0x80))
        i++;
    return i;
}

size_t text_check_utf8(const char *s, size_t from, size_t len, bool printable,
                       const char **why)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = from;
    if (!printable) { /* only the UTF-8 to check: ASCII runs a word at a time */
        while ((i = text_ascii_end(s, i, len)) < len) {
            size_t w = check_char(u, len, i, false, why);
            if (!w)
                return i;
            i += w;
        }
        return len;
    }
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
    while (i < len) {
        /* Eight bytes at a time while none is >= 0x80, < 0x20 or 0x7F: the
         * usual text; a word holding a line break goes byte by byte. */
        uint64_t x, del;
        if (i + 8 <= len && (memcpy(&x, u + i, 8), del = x ^ (ones * 0x7F),
                             !((x | ((x - ones * 0x20) & ~x) | ((del - ones) & ~del)) & highs))) {
            i += 8;
            continue;
        }
        for (size_t stop = i + 8 < len ? i + 8 : len; i < stop;) {
            unsigned char c = u[i];
            if (c >= 0x20 && c < 0x7F) { /* the common case */
                i++;
                continue;
            }
            size_t w = check_char(u, len, i, printable, why);
            if (!w)
                return i;
            i += w;
        }
    }
    return len;
}

size_t text_next_line(const char *s, size_t len, size_t off)
{
    const unsigned char *u = (const unsigned char *)s;
    while (off < len) {
        size_t w;
        if (is_break_at(u, len, off, true, &w))
            return off + w;
        off++;
    }
    return len;
}

static bool is_marker(const unsigned char *u, size_t len, size_t i)
{
    if (len - i < 3)
        return false;
    if (!(u[i] == '-' && u[i + 1] == '-' && u[i + 2] == '-') &&
        !(u[i] == '.' && u[i + 1] == '.' && u[i + 2] == '.'))
        return false;
    size_t w;
    /* libyaml's test: the marker is followed by a blank, a break or the end. */
    return i + 3 == len || u[i + 3] == ' ' || u[i + 3] == '\t' || u[i + 3] == '\0' ||
           is_break_at(u, len, i + 3, true, &w);
}

size_t text_find_marker(const char *s, size_t len, size_t from)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t l = from; l < len; l = text_next_line(s, len, l)) {
        if (is_marker(u, len, l))
            return l;
    }
    return LOAD_NONE;
}

size_t text_put_utf8(char *o, uint32_t v)
{
    if (v < 0x80) {
        o[0] = (char)v;
        return 1;
    }
    if (v < 0x800) {
        o[0] = (char)(0xC0 | (v >> 6));
        o[1] = (char)(0x80 | (v & 0x3F));
        return 2;
    }
    if (v < 0x10000) {
        o[0] = (char)(0xE0 | (v >> 12));
        o[1] = (char)(0x80 | ((v >> 6) & 0x3F));
        o[2] = (char)(0x80 | (v & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (v >> 18));
    o[1] = (char)(0x80 | ((v >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((v >> 6) & 0x3F));
    o[3] = (char)(0x80 | (v & 0x3F));
    return 4;
}

static uint32_t unit16(const unsigned char *u, bool be)
{
    return be ? (uint32_t)u[0] << 8 | u[1] : (uint32_t)u[1] << 8 | u[0];
}

size_t text_from_utf16(const unsigned char *u, size_t len, bool big_endian, char *out,
                       const char **why)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        if (len - i < 2) {
            *why = "incomplete UTF-16 character";
            break;
        }
        uint32_t v = unit16(u + i, big_endian);
        size_t w = 2;
        if (v >= 0xDC00 && v <= 0xDFFF) {
            *why = "unexpected low surrogate area";
            break;
        }
        if (v >= 0xD800 && v <= 0xDBFF) {
            if (len - i < 4) {
                *why = "incomplete UTF-16 surrogate pair";
                break;
            }
            uint32_t lo = unit16(u + i + 2, big_endian);
            if (lo < 0xDC00 || lo > 0xDFFF) {
                *why = "expected low surrogate area";
                break;
            }
            v = 0x10000 + ((v & 0x3FF) << 10) + (lo & 0x3FF);
            w = 4;
        }
        n += text_put_utf8(out + n, v);
        i += w;
    }
    return n;
}
