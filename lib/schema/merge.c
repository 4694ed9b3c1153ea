/* Merging two documents of one schema, for Envoy Gateway's policy
 * mergeType: JSONMerge is RFC 7386 (a patch object merges into the
 * target member by member, null deletes, anything else replaces);
 * StrategicMerge is Kubernetes' strategic merge as the schema drives it:
 * maps merge as in RFC 7386, lists of type map (x-kubernetes-list-map-keys)
 * merge item by item on their keys (patch items replace or extend), lists
 * of type set are unioned, other lists are replaced. Values are never
 * modified: the result shares unchanged subtrees with the inputs and is
 * allocated in the arena. */
#include "merge.h"

#include <string.h>

static bool key_eq(const gwapi_value *k, const gwapi_value *l)
{
    return k->type == GWAPI_VALUE_STRING && l->type == GWAPI_VALUE_STRING &&
           k->u.string.len == l->u.string.len &&
           !memcmp(k->u.string.ptr, l->u.string.ptr, k->u.string.len);
}

static const gwapi_value *member(const gwapi_value *map, const gwapi_value *key)
{
    for (size_t i = 0; map && map->type == GWAPI_VALUE_MAP && i < map->u.map.count; i++)
        if (key_eq(map->u.map.items[i].key, key))
            return map->u.map.items[i].value;
    return NULL;
}

static const gw_schema *field_schema(const gw_schema *s, const gwapi_value *key)
{
    if (!s || key->type != GWAPI_VALUE_STRING)
        return NULL;
    if (s->type == GW_T_MAP)
        return s->items;
    const gw_field *f = schema_field(s, key->u.string.ptr, key->u.string.len);
    return f ? f->schema : NULL;
}

/* Scalar equality of two values (for list keys and set members). */
static bool scalar_eq(const gwapi_value *a, const gwapi_value *b)
{
    if (!a || !b || a->type != b->type)
        return false;
    switch (a->type) {
    case GWAPI_VALUE_NULL: return true;
    case GWAPI_VALUE_BOOL: return a->u.boolean == b->u.boolean;
    case GWAPI_VALUE_INT: return a->u.integer == b->u.integer;
    case GWAPI_VALUE_FLOAT: return a->u.number == b->u.number;
    case GWAPI_VALUE_STRING: return key_eq(a, b);
    default: return false;
    }
}

static bool same_item(const gw_schema *s, const gwapi_value *a, const gwapi_value *b)
{
    if (a->type != GWAPI_VALUE_MAP || b->type != GWAPI_VALUE_MAP)
        return false;
    for (uint32_t k = 0; k < s->nmap_keys; k++) {
        gwapi_value key;
        memset(&key, 0, sizeof key);
        key.type = GWAPI_VALUE_STRING;
        key.u.string.ptr = s->map_keys[k];
        key.u.string.len = strlen(s->map_keys[k]);
        const gwapi_value *x = member(a, &key), *y = member(b, &key);
        if (!(x == NULL && y == NULL) && !scalar_eq(x, y))
            return false;
    }
    return true;
}

static const gwapi_value *merge(arena *a, const gw_schema *s, const gwapi_value *target,
                                const gwapi_value *patch, bool strategic);

static gwapi_value *new_value(arena *a, gwapi_value_type t, const gwapi_value *like)
{
    gwapi_value *v = arena_zalloc(a, sizeof *v);
    if (v) {
        v->type = t;
        v->pos = like ? like->pos : (gwapi_pos){ NULL, 0, 0 };
    }
    return v;
}

static const gwapi_value *merge_list(arena *a, const gw_schema *s, const gwapi_value *target,
                                     const gwapi_value *patch)
{
    if (!target || target->type != GWAPI_VALUE_SEQ ||
        (s->list_type != GW_LIST_MAP && s->list_type != GW_LIST_SET))
        return patch;
    size_t cap = target->u.seq.count + patch->u.seq.count;
    const gwapi_value **items = arena_calloc(a, cap ? cap : 1, sizeof *items);
    gwapi_value *out = new_value(a, GWAPI_VALUE_SEQ, patch);
    if (!items || !out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < target->u.seq.count; i++)
        items[n++] = target->u.seq.items[i];
    for (size_t j = 0; j < patch->u.seq.count; j++) {
        const gwapi_value *p = patch->u.seq.items[j];
        size_t at = n;
        for (size_t i = 0; i < n && at == n; i++)
            if (s->list_type == GW_LIST_MAP ? same_item(s, items[i], p) : scalar_eq(items[i], p))
                at = i;
        if (at == n)
            items[n++] = p;
        else if (s->list_type == GW_LIST_MAP && !(items[at] = merge(a, s->items, items[at], p, true)))
            return NULL;
    }
    out->u.seq.items = items;
    out->u.seq.count = n;
    return out;
}

static const gwapi_value *merge(arena *a, const gw_schema *s, const gwapi_value *target,
                                const gwapi_value *patch, bool strategic)
{
    if (patch->type == GWAPI_VALUE_SEQ && strategic && s && s->type == GW_T_ARRAY)
        return merge_list(a, s, target, patch);
    if (patch->type != GWAPI_VALUE_MAP)
        return patch;
    size_t tn = target && target->type == GWAPI_VALUE_MAP ? target->u.map.count : 0;
    gwapi_member *items = arena_calloc(a, tn + patch->u.map.count + 1, sizeof *items);
    gwapi_value *out = new_value(a, GWAPI_VALUE_MAP, patch);
    if (!items || !out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < tn; i++)
        items[n++] = target->u.map.items[i];
    for (size_t j = 0; j < patch->u.map.count; j++) {
        const gwapi_member *pm = &patch->u.map.items[j];
        size_t at = n;
        for (size_t i = 0; i < n && at == n; i++)
            if (key_eq(items[i].key, pm->key))
                at = i;
        if (pm->value->type == GWAPI_VALUE_NULL) {
            /* null deletes the member */
            if (at < n) {
                memmove(&items[at], &items[at + 1], (n - at - 1) * sizeof *items);
                n--;
            }
            continue;
        }
        const gwapi_value *v = merge(a, field_schema(s, pm->key), at < n ? items[at].value : NULL,
                                     pm->value, strategic);
        if (!v)
            return NULL;
        if (at == n)
            items[n++] = (gwapi_member){ pm->key, v };
        else
            items[at].value = v;
    }
    out->u.map.items = items;
    out->u.map.count = n;
    return out;
}

const gwapi_value *schema_merge(arena *a, const gw_schema *s, const gwapi_value *target,
                                const gwapi_value *patch, bool strategic)
{
    if (!patch)
        return target;
    return merge(a, s, target, patch, strategic);
}

const gw_schema *schema_of_kind(int kind, const char *api_version)
{
    for (uint32_t i = 0; i < gw_nkinds; i++) {
        const gw_kind *k = &gw_kinds[i];
        if (k->kind != kind)
            continue;
        const char *slash = api_version ? strrchr(api_version, '/') : NULL;
        const char *version = slash ? slash + 1 : api_version;
        const gw_schema *any = NULL;
        for (uint32_t v = 0; v < k->nversions; v++) {
            const gw_schema *s = k->versions[v].experimental ? k->versions[v].experimental
                                                             : k->versions[v].standard;
            if (!any)
                any = s;
            if (version && !strcmp(k->versions[v].version, version))
                return s;
        }
        return any;
    }
    return NULL;
}
