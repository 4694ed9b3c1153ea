/* Printers for the IR pieces that the IR document and the route table
 * print alike (header changes, rewrites, redirects, backends, matches). */
#ifndef GWAPI_IR_PARTS_H
#define GWAPI_IR_PARTS_H

#include <stdbool.h>
#include <gwapi/ir.h>
#include "tree_writer.h"

/* Each prints key + value, or nothing when the value is NULL/empty. */
void emit_header_mods(tw *w, const char *key, const gwapi_ir_header_mods *m);
void emit_rewrite(tw *w, const char *key, const gwapi_ir_rewrite *r);
void emit_redirect(tw *w, const char *key, const gwapi_ir_redirect *r);
void emit_string_matches(tw *w, const char *key, const gwapi_ir_string_match_list *l);
void emit_grpc_method(tw *w, const char *key, const gwapi_ir_grpc_method *g);
void emit_path_match(tw *w, const char *key, const gwapi_ir_path_match *p);

/* A backend or mirror object. full adds what only the IR carries
 * (name, source, endpoints, dynamicResolver). */
void emit_backend(tw *w, const gwapi_ir_backend *b, bool full);
void emit_mirror(tw *w, const gwapi_ir_mirror *m, bool full);
void emit_source(tw *w, const char *key, const gwapi_ir_source *s);

#endif
