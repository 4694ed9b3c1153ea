/* OpenAPI constraint checks. Wording follows kube-openapi's validation
 * errors as apiextensions-apiserver turns them into field.Errors; the value
 * quoting follows field.Error.ErrorBody. */
#include "constraints.h"
#include "goformat.h"
#include "regex.h"
#include "typed.h"
#include "metadata.h"

#include <stdarg.h>
#include <stdio.h>

#include <stdlib.h>
#include <string.h>

const char *json_type_name(const gwapi_value *v)
{
    switch (v ? v->type : GWAPI_VALUE_NULL) {
    case GWAPI_VALUE_NULL: return "null";
    case GWAPI_VALUE_BOOL: return "boolean";
    case GWAPI_VALUE_INT: return "integer";
    case GWAPI_VALUE_FLOAT: return "number";
    case GWAPI_VALUE_STRING: return "string";
    case GWAPI_VALUE_MAP: return "object";
    case GWAPI_VALUE_SEQ: return "array";
    }
    return "null";
}

/* "<Type>: <value>: <path> in body <detail>" at the current path. */
static void invalid(engine *e, gwapi_diag_code code, const gwapi_value *v, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void invalid(engine *e, gwapi_diag_code code, const gwapi_value *v, const char *fmt, ...)
{
    strbuf b;
    engine_buf_init(e, &b);
    strbuf_puts(&b, "Invalid value: ");
    gofmt_bad_value(&b, v);
    strbuf_printf(&b, ": %s in body ", strbuf_str(&e->path));
    va_list ap;
    va_start(ap, fmt);
    char detail[512];
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    strbuf_puts(&b, detail);
    engine_diag(e, GWAPI_SEVERITY_ERROR, code, NULL, v->pos, "%s", strbuf_str(&b));
    strbuf_free(&b);
}

void check_type_error(engine *e, const char *expected, const gwapi_value *v)
{
    const char *actual = json_type_name(v);
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                "Invalid value: \"%s\": %s in body must be of type %s: \"%s\"",
                actual, strbuf_str(&e->path), expected, actual);
    /* Pruning against a non-object schema drops a mapping's keys, which
     * strict decoding reports as unknown fields. */
    for (size_t i = 0; v->type == GWAPI_VALUE_MAP && strcmp(expected, "object") != 0 &&
                       i < v->u.map.count; i++) {
        const gwapi_value *k = v->u.map.items[i].key;
        size_t old = e->path.len;
        strbuf_putc(&e->path, '.');
        strbuf_putn(&e->path, k->u.string.ptr, k->u.string.len);
        engine_diag(e, e->ctx->unknown_field_severity, GWAPI_DIAG_UNKNOWN_FIELD, NULL, k->pos,
                    "unknown field \"%s\"", strbuf_str(&e->path));
        strbuf_truncate(&e->path, old);
    }
}

void check_required(engine *e, const char *field, gwapi_pos pos)
{
    size_t old = e->path.len;
    if (old)
        strbuf_putc(&e->path, '.');
    strbuf_puts(&e->path, field);
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_REQUIRED, NULL, pos, "Required value");
    strbuf_truncate(&e->path, old);
}

/* Characters, as Go's utf8.RuneCountInString counts them. */
static size_t rune_count(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

static bool base64_ok(const char *s, size_t n)
{
    if (n % 4)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '+' || c == '/' || (c == '=' && i >= n - 2);
        if (!ok)
            return false;
    }
    return true;
}

static void check_format(engine *e, const gw_schema *s, const gwapi_value *v)
{
    const char *str = v->u.string.ptr;
    size_t n = v->u.string.len;
    bool ok = true;
    const char *name = NULL;
    switch (s->format) {
    case GW_F_DATE_TIME: {
        int64_t t;
        name = "date-time";
        ok = parse_rfc3339(str, &t);
        break;
    }
    case GW_F_BYTE:
        name = "byte";
        ok = base64_ok(str, n);
        break;
    case GW_F_IPV4:
        name = "ipv4";
        ok = typed_is_ipv4(str);
        break;
    case GW_F_IPV6:
        name = "ipv6";
        ok = typed_is_ipv6(str);
        break;
    default:
        return;
    }
    if (!ok) {
        strbuf q;
        engine_buf_init(e, &q);
        gofmt_quote(&q, str, n);
        invalid(e, GWAPI_DIAG_TYPE, v, "must be of type %s: %s", name, strbuf_str(&q));
        strbuf_free(&q);
    }
}

void check_string(engine *e, const gw_schema *s, const gwapi_value *v)
{
    /* kube-openapi's string validator stops at its first failure, in the
     * order maxLength, minLength, pattern. */
    size_t runes = rune_count(v->u.string.ptr, v->u.string.len);
    if (s->max_length >= 0 && runes > (size_t)s->max_length)
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TOO_LONG, NULL, v->pos,
                    "Too long: may not be more than %lld bytes", (long long)s->max_length);
    else if (s->min_length >= 0 && runes < (size_t)s->min_length)
        invalid(e, GWAPI_DIAG_INVALID, v, "should be at least %lld chars long",
                (long long)s->min_length);
    else if (s->pattern &&
             !regex_search(e->ctx, s->pattern, v->u.string.ptr, v->u.string.len))
        invalid(e, GWAPI_DIAG_INVALID, v, "should match '%s'", s->pattern);
    check_format(e, s, v);
    check_enum(e, s, v);
}

static void bound_text(strbuf *b, double x)
{
    gofmt_float(b, x);
}

static void check_bounds(engine *e, const gw_schema *s, const gwapi_value *v, double x)
{
    strbuf b;
    engine_buf_init(e, &b);
    if (s->maximum.set && (s->maximum.exclusive ? x >= s->maximum.value : x > s->maximum.value)) {
        bound_text(&b, s->maximum.value);
        invalid(e, GWAPI_DIAG_INVALID, v, "should be less than %s%s",
                s->maximum.exclusive ? "" : "or equal to ", strbuf_str(&b));
    }
    strbuf_truncate(&b, 0);
    if (s->minimum.set && (s->minimum.exclusive ? x <= s->minimum.value : x < s->minimum.value)) {
        bound_text(&b, s->minimum.value);
        invalid(e, GWAPI_DIAG_INVALID, v, "should be greater than %s%s",
                s->minimum.exclusive ? "" : "or equal to ", strbuf_str(&b));
    }
    strbuf_free(&b);
}

void check_integer(engine *e, const gw_schema *s, const gwapi_value *v, int64_t x)
{
    if (s->format == GW_F_INT32 && (x > INT32_MAX || x < INT32_MIN))
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, "<nil>", v->pos,
                    "Invalid value: \"\": Checked value must be of type integer with format "
                    "int32 in %s", strbuf_str(&e->path));
    check_bounds(e, s, v, (double)x);
    check_enum(e, s, v);
}

void check_fraction_for_format(engine *e, const gw_schema *s, const gwapi_value *v)
{
    const char *fmt = s->format == GW_F_INT32 ? "int32" : "int64";
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                "Invalid value: \"float64\": %s in body must be of type %s: \"float64\"",
                strbuf_str(&e->path), fmt);
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, "<nil>", v->pos,
                "Invalid value: \"\": Checked value must be of type integer with format %s in %s",
                fmt, strbuf_str(&e->path));
    check_bounds(e, s, v, v->u.number);
}

void check_number(engine *e, const gw_schema *s, const gwapi_value *v, double x)
{
    check_bounds(e, s, v, x);
    check_enum(e, s, v);
}

/* Compares a scalar value with one enum entry given as JSON text. */
static bool enum_equal(const gwapi_value *v, const char *json)
{
    size_t n = strlen(json);
    switch (v->type) {
    case GWAPI_VALUE_STRING:
        return n >= 2 && json[0] == '"' && n - 2 == v->u.string.len &&
               memcmp(json + 1, v->u.string.ptr, n - 2) == 0;
    case GWAPI_VALUE_INT:
        return json[0] != '"' && strtoll(json, NULL, 10) == v->u.integer;
    case GWAPI_VALUE_FLOAT:
        return json[0] != '"' && strtod(json, NULL) == v->u.number;
    case GWAPI_VALUE_BOOL:
        return strcmp(json, v->u.boolean ? "true" : "false") == 0;
    default:
        return false;
    }
}

void check_enum(engine *e, const gw_schema *s, const gwapi_value *v)
{
    if (!s->nenum)
        return;
    for (uint32_t i = 0; i < s->nenum; i++)
        if (enum_equal(v, s->enum_values[i]))
            return;
    strbuf b;
    engine_buf_init(e, &b);
    strbuf_puts(&b, "Unsupported value: ");
    gofmt_bad_value(&b, v);
    strbuf_puts(&b, ": supported values: ");
    for (uint32_t i = 0; i < s->nenum; i++) {
        const char *j = s->enum_values[i];
        if (i)
            strbuf_puts(&b, ", ");
        /* Non-string enum values are JSON-marshalled, then quoted. */
        if (j[0] == '"')
            strbuf_puts(&b, j);
        else
            gofmt_quote(&b, j, strlen(j));
    }
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_UNSUPPORTED, NULL, v->pos, "%s",
                strbuf_str(&b));
    strbuf_free(&b);
}

void check_items(engine *e, const gw_schema *s, const gwapi_value *v, const gw_list *l)
{
    if (s->max_items >= 0 && l->count > (size_t)s->max_items)
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TOO_MANY, NULL, v->pos,
                    "Too many: %zu: must have at most %lld items", l->count,
                    (long long)s->max_items);
    if (s->min_items >= 0 && l->count < (size_t)s->min_items) {
        gwapi_value n = { .type = GWAPI_VALUE_INT, .pos = v->pos };
        n.u.integer = (int64_t)l->count;
        invalid(e, GWAPI_DIAG_INVALID, &n, "should have at least %lld items",
                (long long)s->min_items);
    }
}

void check_properties(engine *e, const gw_schema *s, const gwapi_value *v, size_t count)
{
    if (s->max_properties >= 0 && count > (size_t)s->max_properties)
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TOO_MANY, NULL, v->pos,
                    "Too many: %zu: must have at most %lld items", count,
                    (long long)s->max_properties);
    if (s->min_properties >= 0 && count < (size_t)s->min_properties) {
        gwapi_value n = { .type = GWAPI_VALUE_INT, .pos = v->pos };
        n.u.integer = (int64_t)count;
        invalid(e, GWAPI_DIAG_INVALID, &n, "should have at least %lld properties",
                (long long)s->min_properties);
    }
}

void check_combinators(engine *e, const gw_schema *s, const void *slot, bool element,
                       const gwapi_value *v)
{
    if (!s->nall_of && !s->nany_of && !s->none_of && !s->not_)
        return;
    typed_check_combinators(e, s, slot, element, v);
}
