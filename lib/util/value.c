/* Lookups in the public value types (gwapi/value.h, gwapi/types.h), shared
 * by every stage and exported, and the internal tree copy (value.h). */
#include <gwapi/value.h>
#include <gwapi/types.h>
#include "value.h"

#include <string.h>

const gwapi_value *gwapi_value_get(const gwapi_value *v, const char *key)
{
    if (!v || v->type != GWAPI_VALUE_MAP || !key)
        return NULL;
    size_t n = strlen(key);
    /* The last occurrence wins, as in the API server's JSON decoding. */
    for (size_t i = v->u.map.count; i-- > 0;) {
        const gwapi_value *k = v->u.map.items[i].key;
        if (k->u.string.len == n && memcmp(k->u.string.ptr, key, n) == 0)
            return v->u.map.items[i].value;
    }
    return NULL;
}

gwapi_str gwapi_string_map_find(const gwapi_string_map *map, gwapi_str key)
{
    gwapi_str none = { NULL, 0 };
    if (!map || !key.ptr)
        return none;
    for (size_t i = map->count; i-- > 0;)
        if (gwapi_str_equal(map->items[i].key, key))
            return map->items[i].value;
    return none;
}

gwapi_str gwapi_string_map_get(const gwapi_string_map *map, const char *key)
{
    return gwapi_string_map_find(map, gwapi_str_of(key));
}

gwapi_value *value_copy(arena *a, const gwapi_value *v)
{
    if (!v)
        return NULL;
    gwapi_value *c = arena_alloc(a, sizeof *c);
    if (!c)
        return NULL;
    *c = *v;
    if (v->type == GWAPI_VALUE_MAP) {
        gwapi_member *m = arena_calloc(a, v->u.map.count, sizeof *m);
        if (!m)
            return NULL;
        for (size_t i = 0; i < v->u.map.count; i++)
            if (!(m[i].key = value_copy(a, v->u.map.items[i].key)) ||
                !(m[i].value = value_copy(a, v->u.map.items[i].value)))
                return NULL;
        c->u.map.items = m;
    } else if (v->type == GWAPI_VALUE_SEQ) {
        const gwapi_value **items = arena_calloc(a, v->u.seq.count, sizeof *items);
        if (!items)
            return NULL;
        for (size_t i = 0; i < v->u.seq.count; i++)
            if (!(items[i] = value_copy(a, v->u.seq.items[i])))
                return NULL;
        c->u.seq.items = items;
    }
    return c;
}
