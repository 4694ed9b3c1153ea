/* The loader: YAML (libyaml event API) or JSON (cJSON) bytes into generic
 * gwapi_value trees allocated in an arena, one tree per document. Problems
 * with the input become diagnostics; the remaining documents of a stream
 * are still loaded after a syntax error where the parser can resynchronise.
 *
 * What the trees look like:
 * - Maps keep input order and keep duplicate keys as separate members (the
 *   loader reports nothing): the decoder, which knows the field path,
 *   reports `duplicate field "spec.x"`; the last member wins, as in the API
 *   server's JSON decoding.
 * - Keys are STRING nodes; YAML int/bool/float keys become their text the
 *   way sigs.k8s.io/yaml spells them ("16" for 0x10, "true" for yes).
 * - A YAML alias is the anchored node itself (shared, not copied); merge
 *   keys (`<<`) are applied.
 * - Every node has a position; `quoted` marks quoted and block scalars.
 *
 * Diagnostics (error severity, diag_obj and path NULL, with a position):
 * GWAPI_DIAG_SYNTAX (libyaml's or encoding/json's wording), ENCODING
 * (invalid UTF-8, in libyaml's wording) and LIMIT (one per document, naming
 * the limit). A document with an error is delivered with root NULL. In YAML
 * loading resumes at the next line starting a document (`---`, or after
 * `...`), with positions still counted from the start of the input. */
#ifndef GWAPI_LOAD_H
#define GWAPI_LOAD_H

#include <stddef.h>
#include <stdbool.h>
#include <gwapi/context.h>
#include <gwapi/status.h>
#include <gwapi/value.h>
#include "../util/arena.h"
#include "../util/diags.h"

typedef struct load_doc {
    /* Root of the document; NULL for an empty or null document (kubectl
     * skips both) or one that failed (a diagnostic was emitted for it). */
    const gwapi_value *root;
    gwapi_pos pos;   /* where the document starts */
    size_t index;    /* 0-based position of the document in its file; counts
                      * empty and failed documents too */
} load_doc;

/* Called once per document, in order. Returning false stops loading. */
typedef bool (*load_doc_fn)(void *user, const load_doc *doc);

typedef struct load_params {
    arena *arena;              /* nodes (and strings, unless below) live here */
    diag_list *diags;
    const gwapi_limits *limits; /* all fields non-zero (defaults filled in) */
    const char *file;          /* name used in every gwapi_pos, outliving arena */
    load_doc_fn on_doc;
    void *user;
    /* Where scalar text goes, when it must outlive the nodes (a caller that
     * frees each document's nodes once it is done with them); NULL: arena.
     * Its allocation failures show in its own `failed` flag. */
    arena *strings;
} load_params;

/* The arena of scalar text. */
static inline arena *load_strings(const load_params *p)
{
    return p->strings ? p->strings : p->arena;
}

/* Both return GWAPI_OK unless an allocation failed (GWAPI_ENOMEM, and
 * p->arena->failed is set). Limits and syntax problems are diagnostics.
 * A UTF-8 BOM is skipped (YAML also takes UTF-16 with a BOM). JSON input is
 * one document; blank JSON input is none. */
gwapi_status load_yaml(const load_params *p, const char *bytes, size_t len);
gwapi_status load_json(const load_params *p, const char *bytes, size_t len);

/* YAML 1.1 plain-scalar resolution the way kubectl's decoder (go-yaml v2
 * via sigs.k8s.io/yaml) does it: null, bool (yes/no/on/off/true/false and
 * their case variants, y/n), int (decimal, 0x, 0o/leading-0 octal, 0b,
 * underscores), float (incl. .inf/.nan). Fills v->type and v->u, except
 * that for GWAPI_VALUE_STRING v->u is left for the caller to fill. Integers
 * beyond int64 that go-yaml keeps as uint64 become FLOAT. */
void load_resolve_plain(gwapi_value *v, const char *s, size_t len);

#endif
