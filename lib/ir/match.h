/* Typed HTTPRoute / GRPCRoute matches -> IR matches (conditions with
 * defaults applied, header names lower-cased, conditions sorted). */
#ifndef GWAPI_IR_MATCH_H
#define GWAPI_IR_MATCH_H

#include <stdbool.h>
#include <gwapi/ir.h>
#include <gwapi/resources.h>
#include "../util/arena.h"

/* m NULL: a rule without matches (matches every request). fm NULL: no
 * HTTPRouteFilter match; otherwise its cookies join the conditions.
 * False on allocation failure. */
bool ir_http_match(arena *a, gwapi_ir_match *out, const gwapi_http_route_match *m,
                   const gwapi_http_route_match_filter *fm);
bool ir_grpc_match(arena *a, gwapi_ir_match *out, const gwapi_grpc_route_match *m,
                   const gwapi_http_route_match_filter *fm);

/* "Exact" / "PathPrefix" / "RegularExpression" as written; unknown and
 * NULL give the default of the field. */
gwapi_ir_path_type ir_path_type(gwapi_str s);
gwapi_ir_match_type ir_match_type(gwapi_str s);

#endif
