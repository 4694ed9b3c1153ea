/* Lowering: the resolved graph into the IR (include/gwapi/ir.h). */
#ifndef GWAPI_IR_LOWER_H
#define GWAPI_IR_LOWER_H

#include <stdbool.h>
#include <gwapi/ir.h>
#include "../resolve/graph.h"

/* Builds the IR of every managed Gateway's programmed listeners. All of it
 * lives in a; false on allocation failure. */
bool ir_lower(gwapi_ir *out, arena *a, const gw_graph *g);

#endif
