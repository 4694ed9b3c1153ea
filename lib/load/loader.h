/* Internals shared by the YAML and JSON loaders (not used outside lib/load):
 * the tree builder that turns a depth-first stream of nodes into gwapi_value
 * trees under the per-document limits, a small string-keyed hash table, and
 * byte-level helpers over the input text. */
#ifndef GWAPI_LOAD_LOADER_H
#define GWAPI_LOAD_LOADER_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include "load.h"

#define LOAD_NONE SIZE_MAX

/* ---- scratch memory (build.c) ------------------------------------------ */

/* Grows a scratch array (context allocator, not the arena) to hold need
 * elements; on failure sets arena->failed and returns false. */
bool load_grow(const load_params *p, void **items, size_t *cap, size_t need,
               size_t elem);
void load_scratch_free(const load_params *p, void *items, size_t cap, size_t elem);

/* ---- string -> index hash table (build.c) ------------------------------- */

typedef struct strmap_ent {
    const char *key;   /* NULL: empty slot; key memory is the caller's */
    size_t len;
    size_t val;
} strmap_ent;

typedef struct strmap {
    const load_params *p;
    strmap_ent *ents;
    size_t cap;        /* 0 or a power of two */
    size_t count;
} strmap;

void strmap_init(strmap *m, const load_params *p);
void strmap_clear(strmap *m);
void strmap_free(strmap *m);
/* Inserts key -> val; an existing key keeps its value unless replace.
 * Returns 1 inserted, 0 already present, -1 out of memory. */
int strmap_put(strmap *m, const char *key, size_t len, size_t val, bool replace);
bool strmap_get(const strmap *m, const char *key, size_t len, size_t *val);

/* ---- tree builder (build.c) --------------------------------------------- */

typedef struct build_frame {
    gwapi_value *node;  /* the MAP or SEQ being filled */
    size_t base;        /* its first slot */
    size_t size;        /* nodes in the subtree so far, alias expansion included */
    size_t user;        /* caller's tag (the YAML loader's anchor) */
} build_frame;

typedef struct build_slot {
    const gwapi_value *v;
    bool merge;         /* a YAML `<<` key */
} build_slot;

typedef struct builder {
    const load_params *p;
    build_frame *frames;
    size_t depth, frames_cap;
    build_slot *slots;
    size_t nslots, slots_cap;
    size_t nodes;       /* in this document, alias expansion included */
    size_t expanded;    /* nodes reached through aliases */
    const gwapi_value *root;
    bool failed;        /* the document got an error diagnostic, or ENOMEM */
    /* Recently stored short scalar texts, by hash (direct-mapped): keys and
     * the values manifests repeat ("PathPrefix", apiVersions, namespaces)
     * are stored once per file. Bounded, and sized by the input (a CRD
     * default of a few bytes needs no 128 KiB table); NULL until first used. */
    struct build_text_slot *texts;
    size_t texts_cap;
} builder;

/* input_len: the bytes the builder will see, which sizes its text cache. */
void build_init(builder *b, const load_params *p, size_t input_len);
void build_reset(builder *b);
void build_free(builder *b);

/* Scalar text s[0..n) as a NUL-terminated string in the strings arena,
 * shared with an identical earlier one when the cache still holds it; NULL
 * on ENOMEM. */
const char *build_text(builder *b, const char *s, size_t n);

/* Error diagnostic for the document (diag_obj and path NULL); marks it failed. */
void build_fail(builder *b, gwapi_diag_code code, gwapi_pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Each returns false once the document failed; feeding stops then. */
bool build_scalar_fits(builder *b, size_t len, gwapi_pos pos);
bool build_scalar(builder *b, const gwapi_value *v, bool merge_key);
bool build_alias(builder *b, const gwapi_value *v, size_t size, gwapi_pos pos);
/* Opens a MAP or SEQ; the node is complete only after build_close. */
gwapi_value *build_open(builder *b, gwapi_value_type type, gwapi_pos pos, size_t user);
/* Closes the innermost collection; *size is its node count (for anchors). */
const gwapi_value *build_close(builder *b, size_t *size, size_t *user);

/* ---- scalars (scalar.c) ------------------------------------------------- */

/* The string form sigs.k8s.io/yaml gives a non-string map key (INT, BOOL,
 * FLOAT) as a new STRING node (in a, its text in strings) at the key's
 * position; NULL on ENOMEM. */
gwapi_value *load_key_string(arena *a, arena *strings, const gwapi_value *key);
/* A JSON integer literal that fits int64. */
bool load_parse_int64(const char *s, size_t len, int64_t *out);
/* strtod of the ASCII number text s[0, n) whatever LC_NUMERIC says; false
 * when it is no number or overflows. */
bool load_strtod(const char *s, size_t n, double *out);

/* ---- input text (text.c) ------------------------------------------------ */

/* A running position: byte offset plus 0-based line and column, columns
 * counted in characters as libyaml counts them. */
typedef struct text_cursor {
    size_t off;
    size_t line;
    size_t column;
} text_cursor;

/* Bytes of the character at u[i]; a malformed sequence counts byte by byte. */
static inline size_t text_char_width(const unsigned char *u, size_t len, size_t i)
{
    size_t w = u[i] < 0xC0 ? 1 : u[i] < 0xE0 ? 2 : u[i] < 0xF0 ? 3 : u[i] < 0xF8 ? 4 : 1;
    for (size_t k = 1; k < w; k++) {
        if (i + k >= len || (u[i + k] & 0xC0) != 0x80)
            return k;
    }
    return w;
}

/* Moves c forward to byte offset to. yaml_breaks also counts NEL, LS and PS
 * as line breaks, as libyaml does; JSON only knows CR and LF. */
void text_advance(const char *s, size_t len, text_cursor *c, size_t to, bool yaml_breaks);
gwapi_pos text_pos(const load_params *p, const text_cursor *c);

/* First offset in [from, len) that libyaml's reader rejects (malformed
 * UTF-8, or with printable also the characters YAML forbids), or len. *why
 * gets libyaml's wording. */
size_t text_check_utf8(const char *s, size_t from, size_t len, bool printable,
                       const char **why);

/* First offset in [from, len) holding a byte >= 0x80, or len. */
size_t text_ascii_end(const char *s, size_t from, size_t len);

/* Writes v as UTF-8 and returns the bytes written (1 to 4). */
size_t text_put_utf8(char *o, uint32_t v);
/* Decodes UTF-16 (the bytes after its BOM) into out, which must hold
 * len / 2 * 3 + 4 bytes; returns the bytes written. Malformed input ends
 * the text there with *why set in libyaml's words. */
size_t text_from_utf16(const unsigned char *u, size_t len, bool big_endian, char *out,
                       const char **why);

/* Offset just past the line break ending the line that contains off. */
size_t text_next_line(const char *s, size_t len, size_t off);
/* First line start at or after from (itself a line start) holding a
 * document marker, `---` or `...` followed by a blank or the line end;
 * LOAD_NONE if there is none. */
size_t text_find_marker(const char *s, size_t len, size_t from);

/* JSON syntax as Go's encoding/json scanner checks it (json_scan.c): 0
 * when text is one valid JSON value, 1 with the offset of the offending
 * byte (len at a premature end) and Go's message in msg, -1 on ENOMEM. */
int json_scan_check(const load_params *p, const char *text, size_t len, size_t *bad,
                    char *msg, size_t msgsize);
/* Byte c as Go's quoteChar shows it in those messages, e.g. '\'' or 'x'. */
void json_quote_char(unsigned char c, char *out, size_t size);

#endif
