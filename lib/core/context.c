/* Context creation: options with defaults, compiled regexes, parsed CRD
 * defaults. Everything is built here once so that results only read it. */
#include "ctx.h"
#include "../load/load.h"
#include "../schema/schema.h"
#include "../validate/rules/rule_regexes.h"

#include <stddef.h>
#include <string.h>

static const gwapi_limits default_limits = {
    .max_document_bytes = (size_t)3 * 1024 * 1024,
    .max_input_bytes = (size_t)256 * 1024 * 1024,
    .max_depth = 100,
    .max_nodes = 1000000,
    .max_alias_expansion = 100000,
    .max_scalar_bytes = (size_t)1024 * 1024,
    .max_items = 100000,
    .max_diagnostics = 10000,
};

/* sizeof(gwapi_ctx_options) as each GWAPI_CTX_OPTIONS_VERSION laid it out:
 * versions only append members. Add a line when the version is raised. */
static const size_t options_size[GWAPI_CTX_OPTIONS_VERSION + 1] = {
    [1] = offsetof(gwapi_ctx_options, discard_source),
    [2] = sizeof(gwapi_ctx_options),
};

static const gwapi_allocator malloc_allocator = { 0, 0, 0, 0 };

const gwapi_allocator *ctx_allocator(const gwapi_ctx *ctx)
{
    return ctx->alloc.alloc ? &ctx->alloc : &malloc_allocator;
}

const gwapi_limits *gwapi_ctx_limits(const gwapi_ctx *ctx)
{
    return ctx ? &ctx->limits : NULL;
}

#define FILL(field) if (!l.field) l.field = default_limits.field

static gwapi_limits fill_limits(const gwapi_limits *in)
{
    gwapi_limits l = *in;
    FILL(max_document_bytes);
    FILL(max_input_bytes);
    FILL(max_depth);
    FILL(max_nodes);
    FILL(max_alias_expansion);
    FILL(max_scalar_bytes);
    FILL(max_items);
    FILL(max_diagnostics);
    return l;
}

/* Loader callback: keeps the single document of a default's JSON text. */
static bool keep_root(void *user, const load_doc *doc)
{
    *(const gwapi_value **)user = doc->root;
    return true;
}

static bool parse_default(gwapi_ctx *ctx, diag_list *dl, const char *json)
{
    if (ptrmap_get(&ctx->defaults, json))
        return true;
    const gwapi_value *root = NULL;
    /* The library's own text: the caller's limits are for the caller's input. */
    load_params p = { &ctx->perm, dl, &default_limits, NULL, keep_root, &root, NULL };
    size_t errors = dl->errors;
    if (load_json(&p, json, strlen(json)) != GWAPI_OK || dl->errors != errors)
        return false;
    if (!root)
        return true; /* a null default is no default */
    return ptrmap_put(&ctx->defaults, &ctx->perm, json, (void *)root);
}

/* What context creation needs of every schema: its pattern registered
 * (compiled at its first search), its default parsed. */
typedef struct table_state {
    gwapi_ctx *ctx;
    diag_list dl;        /* a default that does not parse is an internal error */
    gwapi_status status;
} table_state;

static bool visit_schema(void *user, const gw_schema *s)
{
    table_state *t = user;
    if (s->pattern && (t->status = regex_set_register(&t->ctx->regexes, s->pattern)) != GWAPI_OK)
        return false;
    if (s->default_json && !parse_default(t->ctx, &t->dl, s->default_json)) {
        t->status = t->ctx->perm.failed ? GWAPI_ENOMEM : GWAPI_EINTERNAL;
        return false;
    }
    return true;
}

/* The patterns the context holds: those of the schema tables and those
 * the rule functions list (rule_regexes.h), each compiled when first
 * searched (most runs reach a few of them); the CRD defaults with them.
 * A pattern PCRE2 rejects is an internal error (the tables are ours),
 * reported by the call whose search found it out. */
static gwapi_status build_tables(gwapi_ctx *ctx)
{
    table_state t = { ctx, { 0 }, GWAPI_OK };
    diag_list_init(&t.dl, &ctx->perm, 16);
    if (!schema_walk(visit_schema, &t, &ctx->perm) && t.status == GWAPI_OK)
        t.status = GWAPI_ENOMEM;
    for (size_t set = 0; t.status == GWAPI_OK && set < rule_regex_set_count; set++)
        for (size_t i = 0; t.status == GWAPI_OK && i < *rule_regex_sets[set].count; i++)
            t.status = regex_set_register(&ctx->regexes, rule_regex_sets[set].patterns[i]);
    return t.status == GWAPI_EINVAL ? GWAPI_EINTERNAL : t.status;
}

gwapi_status gwapi_ctx_new(gwapi_ctx **out, const gwapi_ctx_options *opts)
{
    if (!out)
        return GWAPI_EINVAL;
    *out = NULL;
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    if (opts) {
        if (opts->version < 1 || opts->version > GWAPI_CTX_OPTIONS_VERSION)
            return GWAPI_EVERSION;
        /* An older caller's struct is a prefix of today's; the members it
         * lacks keep their defaults. */
        memcpy(&o, opts, options_size[opts->version]);
    }
    opts = &o;
    const gwapi_allocator *a = &opts->allocator;
    if ((a->alloc || a->realloc || a->free) && !(a->alloc && a->realloc && a->free))
        return GWAPI_EINVAL;
    /* Enums may hold any int across FFI; out-of-range values are refused. */
    if (opts->channel != GWAPI_CHANNEL_EXPERIMENTAL && opts->channel != GWAPI_CHANNEL_STANDARD)
        return GWAPI_EINVAL;
    if (opts->unknown_field_severity != GWAPI_SEVERITY_ERROR &&
        opts->unknown_field_severity != GWAPI_SEVERITY_WARNING &&
        opts->unknown_field_severity != GWAPI_SEVERITY_INFO)
        return GWAPI_EINVAL;

    gwapi_ctx *ctx = gw_malloc(a->alloc ? a : NULL, sizeof *ctx);
    if (!ctx)
        return GWAPI_ENOMEM;
    memset(ctx, 0, sizeof *ctx);
    ctx->alloc = *a;
    atomic_init(&ctx->refs, 1);
    ctx->limits = fill_limits(&opts->limits);
    ctx->channel = opts->channel;
    ctx->unknown_field_severity = opts->unknown_field_severity;
    arena_init(&ctx->perm, ctx_allocator(ctx));
    ptrmap_init(&ctx->defaults);
    ctx->default_namespace = arena_strdup(&ctx->perm, opts->default_namespace
                                                          ? opts->default_namespace
                                                          : "default");
    gwapi_status st = ctx->default_namespace ? GWAPI_OK : GWAPI_ENOMEM;
    if (st == GWAPI_OK)
        st = regex_set_init(&ctx->regexes, ctx_allocator(ctx), &ctx->perm);
    if (st == GWAPI_OK)
        st = build_tables(ctx);
    ctx->engine = (engine_options){ ctx->channel, ctx->unknown_field_severity,
                                    ctx->default_namespace, &ctx->defaults, &ctx->regexes,
                                    !opts->discard_source };
    if (st != GWAPI_OK) {
        gwapi_ctx_free(ctx);
        return st;
    }
    *out = ctx;
    return GWAPI_OK;
}

const gwapi_ctx *ctx_retain(const gwapi_ctx *ctx)
{
    /* refs is the one mutable member of an otherwise immutable context. */
    atomic_fetch_add_explicit(&((gwapi_ctx *)ctx)->refs, 1, memory_order_relaxed);
    return ctx;
}

static void ctx_destroy(gwapi_ctx *ctx)
{
    regex_set_free(&ctx->regexes);
    arena_free(&ctx->perm);
    gwapi_allocator a = ctx->alloc;
    gw_free(a.alloc ? &a : NULL, ctx, sizeof *ctx);
}

void ctx_release(const gwapi_ctx *cctx)
{
    gwapi_ctx *ctx = (gwapi_ctx *)cctx;
    if (ctx && atomic_fetch_sub_explicit(&ctx->refs, 1, memory_order_acq_rel) == 1)
        ctx_destroy(ctx);
}

void gwapi_ctx_free(gwapi_ctx *ctx)
{
    ctx_release(ctx);
}
