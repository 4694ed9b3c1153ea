/* gw_resolve: runs the passes over the model in order: classes, gateways
 * and listeners, routes (attachment and backends), BackendTLSPolicies, and
 * the listener conditions that depend on attached routes. */
#include "resolve_impl.h"

#include <string.h>

bool gw_resolve(gw_graph *g, arena *a, const gw_model *m, const gw_resolve_options *opt)
{
    static const gw_resolve_options none = { .controller_name = NULL };
    memset(g, 0, sizeof *g);
    g->model = m;
    rs r;
    memset(&r, 0, sizeof r);
    r.g = g;
    r.a = a;
    r.m = m;
    r.opt = opt ? opt : &none;
    return rs_grants_index(&r) && rs_backends_index(&r) && rs_classes(&r) && rs_gateways(&r) && rs_btls_index(&r) &&
           rs_routes(&r) && rs_backend_tls_policies(&r) && rs_finish_listeners(&r) && rs_policies(&r) && !a->failed;
}
