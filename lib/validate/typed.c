/* Checks over decoded values: list-type uniqueness and schema combinators. */
#include "typed.h"
#include "../util/ipaddr.h"
#include "constraints.h"
#include "goformat.h"
#include "../util/json_writer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

tval typed_read(const gw_schema *s, const void *slot, bool element)
{
    tval t = { 0 };
    t.schema = s;
    switch (s->type) {
    case GW_T_STRING:
        t.str = *(const gwapi_str *)slot;
        t.kind = t.str.ptr ? TV_STRING : TV_ABSENT;
        break;
    case GW_T_INTEGER:
        if (element) {
            t.kind = TV_INT;
            t.i = *(const int64_t *)slot;
        } else if (((const gwapi_opt_int *)slot)->set) {
            t.kind = TV_INT;
            t.i = ((const gwapi_opt_int *)slot)->value;
        }
        break;
    case GW_T_NUMBER:
        if (element) {
            t.kind = TV_NUMBER;
            t.d = *(const double *)slot;
        } else if (((const gwapi_opt_num *)slot)->set) {
            t.kind = TV_NUMBER;
            t.d = ((const gwapi_opt_num *)slot)->value;
        }
        break;
    case GW_T_BOOLEAN:
        if (element) {
            t.kind = TV_BOOL;
            t.b = *(const bool *)slot;
        } else if (((const gwapi_opt_bool *)slot)->set) {
            t.kind = TV_BOOL;
            t.b = ((const gwapi_opt_bool *)slot)->value;
        }
        break;
    case GW_T_OBJECT:
        if (s->nfields == 0 && s->preserve_unknown) {
            t.ptr = *(const void *const *)slot;
            t.kind = t.ptr ? TV_ANY : TV_ABSENT;
        } else {
            t.ptr = element ? slot : *(const void *const *)slot;
            t.kind = t.ptr ? TV_OBJECT : TV_ABSENT;
        }
        break;
    case GW_T_ARRAY:
    case GW_T_MAP:
        t.ptr = slot;
        t.kind = ((const gw_list *)slot)->items ? TV_LIST : TV_ABSENT;
        break;
    case GW_T_INT_OR_STRING: {
        const gwapi_int_or_string *ios = slot;
        if (ios->type == GWAPI_IOS_STRING) {
            t.kind = TV_STRING;
            t.str = ios->string;
        } else if (ios->type == GWAPI_IOS_INT) {
            t.kind = TV_INT;
            t.i = ios->integer;
        }
        break;
    }
    case GW_T_ANY:
    case GW_T_META:
        t.ptr = *(const void *const *)slot;
        t.kind = t.ptr ? TV_ANY : TV_ABSENT;
        break;
    }
    return t;
}

tval typed_member(const gw_schema *s, const void *obj, const char *name)
{
    const gw_field *f = schema_field(s, name, strlen(name));
    if (f)
        return typed_read(f->schema, (const char *)obj + f->offset, false);
    tval t = { 0 };
    return t;
}

/* --- list-type uniqueness -------------------------------------------- */

/* Canonical bytes of a key tuple for hashing and comparison; the Go %#v
 * rendering for the message is built separately. */
static void key_bytes(strbuf *b, const tval *t)
{
    switch (t->kind) {
    case TV_STRING:
        strbuf_printf(b, "s%zu:", t->str.len);
        strbuf_putn(b, t->str.ptr, t->str.len);
        break;
    case TV_INT: strbuf_printf(b, "i%lld;", (long long)t->i); break;
    case TV_NUMBER: strbuf_printf(b, "d%.17g;", t->d); break;
    case TV_BOOL: strbuf_puts(b, t->b ? "t;" : "f;"); break;
    default: strbuf_puts(b, "-;"); break;
    }
}

static int cstr_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Duplicate message value: for list maps the key fields as a Go map (keys
 * sorted), for sets the element itself. */
/* The value a Duplicate error shows: for list maps the key fields as a
 * JSON object (keys sorted, as Go's encoding/json writes maps), for sets
 * the element itself. */
static void json_scalar(strbuf *b, const tval *t)
{
    switch (t->kind) {
    case TV_STRING: gofmt_json_string(b, t->str.ptr, t->str.len); break;
    case TV_INT: gofmt_int(b, t->i); break;
    case TV_NUMBER: {
        gwapi_value n = { .type = GWAPI_VALUE_FLOAT };
        n.u.number = t->d;
        gofmt_json(b, &n);
        break;
    }
    case TV_BOOL: strbuf_puts(b, t->b ? "true" : "false"); break;
    default: strbuf_puts(b, "null"); break;
    }
}

/* A list-map key field that was given but did not decode (wrong type):
 * the server compares and prints the value as it is after pruning. */
static const gw_schema *key_schema(const gw_schema *s, const char *key)
{
    const gw_field *f = schema_field(s->items, key, strlen(key));
    return f ? f->schema : NULL;
}

static const gwapi_value *raw_key(const gw_schema *s, const gwapi_value *item, const char *key)
{
    const gwapi_value *raw =
        item && item->type == GWAPI_VALUE_MAP ? gwapi_value_get(item, key) : NULL;
    return raw && raw->type != GWAPI_VALUE_NULL && key_schema(s, key) ? raw : NULL;
}

static gwapi_value scalar_value(const tval *t);

static void duplicate_value(strbuf *b, const gw_schema *s, const void *elem,
                            const gwapi_value *src)
{
    if (s->list_type == GW_LIST_MAP) {
        const char *keys[16];
        uint32_t n = s->nmap_keys < 16 ? s->nmap_keys : 16;
        for (uint32_t k = 0; k < n; k++)
            keys[k] = s->map_keys[k];
        qsort(keys, n, sizeof *keys, cstr_cmp);
        strbuf_putc(b, '{');
        bool first = true;
        for (uint32_t k = 0; k < n; k++) {
            tval t = typed_member(s->items, elem, keys[k]);
            const gwapi_value *raw = NULL;
            if (t.kind == TV_ABSENT && !(raw = raw_key(s, src, keys[k])))
                continue;
            if (!first)
                strbuf_putc(b, ',');
            first = false;
            jw_string(b, keys[k]);
            strbuf_putc(b, ':');
            if (raw)
                gofmt_json_pruned(b, raw, key_schema(s, keys[k]));
            else
                json_scalar(b, &t);
        }
        strbuf_putc(b, '}');
        return;
    }
    tval t = typed_read(s->items, elem, true);
    if (t.kind == TV_OBJECT || t.kind == TV_LIST || t.kind == TV_ANY) {
        gofmt_json_pruned(b, src, s->items);
    } else if (t.kind == TV_ABSENT && src && src->type != GWAPI_VALUE_NULL) {
        /* did not decode (wrong type): shown as given, after pruning */
        gofmt_bad_value_pruned(b, src, s->items);
    } else if (t.kind == TV_ABSENT) {
        strbuf_puts(b, "null");
    } else {
        /* a scalar element: field.Duplicate prints it with %q / %v */
        gwapi_value x = scalar_value(&t);
        gofmt_bad_value(b, &x);
    }
}

typedef struct seen_entry {
    uint64_t hash;
    const char *bytes;
    size_t len;
    bool reported;
} seen_entry;

/* As listtype.ValidateListSetsAndMaps: a list map whose items are not all
 * objects (or null) gets one Invalid error, at the first such item, and no
 * uniqueness check; otherwise each repeated key (set: value) is reported
 * once, at its second occurrence. */
void typed_check_unique(engine *e, const gw_schema *s, const gwapi_value *v, const gw_list *l)
{
    if (s->list_type == GW_LIST_MAP && v && v->type == GWAPI_VALUE_SEQ) {
        for (size_t i = 0; i < v->u.seq.count; i++) {
            const gwapi_value *x = v->u.seq.items[i];
            if (!x || x->type == GWAPI_VALUE_MAP || x->type == GWAPI_VALUE_NULL)
                continue;
            strbuf msg;
            engine_buf_init(e, &msg);
            strbuf_puts(&msg, "Invalid value: ");
            gofmt_bad_value_pruned(&msg, x, s->items);
            strbuf_puts(&msg, ": must be an object for an array of list-type map");
            size_t old = e->path.len;
            strbuf_put_index(&e->path, i);
            engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, NULL, x->pos, "%s",
                        strbuf_str(&msg));
            strbuf_truncate(&e->path, old);
            strbuf_free(&msg);
            return;
        }
    }
    if (l->count < 2)
        return;
    size_t cap = 16;
    while (cap < l->count * 2)
        cap *= 2;
    seen_entry *table = arena_calloc(e->scratch, cap, sizeof *table);
    if (!table)
        return;
    strbuf kb;
    engine_buf_init(e, &kb);
    const char *items = l->items;
    for (size_t i = 0; i < l->count; i++) {
        const void *elem = items + i * s->elem_size;
        strbuf_truncate(&kb, 0);
        if (s->list_type == GW_LIST_MAP) {
            for (uint32_t k = 0; k < s->nmap_keys; k++) {
                tval t = typed_member(s->items, elem, s->map_keys[k]);
                const gwapi_value *raw = t.kind == TV_ABSENT
                    ? raw_key(s, v->u.seq.items[i], s->map_keys[k]) : NULL;
                if (raw) {
                    strbuf_putc(&kb, 'j');
                    gofmt_json_pruned(&kb, raw, key_schema(s, s->map_keys[k]));
                    strbuf_putc(&kb, ';');
                } else {
                    key_bytes(&kb, &t);
                }
            }
        } else {
            tval t = typed_read(s->items, elem, true);
            const gwapi_value *raw = v->u.seq.items[i];
            if (t.kind == TV_OBJECT || t.kind == TV_LIST || t.kind == TV_ANY) {
                /* Sets of composites compare by their JSON, as Go does. */
                gofmt_json_pruned(&kb, raw, s->items);
            } else if (t.kind == TV_ABSENT && raw && raw->type != GWAPI_VALUE_NULL) {
                /* a wrong-typed element: compared as given */
                strbuf_putc(&kb, raw->type == GWAPI_VALUE_MAP || raw->type == GWAPI_VALUE_SEQ
                                     ? 'c' : 'j');
                gofmt_json_pruned(&kb, raw, s->items);
                strbuf_putc(&kb, ';');
            } else {
                key_bytes(&kb, &t);
            }
        }
        if (kb.failed)
            break;
        uint64_t h = hash_bytes(kb.s, kb.len, 0);
        size_t slot = (size_t)h & (cap - 1);
        bool dup = false;
        while (table[slot].bytes) {
            if (table[slot].hash == h && table[slot].len == kb.len &&
                memcmp(table[slot].bytes, kb.s, kb.len) == 0) {
                dup = true;
                break;
            }
            slot = (slot + 1) & (cap - 1);
        }
        if (dup) {
            if (table[slot].reported)
                continue;
            table[slot].reported = true;
            strbuf msg;
            engine_buf_init(e, &msg);
            strbuf_puts(&msg, "Duplicate value: ");
            duplicate_value(&msg, s, elem, v->u.seq.items[i]);
            size_t old = e->path.len;
            strbuf_put_index(&e->path, i);
            engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_DUPLICATE, NULL,
                        v->u.seq.items[i]->pos, "%s", strbuf_str(&msg));
            strbuf_truncate(&e->path, old);
            strbuf_free(&msg);
            continue;
        }
        char *copy = arena_strndup(e->scratch, kb.s, kb.len);
        if (!copy)
            break;
        table[slot].hash = h;
        table[slot].bytes = copy;
        table[slot].len = kb.len;
    }
    strbuf_free(&kb);
}

/* --- combinators ------------------------------------------------------ */

static bool enum_has(const gw_schema *sub, const tval *t)
{
    for (uint32_t i = 0; i < sub->nenum; i++) {
        const char *j = sub->enum_values[i];
        size_t n = strlen(j);
        if (t->kind == TV_STRING && j[0] == '"' && n - 2 == t->str.len &&
            memcmp(j + 1, t->str.ptr, n - 2) == 0)
            return true;
        if (t->kind == TV_INT && j[0] != '"' && strtoll(j, NULL, 10) == t->i)
            return true;
        if (t->kind == TV_BOOL && !strcmp(j, t->b ? "true" : "false"))
            return true;
    }
    return false;
}

static const gwapi_value *src_of(const tval *t, const gwapi_value *fallback)
{
    if (t->kind == TV_OBJECT)
        return *(const gwapi_value *const *)t->ptr;
    return fallback;
}

/* Builds the bad value of a scalar for messages. */
static gwapi_value scalar_value(const tval *t)
{
    gwapi_value v = { 0 };
    switch (t->kind) {
    case TV_STRING:
        v.type = GWAPI_VALUE_STRING;
        v.u.string = t->str;
        break;
    case TV_INT: v.type = GWAPI_VALUE_INT; v.u.integer = t->i; break;
    case TV_NUMBER: v.type = GWAPI_VALUE_FLOAT; v.u.number = t->d; break;
    case TV_BOOL: v.type = GWAPI_VALUE_BOOL; v.u.boolean = t->b; break;
    default: break;
    }
    return v;
}

/* Evaluates a combinator sub-schema on a decoded value. Like kube-openapi
 * it counts passing checks ("matches") so that a failed anyOf/oneOf can
 * report the errors of its best branch: the first with the most matches. */
typedef struct verdict {
    bool ok;
    unsigned matches;
} verdict;

static verdict eval(engine *e, const tval *t, const gwapi_value *src, const gw_schema *sub,
                    bool emit);
static verdict raw_eval(engine *e, const gwapi_value *v, const gw_schema *prune,
                        const gw_schema *sub, bool emit);
static void tally(verdict *v, bool ok)
{
    if (ok)
        v->matches++;
    else
        v->ok = false;
}

static void merge(verdict *v, verdict child)
{
    v->matches += child.matches;
    v->ok = v->ok && child.ok;
}

static verdict eval_fields(engine *e, const tval *t, const gwapi_value *src,
                           const gw_schema *sub, bool emit)
{
    verdict v = { true, 0 };
    for (uint32_t i = 0; i < sub->nfields; i++) {
        const gw_field *f = &sub->fields[i];
        tval child = { 0 };
        if (t->kind == TV_OBJECT)
            child = typed_member(t->schema, t->ptr, f->name);
        const gwapi_value *raw =
            src && src->type == GWAPI_VALUE_MAP ? gwapi_value_get(src, f->name) : NULL;
        if (child.kind == TV_ABSENT && raw && raw->type != GWAPI_VALUE_NULL &&
            t->kind == TV_OBJECT) {
            /* given but not decoded: its type does not match */
            const gw_field *pf = schema_field(t->schema, f->name, strlen(f->name));
            size_t old = e->path.len;
            if (old)
                strbuf_putc(&e->path, '.');
            strbuf_puts(&e->path, f->name);
            merge(&v, raw_eval(e, raw, pf ? pf->schema : NULL, f->schema, emit));
            strbuf_truncate(&e->path, old);
            continue;
        }
        if (child.kind == TV_ABSENT) {
            if (f->required) {
                tally(&v, false);
                if (emit)
                    check_required(e, f->name, src ? src->pos : (gwapi_pos){ 0 });
            }
            continue;
        }
        const gwapi_value *csrc =
            src && src->type == GWAPI_VALUE_MAP ? gwapi_value_get(src, f->name) : NULL;
        size_t old = e->path.len;
        if (old)
            strbuf_putc(&e->path, '.');
        strbuf_puts(&e->path, f->name);
        merge(&v, eval(e, &child, csrc ? csrc : src, f->schema, emit));
        strbuf_truncate(&e->path, old);
    }
    return v;
}

static void composite_error(engine *e, gwapi_pos pos, const char *what)
{
    engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, "<nil>", pos,
                "Invalid value: \"\": \"%s\" %s", engine_path_text(e), what);
}

/* What a combinator is evaluated on: a decoded value, or (raw) an input
 * value that did not decode, pruned against `prune`. */
typedef struct subject {
    const tval *t;
    const gwapi_value *src;
    const gw_schema *prune;
    bool raw;
} subject;

static verdict eval_subject(engine *e, const subject *x, const gw_schema *sub, bool emit)
{
    return x->raw ? raw_eval(e, x->src, x->prune, sub, emit) : eval(e, x->t, x->src, sub, emit);
}

/* anyOf/oneOf: counts valid branches; on failure emits the summary and the
 * best branch's own errors (kube-openapi keeps the failing branch with the
 * most passing checks, the first on ties). */
static bool alternatives(engine *e, const subject *x, const gw_schema *const *alts, uint32_t n,
                         bool one, bool emit, verdict *out)
{
    unsigned valid = 0, best_matches = 0;
    int best = -1;
    for (uint32_t i = 0; i < n; i++) {
        verdict b = eval_subject(e, x, alts[i], false);
        if (b.ok) {
            valid++;
            out->matches += b.matches;
        } else if (best < 0 || b.matches > best_matches) {
            best = (int)i;
            best_matches = b.matches;
        }
    }
    bool ok = one ? valid == 1 : valid >= 1;
    if (ok || !emit)
        return ok;
    gwapi_pos pos = x->src ? x->src->pos : (gwapi_pos){ 0 };
    if (!one) {
        composite_error(e, pos, "must validate at least one schema (anyOf)");
    } else if (valid == 0) {
        composite_error(e, pos, "must validate one and only one schema (oneOf). Found none valid");
    } else {
        char what[96];
        snprintf(what, sizeof what,
                 "must validate one and only one schema (oneOf). Found %u valid alternatives",
                 valid);
        composite_error(e, pos, what);
    }
    if (valid == 0 && best >= 0)
        eval_subject(e, x, alts[best], true);
    return ok;
}

static verdict eval(engine *e, const tval *t, const gwapi_value *src, const gw_schema *sub,
                    bool emit)
{
    verdict v = { true, 0 };
    if (t->kind == TV_ABSENT)
        return v;
    gwapi_value bad = scalar_value(t);
    bad.pos = src ? src->pos : (gwapi_pos){ 0 };
    const subject x = { t, src, NULL, false };
    /* kube-openapi order: combinators, then the value's own checks. */
    if (sub->nall_of) {
        /* kube-openapi: the branches' errors, then a summary unless all
         * branches validated. */
        uint32_t validated = 0;
        for (uint32_t i = 0; i < sub->nall_of; i++) {
            verdict c = eval(e, t, src, sub->all_of[i], emit);
            validated += c.ok;
            merge(&v, c);
        }
        if (validated != sub->nall_of && emit)
            composite_error(e, bad.pos, validated ? "must validate all the schemas (allOf)"
                                                  : "must validate all the schemas (allOf). "
                                                    "None validated");
    }
    if (sub->none_of)
        tally(&v, alternatives(e, &x, sub->one_of, sub->none_of, true, emit, &v));
    if (sub->nany_of)
        tally(&v, alternatives(e, &x, sub->any_of, sub->nany_of, false, emit, &v));
    if (sub->not_) {
        bool matched = eval(e, t, src, sub->not_, false).ok;
        tally(&v, !matched);
        if (matched && emit)
            composite_error(e, bad.pos, "must not validate the schema (not)");
    }
    if (t->kind == TV_STRING) {
        if (sub->pattern) {
            bool ok = regex_search(e->opts->regexes, e->rx, sub->pattern, t->str.ptr, t->str.len);
            tally(&v, ok);
            if (!ok && emit) {
                gw_schema only = { .type = GW_T_STRING, .pattern = sub->pattern,
                                   .min_length = -1, .max_length = -1 };
                check_string(e, &only, &bad);
            }
        }
        if (sub->format == GW_F_IPV4 || sub->format == GW_F_IPV6) {
            bool ok = sub->format == GW_F_IPV4 ? ip_format_ipv4(t->str.ptr, t->str.len)
                                               : ip_format_ipv6(t->str.ptr, t->str.len);
            tally(&v, ok);
            if (!ok && emit) {
                gw_schema only = { .type = GW_T_STRING, .format = sub->format,
                                   .min_length = -1, .max_length = -1 };
                check_string(e, &only, &bad);
            }
        }
    }
    if (sub->nenum) {
        bool ok = enum_has(sub, t);
        tally(&v, ok);
        if (!ok && emit)
            check_enum(e, sub, &bad);
    }
    if (sub->nfields)
        merge(&v, eval_fields(e, t, src_of(t, src), sub, emit));
    return v;
}

void typed_check_combinators(engine *e, const gw_schema *s, const void *slot, bool element,
                             const gwapi_value *v)
{
    tval t = typed_read(s, slot, element);
    gw_schema top = { .type = s->type,
                      .all_of = s->all_of, .nall_of = s->nall_of,
                      .any_of = s->any_of, .nany_of = s->nany_of,
                      .one_of = s->one_of, .none_of = s->none_of,
                      .not_ = s->not_ };
    e->dedup++;
    eval(e, &t, v, &top, true);
    e->dedup--;
}

/* --- combinators on raw values ------------------------------------------ */

static const char *data_format(const gwapi_value *v)
{
    if (v->type == GWAPI_VALUE_INT)
        return "int64";
    if (v->type == GWAPI_VALUE_FLOAT)
        return strcmp(json_type_name(v), "integer") == 0 ? "int64" : "float64";
    return "";
}

static const char *format_word(gw_format f)
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

static verdict raw_eval(engine *e, const gwapi_value *v, const gw_schema *prune,
                        const gw_schema *sub, bool emit)
{
    verdict r = { true, 0 };
    if (!v || v->type == GWAPI_VALUE_NULL)
        return r;
    const subject x = { NULL, v, prune, true };
    bool pruned_map = v->type == GWAPI_VALUE_MAP &&
                      !(prune && (prune->type == GW_T_OBJECT || prune->type == GW_T_MAP ||
                                  prune->type == GW_T_ANY || prune->preserve_unknown));
    /* type validator: a format without a type rejects non-string,
     * non-array data whose own format differs */
    const char *fmt = format_word(sub->format);
    if (fmt && v->type != GWAPI_VALUE_STRING && v->type != GWAPI_VALUE_SEQ) {
        const char *df = data_format(v);
        bool ok = strcmp(fmt, df) == 0;
        tally(&r, ok);
        if (!ok && emit)
            engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_TYPE, NULL, v->pos,
                        "Invalid value: \"%s\": %s in body must be of type %s: \"%s\"",
                        df, engine_path_text(e), fmt, df);
    }
    if (sub->nall_of) {
        uint32_t validated = 0;
        for (uint32_t i = 0; i < sub->nall_of; i++) {
            verdict c = raw_eval(e, v, prune, sub->all_of[i], emit);
            validated += c.ok;
            merge(&r, c);
        }
        if (validated != sub->nall_of && emit)
            composite_error(e, v->pos, validated ? "must validate all the schemas (allOf)"
                                                 : "must validate all the schemas (allOf). "
                                                   "None validated");
    }
    if (sub->none_of)
        tally(&r, alternatives(e, &x, sub->one_of, sub->none_of, true, emit, &r));
    if (sub->nany_of)
        tally(&r, alternatives(e, &x, sub->any_of, sub->nany_of, false, emit, &r));
    if (sub->not_) {
        bool matched = raw_eval(e, v, prune, sub->not_, false).ok;
        tally(&r, !matched);
        if (matched && emit)
            composite_error(e, v->pos, "must not validate the schema (not)");
    }
    if (v->type == GWAPI_VALUE_STRING) {
        const char *str = v->u.string.ptr;
        size_t n = v->u.string.len;
        size_t runes = 0;
        for (size_t i = 0; i < n; i++)
            runes += ((unsigned char)str[i] & 0xC0) != 0x80;
        bool ok = !(sub->max_length >= 0 && runes > (size_t)sub->max_length) &&
                  !(sub->min_length >= 0 && runes < (size_t)sub->min_length) &&
                  !(sub->pattern && !regex_search(e->opts->regexes, e->rx, sub->pattern, str, n));
        if (ok && (sub->format == GW_F_IPV4 || sub->format == GW_F_IPV6))
            ok = sub->format == GW_F_IPV4 ? ip_format_ipv4(str, n) : ip_format_ipv6(str, n);
        tally(&r, ok);
        if (!ok && emit) {
            gw_schema only = { .type = GW_T_STRING, .pattern = sub->pattern,
                               .format = sub->format, .min_length = sub->min_length,
                               .max_length = sub->max_length };
            check_string(e, &only, v);
        }
    }
    if (sub->nenum) {
        gwapi_value empty = { .type = GWAPI_VALUE_MAP, .pos = v->pos };
        bool ok = check_enum_has(sub, pruned_map ? &empty : v);
        tally(&r, ok);
        if (!ok && emit)
            check_enum_as(e, sub, prune, v);
    }
    if (v->type == GWAPI_VALUE_MAP) {
        for (uint32_t i = 0; i < sub->nfields; i++) {
            const gw_field *f = &sub->fields[i];
            const gwapi_value *c = pruned_map ? NULL : gwapi_value_get(v, f->name);
            if (!c || c->type == GWAPI_VALUE_NULL) {
                if (f->required) {
                    tally(&r, false);
                    if (emit)
                        check_required(e, f->name, v->pos);
                }
                continue;
            }
            const gw_field *pf = schema_field(prune, f->name, strlen(f->name));
            size_t old = e->path.len;
            if (old)
                strbuf_putc(&e->path, '.');
            strbuf_puts(&e->path, f->name);
            merge(&r, raw_eval(e, c, pf ? pf->schema : NULL, f->schema, emit));
            strbuf_truncate(&e->path, old);
        }
    }
    return r;
}

void typed_check_combinators_raw(engine *e, const gw_schema *s, const gwapi_value *v)
{
    if (!v || (!s->nall_of && !s->nany_of && !s->none_of && !s->not_))
        return;
    gw_schema top = { .type = s->type,
                      .min_length = -1, .max_length = -1,
                      .all_of = s->all_of, .nall_of = s->nall_of,
                      .any_of = s->any_of, .nany_of = s->nany_of,
                      .one_of = s->one_of, .none_of = s->none_of,
                      .not_ = s->not_ };
    e->dedup++;
    raw_eval(e, v, s, &top, true);
    e->dedup--;
}

