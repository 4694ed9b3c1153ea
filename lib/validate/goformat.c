/* Go formatting of values, byte-for-byte as fmt and strconv print them. */
#include "goformat.h"
#include "../util/arena.h"
#include "../util/goquote.h"
#include "../schema/schema.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

void gofmt_int(strbuf *b, int64_t v)
{
    strbuf_put_int(b, (long long)v);
}

/* Shortest round-trip digits of v (without sign) and decimal exponent. */
static size_t shortest_digits(double v, char mant[32], int *exp_out)
{
    char digits[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(digits, sizeof digits, "%.*e", prec - 1, fabs(v));
        if (strtod(digits, NULL) == fabs(v))
            break;
    }
    size_t nm = 0;
    const char *p = digits;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            mant[nm++] = *p;
    mant[nm] = '\0';
    *exp_out = atoi(p + 1);
    while (nm > 1 && mant[nm - 1] == '0')
        mant[--nm] = '\0';
    return nm;
}

/* d.ddd or d.ddde±XX from shortest digits; `pad2` pads the exponent to two
 * digits (strconv 'e'), else it is written bare (encoding/json). */
static void put_float(strbuf *b, bool neg, const char *mant, size_t nm, int exp, bool use_exp,
                      bool pad2)
{
    if (neg)
        strbuf_putc(b, '-');
    if (use_exp) {
        strbuf_putc(b, mant[0]);
        if (nm > 1) {
            strbuf_putc(b, '.');
            strbuf_puts(b, mant + 1);
        }
        strbuf_printf(b, pad2 ? "e%c%02d" : "e%c%d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        strbuf_puts(b, "0.");
        for (int i = -1; i > exp; i--)
            strbuf_putc(b, '0');
        strbuf_puts(b, mant);
    } else {
        for (int i = 0; i <= exp; i++)
            strbuf_putc(b, (size_t)i < nm ? mant[i] : '0');
        if ((size_t)exp + 1 < nm) {
            strbuf_putc(b, '.');
            strbuf_puts(b, mant + exp + 1);
        }
    }
}

/* encoding/json's float64: 'f' for 1e-6 <= |v| < 1e21, else 'e' with a
 * bare exponent ("1e-7", "1e+21"). */
void gofmt_json_float(strbuf *b, double v)
{
    if (!isfinite(v)) { strbuf_puts(b, "null"); return; }
    if (v == 0) { strbuf_puts(b, "0"); return; }
    char mant[32];
    int exp;
    size_t nm = shortest_digits(v, mant, &exp);
    double a = fabs(v);
    put_float(b, v < 0, mant, nm, exp, a < 1e-6 || a >= 1e21, false);
}

/* A number as the API server holds it after its JSON round trips: floats
 * with an integral value that fits int64 became int64. */
static bool as_int64(double d, int64_t *out)
{
    if (isfinite(d) && d == floor(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        *out = (int64_t)d;
        return true;
    }
    return false;
}

/* Go's %v for float64: strconv 'g' with the shortest precision that
 * round-trips, which switches to an exponent when exp < -4 || exp >= 6
 * (strconv uses precision 6 for that decision when shortest):
 * 123456, 1.234567e+06, 1e-05. */
void gofmt_float(strbuf *b, double v)
{
    if (isnan(v)) { strbuf_puts(b, "NaN"); return; }
    if (isinf(v)) { strbuf_puts(b, v > 0 ? "+Inf" : "-Inf"); return; }
    if (v == 0) { strbuf_puts(b, signbit(v) ? "-0" : "0"); return; }
    char mant[32];
    int exp;
    size_t nm = shortest_digits(v, mant, &exp);
    put_float(b, v < 0, mant, nm, exp, exp < -4 || exp >= 6, true);
}

static int member_cmp(const void *a, const void *b)
{
    const gwapi_member *x = *(const gwapi_member *const *)a;
    const gwapi_member *y = *(const gwapi_member *const *)b;
    size_t n = x->key->u.string.len < y->key->u.string.len ? x->key->u.string.len
                                                            : y->key->u.string.len;
    int c = memcmp(x->key->u.string.ptr, y->key->u.string.ptr, n);
    if (c)
        return c;
    return (x->key->u.string.len > y->key->u.string.len) - (x->key->u.string.len < y->key->u.string.len);
}

/* encoding/json's string escaping: HTML characters and U+2028/U+2029 as
 * \u escapes, invalid UTF-8 as U+FFFD. */
void gofmt_json_string(strbuf *b, const char *str, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *s = (const unsigned char *)str;
    strbuf_putc(b, '"');
    size_t i = 0;
    while (i < len) {
        uint32_t c;
        size_t n = goquote_utf8_decode(s + i, len - i, &c);
        if (n == 0) {
            strbuf_puts(b, "\\ufffd");
            i++;
            continue;
        }
        if (c == '"' || c == '\\') {
            strbuf_putc(b, '\\');
            strbuf_putc(b, (char)c);
        } else if (c == '\n') {
            strbuf_puts(b, "\\n");
        } else if (c == '\r') {
            strbuf_puts(b, "\\r");
        } else if (c == '\t') {
            strbuf_puts(b, "\\t");
        } else if (c == '\b') {
            strbuf_puts(b, "\\b");
        } else if (c == '\f') {
            strbuf_puts(b, "\\f");
        } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            strbuf_puts(b, "\\u00");
            strbuf_putc(b, hex[c >> 4]);
            strbuf_putc(b, hex[c & 15]);
        } else if (c == 0x2028 || c == 0x2029) {
            strbuf_printf(b, "\\u%04x", c);
        } else {
            strbuf_putn(b, (const char *)s + i, n);
        }
        i += n;
    }
    strbuf_putc(b, '"');
}

/* json.Marshal of a value as the API server holds it. With `prune`, the
 * value is first pruned against schema s as pkg/apiserver/schema/pruning
 * does (s NULL: no schema, every object key goes), so that a value in a
 * place of the wrong type shows as, e.g., [{}]. */
static void json_value(strbuf *b, const gwapi_value *v, const gw_schema *s, bool prune,
                       unsigned depth)
{
    if (depth > 64) {
        strbuf_puts(b, "null");
        return;
    }
    if (prune && s && (s->type == GW_T_ANY || (s->preserve_unknown && !s->nfields)))
        prune = false;
    int64_t x;
    switch (v ? v->type : GWAPI_VALUE_NULL) {
    case GWAPI_VALUE_NULL: strbuf_puts(b, "null"); break;
    case GWAPI_VALUE_BOOL: strbuf_puts(b, v->u.boolean ? "true" : "false"); break;
    case GWAPI_VALUE_INT: gofmt_int(b, v->u.integer); break;
    case GWAPI_VALUE_FLOAT:
        if (as_int64(v->u.number, &x))
            gofmt_int(b, x);
        else
            gofmt_json_float(b, v->u.number);
        break;
    case GWAPI_VALUE_STRING: gofmt_json_string(b, v->u.string.ptr, v->u.string.len); break;
    case GWAPI_VALUE_SEQ: {
        const gw_schema *items = prune && s && s->type == GW_T_ARRAY ? s->items : NULL;
        strbuf_putc(b, '[');
        for (size_t i = 0; i < v->u.seq.count; i++) {
            if (i)
                strbuf_putc(b, ',');
            json_value(b, v->u.seq.items[i], items, prune, depth + 1);
        }
        strbuf_putc(b, ']');
        break;
    }
    case GWAPI_VALUE_MAP: {
        size_t n = v->u.map.count;
        const gwapi_member **sorted = n ? gw_malloc(b->alloc, n * sizeof *sorted) : NULL;
        if (n && !sorted) {
            strbuf_fail(b);
            return;
        }
        for (size_t i = 0; i < n; i++)
            sorted[i] = &v->u.map.items[i];
        if (n)
            qsort(sorted, n, sizeof *sorted, member_cmp);
        strbuf_putc(b, '{');
        bool first = true;
        for (size_t i = 0; i < n; i++) {
            const gwapi_member *m = sorted[i];
            /* a repeated key: the last one wins */
            if (i + 1 < n && !member_cmp(&sorted[i], &sorted[i + 1]))
                continue;
            const gw_schema *cs = NULL;
            if (prune) {
                if (!s)
                    continue;
                if (s->type == GW_T_MAP) {
                    cs = s->items;
                } else if (s->type == GW_T_OBJECT || s->type == GW_T_META) {
                    const gw_field *f = schema_field(s, m->key->u.string.ptr,
                                                    m->key->u.string.len);
                    if (f)
                        cs = f->schema;
                    else if (!s->preserve_unknown && s->type != GW_T_META)
                        continue;
                } else {
                    continue;
                }
                if (cs && m->value && m->value->type == GWAPI_VALUE_NULL && !cs->nullable &&
                    !cs->default_json)
                    continue;
            }
            if (!first)
                strbuf_putc(b, ',');
            first = false;
            gofmt_json_string(b, m->key->u.string.ptr, m->key->u.string.len);
            strbuf_putc(b, ':');
            json_value(b, m->value, cs, prune && cs, depth + 1);
        }
        strbuf_putc(b, '}');
        gw_free(b->alloc, sorted, n * sizeof *sorted);
        break;
    }
    }
}

void gofmt_json(strbuf *b, const gwapi_value *v)
{
    json_value(b, v, NULL, false, 0);
}

void gofmt_json_pruned(strbuf *b, const gwapi_value *v, const gw_schema *s)
{
    json_value(b, v, s, true, 0);
}

/* field.Error's rendering of a bad value: %v for numbers and booleans, %q
 * for strings, json.Marshal for the rest. */
static void bad_value(strbuf *b, const gwapi_value *v, const gw_schema *s, bool prune)
{
    int64_t x;
    switch (v ? v->type : GWAPI_VALUE_NULL) {
    case GWAPI_VALUE_NULL: strbuf_puts(b, "\"null\""); break;
    case GWAPI_VALUE_BOOL: strbuf_puts(b, v->u.boolean ? "true" : "false"); break;
    case GWAPI_VALUE_INT: gofmt_int(b, v->u.integer); break;
    case GWAPI_VALUE_FLOAT:
        if (as_int64(v->u.number, &x))
            gofmt_int(b, x);
        else
            gofmt_float(b, v->u.number);
        break;
    case GWAPI_VALUE_STRING: goquote_quote(b, v->u.string.ptr, v->u.string.len); break;
    default: json_value(b, v, s, prune, 0); break;
    }
}

void gofmt_bad_value(strbuf *b, const gwapi_value *v)
{
    bad_value(b, v, NULL, false);
}

void gofmt_bad_value_pruned(strbuf *b, const gwapi_value *v, const gw_schema *s)
{
    bad_value(b, v, s, true);
}
