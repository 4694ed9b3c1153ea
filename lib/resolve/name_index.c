/* Which items (listeners of one port) have names that intersect as
 * hostname_intersect decides, without comparing every pair: equal names
 * meet in one sorted run, and a wildcard "*.s" meets the names ending in
 * ".s" through a sorted table of every name's dot suffixes. Building is
 * linear-logarithmic in the names (times their dots); a query costs a
 * binary search per dot of the name asked about. */
#include "resolve_impl.h"

#include <stdlib.h>
#include <string.h>

typedef struct ni_entry {
    const char *key;   /* a name, a wildcard's ".s", or a name's dot suffix */
    const char *name;  /* the whole name */
    size_t item;
} ni_entry;

struct name_index {
    ni_entry *exact;      /* every name */
    size_t exact_count;
    ni_entry *wild;       /* wildcards by their ".s" */
    size_t wild_count;
    ni_entry *suffixes;   /* ".rest" at each dot after the first byte of every name */
    size_t suffix_count;
};

/* Names the index can answer for: not empty, not starting with '.', and a
 * wildcard only as "*." followed by something. Others make the caller
 * compare pairs instead. */
bool name_index_indexable(const char *s)
{
    if (!s || !*s || *s == '.')
        return false;
    if (*s == '*')
        return s[1] == '.' && s[2];
    return true;
}

static int by_key(const void *x, const void *y)
{
    const ni_entry *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->item > b->item) - (a->item < b->item);
}

name_index *name_index_build(rs *r, const name_index_name *names, size_t n)
{
    name_index *ix = arena_calloc(r->a, 1, sizeof *ix);
    if (!ix)
        return NULL;
    size_t wild = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        wild += names[i].name[0] == '*';
        for (const char *p = names[i].name + 1; *p; p++)
            dots += *p == '.';
    }
    ix->exact = arena_calloc(r->a, n ? n : 1, sizeof *ix->exact);
    ix->wild = arena_calloc(r->a, wild ? wild : 1, sizeof *ix->wild);
    ix->suffixes = arena_calloc(r->a, dots ? dots : 1, sizeof *ix->suffixes);
    if (!ix->exact || !ix->wild || !ix->suffixes)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const char *s = names[i].name;
        ix->exact[ix->exact_count++] = (ni_entry){ s, s, names[i].item };
        if (s[0] == '*')
            ix->wild[ix->wild_count++] = (ni_entry){ s + 1, s, names[i].item };
        for (const char *p = s + 1; *p; p++)
            if (*p == '.')
                ix->suffixes[ix->suffix_count++] = (ni_entry){ p, s, names[i].item };
    }
    qsort(ix->exact, ix->exact_count, sizeof *ix->exact, by_key);
    qsort(ix->wild, ix->wild_count, sizeof *ix->wild, by_key);
    qsort(ix->suffixes, ix->suffix_count, sizeof *ix->suffixes, by_key);
    return ix;
}

/* The first entry of t[0, n) with key `key` and item > after (after ==
 * SIZE_MAX: any item), or NULL. */
static const ni_entry *first_after(const ni_entry *t, size_t n, const char *key, size_t after)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(t[mid].key, key);
        if (c < 0 || (c == 0 && after != SIZE_MAX && t[mid].item <= after))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && !strcmp(t[lo].key, key) ? &t[lo] : NULL;
}

static void consider(const ni_entry *e, size_t self, size_t *below, size_t *above)
{
    if (!e || e->item == self)
        return;
    if (e->item < self && (*below == SIZE_MAX || e->item < *below))
        *below = e->item;
    if (e->item > self && (*above == SIZE_MAX || e->item < *above))
        *above = e->item;
}

/* Looks in t for key: the smallest item other than self (below it), and
 * the smallest item above self. */
static void lookup(const ni_entry *t, size_t n, const char *key, size_t self, size_t *below, size_t *above)
{
    consider(first_after(t, n, key, SIZE_MAX), self, below, above);
    consider(first_after(t, n, key, self), self, below, above);
}

void name_index_partners(const name_index *ix, const char *name, size_t self, size_t *below, size_t *above)
{
    /* equal names */
    lookup(ix->exact, ix->exact_count, name, self, below, above);
    /* wildcards covering this name: their ".s" is a dot suffix of it */
    for (const char *p = name + 1; *p; p++)
        if (*p == '.')
            lookup(ix->wild, ix->wild_count, p, self, below, above);
    /* names this wildcard covers: ".s" is one of their dot suffixes */
    if (name[0] == '*')
        lookup(ix->suffixes, ix->suffix_count, name + 1, self, below, above);
}

/* Calls fn for each item of t with key `key`, other than self. */
static bool each_with_key(rs *r, const ni_entry *t, size_t n, const char *key, size_t self,
                          bool (*fn)(rs *r, void *ctx, size_t item), void *ctx)
{
    for (const ni_entry *e = first_after(t, n, key, SIZE_MAX); e && e < t + n && !strcmp(e->key, key); e++)
        if (e->item != self && !fn(r, ctx, e->item))
            return false;
    return true;
}

bool name_index_each_partner(rs *r, const name_index *ix, const char *name, size_t self,
                             bool (*fn)(rs *r, void *ctx, size_t item), void *ctx)
{
    /* the same three relations as name_index_partners */
    if (!each_with_key(r, ix->exact, ix->exact_count, name, self, fn, ctx))
        return false;
    for (const char *p = name + 1; *p; p++)
        if (*p == '.' && !each_with_key(r, ix->wild, ix->wild_count, p, self, fn, ctx))
            return false;
    return name[0] != '*' || each_with_key(r, ix->suffixes, ix->suffix_count, name + 1, self, fn, ctx);
}
