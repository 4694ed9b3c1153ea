/* JSON syntax exactly as Go's encoding/json scanner (scanner.go) judges it:
 * the same state machine, so the first offending byte and the message are
 * the ones kubectl's decoder reports for input that starts like JSON.
 * cJSON, which parses afterwards, is more lenient (single quotes, trailing
 * commas, 0x50, 080 and `1.` get past it). */
#include "loader.h"

#include <stdio.h>
#include <string.h>

typedef enum jstate {
    S_BEGIN_VALUE_OR_EMPTY, S_BEGIN_VALUE, S_BEGIN_STRING_OR_EMPTY, S_BEGIN_STRING,
    S_END_VALUE, S_END_TOP, S_STR, S_STR_ESC, S_STR_U, S_STR_U1, S_STR_U12, S_STR_U123,
    S_NEG, S_1, S_0, S_DOT, S_DOT0, S_E, S_ESIGN, S_E0,
    S_T, S_TR, S_TRU, S_F, S_FA, S_FAL, S_FALS, S_N, S_NU, S_NUL
} jstate;

enum { P_OBJECT_KEY, P_OBJECT_VALUE, P_ARRAY_VALUE };

typedef struct jscan {
    jstate step;
    unsigned char *stack;   /* parse states of the open containers */
    size_t sp, cap;
    const load_params *p;
    const char *context;    /* set on error */
    bool nomem;
} jscan;

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool push(jscan *s, unsigned char ps)
{
    if (!load_grow(s->p, (void **)&s->stack, &s->cap, s->sp + 1, 1)) {
        s->nomem = true;
        return false;
    }
    s->stack[s->sp++] = ps;
    return true;
}

static bool fail(jscan *s, const char *context)
{
    s->context = context;
    return false;
}

static bool begin_value(jscan *s, unsigned char c)
{
    switch (c) {
    case '{': s->step = S_BEGIN_STRING_OR_EMPTY; return push(s, P_OBJECT_KEY);
    case '[': s->step = S_BEGIN_VALUE_OR_EMPTY; return push(s, P_ARRAY_VALUE);
    case '"': s->step = S_STR; return true;
    case '-': s->step = S_NEG; return true;
    case '0': s->step = S_0; return true;
    case 't': s->step = S_T; return true;
    case 'f': s->step = S_F; return true;
    case 'n': s->step = S_N; return true;
    }
    if (c >= '1' && c <= '9') {
        s->step = S_1;
        return true;
    }
    return fail(s, "looking for beginning of value");
}

static bool end_value(jscan *s, unsigned char c)
{
    if (s->sp == 0) {
        s->step = S_END_TOP;
        return is_space(c) || fail(s, "after top-level value");
    }
    if (is_space(c)) {
        s->step = S_END_VALUE;
        return true;
    }
    unsigned char *top = &s->stack[s->sp - 1];
    switch (*top) {
    case P_OBJECT_KEY:
        if (c != ':')
            return fail(s, "after object key");
        *top = P_OBJECT_VALUE;
        s->step = S_BEGIN_VALUE;
        return true;
    case P_OBJECT_VALUE:
        if (c == ',') {
            *top = P_OBJECT_KEY;
            s->step = S_BEGIN_STRING;
            return true;
        }
        if (c != '}')
            return fail(s, "after object key:value pair");
        break;
    default:
        if (c == ',') {
            s->step = S_BEGIN_VALUE;
            return true;
        }
        if (c != ']')
            return fail(s, "after array element");
    }
    s->sp--;
    s->step = s->sp ? S_END_VALUE : S_END_TOP;
    return true;
}

static bool literal(jscan *s, unsigned char c, char want, jstate next, const char *context)
{
    if (c != (unsigned char)want)
        return fail(s, context);
    s->step = next;
    return true;
}

static bool is_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool step(jscan *s, unsigned char c)
{
    switch (s->step) {
    case S_BEGIN_VALUE_OR_EMPTY:
        if (is_space(c))
            return true;
        if (c == ']')
            return end_value(s, c);
        return begin_value(s, c);
    case S_BEGIN_VALUE:
        return is_space(c) || begin_value(s, c);
    case S_BEGIN_STRING_OR_EMPTY:
        if (is_space(c))
            return true;
        if (c == '}') {
            s->stack[s->sp - 1] = P_OBJECT_VALUE;
            return end_value(s, c);
        }
        /* fall through */
    case S_BEGIN_STRING:
        if (is_space(c))
            return true;
        if (c != '"')
            return fail(s, "looking for beginning of object key string");
        s->step = S_STR;
        return true;
    case S_END_VALUE:
        return end_value(s, c);
    case S_END_TOP:
        return is_space(c) || fail(s, "after top-level value");
    case S_STR:
        if (c == '"') {
            s->step = S_END_VALUE;
            return true;
        }
        if (c == '\\') {
            s->step = S_STR_ESC;
            return true;
        }
        return c >= 0x20 || fail(s, "in string literal");
    case S_STR_ESC:
        if (c == 'u') {
            s->step = S_STR_U;
            return true;
        }
        if (!strchr("bfnrt\\/\"", c) || !c)
            return fail(s, "in string escape code");
        s->step = S_STR;
        return true;
    case S_STR_U:
    case S_STR_U1:
    case S_STR_U12:
    case S_STR_U123:
        if (!is_hex(c))
            return fail(s, "in \\u hexadecimal character escape");
        s->step = s->step == S_STR_U123 ? S_STR : (jstate)(s->step + 1);
        return true;
    case S_NEG:
        if (c == '0') {
            s->step = S_0;
            return true;
        }
        if (c >= '1' && c <= '9') {
            s->step = S_1;
            return true;
        }
        return fail(s, "in numeric literal");
    case S_1:
        if (digit(c))
            return true;
        /* fall through */
    case S_0:
        if (c == '.') {
            s->step = S_DOT;
            return true;
        }
        if (c == 'e' || c == 'E') {
            s->step = S_E;
            return true;
        }
        return end_value(s, c);
    case S_DOT:
        if (!digit(c))
            return fail(s, "after decimal point in numeric literal");
        s->step = S_DOT0;
        return true;
    case S_DOT0:
        if (digit(c))
            return true;
        if (c == 'e' || c == 'E') {
            s->step = S_E;
            return true;
        }
        return end_value(s, c);
    case S_E:
        if (c == '+' || c == '-') {
            s->step = S_ESIGN;
            return true;
        }
        /* fall through */
    case S_ESIGN:
        if (!digit(c))
            return fail(s, "in exponent of numeric literal");
        s->step = S_E0;
        return true;
    case S_E0:
        return digit(c) || end_value(s, c);
    case S_T: return literal(s, c, 'r', S_TR, "in literal true (expecting 'r')");
    case S_TR: return literal(s, c, 'u', S_TRU, "in literal true (expecting 'u')");
    case S_TRU: return literal(s, c, 'e', S_END_VALUE, "in literal true (expecting 'e')");
    case S_F: return literal(s, c, 'a', S_FA, "in literal false (expecting 'a')");
    case S_FA: return literal(s, c, 'l', S_FAL, "in literal false (expecting 'l')");
    case S_FAL: return literal(s, c, 's', S_FALS, "in literal false (expecting 's')");
    case S_FALS: return literal(s, c, 'e', S_END_VALUE, "in literal false (expecting 'e')");
    case S_N: return literal(s, c, 'u', S_NU, "in literal null (expecting 'u')");
    case S_NU: return literal(s, c, 'l', S_NUL, "in literal null (expecting 'l')");
    case S_NUL: return literal(s, c, 'l', S_END_VALUE, "in literal null (expecting 'l')");
    }
    return fail(s, "looking for beginning of value");
}

/* Go's quoteChar: the byte as strconv.Quote prints the rune U+00XX, in
 * single quotes. */
void json_quote_char(unsigned char c, char *out, size_t size)
{
    static const char esc[] = "\a\b\f\n\r\t\v", name[] = "abfnrtv";
    const char *e = c ? strchr(esc, c) : NULL;
    if (c == '\'')
        snprintf(out, size, "'\\''");
    else if (c == '"')
        snprintf(out, size, "'\"'");
    else if (e)
        snprintf(out, size, "'\\%c'", name[e - esc]);
    else if (c < 0x20 || c == 0x7f)
        snprintf(out, size, "'\\x%02x'", c);
    else if (c < 0x80)
        snprintf(out, size, "'%c'", c);
    else if (c <= 0xa0 || c == 0xad) /* not printable for strconv.IsPrint */
        snprintf(out, size, "'\\u%04x'", c);
    else
        snprintf(out, size, "'%c%c'", 0xc0 | (c >> 6), 0x80 | (c & 0x3f));
}

int json_scan_check(const load_params *p, const char *text, size_t len, size_t *bad,
                    char *msg, size_t msgsize)
{
    jscan s = { S_BEGIN_VALUE, NULL, 0, 0, p, NULL, false };
    size_t i = 0;
    for (; i < len; i++)
        if (!step(&s, (unsigned char)text[i]))
            break;
    int rc = 0;
    if (s.nomem) {
        rc = -1;
    } else if (s.context) {
        char q[16];
        json_quote_char((unsigned char)text[i], q, sizeof q);
        snprintf(msg, msgsize, "invalid character %s %s", q, s.context);
        *bad = i;
        rc = 1;
    } else if (s.step != S_END_TOP && !(s.sp == 0 && (s.step == S_END_VALUE || s.step == S_0 ||
                                                        s.step == S_1 || s.step == S_DOT0 ||
                                                        s.step == S_E0))) {
        /* Go's eof(): a number at the very end still completes. */
        snprintf(msg, msgsize, "unexpected end of JSON input");
        *bad = len;
        rc = 1;
    }
    load_scratch_free(p, s.stack, s.cap, 1);
    return rc;
}
