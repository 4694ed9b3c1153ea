/* Pointer-keyed open-addressing map with linear probing; grows at 1/2 load. */
#include "ptrmap.h"

#include <string.h>

void ptrmap_init(ptrmap *m)
{
    memset(m, 0, sizeof *m);
}

/* Eight bytes at a time (a multiply-xorshift over little-endian words,
 * the length mixed in), then a final avalanche: table slots take the low
 * bits. */
static uint64_t load_le(const unsigned char *b, size_t n)
{
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)b[i] << (8 * i);
    return w;
}

uint64_t hash_bytes(const void *p, size_t n, uint64_t seed)
{
    const uint64_t k = 0x9E3779B97F4A7C15ULL;
    const unsigned char *b = p;
    uint64_t h = (seed ^ 0xCBF29CE484222325ULL) + n * k;
    for (; n >= 8; n -= 8, b += 8) {
        h = (h ^ load_le(b, 8)) * k;
        h ^= h >> 31;
    }
    if (n)
        h = (h ^ load_le(b, n)) * k;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return h;
}

static size_t slot_of(const void *key, size_t cap)
{
    uintptr_t k = (uintptr_t)key;
    uint64_t h = (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 17) & (cap - 1);
}

static bool grow(ptrmap *m, arena *a)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    const void **keys = arena_calloc(a, cap, sizeof *keys);
    void **values = arena_calloc(a, cap, sizeof *values);
    if (!keys || !values)
        return false;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t s = slot_of(m->keys[i], cap);
        while (keys[s])
            s = (s + 1) & (cap - 1);
        keys[s] = m->keys[i];
        values[s] = m->values[i];
    }
    m->keys = keys;
    m->values = values;
    m->cap = cap;
    return true;
}

bool ptrmap_put(ptrmap *m, arena *a, const void *key, void *value)
{
    if ((m->count + 1) * 2 > m->cap && !grow(m, a))
        return false;
    size_t s = slot_of(key, m->cap);
    while (m->keys[s] && m->keys[s] != key)
        s = (s + 1) & (m->cap - 1);
    if (!m->keys[s]) {
        m->keys[s] = key;
        m->count++;
    }
    m->values[s] = value;
    return true;
}

void *ptrmap_get(const ptrmap *m, const void *key)
{
    if (!m->cap)
        return NULL;
    size_t s = slot_of(key, m->cap);
    while (m->keys[s]) {
        if (m->keys[s] == key)
            return m->values[s];
        s = (s + 1) & (m->cap - 1);
    }
    return NULL;
}
