/* The status List of a resolved graph as an output tree (see tree.h). */
#ifndef GWAPI_EMIT_STATUS_H
#define GWAPI_EMIT_STATUS_H

#include "tree.h"
#include "../resolve/graph.h"

typedef struct status_params {
    const gw_graph *graph;
    const char *controller_name;  /* NULL: each GatewayClass's own */
} status_params;

/* NULL on allocation failure. */
em_node *status_list(arena *a, const status_params *sp);

#endif
