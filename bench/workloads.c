/* The benchmark's workloads: the parsers gwapi stands on (libyaml's event
 * parse, cJSON's parse) and gwapi's own stages over the same bytes, plus
 * the counting allocator hooks they all allocate through. */
#include "workloads.h"
#include "load/load.h"
#include "util/diags.h"
#include "util/arena.h"
#include "core/ctx.h"
#if GWAPI_BENCH_TRANSLATE
#include "translate_call.h"
#endif

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include <yaml.h>

/* ---- counting allocator ------------------------------------------------- */

/* The benchmark is single-threaded. */
static size_t allocs;

void bench_count_reset(void) { allocs = 0; }
size_t bench_count_allocs(void) { return allocs; }

static void *count_alloc(void *user, size_t size)
{
    allocs++;
    return malloc(size);
}

static void *count_realloc(void *user, void *p, size_t old_size, size_t new_size)
{
    allocs++;
    return realloc(p, new_size);
}

static void count_free(void *user, void *p, size_t size) { free(p); }

static void *count_malloc(size_t size)
{
    allocs++;
    return malloc(size);
}

void bench_count_install(void)
{
    cJSON_Hooks hooks = { count_malloc, free };
    cJSON_InitHooks(&hooks);
}

gwapi_ctx_options bench_ctx_options(void)
{
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    o.allocator.alloc = count_alloc;
    o.allocator.realloc = count_realloc;
    o.allocator.free = count_free;
    o.limits.max_document_bytes = (size_t)1 << 30;
    o.limits.max_input_bytes = (size_t)1 << 30;
    o.limits.max_nodes = SIZE_MAX / 4;
    o.limits.max_items = SIZE_MAX / 4;
    return o;
}

/* ---- the parsers' own speed ---------------------------------------------- */

static bool is_yaml(const bench_input *in) { return in->format == BENCH_YAML; }
static bool is_json(const bench_input *in) { return in->format == BENCH_JSON; }
static bool any(const bench_input *in) { return true; }

/* Every event of the stream, nothing kept: the floor under any YAML loader. */
static bool run_libyaml(const gwapi_ctx *ctx, const bench_input *in, const char **why)
{
    yaml_parser_t ps;
    if (!yaml_parser_initialize(&ps)) {
        *why = "yaml_parser_initialize failed";
        return false;
    }
    yaml_parser_set_input_string(&ps, (const unsigned char *)in->bytes, in->len);
    bool ok = true;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&ps, &ev)) {
            *why = ps.problem ? ps.problem : "libyaml parse error";
            ok = false;
            break;
        }
        bool end = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
        if (end)
            break;
    }
    yaml_parser_delete(&ps);
    return ok;
}

static bool run_cjson(const gwapi_ctx *ctx, const bench_input *in, const char **why)
{
    cJSON *doc = cJSON_ParseWithLength(in->bytes, in->len);
    if (!doc) {
        *why = "cJSON parse error";
        return false;
    }
    cJSON_Delete(doc);
    return true;
}

/* ---- gwapi ---------------------------------------------------------------- */

static bool skip_doc(void *user, const load_doc *doc)
{
    (*(size_t *)user)++;
    return true;
}

/* The loader alone: bytes to node trees in an arena, nothing decoded. */
static bool run_load(const gwapi_ctx *ctx, const bench_input *in, const char **why)
{
    arena a;
    diag_list dl;
    size_t docs = 0;
    arena_init(&a, ctx_allocator(ctx));
    diag_list_init(&dl, &a, ctx->limits.max_diagnostics);
    load_params p = { &a, &dl, &ctx->limits, in->name, skip_doc, &docs, NULL };
    gwapi_status st = in->format == BENCH_JSON ? load_json(&p, in->bytes, in->len)
                                               : load_yaml(&p, in->bytes, in->len);
    bool ok = st == GWAPI_OK && dl.errors == 0 && docs > 0;
    if (!ok)
        *why = st != GWAPI_OK ? gwapi_status_str(st) : dl.count ? dl.items[0].message
                                                                : "no documents";
    arena_free(&a);
    return ok;
}

/* What a caller of gwapi_validate pays: input copy, load, decode, validate. */
static bool run_validate(const gwapi_ctx *ctx, const bench_input *in, const char **why)
{
    gwapi_input *gi = NULL;
    gwapi_result *r = NULL;
    gwapi_status st = gwapi_input_new(&gi, ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_add(gi, in->name, in->bytes, in->len,
                             in->format == BENCH_JSON ? GWAPI_FORMAT_JSON : GWAPI_FORMAT_YAML);
    if (st == GWAPI_OK)
        st = gwapi_validate(&r, ctx, gi);
    bool ok = st == GWAPI_OK && gwapi_result_error_count(r) == 0 &&
              gwapi_result_object_count(r) > 0;
    if (!ok)
        *why = st != GWAPI_OK ? gwapi_status_str(st)
             : gwapi_result_diag_count(r) ? gwapi_result_diag(r, 0)->message : "no objects";
    static char kept[256];
    if (!ok && st == GWAPI_OK) { /* the message dies with the result */
        snprintf(kept, sizeof kept, "%s", *why);
        *why = kept;
    }
    gwapi_result_free(r);
    gwapi_input_free(gi);
    return ok;
}

#if GWAPI_BENCH_TRANSLATE
static bool run_translate(const gwapi_ctx *ctx, const bench_input *in, const char **why)
{
    char *out = NULL;
    size_t len = 0;
    gwapi_status st = bench_translate_call(ctx, in->bytes, in->len, &out, &len);
    gwapi_free(out);
    if (st != GWAPI_OK)
        *why = gwapi_status_str(st);
    return st == GWAPI_OK;
}
#endif

const bench_workload bench_workloads[] = {
    { "libyaml", is_yaml, run_libyaml },
    { "cjson", is_json, run_cjson },
    { "load", any, run_load },
    { "validate", any, run_validate },
#if GWAPI_BENCH_TRANSLATE
    { "translate", any, run_translate },
#endif
};

const size_t bench_nworkloads = sizeof bench_workloads / sizeof bench_workloads[0];

const bench_workload *bench_workload_find(const char *name)
{
    for (size_t i = 0; i < bench_nworkloads; i++)
        if (!strcmp(bench_workloads[i].name, name))
            return &bench_workloads[i];
    return NULL;
}
