/* Open-addressing hash map from pointers to pointers, arena-backed. Used
 * for lookups keyed by the address of static table data (patterns,
 * defaults) and for duplicate detection keyed by interned strings. */
#ifndef GWAPI_PTRMAP_H
#define GWAPI_PTRMAP_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include "arena.h"

typedef struct ptrmap {
    const void **keys;
    void **values;
    size_t cap;   /* power of two, or 0 */
    size_t count;
} ptrmap;

void ptrmap_init(ptrmap *m);
/* Inserts or replaces; false on allocation failure (a->failed set). */
bool ptrmap_put(ptrmap *m, arena *a, const void *key, void *value);
/* The value, or NULL when absent. */
void *ptrmap_get(const ptrmap *m, const void *key);

/* A word-at-a-time hash of bytes; shared by the string-keyed sets. */
uint64_t hash_bytes(const void *p, size_t n, uint64_t seed);

#endif
