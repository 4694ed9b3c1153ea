/* Building output trees (see tree.h); the tree writer renders them. */
#include "tree.h"
#include "tree_writer.h"

static em_node *node(arena *a, em_node *parent, const char *key, em_type t)
{
    if (!parent)
        return NULL;
    em_node *n = arena_zalloc(a, sizeof *n);
    if (!n)
        return NULL;
    n->type = t;
    n->key = key;
    if (parent->last)
        parent->last->next = n;
    else
        parent->first = n;
    parent->last = n;
    return n;
}

em_node *em_map(arena *a)
{
    em_node *n = arena_zalloc(a, sizeof *n);
    if (n)
        n->type = EM_MAP;
    return n;
}

em_node *em_seq(arena *a)
{
    em_node *n = arena_zalloc(a, sizeof *n);
    if (n)
        n->type = EM_SEQ;
    return n;
}

em_node *em_add_map(arena *a, em_node *parent, const char *key) { return node(a, parent, key, EM_MAP); }
em_node *em_add_seq(arena *a, em_node *parent, const char *key) { return node(a, parent, key, EM_SEQ); }

bool em_add_bytes(arena *a, em_node *parent, const char *key, gwapi_str s)
{
    em_node *n = node(a, parent, key, EM_STR);
    if (n)
        n->str = s.ptr ? s : gwapi_str_of("");
    return n != NULL;
}

bool em_add_str(arena *a, em_node *parent, const char *key, const char *s)
{
    return em_add_bytes(a, parent, key, gwapi_str_of(s ? s : ""));
}

bool em_add_int(arena *a, em_node *parent, const char *key, int64_t v)
{
    em_node *n = node(a, parent, key, EM_INT);
    if (n)
        n->num = v;
    return n != NULL;
}

bool em_add_bool(arena *a, em_node *parent, const char *key, bool v)
{
    em_node *n = node(a, parent, key, EM_BOOL);
    if (n)
        n->num = v;
    return n != NULL;
}

/* The tree as writer events: the one writer prints every output. */
static void emit(tw *w, const em_node *n)
{
    switch (n->type) {
    case EM_MAP:
        tw_obj_begin(w);
        for (const em_node *c = n->first; c; c = c->next) {
            tw_key(w, c->key);
            emit(w, c);
        }
        tw_obj_end(w);
        break;
    case EM_SEQ:
        tw_arr_begin(w);
        for (const em_node *c = n->first; c; c = c->next)
            emit(w, c);
        tw_arr_end(w);
        break;
    case EM_STR: tw_bytes(w, n->str); break;
    case EM_INT: tw_int(w, n->num); break;
    case EM_BOOL: tw_bool(w, n->num != 0); break;
    }
}

/* The layout these outputs have always had: compact JSON; YAML with every
 * string quoted, so no value can be misread as another type. */
static const tw_style tree_style = { .compact = true, .quote_strings = true, .indent_seqs = true };

void em_render_json(strbuf *b, const em_node *n)
{
    tw w;
    tw_init_style(&w, b, TW_JSON, tree_style);
    emit(&w, n);
}

void em_render_yaml(strbuf *b, const em_node *n)
{
    tw w;
    tw_init_style(&w, b, TW_YAML, tree_style);
    emit(&w, n);
    tw_finish(&w);
}
