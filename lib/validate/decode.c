/* The generic decoder: walks a loaded value and its schema table together,
 * filling the typed structs, applying CRD defaults, reporting unknown and
 * duplicate fields, and calling the constraint checks in the same walk.
 * One engine for every kind; the tables carry all per-kind knowledge. */
#include "../schema/engine.h"
#include "constraints.h"
#include "metadata.h"
#include "../util/value.h"
#include "../util/goquote.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

/* Appends to a pending list (CEL rules or list-type checks). */
static pending_rule *queue(engine *e, pending_rule **items, size_t *n, size_t *cap,
                           const gw_schema *s, const void *self, gwapi_pos pos)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 32;
        pending_rule *r = arena_calloc(e->scratch, c, sizeof *r);
        if (!r)
            return NULL;
        if (*n)
            memcpy(r, *items, *n * sizeof *r);
        *items = r;
        *cap = c;
    }
    pending_rule *p = &(*items)[*n];
    gwapi_str path = strbuf_view(&e->path);
    p->path.ptr = arena_strndup(e->scratch, path.ptr, path.len);
    p->path.len = path.len;
    if (!p->path.ptr)
        return NULL;
    p->schema = s;
    p->self = self;
    p->pos = pos;
    p->src = NULL;
    (*n)++;
    return p;
}

static void queue_rules(engine *e, const gw_schema *s, const void *self, const gwapi_value *v)
{
    if (!s->nrules)
        return;
    pending_rule *p = queue(e, &e->rules, &e->nrules, &e->caprules, s, self, v->pos);
    if (p)
        p->src = v;
}

/* The object struct's src (its first member) is cleared once the object is
 * done, when the caller frees the input trees. */
static void note_src(engine *e, void *obj)
{
    if (e->nsrcs == e->capsrcs) {
        size_t cap = e->capsrcs ? e->capsrcs * 2 : 64;
        void **s = arena_calloc(e->scratch, cap, sizeof *s);
        if (!s)
            return;
        if (e->nsrcs)
            memcpy(s, e->srcs, e->nsrcs * sizeof *s);
        e->srcs = s;
        e->capsrcs = cap;
    }
    e->srcs[e->nsrcs++] = obj;
}

/* A free-form value (ANY, or an object kept whole) as the typed model holds
 * it: the input node, or a copy in the result arena when the input trees
 * are not kept. */
static const gwapi_value *free_form(engine *e, const gwapi_value *v)
{
    return e->opts->keep_source ? v : value_copy(e->a, v);
}

/* A float the YAML-to-JSON conversion would print as an integer. */
static bool whole_number(const gwapi_value *v, int64_t *out)
{
    if (v->type == GWAPI_VALUE_INT) {
        *out = v->u.integer;
        return true;
    }
    if (v->type == GWAPI_VALUE_FLOAT && isfinite(v->u.number) &&
        v->u.number == floor(v->u.number) && fabs(v->u.number) < 9.2e18) {
        *out = (int64_t)v->u.number;
        return true;
    }
    return false;
}

static bool present(const gw_schema *s, const gwapi_value *v)
{
    return v && (v->type != GWAPI_VALUE_NULL || s->nullable);
}

static void decode_object(engine *e, const gw_schema *s, const gwapi_value *v,
                          void *slot, bool element)
{
    if (v->type != GWAPI_VALUE_MAP) {
        check_type_mismatch(e, s, v);
        return;
    }
    void *obj = element ? slot : arena_zalloc(e->a, s->size);
    if (!obj)
        return;
    if (!element)
        *(void **)slot = obj;
    *(const gwapi_value **)obj = v;
    if (!e->opts->keep_source)
        note_src(e, obj);
    queue_rules(e, s, obj, v);

    /* Which fields were given: the last occurrence of a key wins, as in the
     * API server's JSON decoding (duplicates are reported for the whole
     * document by check_duplicate_keys). */
    const gwapi_value *small[64];
    const gwapi_value **given = s->nfields <= 64 ? small
                              : arena_calloc(e->scratch, s->nfields, sizeof *given);
    const gwapi_value *small_keys[64];
    const gwapi_value **keys = s->nfields <= 64 ? small_keys
                             : arena_calloc(e->scratch, s->nfields, sizeof *keys);
    if (!given || !keys)
        return;
    memset(given, 0, s->nfields * sizeof *given);
    bool root = e->depth == 0;

    for (size_t i = 0; i < v->u.map.count; i++) {
        const gwapi_member *m = &v->u.map.items[i];
        const char *key = m->key->u.string.ptr;
        size_t klen = m->key->u.string.len;
        bool folded = false;
        const gw_field *f = schema_field_go(s, key, klen, &folded);
        e->folded = e->folded || folded;
        if (f && folded && !e->fold)
            f = NULL;   /* unknown to the API server */
        if (f) {
            given[f - s->fields] = m->value;
            keys[f - s->fields] = m->key;
            continue;
        }
        /* status is a subresource: dropped on create, like the API server. */
        if (s->preserve_unknown || (root && klen == 6 && memcmp(key, "status", 6) == 0))
            continue;
        size_t old = engine_path_push_field(e, key, klen);
        engine_field_diag(e, GWAPI_DIAG_UNKNOWN_FIELD, m->key->pos);
        strbuf_truncate(&e->path, old);
    }

    /* kube-openapi reports missing required fields before descending, and
     * visits properties in schema (alphabetical) order. */
    for (uint32_t i = 0; i < s->nfields; i++) {
        const gw_field *f = &s->fields[i];
        if (f->required && !present(f->schema, given[i]) && !f->schema->default_json)
            check_required(e, f->name, v->pos);
    }
    size_t nprops = 0;
    for (uint32_t i = 0; i < s->nfields; i++) {
        const gw_field *f = &s->fields[i];
        bool has = present(f->schema, given[i]);
        if (!has && !f->schema->default_json)
            continue;
        size_t old = engine_path_push_field(e, f->name, strlen(f->name));
        e->depth++;
        engine_decode(e, f->schema, given[i], (char *)obj + f->offset, false,
                      has ? keys[i]->pos : v->pos);
        e->depth--;
        strbuf_truncate(&e->path, old);
        nprops++;
    }
    check_properties(e, s, v, nprops);
    check_combinators(e, s, slot, element, v);
}

static void decode_list(engine *e, const gw_schema *s, const gwapi_value *v, void *slot)
{
    if (v->type != GWAPI_VALUE_SEQ) {
        check_type_mismatch(e, s, v);
        return;
    }
    size_t n = v->u.seq.count;
    char *items = arena_calloc(e->a, n ? n : 1, s->elem_size);
    if (!items)
        return;
    gw_list *l = slot;
    l->items = items;
    l->count = n;
    queue_rules(e, s, l, v);
    for (size_t i = 0; i < n; i++) {
        size_t old = engine_path_push_index(e, i);
        e->depth++;
        const gwapi_value *item = v->u.seq.items[i];
        /* Null items are not pruned (only object members are): unless
         * nullable or defaulted they fail the type check. */
        if (item && item->type == GWAPI_VALUE_NULL && !s->items->nullable &&
            !s->items->default_json)
            check_type_mismatch(e, s->items, item);
        else
            engine_decode(e, s->items, item, items + i * s->elem_size, true,
                          item ? item->pos : v->pos);
        e->depth--;
        strbuf_truncate(&e->path, old);
    }
    check_items(e, s, v, l);
    if (s->list_type == GW_LIST_SET || s->list_type == GW_LIST_MAP) {
        pending_rule *p = queue(e, &e->lists, &e->nlists, &e->caplists, s, l, v->pos);
        if (p)
            p->src = v;
    }
}

static void decode_map(engine *e, const gw_schema *s, const gwapi_value *v, void *slot)
{
    if (v->type != GWAPI_VALUE_MAP) {
        check_type_mismatch(e, s, v);
        return;
    }
    size_t n = v->u.map.count;
    char *items = arena_calloc(e->a, n ? n : 1, s->elem_size);
    if (!items)
        return;
    gw_list *l = slot;
    l->items = items;
    queue_rules(e, s, l, v);
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        const gwapi_member *m = &v->u.map.items[i];
        if (!present(s->items, m->value))
            continue;
        char *entry = items + out * s->elem_size;
        *(gwapi_str *)entry = m->key->u.string;
        size_t old = engine_path_push_field(e, m->key->u.string.ptr, m->key->u.string.len);
        e->depth++;
        engine_decode(e, s->items, m->value, entry + s->value_offset, true, m->key->pos);
        e->depth--;
        strbuf_truncate(&e->path, old);
        out++;
    }
    l->count = out;
    check_properties(e, s, v, out);
}

static void decode_int_or_string(engine *e, const gw_schema *s, const gwapi_value *v,
                                 void *slot)
{
    gwapi_int_or_string *ios = slot;
    int64_t x;
    if (v->type == GWAPI_VALUE_STRING) {
        ios->type = GWAPI_IOS_STRING;
        ios->string = v->u.string;
        check_string(e, s, v);
    } else if (whole_number(v, &x)) {
        ios->type = GWAPI_IOS_INT;
        ios->integer = x;
        check_integer(e, s, v, x);
    } else {
        check_int_or_string_mismatch(e, s, v);
        return;
    }
    check_combinators(e, s, slot, false, v);
}

void engine_decode(engine *e, const gw_schema *s, const gwapi_value *v,
                   void *slot, bool element, gwapi_pos pos)
{
    if (!present(s, v)) {
        /* Absent, or null on a non-nullable field: pruned, then defaulted. */
        v = s->default_json ? ptrmap_get(e->opts->defaults, s->default_json) : NULL;
        if (!v)
            return;
    }
    if (v->type == GWAPI_VALUE_NULL)
        return; /* nullable null: stays absent in the typed model */

    int64_t x;
    switch (s->type) {
    case GW_T_STRING:
        if (v->type != GWAPI_VALUE_STRING) {
            check_type_mismatch(e, s, v);
            return;
        }
        *(gwapi_str *)slot = v->u.string;
        check_string(e, s, v);
        check_combinators(e, s, slot, element, v);
        queue_rules(e, s, slot, v);
        break;
    case GW_T_INTEGER:
        if (v->type == GWAPI_VALUE_FLOAT && !whole_number(v, &x) &&
            (s->format == GW_F_INT32 || s->format == GW_F_INT64 || s->format == GW_F_NONE) &&
            isfinite(v->u.number)) {
            check_fraction_for_format(e, s, v);
            return;
        }
        if (!whole_number(v, &x)) {
            check_type_mismatch(e, s, v);
            return;
        }
        if (element) {
            *(int64_t *)slot = x;
        } else {
            ((gwapi_opt_int *)slot)->set = true;
            ((gwapi_opt_int *)slot)->value = x;
        }
        check_integer(e, s, v, x);
        check_combinators(e, s, slot, element, v);
        queue_rules(e, s, slot, v);
        break;
    case GW_T_NUMBER: {
        double d;
        if (v->type == GWAPI_VALUE_INT)
            d = (double)v->u.integer;
        else if (v->type == GWAPI_VALUE_FLOAT)
            d = v->u.number;
        else {
            check_type_mismatch(e, s, v);
            return;
        }
        if (element) {
            *(double *)slot = d;
        } else {
            ((gwapi_opt_num *)slot)->set = true;
            ((gwapi_opt_num *)slot)->value = d;
        }
        check_number(e, s, v, d);
        check_combinators(e, s, slot, element, v);
        queue_rules(e, s, slot, v);
        break;
    }
    case GW_T_BOOLEAN:
        if (v->type != GWAPI_VALUE_BOOL) {
            check_type_mismatch(e, s, v);
            return;
        }
        if (element) {
            *(bool *)slot = v->u.boolean;
        } else {
            ((gwapi_opt_bool *)slot)->set = true;
            ((gwapi_opt_bool *)slot)->value = v->u.boolean;
        }
        check_enum(e, s, v);
        check_combinators(e, s, slot, element, v);
        queue_rules(e, s, slot, v);
        break;
    case GW_T_OBJECT:
        if (s->nfields == 0 && s->preserve_unknown) {
            *(const gwapi_value **)slot = free_form(e, v);
            break;
        }
        decode_object(e, s, v, slot, element);
        break;
    case GW_T_ARRAY:
        decode_list(e, s, v, slot);
        break;
    case GW_T_MAP:
        decode_map(e, s, v, slot);
        break;
    case GW_T_ANY:
        *(const gwapi_value **)slot = free_form(e, v);
        queue_rules(e, s, slot, v);
        break;
    case GW_T_INT_OR_STRING:
        decode_int_or_string(e, s, v, slot);
        queue_rules(e, s, slot, v);
        break;
    case GW_T_META:
        /* Validated by the caller (objects.c) once the object is decoded. */
        metadata_decode(e, v, slot);
        break;
    }
    (void)pos;
}
