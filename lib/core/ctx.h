/* The context's internals: options with defaults filled in, and the state
 * built once at creation and shared read-only by every result: compiled
 * regular expressions, parsed CRD defaults and the engine's options. */
#ifndef GWAPI_CTX_H
#define GWAPI_CTX_H

#include <stdatomic.h>
#include <gwapi/context.h>
#include "../util/arena.h"
#include "../util/ptrmap.h"
#include "../util/regex_set.h"
#include "../schema/engine.h"

struct gwapi_ctx {
    gwapi_allocator alloc;
    gwapi_limits limits;
    gwapi_channel channel;
    gwapi_severity unknown_field_severity;
    const char *default_namespace;
    arena perm;          /* everything below lives here */
    /* Every pattern of the schema tables and of the rule functions,
     * listed at creation (register_patterns); nothing is added later. */
    regex_set regexes;
    ptrmap defaults;     /* default JSON text (pointer) -> const gwapi_value */
    engine_options engine; /* what the validate stage reads of all this */
    /* The caller's reference plus one per live input and result, so that
     * they outlive gwapi_ctx_free (their memory and defaults live here). */
    atomic_size_t refs;
};

/* Takes / drops a reference; the last drop frees the context. */
const struct gwapi_ctx *ctx_retain(const struct gwapi_ctx *ctx);
void ctx_release(const struct gwapi_ctx *ctx);

/* gwapi_validate for a translation (go_keys): the typed objects are what
 * Envoy Gateway decodes, keys matched to fields case-insensitively as Go's
 * encoding/json matches them; the diagnostics are gwapi_validate's. */
struct gwapi_result;
struct gwapi_input;
gwapi_status result_validate(struct gwapi_result **out, const gwapi_ctx *ctx,
                             const struct gwapi_input *in, bool go_keys);

/* The allocator to pass to arena_init and gw_malloc (never NULL). */
const gwapi_allocator *ctx_allocator(const gwapi_ctx *ctx);

#endif
