/* ObjectMeta decoding and validation, hand-written because CRDs describe
 * metadata only as `type: object`; the API server decodes it into Go's
 * metav1.ObjectMeta and validates it with Go code whose messages we
 * reproduce:
 *
 * - decoding: apiextensions-apiserver schema/objectmeta.GetObjectMetaWithOptions
 *   (sigs.k8s.io/json strict unmarshal of the re-marshalled metadata, so
 *   keys are visited in sorted order); a type error rejects the whole
 *   request (400, no field errors), unknown keys are strict-decoding
 *   unknown fields;
 * - validation on create: customResourceValidator.validateObjectMeta-
 *   Declaratively -> apimachinery ValidateObjectMetaAccessor with
 *   NameIsDNSSubdomain (the declarative ObjectMeta rules are alpha and not
 *   enforced; the later path-segment pass of rest.ValidateCreate runs only
 *   when nothing failed and cannot fail then);
 * - rest.BeforeCreate / Store.Create first fill the namespace from the
 *   request, generate a name from generateName and set generation to 1
 *   (customResourceStrategy.PrepareForCreate), so a negative generation, a
 *   uid, resourceVersion or creationTimestamp are no errors on create. */
#include "metadata.h"
#include "constraints.h"
#include "goformat.h"
#include "../util/gotime.h"
#include "../util/k8s_names.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- small helpers ------------------------------------------------------ */

/* The last member with this key (Go maps keep the last duplicate). */
static const gwapi_value *member_last(const gwapi_value *map, const char *key)
{
    const gwapi_value *found = NULL;
    if (!map || map->type != GWAPI_VALUE_MAP)
        return NULL;
    for (size_t i = 0; i < map->u.map.count; i++)
        if (gwapi_str_eq(map->u.map.items[i].key->u.string, key))
            found = map->u.map.items[i].value;
    return found;
}

static int key_cmp(const gwapi_value *a, const gwapi_value *b)
{
    return gwapi_str_cmp(a->u.string, b->u.string);
}

static int member_ptr_cmp(const void *x, const void *y)
{
    const gwapi_member *a = *(const gwapi_member *const *)x;
    const gwapi_member *b = *(const gwapi_member *const *)y;
    int c = key_cmp(a->key, b->key);
    return c ? c : (a < b ? -1 : a > b);
}

/* The members of a map in Go's json.Marshal order (keys sorted bytewise),
 * duplicates collapsed to the last one. */
static const gwapi_member **sorted_members(engine *e, const gwapi_value *map, size_t *n)
{
    size_t count = map->u.map.count;
    const gwapi_member **out = arena_calloc(e->scratch, count ? count : 1, sizeof *out);
    *n = 0;
    if (!out)
        return NULL;
    for (size_t i = 0; i < count; i++)
        out[i] = &map->u.map.items[i];
    qsort(out, count, sizeof *out, member_ptr_cmp);
    size_t k = 0;
    for (size_t i = 0; i < count; i++) {
        if (i + 1 < count && !key_cmp(out[i]->key, out[i + 1]->key))
            continue; /* a later duplicate wins */
        out[k++] = out[i];
    }
    *n = k;
    return out;
}

static const char *json_kind(const gwapi_value *v)
{
    switch (v->type) {
    case GWAPI_VALUE_BOOL: return "bool";
    case GWAPI_VALUE_INT:
    case GWAPI_VALUE_FLOAT: return "number";
    case GWAPI_VALUE_STRING: return "string";
    case GWAPI_VALUE_MAP: return "object";
    case GWAPI_VALUE_SEQ: return "array";
    case GWAPI_VALUE_NULL: break;
    }
    return "null";
}

/* Whether a JSON number decodes into an int64 (json.Marshal prints whole
 * floats in range without a fraction or exponent). */
static bool fits_int64(const gwapi_value *v)
{
    if (v->type == GWAPI_VALUE_INT)
        return true;
    double d = v->u.number;
    return isfinite(d) && d == floor(d) && d >= -9223372036854775808.0 &&
           d < 9223372036854775808.0 && fabs(d) < 1e21;
}

/* --- decoding: sigs.k8s.io/json into metav1.ObjectMeta ------------------- */

typedef enum {
    JT_STRING, JT_UID, JT_OPTYPE, JT_INT64, JT_BOOL, JT_TIME, JT_MAPSTR, JT_STRLIST,
    JT_OWNERS, JT_MFS, JT_ANY
} jtype;

typedef struct jfield {
    const char *name;
    jtype type;
} jfield;

static const jfield object_meta_fields[] = {
    { "name", JT_STRING }, { "generateName", JT_STRING }, { "namespace", JT_STRING },
    { "selfLink", JT_STRING }, { "uid", JT_UID }, { "resourceVersion", JT_STRING },
    { "generation", JT_INT64 }, { "creationTimestamp", JT_TIME },
    { "deletionTimestamp", JT_TIME }, { "deletionGracePeriodSeconds", JT_INT64 },
    { "labels", JT_MAPSTR }, { "annotations", JT_MAPSTR },
    { "ownerReferences", JT_OWNERS }, { "finalizers", JT_STRLIST },
    { "managedFields", JT_MFS }, { NULL, JT_ANY },
};
static const jfield owner_reference_fields[] = {
    { "apiVersion", JT_STRING }, { "kind", JT_STRING }, { "name", JT_STRING },
    { "uid", JT_UID }, { "controller", JT_BOOL }, { "blockOwnerDeletion", JT_BOOL },
    { NULL, JT_ANY },
};
static const jfield managed_fields_entry_fields[] = {
    { "manager", JT_STRING }, { "operation", JT_OPTYPE }, { "apiVersion", JT_STRING },
    { "time", JT_TIME }, { "fieldsType", JT_STRING }, { "fieldsV1", JT_ANY },
    { "subresource", JT_STRING }, { NULL, JT_ANY },
};

static const char *jtype_name(jtype t)
{
    switch (t) {
    case JT_STRING: case JT_TIME: return "string";
    case JT_UID: return "types.UID";
    case JT_OPTYPE: return "v1.ManagedFieldsOperationType";
    case JT_INT64: return "int64";
    case JT_BOOL: return "bool";
    case JT_MAPSTR: return "map[string]string";
    case JT_STRLIST: return "[]string";
    case JT_OWNERS: return "[]v1.OwnerReference";
    case JT_MFS: return "[]v1.ManagedFieldsEntry";
    case JT_ANY: break;
    }
    return "interface {}";
}

typedef struct jdec {
    engine *e;
    strbuf saved;     /* first UnmarshalTypeError, "" when none */
    strbuf hard;      /* an error that stopped decoding, "" when none */
    strbuf stack;     /* errorContext.FieldStack joined with '.' */
    const char *strct;/* errorContext.Struct */
    strbuf path;      /* kjson field path, for unknown fields */
    strbuf unknown;   /* unknown field paths, each a size_t length + its bytes */
    size_t nunknown;
    /* where each is reported: at its key for top-level keys, else at the
     * metadata (a growable array in the scratch arena) */
    gwapi_pos *unknown_pos;
    size_t unknown_cap;
    gwapi_pos top_pos;   /* the metadata mapping's */
} jdec;

static void type_error(jdec *d, strbuf *into, const char *value, const char *extra,
                       const char *type)
{
    strbuf_printf(into, "json: cannot unmarshal %s%s%s into Go ", value, extra ? " " : "",
                  extra ? extra : "");
    if (d->strct || d->stack.len)
        strbuf_printf(into, "struct field %s.%s of type %s", d->strct ? d->strct : "",
                      strbuf_str(&d->stack), type);
    else
        strbuf_printf(into, "value of type %s", type);
}

static void save(jdec *d, const gwapi_value *v, const char *type)
{
    if (!d->saved.len)
        type_error(d, &d->saved, json_kind(v), NULL, type);
}

static bool decode_struct(jdec *d, const jfield *fields, const char *strct, const gwapi_value *v);

/* Returns false when decoding stopped (a hard error). */
static bool decode_value(jdec *d, jtype t, const gwapi_value *v)
{
    if (v->type == GWAPI_VALUE_NULL || t == JT_ANY)
        return true;
    switch (t) {
    case JT_STRING: case JT_UID: case JT_OPTYPE:
        if (v->type != GWAPI_VALUE_STRING)
            save(d, v, jtype_name(t));
        return true;
    case JT_INT64:
        if (v->type == GWAPI_VALUE_INT || (v->type == GWAPI_VALUE_FLOAT && fits_int64(v)))
            return true;
        if (v->type == GWAPI_VALUE_FLOAT) {
            if (!d->saved.len) {
                strbuf num;
                engine_buf_init(d->e, &num);
                gofmt_json_float(&num, v->u.number);
                type_error(d, &d->saved, "number", strbuf_str(&num), "int64");
                strbuf_free(&num);
            }
            return true;
        }
        save(d, v, "int64");
        return true;
    case JT_BOOL:
        if (v->type != GWAPI_VALUE_BOOL)
            save(d, v, "bool");
        return true;
    case JT_TIME:
        /* metav1.Time.UnmarshalJSON: its errors stop the decoding. */
        if (v->type != GWAPI_VALUE_STRING) {
            type_error(d, &d->hard, json_kind(v), NULL, "string");
            return false;
        }
        return go_parse_rfc3339(v->u.string, &d->hard, NULL);
    case JT_MAPSTR:
        if (v->type != GWAPI_VALUE_MAP) {
            save(d, v, jtype_name(t));
            return true;
        }
        for (size_t i = 0; i < v->u.map.count; i++) {
            const gwapi_value *x = v->u.map.items[i].value;
            if (x->type != GWAPI_VALUE_NULL && x->type != GWAPI_VALUE_STRING)
                save(d, x, "string");
        }
        return true;
    case JT_STRLIST:
        if (v->type != GWAPI_VALUE_SEQ) {
            save(d, v, jtype_name(t));
            return true;
        }
        for (size_t i = 0; i < v->u.seq.count; i++) {
            const gwapi_value *x = v->u.seq.items[i];
            if (x->type != GWAPI_VALUE_NULL && x->type != GWAPI_VALUE_STRING)
                save(d, x, "string");
        }
        return true;
    case JT_OWNERS:
    case JT_MFS: {
        if (v->type != GWAPI_VALUE_SEQ) {
            save(d, v, jtype_name(t));
            return true;
        }
        bool owners = t == JT_OWNERS;
        for (size_t i = 0; i < v->u.seq.count; i++) {
            const gwapi_value *x = v->u.seq.items[i];
            if (x->type == GWAPI_VALUE_NULL)
                continue;
            if (x->type != GWAPI_VALUE_MAP) {
                save(d, x, owners ? "v1.OwnerReference" : "v1.ManagedFieldsEntry");
                continue;
            }
            size_t old = d->path.len;
            strbuf_put_index(&d->path, i);
            bool ok = decode_struct(d, owners ? owner_reference_fields : managed_fields_entry_fields,
                                    owners ? "OwnerReference" : "ManagedFieldsEntry", x);
            strbuf_truncate(&d->path, old);
            if (!ok)
                return false;
        }
        return true;
    }
    case JT_ANY:
        break;
    }
    return true;
}

static void note_unknown_pos(jdec *d, gwapi_pos pos)
{
    if (d->nunknown == d->unknown_cap) {
        size_t cap = d->unknown_cap ? d->unknown_cap * 2 : 16;
        gwapi_pos *p = arena_calloc(d->e->scratch, cap, sizeof *p);
        if (!p)
            return;
        if (d->nunknown)
            memcpy(p, d->unknown_pos, d->nunknown * sizeof *p);
        d->unknown_pos = p;
        d->unknown_cap = cap;
    }
    d->unknown_pos[d->nunknown++] = pos;
}

static bool decode_struct(jdec *d, const jfield *fields, const char *strct, const gwapi_value *v)
{
    size_t n;
    const gwapi_member **ms = sorted_members(d->e, v, &n);
    if (!ms)
        return true;
    for (size_t i = 0; i < n; i++) {
        const char *k = ms[i]->key->u.string.ptr;
        const jfield *f = fields;
        while (f->name && strcmp(f->name, k))
            f++;
        if (!f->name || strlen(k) != ms[i]->key->u.string.len) {
            size_t old = d->path.len;
            if (old)
                strbuf_putc(&d->path, '.');
            strbuf_putn(&d->path, k, ms[i]->key->u.string.len);
            gwapi_str p = strbuf_view(&d->path);
            strbuf_putn(&d->unknown, (const char *)&p.len, sizeof p.len);
            strbuf_putn(&d->unknown, p.ptr, p.len);
            note_unknown_pos(d, old ? d->top_pos : ms[i]->key->pos);
            strbuf_truncate(&d->path, old);
            continue;
        }
        const char *old_strct = d->strct;
        size_t old_stack = d->stack.len, old_path = d->path.len;
        d->strct = strct;
        if (old_stack)
            strbuf_putc(&d->stack, '.');
        strbuf_puts(&d->stack, k);
        if (old_path)
            strbuf_putc(&d->path, '.');
        strbuf_puts(&d->path, k);
        bool ok = decode_value(d, f->type, ms[i]->value);
        if (!ok)
            return false; /* Go leaves the error context as it was */
        d->strct = old_strct;
        strbuf_truncate(&d->stack, old_stack);
        strbuf_truncate(&d->path, old_path);
    }
    return true;
}

/* Runs the decoding; returns true when it failed (message in d->hard or
 * d->saved). */
static bool decode_meta(jdec *d, engine *e, const gwapi_value *md)
{
    memset(d, 0, sizeof *d);
    d->e = e;
    engine_buf_init(e, &d->saved);
    engine_buf_init(e, &d->hard);
    engine_buf_init(e, &d->stack);
    engine_buf_init(e, &d->path);
    engine_buf_init(e, &d->unknown);
    if (md->type == GWAPI_VALUE_NULL)
        return false;
    if (md->type != GWAPI_VALUE_MAP) {
        type_error(d, &d->saved, json_kind(md), NULL, "v1.ObjectMeta");
        return true;
    }
    d->top_pos = md->pos;
    if (!decode_struct(d, object_meta_fields, "ObjectMeta", md))
        return true;
    return d->saved.len > 0;
}

static void jdec_free(jdec *d)
{
    strbuf_free(&d->saved);
    strbuf_free(&d->hard);
    strbuf_free(&d->stack);
    strbuf_free(&d->path);
    strbuf_free(&d->unknown);
}

bool metadata_check_decode(engine *e, const gwapi_value *md)
{
    jdec d;
    bool failed = decode_meta(&d, e, md);
    if (failed) {
        const char *msg = d.hard.len ? strbuf_str(&d.hard) : strbuf_str(&d.saved);
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, "metadata", md->pos, "%s", msg);
        e->meta_decode_failed = true;
    } else if (!d.nunknown) {
        e->meta_clean = md;
    }
    jdec_free(&d);
    return failed;
}

static gwapi_str meta_string(const gwapi_value *v)
{
    gwapi_str none = { NULL, 0 };
    return v->type == GWAPI_VALUE_STRING ? v->u.string : none;
}

/* A map[string]string: null values decode as "", later duplicates win. */
static void meta_string_map(engine *e, const gwapi_value *v, gwapi_string_map *out)
{
    if (v->type != GWAPI_VALUE_MAP)
        return;
    size_t n, count = v->u.map.count;
    const gwapi_member **ms = sorted_members(e, v, &n);
    gwapi_kv *items = arena_calloc(e->a, n ? n : 1, sizeof *items);
    bool *keep = arena_calloc(e->scratch, count ? count : 1, sizeof *keep);
    if (!ms || !items || !keep)
        return;
    for (size_t i = 0; i < n; i++)
        keep[ms[i] - v->u.map.items] = true;
    /* document order, each key once */
    size_t k = 0;
    for (size_t i = 0; i < count; i++) {
        const gwapi_value *x = v->u.map.items[i].value;
        if (!keep[i] || (x->type != GWAPI_VALUE_STRING && x->type != GWAPI_VALUE_NULL))
            continue;
        gwapi_str empty = { "", 0 };
        items[k].key = v->u.map.items[i].key->u.string;
        items[k].value = x->type == GWAPI_VALUE_STRING ? x->u.string : empty;
        k++;
    }
    out->items = items;
    out->count = k;
}

void metadata_decode(engine *e, const gwapi_value *v, void *slot)
{
    if (v->type != GWAPI_VALUE_MAP || e->meta_decode_failed)
        return;
    /* Unknown keys: kjson.UnmarshalStrict's strict errors (none when the
     * check found the metadata clean). */
    jdec d;
    if (v == e->meta_clean) {
        memset(&d, 0, sizeof d);
    } else if (!decode_meta(&d, e, v)) {
        gwapi_str all = strbuf_view(&d.unknown);
        const char *q = all.ptr;
        for (size_t i = 0; i < d.nunknown && !d.unknown.failed; i++) {
            gwapi_str p;
            memcpy(&p.len, q, sizeof p.len);
            p.ptr = q + sizeof p.len;
            q = p.ptr + p.len;
            strbuf text;
            engine_buf_init(e, &text);
            goquote_raw(&text, p.ptr, p.len);
            engine_diag(e, e->opts->unknown_field_severity, GWAPI_DIAG_UNKNOWN_FIELD, "metadata",
                        d.unknown_pos[i], "unknown field \"metadata.%s\"", strbuf_str(&text));
            strbuf_free(&text);
        }
    }
    jdec_free(&d);

    gwapi_object_meta *m = arena_zalloc(e->a, sizeof *m);
    if (!m)
        return;
    *(const gwapi_object_meta **)slot = m;
    m->pos = v->pos;
    const gwapi_value *x;
    if ((x = member_last(v, "name")))
        m->name = meta_string(x);
    if ((x = member_last(v, "generateName")))
        m->generate_name = meta_string(x);
    if ((x = member_last(v, "namespace")))
        m->ns = meta_string(x);
    if ((x = member_last(v, "uid")))
        m->uid = meta_string(x);
    if ((x = member_last(v, "resourceVersion")))
        m->resource_version = meta_string(x);
    if ((x = member_last(v, "labels")))
        meta_string_map(e, x, &m->labels);
    if ((x = member_last(v, "annotations")))
        meta_string_map(e, x, &m->annotations);
    if ((x = member_last(v, "generation")) && (x->type == GWAPI_VALUE_INT ||
                                               (x->type == GWAPI_VALUE_FLOAT && fits_int64(x)))) {
        m->generation.set = true;
        m->generation.value = x->type == GWAPI_VALUE_INT ? x->u.integer : (int64_t)x->u.number;
    }
    if ((x = member_last(v, "creationTimestamp")) &&
        (m->creation_timestamp = meta_string(x)).ptr) {
        int64_t t;
        if (go_parse_rfc3339(m->creation_timestamp, NULL, &t)) {
            m->creation_time.set = true;
            m->creation_time.value = t;
        }
    }
}

/* --- validation ------------------------------------------------------------ */

/* "Invalid value: %q: msg" at path. */
static void invalid_str(engine *e, const char *path, const char *value, size_t len,
                        const char *msg, gwapi_pos pos)
{
    strbuf b;
    engine_buf_init(e, &b);
    goquote_quote(&b, value, len);
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA, path, pos, "Invalid value: %s: %s",
                strbuf_str(&b), msg);
    strbuf_free(&b);
}

/* Required, NotSupported and TooLong errors keep the CEL rules from
 * running (customResourceStrategy.Validate's hasBlockingErr), wherever
 * they are, metadata included. */
static void blocking_diag(engine *e, const char *path, gwapi_pos pos, const char *msg)
{
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA, path, pos, "%s", msg);
    if (!e->mute)
        e->blocking = true;
}

/* ValidateNameFunc NameIsDNSSubdomain(name, prefix). */
static void check_name(engine *e, const char *path, const char *s, size_t n, bool prefix,
                       gwapi_pos pos)
{
    char *masked = NULL;
    const char *t = s;
    size_t tn = n;
    if (prefix && n > 1 && s[n - 1] == '-') {
        /* maskTrailingDash: name[:len(name)-2] + "a" */
        masked = arena_alloc(e->scratch, n);
        if (!masked)
            return;
        memcpy(masked, s, n - 2);
        masked[n - 2] = 'a';
        masked[n - 1] = '\0';
        t = masked;
        tn = n - 1;
    }
    const char *msgs[2];
    size_t k = k8s_dns1123_subdomain_errors(t, tn, msgs);
    for (size_t i = 0; i < k; i++)
        invalid_str(e, path, s, n, msgs[i], pos);
}

static void check_string_map(engine *e, const char *path, const gwapi_string_map *map,
                             bool annotations, gwapi_pos pos)
{
    uint64_t total = 0;
    for (size_t i = 0; i < map->count; i++) {
        const char *k = map->items[i].key.ptr, *v = map->items[i].value.ptr;
        size_t klen = map->items[i].key.len, vlen = map->items[i].value.len;
        total += klen + vlen;
        const char *msgs[4];
        size_t n;
        if (annotations) {
            /* QualifiedName, case-insensitively */
            char *lower = arena_alloc(e->scratch, klen + 1);
            if (!lower)
                return;
            for (size_t j = 0; j < klen; j++)
                lower[j] = (char)tolower((unsigned char)k[j]);
            lower[klen] = '\0';
            n = k8s_qualified_name_errors(lower, klen, msgs);
        } else {
            n = k8s_qualified_name_errors(k, klen, msgs);
        }
        for (size_t j = 0; j < n; j++)
            invalid_str(e, path, k, klen, msgs[j], pos);
        if (!annotations) {
            n = k8s_label_value_errors(v, vlen, msgs);
            for (size_t j = 0; j < n; j++)
                invalid_str(e, path, v, vlen, msgs[j], pos);
        }
    }
    if (annotations && total > 262144)
        blocking_diag(e, path, pos, "Too long: may not be more than 262144 bytes");
}

/* A string member, "" when absent or not a string (Go's zero value). */
static gwapi_str member_str(const gwapi_value *map, const char *key)
{
    const gwapi_value *v = member_last(map, key);
    gwapi_str empty = { "", 0 };
    return v && v->type == GWAPI_VALUE_STRING ? v->u.string : empty;
}

static bool member_true(const gwapi_value *map, const char *key)
{
    const gwapi_value *v = member_last(map, key);
    return v && v->type == GWAPI_VALUE_BOOL && v->u.boolean;
}

/* json.Marshal of a metav1.OwnerReference. */
static void owner_json(strbuf *b, const gwapi_value *ref)
{
    static const char *const str_fields[] = { "apiVersion", "kind", "name", "uid" };
    strbuf_putc(b, '{');
    for (size_t i = 0; i < 4; i++) {
        gwapi_str s = member_str(ref, str_fields[i]);
        strbuf_printf(b, "%s\"%s\":", i ? "," : "", str_fields[i]);
        gofmt_json_string(b, s.ptr, s.len);
    }
    static const char *const bool_fields[] = { "controller", "blockOwnerDeletion" };
    for (size_t i = 0; i < 2; i++) {
        const gwapi_value *v = member_last(ref, bool_fields[i]);
        if (v && v->type == GWAPI_VALUE_BOOL)
            strbuf_printf(b, ",\"%s\":%s", bool_fields[i], v->u.boolean ? "true" : "false");
    }
    strbuf_putc(b, '}');
}

static void owners_json(strbuf *b, const gwapi_value *refs)
{
    strbuf_putc(b, '[');
    for (size_t i = 0; i < refs->u.seq.count; i++) {
        if (i)
            strbuf_putc(b, ',');
        owner_json(b, refs->u.seq.items[i]);
    }
    strbuf_putc(b, ']');
}

static void check_owner_references(engine *e, const gwapi_value *refs, gwapi_pos pos)
{
    if (!refs || refs->type != GWAPI_VALUE_SEQ)
        return;
    const gwapi_value *first = NULL;
    char path[96];
    for (size_t i = 0; i < refs->u.seq.count; i++) {
        const gwapi_value *r = refs->u.seq.items[i];
        gwapi_str api = member_str(r, "apiVersion"), kind = member_str(r, "kind");
        static const char *const required[] = { "apiVersion", "kind", "name", "uid" };
        bool gv_err = false;
        gwapi_str version = api;
        size_t slashes = 0;
        for (size_t p = 0; p < api.len; p++)
            slashes += api.ptr[p] == '/';
        if (api.len && !gwapi_str_eq(api, "/")) {
            if (slashes > 1) {
                gv_err = true;
            } else if (slashes == 1) {
                const char *slash = memchr(api.ptr, '/', api.len);
                version.ptr = slash + 1;
                version.len = api.len - (size_t)(slash + 1 - api.ptr);
            }
        } else {
            version.len = 0;
        }
        for (size_t j = 0; j < 4; j++) {
            if (member_str(r, required[j]).len)
                continue;
            snprintf(path, sizeof path, "metadata.ownerReferences[%zu].%s", i, required[j]);
            blocking_diag(e, path, pos, "Required value: must not be empty");
        }
        if (api.len && (gv_err || !version.len)) {
            snprintf(path, sizeof path, "metadata.ownerReferences[%zu].apiVersion", i);
            invalid_str(e, path, api.ptr, api.len, "must be <group>/<version> or <version>", pos);
        }
        /* BannedOwners: {Group: "", Version: "v1", Kind: "Event"} */
        if (!gv_err && gwapi_str_eq(version, "v1") && (slashes == 0 || api.ptr[0] == '/') &&
            gwapi_str_eq(kind, "Event")) {
            strbuf b;
            engine_buf_init(e, &b);
            owner_json(&b, r);
            snprintf(path, sizeof path, "metadata.ownerReferences[%zu]", i);
            engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA, path, pos,
                        "Invalid value: %s: /v1, Kind=Event is disallowed from being an owner",
                        strbuf_str(&b));
            strbuf_free(&b);
        }
        if (member_true(r, "controller")) {
            if (first) {
                strbuf b;
                engine_buf_init(e, &b);
                owners_json(&b, refs);
                strbuf_puts(&b, ": Only one reference can have Controller set to true. Found "
                                "\"true\" in references for ");
                gwapi_str parts[4] = { member_str(first, "kind"), member_str(first, "name"),
                                       kind, member_str(r, "name") };
                for (size_t j = 0; j < 4; j++) {
                    goquote_raw(&b, parts[j].ptr, parts[j].len);
                    strbuf_puts(&b, j == 3 ? "" : j == 1 ? " and " : "/");
                }
                engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA,
                            "metadata.ownerReferences", pos, "Invalid value: %s", strbuf_str(&b));
                strbuf_free(&b);
            } else {
                first = r;
            }
        }
    }
}

static void check_finalizers(engine *e, const gwapi_value *fs, gwapi_pos pos)
{
    if (!fs || fs->type != GWAPI_VALUE_SEQ)
        return;
    bool orphan = false, foreground = false;
    for (size_t i = 0; i < fs->u.seq.count; i++) {
        const gwapi_value *f = fs->u.seq.items[i];
        const char *s = f->type == GWAPI_VALUE_STRING ? f->u.string.ptr : "";
        size_t n = f->type == GWAPI_VALUE_STRING ? f->u.string.len : 0;
        const char *msgs[4];
        size_t k = k8s_qualified_name_errors(s, n, msgs);
        for (size_t j = 0; j < k; j++)
            invalid_str(e, "metadata.finalizers", s, n, msgs[j], pos);
        gwapi_str fin = { s, n };
        orphan = orphan || gwapi_str_eq(fin, "orphan");
        foreground = foreground || gwapi_str_eq(fin, "foregroundDeletion");
    }
    if (orphan && foreground) {
        strbuf b;
        engine_buf_init(e, &b);
        strbuf_putc(&b, '[');
        for (size_t i = 0; i < fs->u.seq.count; i++) {
            const gwapi_value *f = fs->u.seq.items[i];
            if (i)
                strbuf_putc(&b, ',');
            if (f->type == GWAPI_VALUE_STRING)
                gofmt_json_string(&b, f->u.string.ptr, f->u.string.len);
            else
                strbuf_puts(&b, "\"\"");
        }
        strbuf_putc(&b, ']');
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA, "metadata.finalizers", pos,
                    "Invalid value: %s: finalizer orphan and foregroundDeletion cannot be both set",
                    strbuf_str(&b));
        strbuf_free(&b);
    }
}

static void check_managed_fields(engine *e, const gwapi_value *mfs, gwapi_pos pos)
{
    if (!mfs || mfs->type != GWAPI_VALUE_SEQ)
        return;
    char path[96];
    for (size_t i = 0; i < mfs->u.seq.count; i++) {
        const gwapi_value *m = mfs->u.seq.items[i];
        gwapi_str op = member_str(m, "operation");
        snprintf(path, sizeof path, "metadata.managedFields[%zu].operation", i);
        if (!op.len) {
            blocking_diag(e, path, pos, "Required value: must not be empty");
        } else if (!gwapi_str_eq(op, "Apply") && !gwapi_str_eq(op, "Update")) {
            strbuf b;
            engine_buf_init(e, &b);
            gofmt_json_string(&b, op.ptr, op.len);
            strbuf_puts(&b, ": supported values: \"Apply\", \"Update\"");
            engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_METADATA, path, pos,
                        "Unsupported value: %s", strbuf_str(&b));
            e->blocking = e->blocking || !e->mute;
            strbuf_free(&b);
        }
        gwapi_str ft = member_str(m, "fieldsType");
        if (ft.len && !gwapi_str_eq(ft, "FieldsV1")) {
            snprintf(path, sizeof path, "metadata.managedFields[%zu].fieldsType", i);
            invalid_str(e, path, ft.ptr, ft.len, "must be `FieldsV1`", pos);
        }
        const char *mgr = member_str(m, "manager").ptr;
        size_t mlen = member_str(m, "manager").len;
        snprintf(path, sizeof path, "metadata.managedFields[%zu].manager", i);
        if (mlen > 128)
            blocking_diag(e, path, pos, "Too long: may not be more than 128 bytes");
        for (size_t j = 0; j < mlen;) {
            uint32_t c;
            size_t len = goquote_utf8_decode((const unsigned char *)mgr + j, mlen - j, &c);
            if (!len) {
                c = 0xFFFD; /* utf8.RuneError, printable */
                len = 1;
            }
            if (!goquote_rune_printable(c)) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid character U+%04X (at position %zu)",
                         (unsigned)c, j);
                invalid_str(e, path, mgr, mlen, msg, pos);
            }
            j += len;
        }
        if (member_str(m, "subresource").len > 256) {
            snprintf(path, sizeof path, "metadata.managedFields[%zu].subresource", i);
            blocking_diag(e, path, pos, "Too long: may not be more than 256 bytes");
        }
    }
}

void metadata_validate(engine *e, const gwapi_object_meta *m, const gwapi_value *src,
                       bool namespaced)
{
    if (e->meta_decode_failed)
        return;
    gwapi_pos pos = m ? m->pos : e->doc_pos;
    gwapi_str empty = { "", 0 };
    gwapi_str name = m && m->name.ptr ? m->name : empty;
    gwapi_str gen = m && m->generate_name.ptr ? m->generate_name : empty;
    if (gen.len) {
        check_name(e, "metadata.generateName", gen.ptr, gen.len, true, pos);
        if (!name.len) {
            /* Store.Create: names.SimpleNameGenerator, base cut to 58
             * bytes plus 5 random characters, "xxxxx" here as in the
             * oracle (any 5 lowercase alphanumerics give the same
             * verdict). */
            size_t n = gen.len > 58 ? 58 : gen.len;
            char *generated = arena_alloc(e->scratch, n + 6);
            if (!generated)
                return;
            memcpy(generated, gen.ptr, n);
            memcpy(generated + n, "xxxxx", 6);
            name.ptr = generated;
            name.len = n + 5;
        }
    }
    if (!name.len)
        blocking_diag(e, "metadata.name", pos, "Required value: name or generateName is required");
    else
        check_name(e, "metadata.name", name.ptr, name.len, false, pos);

    /* The namespace is the request's: the one written, else the current
     * one; cluster-scoped kinds have it cleared. */
    if (namespaced) {
        gwapi_str ns = m && m->ns.len ? m->ns : gwapi_str_of(e->opts->default_namespace);
        if (!ns.len) {
            blocking_diag(e, "metadata.namespace", pos, "Required value");
        } else {
            const char *msgs[2];
            size_t k = k8s_dns1123_label_errors(ns.ptr, ns.len, msgs);
            for (size_t i = 0; i < k; i++)
                invalid_str(e, "metadata.namespace", ns.ptr, ns.len, msgs[i], pos);
        }
    }
    if (!m)
        return;
    check_string_map(e, "metadata.labels", &m->labels, false, pos);
    check_string_map(e, "metadata.annotations", &m->annotations, true, pos);
    check_owner_references(e, member_last(src, "ownerReferences"), pos);
    check_finalizers(e, member_last(src, "finalizers"), pos);
    check_managed_fields(e, member_last(src, "managedFields"), pos);
}
