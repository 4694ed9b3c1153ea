/* Typed values (the decoded, defaulted structs of the public headers)
 * written back as JSON or YAML, driven by the schema tables: the one
 * writer for every kind, so that a field added to the CRDs shows up in
 * the output without code. Members come in schema order; absent ones are
 * left out; free-form values (ANY) are written as they were read. */
#include "typed_json.h"
#include "../validate/typed.h"

void emit_value(tw *w, const gwapi_value *v)
{
    switch (v ? v->type : GWAPI_VALUE_NULL) {
    case GWAPI_VALUE_BOOL: tw_bool(w, v->u.boolean); break;
    case GWAPI_VALUE_INT: tw_int(w, v->u.integer); break;
    case GWAPI_VALUE_FLOAT: tw_num(w, v->u.number); break;
    case GWAPI_VALUE_STRING: tw_bytes(w, v->u.string); break;
    case GWAPI_VALUE_MAP:
        tw_obj_begin(w);
        for (size_t i = 0; i < v->u.map.count; i++) {
            const gwapi_value *k = v->u.map.items[i].key;
            /* keys are strings; one with a NUL byte is cut there (keys are C strings here) */
            tw_key(w, k && k->type == GWAPI_VALUE_STRING && k->u.string.ptr ? k->u.string.ptr : "");
            emit_value(w, v->u.map.items[i].value);
        }
        tw_obj_end(w);
        break;
    case GWAPI_VALUE_SEQ:
        tw_arr_begin(w);
        for (size_t i = 0; i < v->u.seq.count; i++)
            emit_value(w, v->u.seq.items[i]);
        tw_arr_end(w);
        break;
    default: tw_str(w, NULL);
    }
}

static void emit_read(tw *w, const gw_schema *s, tval t);

static void object(tw *w, const gw_schema *s, const void *obj)
{
    tw_obj_begin(w);
    for (uint32_t i = 0; i < s->nfields; i++) {
        const gw_field *f = &s->fields[i];
        if (f->schema->type == GW_T_META)
            continue;
        tval t = typed_read(f->schema, (const char *)obj + f->offset, false);
        if (t.kind == TV_ABSENT)
            continue;
        tw_key(w, f->name);
        emit_read(w, f->schema, t); /* read once */
    }
    tw_obj_end(w);
}

void emit_typed(tw *w, const gw_schema *s, const void *slot, bool element)
{
    emit_read(w, s, typed_read(s, slot, element));
}

/* A value already read from its slot. */
static void emit_read(tw *w, const gw_schema *s, tval t)
{
    switch (t.kind) {
    case TV_STRING: tw_bytes(w, t.str); break;
    case TV_INT: tw_int(w, t.i); break;
    case TV_NUMBER: tw_num(w, t.d); break;
    case TV_BOOL: tw_bool(w, t.b); break;
    case TV_ANY: emit_value(w, t.ptr); break;
    case TV_OBJECT: object(w, s, t.ptr); break;
    case TV_LIST: {
        const gw_list *l = t.ptr;
        const char *items = l->items;
        if (s->type == GW_T_MAP) {
            tw_obj_begin(w);
            for (size_t i = 0; i < l->count; i++) {
                const char *e = items + i * s->elem_size;
                const gwapi_str *key = (const gwapi_str *)e;
                tw_key(w, key->ptr ? key->ptr : "");
                emit_typed(w, s->items, e + s->value_offset, true);
            }
            tw_obj_end(w);
        } else {
            tw_arr_begin(w);
            for (size_t i = 0; i < l->count; i++)
                emit_typed(w, s->items, items + i * s->elem_size, true);
            tw_arr_end(w);
        }
        break;
    }
    default: tw_str(w, NULL);
    }
}

void emit_typed_object(tw *w, const char *key, const gw_schema *s, const void *obj)
{
    if (!obj || !s)
        return;
    tw_key(w, key);
    object(w, s, obj);
}
