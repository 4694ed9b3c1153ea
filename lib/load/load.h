/* The loader: YAML (libyaml event API) or JSON (cJSON) bytes into generic
 * gwapi_value trees allocated in an arena, one tree per document. Problems
 * with the input become diagnostics; the remaining documents of a stream
 * are still loaded after a syntax error where the parser can resynchronise. */
#ifndef GWAPI_LOAD_H
#define GWAPI_LOAD_H

#include <stddef.h>
#include <stdbool.h>
#include <gwapi/context.h>
#include <gwapi/status.h>
#include <gwapi/value.h>
#include "../util/arena.h"
#include "../core/diags.h"

typedef struct load_doc {
    /* Root of the document; NULL for an empty document or one that failed
     * (a diagnostic was emitted for it). */
    const gwapi_value *root;
    gwapi_pos pos;   /* where the document starts */
    size_t index;    /* 0-based position of the document in its file */
} load_doc;

/* Called once per document, in order. Returning false stops loading. */
typedef bool (*load_doc_fn)(void *user, const load_doc *doc);

typedef struct load_params {
    arena *arena;              /* nodes, strings and the file name live here */
    diag_list *diags;
    const gwapi_limits *limits; /* all fields non-zero (defaults filled in) */
    const char *file;          /* arena-owned name used in every gwapi_pos */
    load_doc_fn on_doc;
    void *user;
} load_params;

/* Both return GWAPI_OK unless an allocation failed (GWAPI_ENOMEM, and
 * p->arena->failed is set). Limits and syntax problems are diagnostics. */
gwapi_status load_yaml(const load_params *p, const char *bytes, size_t len);
gwapi_status load_json(const load_params *p, const char *bytes, size_t len);

/* YAML 1.1 plain-scalar resolution the way kubectl's decoder (go-yaml v2
 * via sigs.k8s.io/yaml) does it: null, bool (yes/no/on/off/true/false and
 * their case variants, y/n), int (decimal, 0x, 0o/leading-0 octal, 0b,
 * underscores), float (incl. .inf/.nan). Fills v->type and v->u. */
void load_resolve_plain(gwapi_value *v, const char *s, size_t len);

#endif
