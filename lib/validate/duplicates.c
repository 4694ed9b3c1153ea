/* Duplicate keys: the strict JSON decoder (sigs.k8s.io/json with
 * DisallowDuplicateFields) sees the whole request body as nested maps and
 * reports a key repeated in any of them, with its field path; each repeated
 * key once (its strict errors are deduplicated). The last occurrence is the
 * value every later stage reads, as in the decoder. */
#include "duplicates.h"

#include <stdlib.h>
#include <string.h>

/* Maps up to this size are checked pairwise, larger ones by sorting. */
#define SMALL_MAP 16

static int member_cmp(const void *x, const void *y)
{
    const gwapi_member *a = *(const gwapi_member *const *)x;
    const gwapi_member *b = *(const gwapi_member *const *)y;
    int c = gwapi_str_cmp(a->key->u.string, b->key->u.string);
    return c ? c : (a < b ? -1 : a > b); /* equal keys stay in input order */
}

static void report(engine *e, const gwapi_member *first, const gwapi_member *repeat)
{
    size_t old = engine_path_push_field(e, repeat->key->u.string.ptr, repeat->key->u.string.len);
    gwapi_diag *d = engine_field_diag(e, GWAPI_DIAG_DUPLICATE_FIELD, repeat->key->pos);
    if (d)
        d->related = first->key->pos;
    strbuf_truncate(&e->path, old);
}

static bool same_key(const gwapi_member *a, const gwapi_member *b)
{
    gwapi_str x = a->key->u.string, y = b->key->u.string;
    if (x.len != y.len)
        return false;
    /* the loader stores a repeated short text once */
    return x.ptr == y.ptr || gwapi_str_cmp(x, y) == 0;
}

/* For each member that is the first repeat of its key, the key's first
 * occurrence (NULL elsewhere); NULL when the map has no duplicates. */
static const gwapi_member **first_repeats(engine *e, const gwapi_value *v)
{
    size_t n = v->u.map.count;
    const gwapi_member *m = v->u.map.items;
    if (n < 2)
        return NULL;
    const gwapi_member **firsts = NULL;
    if (n <= SMALL_MAP) {
        for (size_t i = 1; i < n; i++) {
            size_t seen = 0, first = 0;
            for (size_t j = 0; j < i; j++)
                if (same_key(&m[j], &m[i]) && !seen++)
                    first = j;
            if (seen != 1)
                continue;
            if (!firsts && !(firsts = arena_calloc(e->scratch, n, sizeof *firsts)))
                return NULL;
            firsts[i] = &m[first];
        }
        return firsts;
    }
    const gwapi_member **sorted = arena_calloc(e->scratch, n, sizeof *sorted);
    if (!sorted)
        return NULL;
    for (size_t i = 0; i < n; i++)
        sorted[i] = &m[i];
    qsort(sorted, n, sizeof *sorted, member_cmp);
    for (size_t i = 1; i < n; i++) {
        if (!same_key(sorted[i - 1], sorted[i]) || (i >= 2 && same_key(sorted[i - 2], sorted[i])))
            continue;
        if (!firsts && !(firsts = arena_calloc(e->scratch, n, sizeof *firsts)))
            return NULL;
        firsts[sorted[i] - m] = sorted[i - 1];
    }
    return firsts;
}

static bool nested(const gwapi_value *v)
{
    return v->type == GWAPI_VALUE_MAP || v->type == GWAPI_VALUE_SEQ;
}

/* Depth-first in input order, as the streaming decoder meets the keys. */
static void walk(engine *e, const gwapi_value *v)
{
    if (v->type == GWAPI_VALUE_MAP) {
        const gwapi_member **firsts = first_repeats(e, v);
        for (size_t i = 0; i < v->u.map.count; i++) {
            const gwapi_member *m = &v->u.map.items[i];
            if (firsts && firsts[i])
                report(e, firsts[i], m);
            if (!nested(m->value))
                continue;
            size_t old = engine_path_push_field(e, m->key->u.string.ptr, m->key->u.string.len);
            walk(e, m->value);
            strbuf_truncate(&e->path, old);
        }
    } else if (v->type == GWAPI_VALUE_SEQ) {
        for (size_t i = 0; i < v->u.seq.count; i++) {
            if (!nested(v->u.seq.items[i]))
                continue;
            size_t old = engine_path_push_index(e, i);
            walk(e, v->u.seq.items[i]);
            strbuf_truncate(&e->path, old);
        }
    }
}

/* Whether any map of v repeats a key: the walk above, without the field
 * paths it keeps for its reports (almost no document needs them). */
static bool any_repeat(engine *e, const gwapi_value *v)
{
    if (v->type == GWAPI_VALUE_MAP) {
        size_t n = v->u.map.count;
        const gwapi_member *m = v->u.map.items;
        if (n > SMALL_MAP) {
            /* sorted in the per-object scratch arena; out of memory there
             * takes the walk, which reports it */
            if (first_repeats(e, v) || e->scratch->failed)
                return true;
        } else {
            for (size_t i = 1; i < n; i++)
                for (size_t j = 0; j < i; j++)
                    if (same_key(&m[j], &m[i]))
                        return true;
        }
        for (size_t i = 0; i < n; i++)
            if (nested(m[i].value) && any_repeat(e, m[i].value))
                return true;
    } else if (v->type == GWAPI_VALUE_SEQ) {
        for (size_t i = 0; i < v->u.seq.count; i++)
            if (nested(v->u.seq.items[i]) && any_repeat(e, v->u.seq.items[i]))
                return true;
    }
    return false;
}

void check_duplicate_keys(engine *e, const gwapi_value *doc)
{
    if (any_repeat(e, doc))
        walk(e, doc);
}
