/* The IR document (docs/ir.md) and the route table (ROUTES.md) as text. */
#ifndef GWAPI_IR_EMIT_H
#define GWAPI_IR_EMIT_H

#include <gwapi/ir.h>
#include "tree_writer.h"

#define GWAPI_IR_API_VERSION "gwapi.dev/v1alpha1"

void emit_ir(strbuf *out, const gwapi_ir *ir, tw_format format);
void emit_routes(strbuf *out, const gwapi_ir *ir, tw_format format);
/* The route table for a person at a terminal: one block per listener, one
 * line per entry in match order. */
void emit_routes_text(strbuf *out, const gwapi_ir *ir);

#endif
