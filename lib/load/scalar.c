/* Plain-scalar resolution exactly as go-yaml v2 does it for kubectl (via
 * sigs.k8s.io/yaml), the text sigs.k8s.io/yaml gives non-string map keys,
 * and locale-independent number conversion. */
#include "loader.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum word_kind { W_TRUE, W_FALSE, W_NULL, W_NAN, W_PINF, W_NINF };

/* go-yaml v2's resolve table: only these spellings, nothing case-folded.
 * Ordered by length: by_len[n] is where the words of n bytes start. */
#define W(text) text, sizeof text - 1
static const struct {
    const char *s;
    size_t len;
    enum word_kind kind;
} words[] = {
    { W("y"), W_TRUE }, { W("Y"), W_TRUE }, { W("n"), W_FALSE }, { W("N"), W_FALSE },
    { W("~"), W_NULL },
    { W("on"), W_TRUE }, { W("On"), W_TRUE }, { W("ON"), W_TRUE }, { W("no"), W_FALSE },
    { W("No"), W_FALSE }, { W("NO"), W_FALSE },
    { W("yes"), W_TRUE }, { W("Yes"), W_TRUE }, { W("YES"), W_TRUE }, { W("off"), W_FALSE },
    { W("Off"), W_FALSE }, { W("OFF"), W_FALSE },
    { W("true"), W_TRUE }, { W("True"), W_TRUE }, { W("TRUE"), W_TRUE }, { W("null"), W_NULL },
    { W("Null"), W_NULL }, { W("NULL"), W_NULL }, { W(".nan"), W_NAN }, { W(".NaN"), W_NAN },
    { W(".NAN"), W_NAN }, { W(".inf"), W_PINF }, { W(".Inf"), W_PINF }, { W(".INF"), W_PINF },
    { W("false"), W_FALSE }, { W("False"), W_FALSE }, { W("FALSE"), W_FALSE },
    { W("+.inf"), W_PINF }, { W("+.Inf"), W_PINF }, { W("+.INF"), W_PINF },
    { W("-.inf"), W_NINF }, { W("-.Inf"), W_NINF }, { W("-.INF"), W_NINF },
};
static const unsigned char by_len[7] = { 0, 0, 5, 11, 17, 29, 38 };
#undef W

static bool resolve_word(gwapi_value *v, const char *s, size_t len)
{
    if (len > 5)
        return false;
    for (size_t i = by_len[len]; i < by_len[len + 1]; i++) {
        /* Most plain scalars are no word: the first byte decides quickly. */
        if (words[i].s[0] != s[0] || memcmp(words[i].s, s, len) != 0)
            continue;
        switch (words[i].kind) {
        case W_TRUE: v->type = GWAPI_VALUE_BOOL; v->u.boolean = true; break;
        case W_FALSE: v->type = GWAPI_VALUE_BOOL; v->u.boolean = false; break;
        case W_NULL: v->type = GWAPI_VALUE_NULL; break;
        case W_NAN: v->type = GWAPI_VALUE_FLOAT; v->u.number = NAN; break;
        case W_PINF: v->type = GWAPI_VALUE_FLOAT; v->u.number = HUGE_VAL; break;
        case W_NINF: v->type = GWAPI_VALUE_FLOAT; v->u.number = -HUGE_VAL; break;
        }
        return true;
    }
    return false;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* strconv.ParseUint(s, 0, 64): 0x, 0o, 0b prefixes (any case, only with a
 * digit after them) and a bare leading 0 for octal. */
static bool parse_uint_base0(const char *s, size_t n, uint64_t *out)
{
    if (!n)
        return false;
    unsigned base = 10;
    if (s[0] == '0') {
        char p = (char)(s[1 < n ? 1 : 0] | 0x20);
        base = 8;
        if (n >= 3 && (p == 'b' || p == 'o' || p == 'x')) {
            base = p == 'b' ? 2 : p == 'o' ? 8 : 16;
            s++, n--;
        }
        s++, n--;
    }
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        unsigned d = is_digit(c) ? (unsigned)(c - '0')
                   : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (unsigned)((c | 0x20) - 'a' + 10)
                   : 99;
        if (d >= base || v > (UINT64_MAX - d) / base)
            return false;
        v = v * base + d;
    }
    *out = v;
    return true;
}

static bool to_int64(uint64_t u, bool neg, int64_t *out)
{
    if (u > (uint64_t)INT64_MAX + neg)
        return false;
    *out = !neg ? (int64_t)u : u > (uint64_t)INT64_MAX ? INT64_MIN : -(int64_t)u;
    return true;
}

/* strconv.ParseInt(s, 0, 64). */
static bool parse_int_base0(const char *s, size_t n, int64_t *out)
{
    bool neg = n && s[0] == '-';
    size_t skip = n && (s[0] == '-' || s[0] == '+');
    uint64_t u;
    if (!parse_uint_base0(s + skip, n - skip, &u))
        return false;
    return to_int64(u, neg, out);
}

bool load_parse_int64(const char *s, size_t len, int64_t *out)
{
    bool neg = len && s[0] == '-';
    uint64_t v = 0;
    if (len == (size_t)neg)
        return false;
    for (size_t i = neg; i < len; i++) {
        if (!is_digit(s[i]) || v > (UINT64_MAX - 9) / 10)
            return false;
        v = v * 10 + (uint64_t)(s[i] - '0');
    }
    return to_int64(v, neg, out);
}

/* go-yaml's yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ */
static bool yaml_float_syntax(const char *s, size_t n)
{
    size_t i = 0, d;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        i++;
    if (i < n && s[i] == '.') {
        for (d = ++i; i < n && is_digit(s[i]); i++) {}
        if (i == d)
            return false;
    } else {
        for (d = i; i < n && is_digit(s[i]); i++) {}
        if (i == d)
            return false;
        if (i < n && s[i] == '.')
            for (i++; i < n && is_digit(s[i]); i++) {}
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        if (++i < n && (s[i] == '-' || s[i] == '+'))
            i++;
        for (d = i; i < n && is_digit(s[i]); i++) {}
        if (i == d)
            return false;
    }
    return i == n;
}

/* strtod honours LC_NUMERIC; write the number with the locale's decimal
 * point (learnt from printf, which is thread-safe, unlike localeconv). The
 * input is ASCII of the float grammar above. Overflow is an error, as in
 * strconv.ParseFloat; underflow is not. */
bool load_strtod(const char *s, size_t n, double *out)
{
    char dp[16];
    int dpn = snprintf(dp, sizeof dp, "%.1f", 1.5) - 2;
    if (dpn < 1 || dpn > 8)
        return false;
    char small[128];
    size_t need = n * (size_t)dpn + 1;
    char *buf = need <= sizeof small ? small : malloc(need);
    if (!buf)
        return false;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            memcpy(buf + k, dp + 1, (size_t)dpn);
            k += (size_t)dpn;
        } else {
            buf[k++] = s[i];
        }
    }
    buf[k] = '\0';
    char *end;
    double d = strtod(buf, &end);
    bool ok = end == buf + k && !isinf(d);
    if (buf != small)
        free(buf);
    if (ok)
        *out = d;
    return ok;
}

static void set_float(gwapi_value *v, double d)
{
    v->type = GWAPI_VALUE_FLOAT;
    v->u.number = d;
}

/* Hint 'D'/'S' of go-yaml: int (after removing '_'), then uint64 (which we
 * can only hold as FLOAT), then a YAML-style float. */
static void resolve_number(gwapi_value *v, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) { /* cheap exit for ordinary words */
        char c = (char)(s[i] | 0x20);
        if (!is_digit(s[i]) && !(c >= 'a' && c <= 'z') && s[i] != '_' && s[i] != '.' &&
            s[i] != '+' && s[i] != '-')
            return;
    }
    char small[128];
    char *plain = len < sizeof small ? small : malloc(len + 1);
    if (!plain)
        return;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_')
            plain[n++] = s[i];
    }
    int64_t iv;
    uint64_t uv;
    double d;
    if (parse_int_base0(plain, n, &iv)) {
        v->type = GWAPI_VALUE_INT;
        v->u.integer = iv;
    } else if (parse_uint_base0(plain, n, &uv)) {
        set_float(v, (double)uv);
    } else if (yaml_float_syntax(plain, n) && load_strtod(plain, n, &d)) {
        set_float(v, d);
    }
    if (plain != small)
        free(plain);
}

/* Hint '.': strconv.ParseFloat on the text as is (no '_' removal). */
static void resolve_dot(gwapi_value *v, const char *s, size_t len)
{
    double d;
    if (yaml_float_syntax(s, len) && load_strtod(s, len, &d))
        set_float(v, d);
}

void load_resolve_plain(gwapi_value *v, const char *s, size_t len)
{
    v->type = GWAPI_VALUE_STRING;
    if (len == 0) {
        v->type = GWAPI_VALUE_NULL;
        return;
    }
    /* go-yaml looks at the first byte to decide what the scalar may be. */
    char c = s[0];
    bool word = false;
    switch (c) { /* the first bytes of the words */
    case 'y': case 'Y': case 'n': case 'N': case 't': case 'T':
    case 'f': case 'F': case 'o': case 'O': case '~':
        word = true;
    }
    bool dot = c == '.';
    bool num = is_digit(c) || c == '+' || c == '-';
    if (!word && !dot && !num)
        return;
    if (len <= 5 && resolve_word(v, s, len))
        return;
    if (dot)
        resolve_dot(v, s, len);
    else if (num)
        resolve_number(v, s, len);
}

/* ---- key text ---------------------------------------------------------- */

/* strconv.FormatFloat(f, 'g', -1, 32), which sigs.k8s.io/yaml uses for
 * float keys (and its .inf/.nan spellings): the shortest digits that read
 * back as the same float32; exponent form when the exponent is < -4 or
 * >= 6 (Go's rule for the shortest format), with two exponent digits at
 * least. */
static int format_float32(double d, char *out, size_t cap)
{
    if (isnan(d))
        return snprintf(out, cap, ".nan");
    double mag = d < 0 ? -d : d;
    if (mag >= 3.4028235677973366e38) /* rounds to float32 infinity */
        return snprintf(out, cap, d < 0 ? "-.inf" : ".inf");
    float f = (float)d;
    if (f == 0)
        return snprintf(out, cap, signbit(f) ? "-0" : "0");
    char e[48];
    for (int prec = 0; prec < 9; prec++) {
        snprintf(e, sizeof e, "%.*e", prec, (double)f);
        if ((float)strtod(e, NULL) == f) /* same locale both ways */
            break;
    }
    char digits[16];
    int nd = 0, exp = 0;
    const char *p = e;
    for (; *p && *p != 'e'; p++) {
        if (is_digit(*p) && nd < 15)
            digits[nd++] = *p;
    }
    if (*p == 'e')
        exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    char buf[64];
    size_t k = 0;
    if (f < 0)
        buf[k++] = '-';
    if (exp < -4 || exp >= 6) {
        buf[k++] = digits[0];
        if (nd > 1) {
            buf[k++] = '.';
            for (int i = 1; i < nd; i++)
                buf[k++] = digits[i];
        }
        int n = snprintf(buf + k, sizeof buf - k, "e%c%02d", exp < 0 ? '-' : '+',
                         exp < 0 ? -exp : exp);
        k += (size_t)(n > 0 ? n : 0);
    } else {
        int dp = exp + 1; /* digits before the point */
        if (dp <= 0) {
            buf[k++] = '0';
            buf[k++] = '.';
            for (int i = 0; i < -dp; i++)
                buf[k++] = '0';
            for (int i = 0; i < nd; i++)
                buf[k++] = digits[i];
        } else {
            for (int i = 0; i < dp; i++)
                buf[k++] = i < nd ? digits[i] : '0';
            if (nd > dp) {
                buf[k++] = '.';
                for (int i = dp; i < nd; i++)
                    buf[k++] = digits[i];
            }
        }
    }
    buf[k] = '\0';
    return snprintf(out, cap, "%s", buf);
}

gwapi_value *load_key_string(arena *a, arena *strings, const gwapi_value *key)
{
    char buf[64];
    int n;
    if (key->type == GWAPI_VALUE_INT)
        n = snprintf(buf, sizeof buf, "%" PRId64, key->u.integer);
    else if (key->type == GWAPI_VALUE_BOOL)
        n = snprintf(buf, sizeof buf, "%s", key->u.boolean ? "true" : "false");
    else
        n = format_float32(key->u.number, buf, sizeof buf);
    gwapi_value *s = arena_zalloc(a, sizeof *s);
    char *text = arena_strndup(strings, buf, n > 0 ? (size_t)n : 0);
    if (!s || !text)
        return NULL;
    s->type = GWAPI_VALUE_STRING;
    s->pos = key->pos;
    s->u.string.ptr = text;
    s->u.string.len = strlen(text);
    return s;
}
