/* OpenAPI constraint checks. Wording follows kube-openapi's validation
 * errors as apiextensions-apiserver turns them into field.Errors; the value
 * quoting follows field.Error.ErrorBody. */
#include "constraints.h"
#include "goformat.h"
#include "typed.h"
#include "../util/ipaddr.h"
#include "../util/utf8.h"
#include "../util/gotime.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#include <stdlib.h>
#include <string.h>

/* A float the API server holds as int64: kubectl re-encodes the object as
 * JSON, where a whole float that fits int64 is written as an integer. */
static bool float_is_int64(double d)
{
    return isfinite(d) && d == floor(d) && d >= -9223372036854775808.0 &&
           d < 9223372036854775808.0;
}

const char *json_type_name(const gwapi_value *v)
{
    switch (v ? v->type : GWAPI_VALUE_NULL) {
    case GWAPI_VALUE_NULL: return "null";
    case GWAPI_VALUE_BOOL: return "boolean";
    case GWAPI_VALUE_INT: return "integer";
    case GWAPI_VALUE_FLOAT: return float_is_int64(v->u.number) ? "integer" : "number";
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
    strbuf_printf(&b, ": %s in body ", engine_path_text(e));
    /* The detail may quote a long pattern: size it before formatting. */
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char small[512];
    char *detail = n >= 0 && (size_t)n < sizeof small ? small
                 : n >= 0 ? arena_alloc(e->scratch, (size_t)n + 1) : NULL;
    if (detail) {
        vsnprintf(detail, (size_t)n + 1, fmt, ap2);
        strbuf_puts(&b, detail);
    } else {
        strbuf_fail(&b);
    }
    va_end(ap2);
    engine_diag(e, GWAPI_SEVERITY_ERROR, code, NULL, v->pos, "%s", strbuf_str(&b));
    strbuf_free(&b);
}

/* Unknown fields from pruning a value against a schema it does not fit
 * (pruning.prune): below a schema without properties every object key is
 * dropped, and arrays are walked with their items schema, i.e. none unless
 * the schema is an array. */
static void report_pruned(engine *e, const gw_schema *s, const gwapi_value *v, unsigned depth)
{
    if (!v || depth > 64 || (s && (s->preserve_unknown || s->type == GW_T_ANY)))
        return;
    if (v->type == GWAPI_VALUE_MAP) {
        if (s && (s->type == GW_T_OBJECT || s->type == GW_T_MAP || s->type == GW_T_META))
            return; /* decoded normally */
        for (size_t i = 0; i < v->u.map.count; i++) {
            const gwapi_value *k = v->u.map.items[i].key;
            size_t old = e->path.len;
            strbuf_putc(&e->path, '.');
            strbuf_putn(&e->path, k->u.string.ptr, k->u.string.len);
            engine_field_diag(e, GWAPI_DIAG_UNKNOWN_FIELD, k->pos);
            strbuf_truncate(&e->path, old);
        }
    } else if (v->type == GWAPI_VALUE_SEQ) {
        if (s && s->type == GW_T_ARRAY)
            return; /* decoded normally */
        for (size_t i = 0; i < v->u.seq.count; i++) {
            size_t old = e->path.len;
            strbuf_put_index(&e->path, i);
            report_pruned(e, NULL, v->u.seq.items[i], depth + 1);
            strbuf_truncate(&e->path, old);
        }
    }
}

static const char *format_name(gw_format f)
{
    switch (f) {
    case GW_F_INT32: return "int32";
    case GW_F_INT64: return "int64";
    case GW_F_DATE_TIME: return "date-time";
    case GW_F_BYTE: return "byte";
    case GW_F_IPV4: return "ipv4";
    case GW_F_IPV6: return "ipv6";
    case GW_F_HOSTNAME: return "hostname";
    case GW_F_URI: return "uri";
    default: return NULL;
    }
}

static const char *schema_type_word(const gw_schema *s)
{
    switch (s->type) {
    case GW_T_STRING: return "string";
    case GW_T_INTEGER: return "integer";
    case GW_T_NUMBER: return "number";
    case GW_T_BOOLEAN: return "boolean";
    case GW_T_ARRAY: return "array";
    case GW_T_OBJECT:
    case GW_T_MAP:
    case GW_T_META: return "object";
    default: return NULL;
    }
}

void check_type_mismatch(engine *e, const gw_schema *s, const gwapi_value *v)
{
    const char *want = schema_type_word(s);
    const char *have = json_type_name(v);
    /* kube-openapi's typeValidator: data of a kind other than string and
     * slice is first checked against the schema's format, and a string or
     * slice is not type-checked at all under a format of a non-numeric
     * schema. */
    const char *fmt = format_name(s->format);
    bool is_string = v->type == GWAPI_VALUE_STRING, is_seq = v->type == GWAPI_VALUE_SEQ;
    if (want && v->type != GWAPI_VALUE_NULL) {
        const char *data_fmt = v->type == GWAPI_VALUE_INT ? "int64"
                             : v->type == GWAPI_VALUE_FLOAT
                                 ? (float_is_int64(v->u.number) ? "int64" : "float64")
                                 : "";
        bool numeric = s->type == GW_T_INTEGER || s->type == GW_T_NUMBER;
        bool int_float = s->type == GW_T_NUMBER && !strcmp(have, "integer");
        if (!is_string && !is_seq && fmt && strcmp(want, have) != 0 && strcmp(fmt, data_fmt) != 0 &&
            !int_float) {
            engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                        "Invalid value: \"%s\": %s in body must be of type %s: \"%s\"",
                        data_fmt, engine_path_text(e), fmt, data_fmt);
        } else if (!numeric && fmt && (is_string || is_seq)) {
            /* no type error */
        } else {
            engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                        "Invalid value: \"%s\": %s in body must be of type %s: \"%s\"",
                        have, engine_path_text(e), want, have);
        }
    } else if (want) {
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                    "Invalid value: \"null\": %s in body must be of type %s: \"null\"",
                    engine_path_text(e), want);
    }
    report_pruned(e, s, v, 0);
    /* kube-openapi still runs the validators that apply to the value's own
     * kind: the combinators (schemaPropsValidator) for any non-null value,
     * and the enum check (commonValidator) for every value, null included;
     * the enum message shows the value after pruning. */
    if (v->type != GWAPI_VALUE_NULL)
        typed_check_combinators_raw(e, s, v);
    if (s->nenum)
        check_enum_pruned(e, s, v);
}

/* An x-kubernetes-int-or-string value that is neither: the type error for
 * the type list "integer,string", the CRD's anyOf [integer, string] (which
 * the schema tables leave out) failing with the errors of its first branch,
 * then the other combinators and the enum check. */
void check_int_or_string_mismatch(engine *e, const gw_schema *s, const gwapi_value *v)
{
    const char *have = json_type_name(v);
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                "Invalid value: \"%s\": %s in body must be of type integer,string: \"%s\"",
                have, engine_path_text(e), have);
    /* pruning drops a mapping's keys and those of mappings in an array */
    report_pruned(e, s, v, 0);
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, "<nil>", v->pos,
                "Invalid value: \"\": \"%s\" must validate at least one schema (anyOf)",
                engine_path_text(e));
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                "Invalid value: \"%s\": %s in body must be of type integer: \"%s\"",
                have, engine_path_text(e), have);
    if (v->type == GWAPI_VALUE_FLOAT && !float_is_int64(v->u.number))
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, "<nil>", v->pos,
                    "Invalid value: \"\": Checked value must be of type integer (default "
                    "format) in %s", engine_path_text(e));
    typed_check_combinators_raw(e, s, v);
    if (s->nenum)
        check_enum_pruned(e, s, v);
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

/* kube-openapi's "byte" (govalidator.IsBase64): one or more groups of four
 * characters of the standard alphabet, the last group possibly "xx==" or
 * "xxx="; so "" and "AB=C" are not bytes. */
static bool base64_ok(const char *s, size_t n)
{
    if (n == 0 || n % 4)
        return false;
    size_t pad = s[n - 1] != '=' ? 0 : s[n - 2] != '=' ? 1 : 2;
    for (size_t i = 0; i < n - pad; i++) {
        char c = s[i];
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '+' || c == '/';
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
        ok = go_parse_rfc3339(v->u.string, NULL, &t);
        break;
    }
    case GW_F_BYTE:
        name = "byte";
        ok = base64_ok(str, n);
        break;
    case GW_F_IPV4:
        name = "ipv4";
        ok = ip_format_ipv4(str, n);
        break;
    case GW_F_IPV6:
        name = "ipv6";
        ok = ip_format_ipv6(str, n);
        break;
    default:
        return;
    }
    if (!ok) {
        strbuf q;
        engine_buf_init(e, &q);
        goquote_quote(&q, str, n);
        invalid(e, GWAPI_DIAG_TYPE, v, "must be of type %s: %s", name, strbuf_str(&q));
        strbuf_free(&q);
    }
}

void check_string(engine *e, const gw_schema *s, const gwapi_value *v)
{
    /* kube-openapi's string validator stops at its first failure, in the
     * order maxLength, minLength, pattern. */
    size_t runes = utf8_runes(v->u.string.ptr, v->u.string.len);
    if (s->max_length >= 0 && runes > (size_t)s->max_length)
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TOO_LONG, NULL, v->pos,
                    "Too long: may not be more than %lld bytes", (long long)s->max_length);
    else if (s->min_length >= 0 && runes < (size_t)s->min_length)
        invalid(e, GWAPI_DIAG_INVALID, v, "should be at least %lld chars long",
                (long long)s->min_length);
    else if (s->pattern &&
             !regex_search(e->opts->regexes, e->rx, s->pattern, v->u.string.ptr, v->u.string.len))
        invalid(e, GWAPI_DIAG_INVALID, v, "should match '%s'", s->pattern);
    check_format(e, s, v);
    check_enum(e, s, v);
}

/* kube-openapi prints the bound as an int64 (ExceedsMaximumInt) when the
 * value is an integer, else as a float64 with %v (1e+06). */
static void bound_text(strbuf *b, double x, bool int_data)
{
    if (int_data && float_is_int64(x))
        gofmt_int(b, (int64_t)x);
    else
        gofmt_float(b, x);
}

static void check_bounds(engine *e, const gw_schema *s, const gwapi_value *v, double x)
{
    strbuf b;
    engine_buf_init(e, &b);
    bool int_data = v->type == GWAPI_VALUE_INT ||
                    (v->type == GWAPI_VALUE_FLOAT && float_is_int64(v->u.number));
    if (s->maximum.set && (s->maximum.exclusive ? x >= s->maximum.value : x > s->maximum.value)) {
        bound_text(&b, s->maximum.value, int_data);
        invalid(e, GWAPI_DIAG_INVALID, v, "should be less than %s%s",
                s->maximum.exclusive ? "" : "or equal to ", strbuf_str(&b));
    }
    strbuf_truncate(&b, 0);
    if (s->minimum.set && (s->minimum.exclusive ? x <= s->minimum.value : x < s->minimum.value)) {
        bound_text(&b, s->minimum.value, int_data);
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
                    "int32 in %s", engine_path_text(e));
    check_bounds(e, s, v, (double)x);
    check_enum(e, s, v);
}

void check_fraction_for_format(engine *e, const gw_schema *s, const gwapi_value *v)
{
    if (s->format == GW_F_NONE) {
        /* no format: the plain type error, and the number validator's
         * "(default format)" check */
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                    "Invalid value: \"number\": %s in body must be of type integer: \"number\"",
                    engine_path_text(e));
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, "<nil>", v->pos,
                    "Invalid value: \"\": Checked value must be of type integer (default format) "
                    "in %s", engine_path_text(e));
        check_bounds(e, s, v, v->u.number);
    } else {
        const char *fmt = s->format == GW_F_INT32 ? "int32" : "int64";
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                    "Invalid value: \"float64\": %s in body must be of type %s: \"float64\"",
                    engine_path_text(e), fmt);
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, "<nil>", v->pos,
                    "Invalid value: \"\": Checked value must be of type integer with format %s "
                    "in %s", fmt, engine_path_text(e));
        check_bounds(e, s, v, v->u.number);
    }
    /* the combinators and the enum check still run on the number */
    typed_check_combinators_raw(e, s, v);
    check_enum(e, s, v);
}

void check_number(engine *e, const gw_schema *s, const gwapi_value *v, double x)
{
    check_bounds(e, s, v, x);
    check_enum(e, s, v);
}

/* An enum value the API server holds as float64 (not int64). */
static bool json_is_float(const char *json)
{
    return strpbrk(json, ".eE") != NULL;
}

/* Compares a scalar value with one enum entry given as JSON text, as
 * basicCommonValidator does: the value converted to the enum value's Go
 * type (int64, float64, string, bool), then compared. */
static bool enum_equal(const gwapi_value *v, const char *json)
{
    size_t n = strlen(json);
    switch (v->type) {
    case GWAPI_VALUE_STRING:
        return n >= 2 && json[0] == '"' && n - 2 == v->u.string.len &&
               memcmp(json + 1, v->u.string.ptr, n - 2) == 0;
    case GWAPI_VALUE_INT:
        if (json[0] == '"') {
            /* Go converts the int64 to a string: the UTF-8 of that rune */
            int64_t c = v->u.integer;
            char u[4];
            size_t k;
            if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                c = 0xFFFD;
            if (c < 0x80) {
                u[0] = (char)c;
                k = 1;
            } else if (c < 0x800) {
                u[0] = (char)(0xC0 | (c >> 6));
                u[1] = (char)(0x80 | (c & 0x3F));
                k = 2;
            } else if (c < 0x10000) {
                u[0] = (char)(0xE0 | (c >> 12));
                u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
                u[2] = (char)(0x80 | (c & 0x3F));
                k = 3;
            } else {
                u[0] = (char)(0xF0 | (c >> 18));
                u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
                u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
                u[3] = (char)(0x80 | (c & 0x3F));
                k = 4;
            }
            return n - 2 == k && memcmp(json + 1, u, k) == 0;
        }
        if (json[0] == 't' || json[0] == 'f')
            return false;
        if (json_is_float(json))
            return strtod(json, NULL) == (double)v->u.integer;
        return strtoll(json, NULL, 10) == v->u.integer;
    case GWAPI_VALUE_FLOAT:
        if (json[0] == '"' || json[0] == 't' || json[0] == 'f')
            return false;
        if (float_is_int64(v->u.number)) {
            /* re-encoded as an integer by kubectl */
            gwapi_value i = { .type = GWAPI_VALUE_INT };
            i.u.integer = (int64_t)v->u.number;
            return enum_equal(&i, json);
        }
        if (json_is_float(json))
            return strtod(json, NULL) == v->u.number;
        /* an int64 enum value: Go converts the float64 to int64, truncating
         * (out of range: the minimum int64 on amd64) */
        return strtoll(json, NULL, 10) ==
               (isfinite(v->u.number) && fabs(v->u.number) < 9223372036854775808.0
                    ? (int64_t)v->u.number : INT64_MIN);
    case GWAPI_VALUE_BOOL:
        return strcmp(json, v->u.boolean ? "true" : "false") == 0;
    default:
        return false;
    }
}

static void enum_fail(engine *e, const gw_schema *s, const gwapi_value *v, bool pruned);

void check_enum(engine *e, const gw_schema *s, const gwapi_value *v)
{
    if (!s->nenum)
        return;
    for (uint32_t i = 0; i < s->nenum; i++)
        if (enum_equal(v, s->enum_values[i]))
            return;
    enum_fail(e, s, v, false);
}

void check_enum_pruned(engine *e, const gw_schema *s, const gwapi_value *v)
{
    check_enum_as(e, s, s, v);
}

bool check_enum_has(const gw_schema *s, const gwapi_value *v)
{
    for (uint32_t i = 0; i < s->nenum; i++)
        if (enum_equal(v, s->enum_values[i]))
            return true;
    return false;
}

static void enum_fail_as(engine *e, const gw_schema *s, const gw_schema *prune,
                         const gwapi_value *v);

void check_enum_as(engine *e, const gw_schema *s, const gw_schema *prune, const gwapi_value *v)
{
    if (!s->nenum || check_enum_has(s, v))
        return;
    enum_fail_as(e, s, prune, v);
}

static void enum_fail(engine *e, const gw_schema *s, const gwapi_value *v, bool pruned)
{
    if (pruned) {
        enum_fail_as(e, s, s, v);
        return;
    }
    enum_fail_as(e, s, NULL, v);
}

/* The value is shown after pruning against `prune` (as given when NULL). */
static void enum_fail_as(engine *e, const gw_schema *s, const gw_schema *prune,
                         const gwapi_value *v)
{
    strbuf b;
    engine_buf_init(e, &b);
    strbuf_puts(&b, "Unsupported value: ");
    if (v->type == GWAPI_VALUE_NULL)
        strbuf_puts(&b, "null"); /* field.NotSupported(path, nil, ...) */
    else if (prune)
        gofmt_bad_value_pruned(&b, v, prune);
    else
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
            goquote_quote(&b, j, strlen(j));
    }
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_UNSUPPORTED, NULL, v->pos, "%s",
                strbuf_str(&b));
    strbuf_free(&b);
}

void check_items(engine *e, const gw_schema *s, const gwapi_value *v, const gw_list *l)
{
    if (s->max_items >= 0 && l->count > (size_t)s->max_items)
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TOO_MANY, NULL, v->pos,
                    "Too many: %zu: must have at most %lld %s", l->count,
                    (long long)s->max_items, s->max_items == 1 ? "item" : "items");
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
                    "Too many: %zu: must have at most %lld %s", count,
                    (long long)s->max_properties, s->max_properties == 1 ? "item" : "items");
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
