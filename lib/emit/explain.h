/* The explanation of one object of a resolved graph as an output tree
 * (see tree.h), and its text rendering. */
#ifndef GWAPI_EMIT_EXPLAIN_H
#define GWAPI_EMIT_EXPLAIN_H

#include "tree.h"
#include "../resolve/graph.h"

/* NULL when the graph has no such object or on allocation failure
 * (a->failed tells which). ns NULL matches any namespace. */
em_node *explain_tree(arena *a, const gw_graph *g, const char *kind, const char *ns, const char *name);

void explain_render_text(strbuf *b, const em_node *root);

#endif
