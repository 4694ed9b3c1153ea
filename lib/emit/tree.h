/* A small output tree (maps, sequences, strings, integers) built in an
 * arena and rendered as JSON or block YAML, so that every structured output
 * is written once and printed in either form. Map keys keep insertion
 * order. */
#ifndef GWAPI_EMIT_TREE_H
#define GWAPI_EMIT_TREE_H

#include <stdint.h>
#include <stdbool.h>
#include "../util/arena.h"
#include "../util/strbuf.h"

typedef enum em_type { EM_MAP, EM_SEQ, EM_STR, EM_INT, EM_BOOL } em_type;

typedef struct em_node em_node;
struct em_node {
    em_type type;
    const char *key;       /* when a member of a map */
    gwapi_str str;          /* EM_STR: every byte, NULs included */
    int64_t num;
    em_node *first, *last, *next;
};

em_node *em_map(arena *a);
em_node *em_seq(arena *a);
/* Append to a map (key) or a sequence (key NULL); the new node, or NULL on
 * allocation failure (parent NULL is tolerated and yields NULL). */
em_node *em_add_map(arena *a, em_node *parent, const char *key);
em_node *em_add_seq(arena *a, em_node *parent, const char *key);
bool em_add_str(arena *a, em_node *parent, const char *key, const char *s);   /* NULL: "" */
bool em_add_bytes(arena *a, em_node *parent, const char *key, gwapi_str s);   /* absent: "" */
bool em_add_int(arena *a, em_node *parent, const char *key, int64_t v);
bool em_add_bool(arena *a, em_node *parent, const char *key, bool v);

void em_render_json(strbuf *b, const em_node *n);
void em_render_yaml(strbuf *b, const em_node *n);

#endif
