/* Internals shared by the lowering files: growable arrays in the arena,
 * names, and the per-listener entry points. */
#ifndef GWAPI_IR_LOWER_IMPL_H
#define GWAPI_IR_LOWER_IMPL_H

#include "lower.h"
#include "../util/strbuf.h"
#include "../util/ptrmap.h"
#include "../resolve/policy.h"
#include "../schema/engine.h"

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

/* lower_policy.c: what the lowering knows of the graph's policies, built
 * once (ir_policies_init). */
typedef struct ir_policies {
    const gw_graph *g;
    const engine_options *opts;   /* for decoding merged specs */
    /* Per kind: held target (gw_policy_target_key) -> the policies that
     * lost it (Conflicted), oldest first. */
    ptrmap rejected[GW_POLICY_KIND_COUNT];
    ptrmap merged;                /* route policy -> its merged specs, per parent */
    ptrmap patches;               /* gw_gateway -> vec of gwapi_ir_patch, in order */
} ir_policies;

bool ir_policies_init(ir_policies *ps, arena *a, const gw_graph *g);
/* The ClientTrafficPolicy of listener l (NULL when none applies). */
bool ir_listener_client(const gwapi_ir_client_policy **out, arena *a, ir_policies *ps, const gw_listener *l);
/* The policies of a rule's entries on listener l (rule may be NULL: the
 * route as a whole), and the message of the first that applies and failed
 * to translate (NULL when none did). */
bool ir_rule_policies(gwapi_ir_route_policies *out, const char **failure, arena *a, ir_policies *ps,
                      const gw_route *r, const gw_route_rule *rule, const gw_listener *l);
/* The EnvoyPatchPolicy patches of a Gateway. */
bool ir_gateway_patches(gwapi_ir_patch_list *out, const ir_policies *ps, const gw_gateway *gw);

/* The HTTP and HTTPS entries of listener l, grouped into virtual hosts. */
bool ir_lower_http(gwapi_ir_listener *out, arena *a, ir_policies *ps, const gw_listener *l);
/* The TLS, TCP or UDP entries of listener l. */
bool ir_lower_l4(gwapi_ir_listener *out, arena *a, ir_policies *ps, const gw_listener *l);

/* One backend of a route rule in IR form (filters not included). */
bool ir_backend(gwapi_ir_backend *out, arena *a, const gw_route *r, const gw_route_rule *rule,
                const gw_backend *b);
/* How parentRef `parent` of r attached to listener l, or NULL. */
const gw_attachment *ir_attachment(const gw_route *r, size_t parent, const gw_listener *l);
/* Is b a Backend of type DynamicResolver? */
bool ir_backend_dynamic(const gw_backend *b);

#endif
