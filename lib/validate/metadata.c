/* ObjectMeta decoding and validation, hand-written because CRDs describe
 * metadata only as `type: object`; the API server validates it with Go
 * code whose messages we reproduce. */
#include "metadata.h"
#include "constraints.h"
#include "goformat.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ObjectMeta fields read by this library, and the ones accepted silently. */
static const char *const ignored_fields[] = {
    "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds",
    "ownerReferences", "finalizers", "managedFields",
};

static void meta_type_error(engine *e, const char *child, const char *expected,
                            const gwapi_value *v)
{
    size_t old = e->path.len;
    strbuf_printf(&e->path, ".%s", child);
    check_type_error(e, expected, v);
    strbuf_truncate(&e->path, old);
}

static const char *meta_string(engine *e, const char *child, const gwapi_value *v)
{
    if (v->type == GWAPI_VALUE_NULL)
        return NULL;
    if (v->type != GWAPI_VALUE_STRING) {
        meta_type_error(e, child, "string", v);
        return NULL;
    }
    return v->u.string.ptr;
}

static void meta_string_map(engine *e, const char *child, const gwapi_value *v,
                            gwapi_string_map *out)
{
    if (v->type == GWAPI_VALUE_NULL)
        return;
    if (v->type != GWAPI_VALUE_MAP) {
        meta_type_error(e, child, "object", v);
        return;
    }
    gwapi_kv *items = arena_calloc(e->a, v->u.map.count ? v->u.map.count : 1, sizeof *items);
    if (!items)
        return;
    size_t n = 0;
    for (size_t i = 0; i < v->u.map.count; i++) {
        const gwapi_member *m = &v->u.map.items[i];
        if (m->value->type != GWAPI_VALUE_STRING) {
            size_t old = e->path.len;
            strbuf_printf(&e->path, ".%s.%s", child, m->key->u.string.ptr);
            check_type_error(e, "string", m->value);
            strbuf_truncate(&e->path, old);
            continue;
        }
        items[n].key = m->key->u.string.ptr;
        items[n].value = m->value->u.string.ptr;
        n++;
    }
    out->items = items;
    out->count = n;
}

void metadata_decode(engine *e, const gwapi_value *v, void *slot)
{
    if (v->type != GWAPI_VALUE_MAP) {
        check_type_error(e, "object", v);
        return;
    }
    gwapi_object_meta *m = arena_zalloc(e->a, sizeof *m);
    if (!m)
        return;
    *(const gwapi_object_meta **)slot = m;
    m->pos = v->pos;
    for (size_t i = 0; i < v->u.map.count; i++) {
        const char *k = v->u.map.items[i].key->u.string.ptr;
        const gwapi_value *x = v->u.map.items[i].value;
        if (!strcmp(k, "name")) {
            m->name = meta_string(e, k, x);
        } else if (!strcmp(k, "generateName")) {
            m->generate_name = meta_string(e, k, x);
        } else if (!strcmp(k, "namespace")) {
            m->ns = meta_string(e, k, x);
        } else if (!strcmp(k, "uid")) {
            m->uid = meta_string(e, k, x);
        } else if (!strcmp(k, "resourceVersion")) {
            m->resource_version = meta_string(e, k, x);
        } else if (!strcmp(k, "labels")) {
            meta_string_map(e, k, x, &m->labels);
        } else if (!strcmp(k, "annotations")) {
            meta_string_map(e, k, x, &m->annotations);
        } else if (!strcmp(k, "generation")) {
            if (x->type == GWAPI_VALUE_INT) {
                m->generation.set = true;
                m->generation.value = x->u.integer;
            } else if (x->type != GWAPI_VALUE_NULL) {
                meta_type_error(e, k, "integer", x);
            }
        } else if (!strcmp(k, "creationTimestamp")) {
            m->creation_timestamp = meta_string(e, k, x);
            int64_t t;
            if (m->creation_timestamp) {
                if (parse_rfc3339(m->creation_timestamp, &t)) {
                    m->creation_time.set = true;
                    m->creation_time.value = t;
                } else {
                    size_t old = e->path.len;
                    strbuf_puts(&e->path, ".creationTimestamp");
                    strbuf b;
                    engine_buf_init(e, &b);
                    gofmt_quote(&b, x->u.string.ptr, x->u.string.len);
                    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA, NULL, x->pos,
                                "Invalid value: %s: must be an RFC 3339 date-time",
                                strbuf_str(&b));
                    strbuf_free(&b);
                    strbuf_truncate(&e->path, old);
                }
            }
        } else {
            bool known = false;
            for (size_t j = 0; j < sizeof ignored_fields / sizeof *ignored_fields; j++)
                known = known || !strcmp(k, ignored_fields[j]);
            if (!known)
                engine_diag(e, e->ctx->unknown_field_severity, GWAPI_DIAG_UNKNOWN_FIELD,
                            NULL, v->u.map.items[i].key->pos, "unknown field \"metadata.%s\"", k);
        }
    }
}

/* --- name rules ------------------------------------------------------- */

static bool is_alnum_lower(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static bool dns1123_label_ok(const char *s, size_t n)
{
    if (n == 0 || !is_alnum_lower(s[0]) || !is_alnum_lower(s[n - 1]))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!is_alnum_lower(s[i]) && s[i] != '-')
            return false;
    return true;
}

const char *k8s_dns1123_label_error(const char *s)
{
    size_t n = strlen(s);
    if (n > 63)
        return "must be no more than 63 characters";
    if (!dns1123_label_ok(s, n))
        return "a lowercase RFC 1123 label must consist of lower case alphanumeric "
               "characters or '-', and must start and end with an alphanumeric character "
               "(e.g. 'my-name',  or '123-abc', regex used for validation is "
               "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    return NULL;
}

const char *k8s_dns1123_subdomain_error(const char *s)
{
    size_t n = strlen(s);
    if (n > 253)
        return "must be no more than 253 characters";
    const char *p = s;
    bool ok = n > 0;
    while (ok) {
        const char *dot = strchr(p, '.');
        size_t len = dot ? (size_t)(dot - p) : strlen(p);
        ok = dns1123_label_ok(p, len);
        if (!dot)
            break;
        p = dot + 1;
    }
    if (!ok)
        return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
               "characters, '-' or '.', and must start and end with an alphanumeric "
               "character (e.g. 'example.com', regex used for validation is "
               "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    return NULL;
}

static void invalid_meta(engine *e, const char *field, const char *value, const char *msg,
                         gwapi_pos pos)
{
    strbuf b;
    engine_buf_init(e, &b);
    gofmt_quote(&b, value, strlen(value));
    char path[32];
    snprintf(path, sizeof path, "metadata.%s", field);
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA, path, pos,
                "Invalid value: %s: %s", strbuf_str(&b), msg);
    strbuf_free(&b);
}

void metadata_validate(engine *e, const gwapi_object_meta *m, bool namespaced)
{
    gwapi_pos pos = m ? m->pos : (gwapi_pos){ 0 };
    if (!m || ((!m->name || !*m->name) && (!m->generate_name || !*m->generate_name)))
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA, "metadata.name", pos,
                    "Required value: name or generateName is required");
    if (!m)
        return;
    const char *err;
    if (m->name && *m->name && (err = k8s_dns1123_subdomain_error(m->name)))
        invalid_meta(e, "name", m->name, err, pos);
    if (namespaced && m->ns && (err = k8s_dns1123_label_error(m->ns)))
        invalid_meta(e, "namespace", m->ns, err, pos);
}

/* --- RFC 3339 ----------------------------------------------------------- */

static bool digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

bool parse_rfc3339(const char *s, int64_t *out)
{
    int Y, M, D, h, mi, sec;
    if (strlen(s) < 20 || !digits(s, 4, &Y) || s[4] != '-' || !digits(s + 5, 2, &M) ||
        s[7] != '-' || !digits(s + 8, 2, &D) || (s[10] != 'T' && s[10] != 't') ||
        !digits(s + 11, 2, &h) || s[13] != ':' || !digits(s + 14, 2, &mi) || s[16] != ':' ||
        !digits(s + 17, 2, &sec))
        return false;
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (M < 1 || M > 12 || D < 1 || D > mdays[M - 1] || h > 23 || mi > 59 || sec > 60)
        return false;
    bool leap = (Y % 4 == 0 && Y % 100 != 0) || Y % 400 == 0;
    if (M == 2 && D == 29 && !leap)
        return false;
    const char *p = s + 19;
    if (*p == '.') {
        p++;
        if (!isdigit((unsigned char)*p))
            return false;
        while (isdigit((unsigned char)*p))
            p++;
    }
    int64_t offset = 0;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int oh, om;
        if (!digits(p + 1, 2, &oh) || p[3] != ':' || !digits(p + 4, 2, &om) || oh > 23 || om > 59)
            return false;
        offset = (int64_t)(oh * 3600 + om * 60) * (*p == '-' ? -1 : 1);
        p += 6;
    } else {
        return false;
    }
    if (*p)
        return false;
    *out = days_from_civil(Y, (unsigned)M, (unsigned)D) * 86400 + h * 3600 + mi * 60 + sec - offset;
    return true;
}
