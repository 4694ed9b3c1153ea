/* Arena allocator: every allocation of a result lives in one arena and is
 * released by one arena_free. Allocation failure is sticky: after the first
 * failed allocation arena->failed stays true, so deep code may return NULL
 * and the top level reports GWAPI_ENOMEM once. */
#ifndef GWAPI_ARENA_H
#define GWAPI_ARENA_H

#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <gwapi/context.h>

typedef struct arena_block arena_block;

typedef struct arena {
    const gwapi_allocator *alloc;
    arena_block *head;
    char *cur;
    char *end;
    size_t total;   /* bytes obtained from the allocator */
    bool failed;
} arena;

void arena_init(arena *a, const gwapi_allocator *alloc);
void arena_free(arena *a);
/* Releases every allocation at once but keeps the largest block for the
 * next use (a per-object scratch arena); clears a->failed, so check it
 * first. */
void arena_reset(arena *a);

/* Uninitialised, 8-byte aligned (pointers, int64_t, double; nothing in
 * gwapi needs more); NULL and a->failed on failure. */
void *arena_alloc(arena *a, size_t size);
/* Zeroed. Returns a non-NULL pointer even for size 0 (lists rely on it). */
void *arena_zalloc_slow(arena *a, size_t size);
/* Inline when the current block has room: the loaders and the decoder
 * make a small node per value, and a constant size zeroes in a few stores. */
static inline void *arena_zalloc(arena *a, size_t size)
{
    if (a->cur && !a->failed && size) {
        size_t pad = (size_t)(-(uintptr_t)a->cur & 7);
        if ((size_t)(a->end - a->cur) >= size + pad) {
            char *p = a->cur + pad;
            a->cur = p + size;
            memset(p, 0, size);
            return p;
        }
    }
    return arena_zalloc_slow(a, size);
}
/* n * size, zeroed, with overflow check. */
void *arena_calloc(arena *a, size_t n, size_t size);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
/* printf into the arena: formatted once into a stack buffer, and only a
 * text longer than it is formatted twice. NULL on failure. */
char *arena_vprintf(arena *a, const char *fmt, va_list ap);

/* Allocator-hook wrappers used outside arenas (growable buffers). */
void *gw_malloc(const gwapi_allocator *alloc, size_t size);
void *gw_realloc(const gwapi_allocator *alloc, void *p, size_t old_size, size_t new_size);
void gw_free(const gwapi_allocator *alloc, void *p, size_t size);

#endif
