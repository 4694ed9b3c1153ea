/* The tree builder both loaders feed, node by node in depth-first order. It
 * assembles gwapi_value trees in the arena with an explicit stack of frames
 * (never recursion over input depth), enforces the per-document limits as
 * the nodes arrive, turns map keys into strings and applies YAML merge
 * keys. Also the scratch arrays and the string hash table the loaders use. */
#include "loader.h"
#include "../util/ptrmap.h"

#include <stdarg.h>
#include <string.h>

/* ---- scratch memory ------------------------------------------------------ */

bool load_grow(const load_params *p, void **items, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / elem)
            goto oom;
        ncap *= 2;
    }
    const gwapi_allocator *al = p->arena->alloc;
    void *n = *items ? gw_realloc(al, *items, *cap * elem, ncap * elem)
                     : gw_malloc(al, ncap * elem);
    if (!n)
        goto oom;
    *items = n;
    *cap = ncap;
    return true;
oom:
    p->arena->failed = true;
    return false;
}

void load_scratch_free(const load_params *p, void *items, size_t cap, size_t elem)
{
    gw_free(p->arena->alloc, items, cap * elem);
}

/* ---- string hash table --------------------------------------------------- */

static size_t hash_str(const char *s, size_t len)
{
    return (size_t)hash_bytes(s, len, 0);
}

void strmap_init(strmap *m, const load_params *p)
{
    memset(m, 0, sizeof *m);
    m->p = p;
}

void strmap_clear(strmap *m)
{
    /* A big table left by one document is dropped rather than wiped for
     * every small document after it. */
    if (m->cap > 256)
        strmap_free(m);
    else if (m->count)
        memset(m->ents, 0, m->cap * sizeof *m->ents);
    m->count = 0;
}

void strmap_free(strmap *m)
{
    load_scratch_free(m->p, m->ents, m->cap, sizeof *m->ents);
    m->ents = NULL;
    m->cap = m->count = 0;
}

static strmap_ent *strmap_find(const strmap *m, const char *key, size_t len)
{
    size_t mask = m->cap - 1;
    for (size_t i = hash_str(key, len) & mask;; i = (i + 1) & mask) {
        strmap_ent *e = &m->ents[i];
        if (!e->key || (e->len == len && memcmp(e->key, key, len) == 0))
            return e;
    }
}

static bool strmap_rehash(strmap *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    if (ncap > SIZE_MAX / sizeof(strmap_ent)) {
        m->p->arena->failed = true;
        return false;
    }
    strmap_ent *ents = gw_malloc(m->p->arena->alloc, ncap * sizeof *ents);
    if (!ents) {
        m->p->arena->failed = true;
        return false;
    }
    memset(ents, 0, ncap * sizeof *ents);
    strmap old = *m;
    m->ents = ents;
    m->cap = ncap;
    for (size_t i = 0; i < old.cap; i++) {
        if (old.ents[i].key)
            *strmap_find(m, old.ents[i].key, old.ents[i].len) = old.ents[i];
    }
    load_scratch_free(m->p, old.ents, old.cap, sizeof *old.ents);
    return true;
}

int strmap_put(strmap *m, const char *key, size_t len, size_t val, bool replace)
{
    if ((m->count + 1) * 2 > m->cap && !strmap_rehash(m)) /* load <= 1/2 */
        return -1;
    strmap_ent *e = strmap_find(m, key, len);
    if (e->key) {
        if (replace)
            e->val = val;
        return 0;
    }
    e->key = key ? key : "";
    e->len = len;
    e->val = val;
    m->count++;
    return 1;
}

bool strmap_get(const strmap *m, const char *key, size_t len, size_t *val)
{
    if (!m->cap)
        return false;
    const strmap_ent *e = strmap_find(m, key, len);
    if (!e->key)
        return false;
    *val = e->val;
    return true;
}

/* ---- builder ------------------------------------------------------------- */

static size_t sat_add(size_t a, size_t b)
{
    return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

#define TEXT_SLOTS 8192   /* at most 128 KiB per loaded file */
#define TEXT_MAX 64       /* longer texts rarely repeat */

void build_init(builder *b, const load_params *p, size_t input_len)
{
    memset(b, 0, sizeof *b);
    b->p = p;
    /* about a slot per 32 bytes of input, a power of two */
    b->texts_cap = 16;
    while (b->texts_cap < TEXT_SLOTS && b->texts_cap * 32 < input_len)
        b->texts_cap *= 2;
}

void build_reset(builder *b)
{
    b->depth = b->nslots = 0;
    b->nodes = b->expanded = 0;
    b->root = NULL;
    b->failed = false;
}

struct build_text_slot {
    const char *s;
    size_t n;
};

const char *build_text(builder *b, const char *s, size_t n)
{
    arena *a = load_strings(b->p);
    if (n > TEXT_MAX)
        return arena_strndup(a, s, n);
    if (!b->texts) {
        b->texts = gw_malloc(a->alloc, b->texts_cap * sizeof *b->texts);
        if (!b->texts) {
            a->failed = true;
            return NULL;
        }
        memset(b->texts, 0, b->texts_cap * sizeof *b->texts);
    }
    struct build_text_slot *t = &b->texts[hash_bytes(s, n, 0) & (b->texts_cap - 1)];
    if (t->s && t->n == n && memcmp(t->s, s, n) == 0)
        return t->s;
    char *copy = arena_strndup(a, s, n);
    if (copy) {
        t->s = copy;
        t->n = n;
    }
    return copy;
}

void build_free(builder *b)
{
    if (b->texts)
        gw_free(load_strings(b->p)->alloc, b->texts, b->texts_cap * sizeof *b->texts);
    b->texts = NULL;
    load_scratch_free(b->p, b->frames, b->frames_cap, sizeof *b->frames);
    load_scratch_free(b->p, b->slots, b->slots_cap, sizeof *b->slots);
    b->frames = NULL;
    b->slots = NULL;
    b->frames_cap = b->slots_cap = 0;
}

void build_fail(builder *b, gwapi_diag_code code, gwapi_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_addv(b->p->diags, GWAPI_SEVERITY_ERROR, code, NULL, gwapi_str_of(NULL), pos, fmt, ap);
    va_end(ap);
    b->failed = true;
}

static bool oom(builder *b)
{
    b->p->arena->failed = true;
    b->failed = true;
    return false;
}

static bool count_nodes(builder *b, size_t n, gwapi_pos pos)
{
    b->nodes = sat_add(b->nodes, n);
    if (b->nodes <= b->p->limits->max_nodes)
        return true;
    build_fail(b, GWAPI_DIAG_LIMIT, pos, "document exceeds max_nodes (%zu nodes)",
               b->p->limits->max_nodes);
    return false;
}

/* Map keys are strings in the JSON the API server sees; sigs.k8s.io/yaml
 * turns numbers and booleans into their text and refuses the rest. */
static const gwapi_value *key_string(builder *b, const gwapi_value *k)
{
    switch (k->type) {
    case GWAPI_VALUE_STRING:
        return k;
    case GWAPI_VALUE_INT:
    case GWAPI_VALUE_BOOL:
    case GWAPI_VALUE_FLOAT: {
        const gwapi_value *s = load_key_string(b->p->arena, load_strings(b->p), k);
        if (!s)
            oom(b);
        return s;
    }
    case GWAPI_VALUE_NULL:
        build_fail(b, GWAPI_DIAG_SYNTAX, k->pos, "unsupported map key of type null");
        return NULL;
    case GWAPI_VALUE_MAP:
    case GWAPI_VALUE_SEQ:
        break;
    }
    build_fail(b, GWAPI_DIAG_SYNTAX, k->pos, "invalid map key: a %s cannot be a key",
               k->type == GWAPI_VALUE_MAP ? "mapping" : "sequence");
    return NULL;
}

static bool too_many(builder *b, bool map, gwapi_pos pos)
{
    build_fail(b, GWAPI_DIAG_LIMIT, pos, "%s exceeds max_items (%zu entries)",
               map ? "mapping" : "sequence", b->p->limits->max_items);
    return false;
}

/* Appends a finished node to the open collection, or makes it the root. */
static bool attach(builder *b, const gwapi_value *v, size_t size, bool merge, gwapi_pos pos)
{
    if (!b->depth) {
        b->root = v;
        return true;
    }
    build_frame *f = &b->frames[b->depth - 1];
    size_t n = b->nslots - f->base;
    bool map = f->node->type == GWAPI_VALUE_MAP;
    bool is_key = map && n % 2 == 0;
    bool new_entry = is_key || !map; /* a map entry starts with its key */
    if (new_entry && (map ? n / 2 : n) >= b->p->limits->max_items)
        return too_many(b, map, pos);
    if (is_key && !merge && !(v = key_string(b, v)))
        return false;
    if (!load_grow(b->p, (void **)&b->slots, &b->slots_cap, b->nslots + 1, sizeof *b->slots))
        return oom(b);
    b->slots[b->nslots].v = v;
    b->slots[b->nslots].merge = is_key && merge;
    b->nslots++;
    f->size = sat_add(f->size, size);
    return true;
}

bool build_scalar_fits(builder *b, size_t len, gwapi_pos pos)
{
    if (len <= b->p->limits->max_scalar_bytes)
        return true;
    build_fail(b, GWAPI_DIAG_LIMIT, pos, "scalar exceeds max_scalar_bytes (%zu bytes)",
               b->p->limits->max_scalar_bytes);
    return false;
}

bool build_scalar(builder *b, const gwapi_value *v, bool merge_key)
{
    return count_nodes(b, 1, v->pos) && attach(b, v, 1, merge_key, v->pos);
}

bool build_alias(builder *b, const gwapi_value *v, size_t size, gwapi_pos pos)
{
    /* Counted from the anchored subtree's size, so an alias bomb is refused
     * after a handful of aliases instead of being expanded. */
    b->expanded = sat_add(b->expanded, size);
    if (b->expanded > b->p->limits->max_alias_expansion) {
        build_fail(b, GWAPI_DIAG_LIMIT, pos,
                   "document exceeds max_alias_expansion (%zu nodes reached through aliases)",
                   b->p->limits->max_alias_expansion);
        return false;
    }
    return count_nodes(b, size, pos) && attach(b, v, size, false, pos);
}

gwapi_value *build_open(builder *b, gwapi_value_type type, gwapi_pos pos, size_t user)
{
    if (b->depth >= b->p->limits->max_depth) {
        build_fail(b, GWAPI_DIAG_LIMIT, pos, "document exceeds max_depth (%u levels of nesting)",
                   (unsigned)b->p->limits->max_depth);
        return NULL;
    }
    if (!count_nodes(b, 1, pos))
        return NULL;
    gwapi_value *v = arena_zalloc(b->p->arena, sizeof *v);
    if (!v || !load_grow(b->p, (void **)&b->frames, &b->frames_cap, b->depth + 1,
                         sizeof *b->frames)) {
        oom(b);
        return NULL;
    }
    v->type = type;
    v->pos = pos;
    build_frame *f = &b->frames[b->depth++];
    f->node = v;
    f->base = b->nslots;
    f->size = 1;
    f->user = user;
    return v;
}

static bool close_seq(builder *b, gwapi_value *v, const build_slot *s, size_t n)
{
    /* every entry is written below: no zeroing */
    const gwapi_value **items = n <= SIZE_MAX / sizeof *items
                                    ? arena_alloc(b->p->arena, n * sizeof *items) : NULL;
    if (!items)
        return oom(b);
    for (size_t i = 0; i < n; i++)
        items[i] = s[i].v;
    v->u.seq.items = items;
    v->u.seq.count = n;
    return true;
}

static bool merge_error(builder *b, const gwapi_value *v)
{
    build_fail(b, GWAPI_DIAG_SYNTAX, v->pos,
               "map merge requires map or sequence of maps as the value");
    return false;
}

/* Adds the members of src whose keys are not in seen yet; the last of a
 * key's duplicates wins (as for any map) and src's order is kept. */
static bool merge_from(builder *b, strmap *seen, const gwapi_value *src,
                       gwapi_member *out, size_t *n)
{
    size_t start = *n;
    for (size_t i = src->u.map.count; i-- > 0;) {
        const gwapi_member *m = &src->u.map.items[i];
        int r = strmap_put(seen, m->key->u.string.ptr, m->key->u.string.len, 0, false);
        if (r < 0)
            return oom(b);
        if (r)
            out[(*n)++] = *m;
    }
    for (size_t i = start, j = *n; i + 1 < j; i++, j--) {
        gwapi_member t = out[i];
        out[i] = out[j - 1];
        out[j - 1] = t;
    }
    return true;
}

/* Members one `<<` value (a map or a sequence of maps, checked before)
 * contributes, in the order of its maps: the first map of a sequence wins. */
static bool merge_value(builder *b, strmap *seen, const gwapi_value *v,
                        gwapi_member *out, size_t *n)
{
    if (v->type == GWAPI_VALUE_MAP)
        return merge_from(b, seen, v, out, n);
    for (size_t i = 0; i < v->u.seq.count; i++) {
        if (!merge_from(b, seen, v->u.seq.items[i], out, n))
            return false;
    }
    return true;
}

/* go-yaml's check of a `<<` value; adds its member count to *members. */
static bool merge_shape_ok(builder *b, const gwapi_value *v, size_t *members)
{
    if (v->type == GWAPI_VALUE_MAP) {
        *members = sat_add(*members, v->u.map.count);
        return true;
    }
    if (v->type != GWAPI_VALUE_SEQ)
        return merge_error(b, v);
    for (size_t i = 0; i < v->u.seq.count; i++) {
        if (v->u.seq.items[i]->type != GWAPI_VALUE_MAP)
            return merge_error(b, v->u.seq.items[i]);
        *members = sat_add(*members, v->u.seq.items[i]->u.map.count);
    }
    return true;
}

/* YAML merge keys: members of the merged maps that the mapping does not
 * define itself are added where its `<<` key stood. Explicit keys always
 * win; of several `<<` keys the last wins (go-yaml v2 applies them in
 * order), so contributions are computed last `<<` first. */
static bool close_merged(builder *b, gwapi_value *v, const build_slot *s, size_t pairs)
{
    size_t cap = 0, nmerge = 0;
    for (size_t i = 0; i < pairs; i++) {
        if (s[2 * i].merge) {
            nmerge++;
            if (!merge_shape_ok(b, s[2 * i + 1].v, &cap))
                return false;
        }
    }
    cap = sat_add(cap, pairs);
    strmap seen;
    strmap_init(&seen, b->p);
    gwapi_member *out = arena_calloc(b->p->arena, cap, sizeof *out);
    gwapi_member *tmp = NULL;
    size_t *chunk = NULL, tmp_cap = 0, chunk_cap = 0, ntmp = 0, nout = 0;
    bool ok = out && load_grow(b->p, (void **)&tmp, &tmp_cap, cap, sizeof *tmp) &&
              load_grow(b->p, (void **)&chunk, &chunk_cap, 2 * nmerge, sizeof *chunk);
    for (size_t i = 0; ok && i < pairs; i++) {
        const gwapi_value *k = s[2 * i].v;
        ok = s[2 * i].merge || strmap_put(&seen, k->u.string.ptr, k->u.string.len, 0, false) >= 0;
    }
    for (size_t i = pairs, m = nmerge; ok && i-- > 0;) {
        if (!s[2 * i].merge)
            continue;
        m--;
        chunk[2 * m] = ntmp;
        ok = merge_value(b, &seen, s[2 * i + 1].v, tmp, &ntmp);
        chunk[2 * m + 1] = ntmp;
    }
    for (size_t i = 0, m = 0; ok && i < pairs; i++) {
        if (!s[2 * i].merge) {
            out[nout].key = s[2 * i].v;
            out[nout++].value = s[2 * i + 1].v;
            continue;
        }
        for (size_t j = chunk[2 * m]; j < chunk[2 * m + 1]; j++)
            out[nout++] = tmp[j];
        m++;
    }
    strmap_free(&seen);
    load_scratch_free(b->p, chunk, chunk_cap, sizeof *chunk);
    load_scratch_free(b->p, tmp, tmp_cap, sizeof *tmp);
    if (!ok)
        return b->failed ? false : oom(b);
    if (nout > b->p->limits->max_items)
        return too_many(b, true, v->pos);
    v->u.map.items = out;
    v->u.map.count = nout;
    return true;
}

static bool close_map(builder *b, gwapi_value *v, const build_slot *s, size_t n)
{
    size_t pairs = n / 2; /* both loaders deliver whole pairs */
    for (size_t i = 0; i < pairs; i++) {
        if (s[2 * i].merge)
            return close_merged(b, v, s, pairs);
    }
    gwapi_member *m = arena_alloc(b->p->arena, pairs * sizeof *m); /* pairs <= n */
    if (!m)
        return oom(b);
    for (size_t i = 0; i < pairs; i++) {
        m[i].key = s[2 * i].v;
        m[i].value = s[2 * i + 1].v;
    }
    v->u.map.items = m;
    v->u.map.count = pairs;
    return true;
}

const gwapi_value *build_close(builder *b, size_t *size, size_t *user)
{
    build_frame f = b->frames[--b->depth];
    size_t n = b->nslots - f.base;
    /* No slot array exists yet when the first collection closed is empty. */
    const build_slot *s = n ? b->slots + f.base : NULL;
    bool ok = f.node->type == GWAPI_VALUE_MAP ? close_map(b, f.node, s, n)
                                              : close_seq(b, f.node, s, n);
    b->nslots = f.base;
    if (!ok || !attach(b, f.node, f.size, false, f.node->pos))
        return NULL;
    *size = f.size;
    *user = f.user;
    return f.node;
}
