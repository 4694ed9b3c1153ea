/* Building and rendering output trees (see tree.h). YAML strings are
 * written as JSON strings (a subset of YAML's double-quoted style), so no
 * value can be misread as another type. */
#include "tree.h"
#include "../util/json_writer.h"

#include <inttypes.h>

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

static void scalar(strbuf *b, const em_node *n)
{
    switch (n->type) {
    case EM_STR: jw_str(b, n->str); break;
    case EM_INT: strbuf_printf(b, "%" PRId64, n->num); break;
    case EM_BOOL: strbuf_puts(b, n->num ? "true" : "false"); break;
    default: break;
    }
}

void em_render_json(strbuf *b, const em_node *n)
{
    if (n->type != EM_MAP && n->type != EM_SEQ) {
        scalar(b, n);
        return;
    }
    strbuf_putc(b, n->type == EM_MAP ? '{' : '[');
    for (const em_node *c = n->first; c; c = c->next) {
        if (c != n->first)
            strbuf_putc(b, ',');
        if (n->type == EM_MAP) {
            jw_string(b, c->key);
            strbuf_putc(b, ':');
        }
        em_render_json(b, c);
    }
    strbuf_putc(b, n->type == EM_MAP ? '}' : ']');
}

static void indent(strbuf *b, int depth)
{
    for (int i = 0; i < depth; i++)
        strbuf_puts(b, "  ");
}

/* Keys that are identifiers are written plain; others as JSON strings. */
static void yaml_key(strbuf *b, const char *k)
{
    bool plain = (k[0] >= 'a' && k[0] <= 'z') || (k[0] >= 'A' && k[0] <= 'Z');
    for (const char *p = k; plain && *p; p++)
        plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_';
    if (plain)
        strbuf_puts(b, k);
    else
        jw_string(b, k);
}

/* Writes the members of a collection, each on its own line at depth; the
 * first line's indentation is already written when inline_first. */
static void yaml_body(strbuf *b, const em_node *n, int depth, bool inline_first)
{
    for (const em_node *c = n->first; c; c = c->next) {
        if (!(inline_first && c == n->first))
            indent(b, depth);
        if (n->type == EM_MAP) {
            yaml_key(b, c->key);
            strbuf_putc(b, ':');
        } else {
            strbuf_putc(b, '-');
        }
        bool coll = c->type == EM_MAP || c->type == EM_SEQ;
        if (coll && !c->first) {
            strbuf_puts(b, c->type == EM_MAP ? " {}\n" : " []\n");
        } else if (coll && n->type == EM_SEQ && c->type == EM_MAP) {
            strbuf_putc(b, ' ');
            yaml_body(b, c, depth + 1, true);
        } else if (coll) {
            strbuf_putc(b, '\n');
            yaml_body(b, c, depth + 1, false);
        } else {
            strbuf_putc(b, ' ');
            scalar(b, c);
            strbuf_putc(b, '\n');
        }
    }
}

void em_render_yaml(strbuf *b, const em_node *n)
{
    if (n->type != EM_MAP && n->type != EM_SEQ) {
        scalar(b, n);
        strbuf_putc(b, '\n');
    } else if (!n->first) {
        strbuf_puts(b, n->type == EM_MAP ? "{}\n" : "[]\n");
    } else {
        yaml_body(b, n, 0, false);
    }
}
