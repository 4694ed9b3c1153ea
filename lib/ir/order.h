/* Route precedence within one virtual host (ROUTES.md §5): the order in
 * which a data plane tries the entries, first match wins. */
#ifndef GWAPI_IR_ORDER_H
#define GWAPI_IR_ORDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <gwapi/ir.h>

/* The specificity of one entry; larger sorts first, field by field. */
typedef struct ir_order_key {
    int path_rank;          /* Exact 3, RegularExpression 2, PathPrefix 1 */
    size_t path_len;        /* PathPrefix "/" counts 0 */
    size_t headers;         /* the method counts as one Exact header */
    size_t exact_headers;
    size_t cookies;
    size_t exact_cookies;
    size_t query;
    size_t exact_query;
} ir_order_key;

/* Who made an entry, for ties: HTTPRoute before GRPCRoute, older first,
 * then namespace, name, rule and match index. */
typedef struct ir_order_origin {
    bool grpc;
    bool has_time;          /* without a creationTimestamp an object counts as oldest */
    int64_t time;
    const char *ns;
    const char *name;
    int32_t rule;
    int32_t match;
} ir_order_origin;

typedef struct ir_order_item {
    ir_order_key key;
    ir_order_origin origin;
    size_t seq;             /* input position: the sort is stable */
    void *payload;
} ir_order_item;

/* The key of an HTTPRoute entry from its IR match. */
void ir_order_key_http(ir_order_key *out, const gwapi_ir_match *m);
/* The key of a GRPCRoute entry: the path its method match implies, plus
 * its header conditions. */
void ir_order_key_grpc(ir_order_key *out, const gwapi_ir_match *m);

/* < 0 when a must be tried before b. */
int ir_order_cmp(const ir_order_item *a, const ir_order_item *b);
void ir_order_sort(ir_order_item *items, size_t n);

/* The regular expressions that stand for a missing gRPC service or method
 * in an implied path. */
extern const char ir_grpc_any_service[];
extern const char ir_grpc_any_method[];

#endif
