/* The identity index of the model: (group, kind, namespace, name) -> object,
 * open addressing over a SipHash-2-4 with a fixed key, so that crafted names
 * cannot force collisions the way they could with an unkeyed hash. Only
 * looked up, never iterated: output order never depends on it. */
#include "model.h"

#include <string.h>

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                   \
    do {                                                           \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);  \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                     \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                     \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);  \
    } while (0)

/* SipHash-2-4 state fed incrementally, so the four identity parts hash
 * without being concatenated first. */
typedef struct sip {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;
    size_t ntail;
    size_t total;
} sip;

static void sip_init(sip *s)
{
    /* A fixed key: determinism matters more here than secrecy, and keying
     * still defeats precomputed collision sets for unkeyed hashes. */
    const uint64_t k0 = 0x0706050403020100ull, k1 = 0x0f0e0d0c0b0a0908ull;
    s->v0 = 0x736f6d6570736575ull ^ k0;
    s->v1 = 0x646f72616e646f6dull ^ k1;
    s->v2 = 0x6c7967656e657261ull ^ k0;
    s->v3 = 0x7465646279746573ull ^ k1;
    s->tail = 0;
    s->ntail = 0;
    s->total = 0;
}

static void sip_block(sip *s, uint64_t m)
{
    uint64_t v0 = s->v0, v1 = s->v1, v2 = s->v2, v3 = s->v3;
    v3 ^= m;
    SIPROUND;
    SIPROUND;
    v0 ^= m;
    s->v0 = v0; s->v1 = v1; s->v2 = v2; s->v3 = v3;
}

/* Bytes into the state: the tail filled first, then whole little-endian
 * words, the rest left in the tail (the same hash as byte by byte). */
static void sip_bytes(sip *s, const unsigned char *p, size_t n)
{
    s->total += n;
    for (; n && s->ntail; n--) {
        s->tail |= (uint64_t)*p++ << (8 * s->ntail);
        if (++s->ntail == 8) {
            sip_block(s, s->tail);
            s->tail = 0;
            s->ntail = 0;
        }
    }
    for (; n >= 8; n -= 8, p += 8) {
        uint64_t m = 0;
        for (int i = 0; i < 8; i++)
            m |= (uint64_t)p[i] << (8 * i);
        sip_block(s, m);
    }
    for (; n; n--)
        s->tail |= (uint64_t)*p++ << (8 * s->ntail++);
}

static uint64_t sip_final(sip *s)
{
    uint64_t b = ((uint64_t)s->total << 56) | s->tail;
    sip_block(s, b);
    uint64_t v0 = s->v0, v1 = s->v1, v2 = s->v2, v3 = s->v3;
    v2 ^= 0xff;
    SIPROUND; SIPROUND; SIPROUND; SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

/* Parts are separated by a byte no Kubernetes name contains (0xff), so
 * ("a", "bc") and ("ab", "c") hash apart. */
static void sip_part(sip *s, const char *p)
{
    static const unsigned char sep = 0xff;
    if (p)
        sip_bytes(s, (const unsigned char *)p, strlen(p));
    sip_bytes(s, &sep, 1);
}

static uint64_t ident_hash(const char *group, const char *kind, const char *ns, const char *name)
{
    /* The parts put together first when they fit, so that they hash as
     * whole words; the same hash as part by part. */
    const char *parts[4] = { group, kind, ns, name };
    unsigned char buf[256];
    size_t n = 0;
    sip s;
    sip_init(&s);
    for (int i = 0; i < 4; i++) {
        size_t len = parts[i] ? strlen(parts[i]) : 0;
        if (n + len + 1 > sizeof buf) {
            sip_bytes(&s, buf, n);
            n = 0;
            sip_part(&s, parts[i]);
            continue;
        }
        memcpy(buf + n, parts[i] ? parts[i] : "", len);
        n += len;
        buf[n++] = 0xff;
    }
    sip_bytes(&s, buf, n);
    return sip_final(&s);
}

static bool eq(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

static bool same_ident(const gw_obj *o, const char *group, const char *kind,
                       const char *ns, const char *name)
{
    return eq(o->group, group) && eq(o->obj->kind_name.ptr, kind) && eq(o->ns, ns) && eq(o->name, name);
}

bool gw_ident_init(gw_ident_index *ix, arena *a, size_t expected)
{
    size_t cap = 16;
    while (cap < expected * 2)
        cap *= 2;
    ix->slots = arena_calloc(a, cap, sizeof *ix->slots);
    ix->hashes = arena_calloc(a, cap, sizeof *ix->hashes);
    ix->cap = cap;
    ix->count = 0;
    return ix->slots && ix->hashes;
}

const gw_obj *gw_ident_put(gw_ident_index *ix, const gw_obj *o)
{
    uint64_t h = ident_hash(o->group, o->obj->kind_name.ptr, o->ns, o->name);
    size_t mask = ix->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        const gw_obj *cur = ix->slots[i];
        if (!cur) {
            ix->slots[i] = o;
            ix->hashes[i] = h;
            ix->count++;
            return NULL;
        }
        if (ix->hashes[i] == h && same_ident(cur, o->group, o->obj->kind_name.ptr, o->ns, o->name)) {
            ix->slots[i] = o;
            return cur;
        }
    }
}

const gw_obj *gw_ident_get(const gw_ident_index *ix, const char *group, const char *kind,
                           const char *ns, const char *name)
{
    if (!ix->cap)
        return NULL;
    uint64_t h = ident_hash(group, kind, ns, name);
    size_t mask = ix->cap - 1;
    for (size_t i = (size_t)h & mask; ix->slots[i]; i = (i + 1) & mask)
        if (ix->hashes[i] == h && same_ident(ix->slots[i], group, kind, ns, name))
            return ix->slots[i];
    return NULL;
}
