/* Bump allocator over a chain of blocks obtained from the context allocator. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t size;        /* whole block including this header */
    max_align_t align[]; /* payload starts here, maximally aligned */
};

#define ARENA_MIN_BLOCK ((size_t)16 * 1024)
/* Everything stored in arenas is pointers, sizes, int64_t and double:
 * 8-byte alignment suffices, and max_align_t's 16 (or 32) would add a third
 * to the value trees. Strings take byte alignment. */
#define ARENA_ALIGN ((size_t)8)

void *gw_malloc(const gwapi_allocator *alloc, size_t size)
{
    if (alloc && alloc->alloc)
        return alloc->alloc(alloc->user, size);
    return malloc(size);
}

void *gw_realloc(const gwapi_allocator *alloc, void *p, size_t old_size, size_t new_size)
{
    if (alloc && alloc->realloc)
        return alloc->realloc(alloc->user, p, old_size, new_size);
    return realloc(p, new_size);
}

void gw_free(const gwapi_allocator *alloc, void *p, size_t size)
{
    if (!p)
        return;
    if (alloc && alloc->free)
        alloc->free(alloc->user, p, size);
    else
        free(p);
}

void arena_init(arena *a, const gwapi_allocator *alloc)
{
    memset(a, 0, sizeof *a);
    a->alloc = alloc;
}

static void free_blocks(arena *a, arena_block *b)
{
    while (b) {
        arena_block *next = b->next;
        gw_free(a->alloc, b, b->size);
        b = next;
    }
}

void arena_free(arena *a)
{
    free_blocks(a, a->head);
    a->head = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
}

void arena_reset(arena *a)
{
    /* The newest block is the largest (blocks grow): keep it for reuse. */
    arena_block *keep = a->head;
    if (!keep)
        return;
    free_blocks(a, keep->next);
    keep->next = NULL;
    a->total = keep->size;
    a->cur = (char *)keep->align;
    a->end = (char *)keep + keep->size;
    a->failed = false;
}

static void *alloc_aligned(arena *a, size_t size, size_t align)
{
    if (a->failed)
        return NULL;
    if (size == 0)
        size = 1;
    size_t pad = a->cur ? (size_t)(-(uintptr_t)a->cur & (align - 1)) : 0;
    if (!a->cur || (size_t)(a->end - a->cur) < size || (size_t)(a->end - a->cur) - size < pad) {
        /* Blocks grow with the arena so large results need few of them. */
        size_t want = a->total / 2;
        if (want < ARENA_MIN_BLOCK)
            want = ARENA_MIN_BLOCK;
        if (want < size + sizeof(arena_block))
            want = size + sizeof(arena_block);
        if (want < size)
            goto fail;
        arena_block *b = gw_malloc(a->alloc, want);
        if (!b)
            goto fail;
        b->size = want;
        b->next = a->head;
        a->head = b;
        a->total += want;
        a->cur = (char *)b->align;
        a->end = (char *)b + want;
        pad = 0;
    }
    void *p = a->cur + pad;
    a->cur += pad + size;
    return p;
fail:
    a->failed = true;
    return NULL;
}

void *arena_alloc(arena *a, size_t size)
{
    return alloc_aligned(a, size, ARENA_ALIGN);
}

void *arena_zalloc_slow(arena *a, size_t size)
{
    void *p = arena_alloc(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

void *arena_calloc(arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) {
        a->failed = true;
        return NULL;
    }
    return arena_zalloc_slow(a, n * size);
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX) {
        a->failed = true;
        return NULL;
    }
    char *p = alloc_aligned(a, n + 1, 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}


char *arena_vprintf(arena *a, const char *fmt, va_list ap)
{
    char buf[256];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    char *s = NULL;
    if (n < 0)
        s = NULL; /* an encoding error: no text */
    else if ((size_t)n < sizeof buf)
        s = arena_strndup(a, buf, (size_t)n);
    else if ((s = arena_alloc(a, (size_t)n + 1)))
        vsnprintf(s, (size_t)n + 1, fmt, again);
    va_end(again);
    return s;
}
