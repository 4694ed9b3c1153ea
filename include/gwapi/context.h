/* The context: allocator, limits and options shared by every call made with
 * it. A context is immutable after creation and may be used from several
 * threads at once. */
#ifndef GWAPI_CONTEXT_H
#define GWAPI_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "export.h"
#include "status.h"
#include "diag.h"

GWAPI_BEGIN_DECLS

/* Allocator hooks; all three must be set or all NULL (then malloc is used).
 * free (and realloc's old_size) receives the size given at allocation time,
 * for every block, PCRE2's included. The hooks may be called from several
 * threads when the context is shared. Not through the hooks: the
 * executable memory of PCRE2's JIT-compiled patterns, which PCRE2's JIT
 * allocator maps itself (mmap) and caches process-wide (PCRE2 offers no hook
 * for it; the code is released when the context goes, the cache may stay),
 * and cJSON's short-lived parse tree of each JSON document, which uses
 * malloc (cJSON's hooks are process-global, so a context cannot own
 * them). */
typedef struct gwapi_allocator {
    void *(*alloc)(void *user, size_t size);
    void *(*realloc)(void *user, void *ptr, size_t old_size, size_t new_size);
    void (*free)(void *user, void *ptr, size_t size);
    void *user;
} gwapi_allocator;

/* Limits on untrusted input; 0 selects the default shown. Exceeding one is
 * a GWAPI_DIAG_LIMIT diagnostic on the document, never a crash. */
typedef struct gwapi_limits {
    size_t max_document_bytes;  /* 3 MiB, the API server's request limit */
    size_t max_input_bytes;     /* 256 MiB over all documents of one input */
    uint32_t max_depth;         /* 100 levels of nesting */
    size_t max_nodes;           /* 1,000,000 nodes per document */
    size_t max_alias_expansion; /* 100,000 nodes reached through aliases per document */
    size_t max_scalar_bytes;    /* 1 MiB per scalar */
    size_t max_items;           /* 100,000 entries in one sequence or mapping */
    size_t max_diagnostics;     /* 10,000 per result; one more says how many were dropped */
} gwapi_limits;

typedef enum gwapi_channel {
    GWAPI_CHANNEL_EXPERIMENTAL = 0, /* the superset; what Envoy Gateway installs */
    GWAPI_CHANNEL_STANDARD = 1
} gwapi_channel;

/* Raised whenever members are appended to gwapi_ctx_options (they are never
 * removed, reordered or retyped). gwapi_ctx_new accepts every version from
 * 1 up to the library's own, so a program built against older headers keeps
 * working; members its version lacks take their defaults. A version newer
 * than the library's is GWAPI_EVERSION. */
#define GWAPI_CTX_OPTIONS_VERSION 2

typedef struct gwapi_ctx_options {
    unsigned int version;                  /* GWAPI_CTX_OPTIONS_VERSION */
    gwapi_allocator allocator;
    gwapi_limits limits;
    gwapi_channel channel;
    /* Severity of unknown and duplicate fields (kubectl's strict validation
     * makes them errors; "warn" mode makes them warnings). Values outside
     * the enums (here and in channel) are GWAPI_EINVAL. */
    gwapi_severity unknown_field_severity;
    /* Namespace given to namespaced objects that name none; NULL = "default". */
    const char *default_namespace;
    /* Since version 2. True: results do not keep the loaded value trees,
     * which is most of their memory on large inputs. gwapi_object.source
     * and the `src` member of every typed struct are then NULL (values of
     * free-form fields are copied); strings, positions, ObjectMeta and
     * diagnostics are unaffected. For callers that only read the typed
     * model or the diagnostics (the CLI's validate). */
    bool discard_source;
} gwapi_ctx_options;

#define GWAPI_CTX_OPTIONS_INIT \
    { GWAPI_CTX_OPTIONS_VERSION, { 0, 0, 0, 0 }, { 0, 0, 0, 0, 0, 0, 0, 0 }, \
      GWAPI_CHANNEL_EXPERIMENTAL, GWAPI_SEVERITY_ERROR, 0, false }

typedef struct gwapi_ctx gwapi_ctx;

/* Creates a context; opts may be NULL for the defaults. The caller owns
 * *out and releases it with gwapi_ctx_free, in any order with the inputs
 * and results made with it (each holds a reference; the memory goes with
 * the last). */
GWAPI_EXPORT gwapi_status gwapi_ctx_new(gwapi_ctx **out, const gwapi_ctx_options *opts);
GWAPI_EXPORT void gwapi_ctx_free(gwapi_ctx *ctx);

/* The limits in force (defaults filled in); owned by ctx. */
GWAPI_EXPORT const gwapi_limits *gwapi_ctx_limits(const gwapi_ctx *ctx);

GWAPI_END_DECLS

#endif
