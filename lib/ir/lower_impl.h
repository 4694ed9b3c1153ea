/* Internals shared by the lowering files: growable arrays in the arena,
 * names, and the per-listener entry points. */
#ifndef GWAPI_IR_LOWER_IMPL_H
#define GWAPI_IR_LOWER_IMPL_H

#include "lower.h"
#include "../util/strbuf.h"

/* A growable array in the arena (old storage is abandoned on growth;
 * the arena frees it with the rest). */
typedef struct vec {
    void *items;
    size_t count, cap, size;
} vec;

void vec_init(vec *v, size_t size);
/* A zeroed new last element, or NULL on allocation failure. */
void *vec_push(vec *v, arena *a);

/* printf into the arena; NULL on failure. */
char *ir_printf(arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

gwapi_ir_source ir_source(const gw_obj *o, int32_t rule, int32_t match, int32_t index);

/* The HTTP and HTTPS entries of listener l, grouped into virtual hosts. */
bool ir_lower_http(gwapi_ir_listener *out, arena *a, const gw_graph *g, const gw_listener *l);
/* The TLS, TCP or UDP entries of listener l. */
bool ir_lower_l4(gwapi_ir_listener *out, arena *a, const gw_graph *g, const gw_listener *l);

/* lower_policy.c: the policies of a rule's entries on listener l, and the
 * message of the first that failed to translate (NULL when none did). */
bool ir_rule_policies(gwapi_ir_object_ref_list *out, const char **failure, arena *a, const gw_graph *g,
                      const gw_route *r, const gw_route_rule *rule, const gw_listener *l);

/* One backend of a route rule in IR form (filters not included). */
bool ir_backend(gwapi_ir_backend *out, arena *a, const gw_route *r, const gw_route_rule *rule,
                const gw_backend *b);
/* How parentRef `parent` of r attached to listener l, or NULL. */
const gw_attachment *ir_attachment(const gw_route *r, size_t parent, const gw_listener *l);
/* Is b a Backend of type DynamicResolver? */
bool ir_backend_dynamic(const gw_backend *b);

#endif
