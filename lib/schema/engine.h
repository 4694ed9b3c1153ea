/* State of one object's trip through the schema engine (decode, default,
 * OpenAPI checks, then the CEL rules, all driven by lib/validate), the
 * options it reads, and its diagnostics sink engine_diag. Never exposed. */
#ifndef GWAPI_ENGINE_H
#define GWAPI_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/context.h>
#include <gwapi/diag.h>
#include "../util/arena.h"
#include "../util/strbuf.h"
#include "../util/diags.h"
#include "../util/ptrmap.h"
#include "../util/regex_set.h"
#include "schema.h"

/* What the engine reads from the context: filled once when the context is
 * made, read-only afterwards. */
typedef struct engine_options {
    gwapi_channel channel;
    gwapi_severity unknown_field_severity;
    const char *default_namespace;   /* for namespaced objects without one */
    const ptrmap *defaults;          /* default JSON text (pointer) -> const gwapi_value */
    const regex_set *regexes;        /* every pattern of the tables and rules */
    /* Objects keep their input trees (gwapi_object.source, typed src); when
     * false, those are cleared after the object and free-form values are
     * copied into the result arena, so the caller may free the nodes. */
    bool keep_source;
} engine_options;

/* A CEL rule waiting for the OpenAPI pass to finish (rules only run when
 * that pass found no blocking error, as in the API server). */
typedef struct pending_rule {
    const gw_schema *schema;
    const void *self;
    gwapi_str path;
    gwapi_pos pos;
    const gwapi_value *src;   /* the input node (list checks quote elements) */
} pending_rule;

typedef struct engine {
    const engine_options *opts;
    arena *a;             /* what the object keeps: typed structs, metadata */
    arena *scratch;       /* what it does not (pending rules, paths, sort and
                           * hash tables): reset after each object */
    regex_scratch *rx;    /* the result's regex matching state */
    diag_list *diags;
    diag_obj obj;
    strbuf path;          /* field path of the value being decoded */
    strbuf path_text;     /* scratch of engine_path_text */
    uint32_t depth;
    bool blocking;        /* a Required/NotSupported/TooLong/TooMany/type error */
    bool mute;            /* drop further diagnostics: the object was rejected
                           * while decoding (malformed metadata) */
    bool fold;            /* match keys to fields as Go's encoding/json does
                           * (the translation's decode, schema_field_go) */
    bool folded;          /* a key matched a field only case-insensitively */
    bool meta_decode_failed; /* metadata could not be decoded into ObjectMeta */
    const gwapi_value *meta_clean; /* metadata checked: decodes with no error and
                                    * no unknown key (decoded once, not twice) */
    size_t errors;        /* error diagnostics of this object */
    pending_rule *rules;
    size_t nrules, caprules;
    /* list-type set/map checks, run after the OpenAPI pass as the API
     * server's ValidateListSetsAndMaps does. */
    pending_rule *lists;
    size_t nlists, caplists;
    bool namespaced;      /* the object's kind is namespaced */
    const gw_schema *root; /* the object's schema (NULL for unknown kinds) */
    gwapi_pos doc_pos;    /* where the object starts, for whole-object diagnostics */
    unsigned dedup;       /* > 0: drop errors identical (path and message) to
                           * one already reported for this object, as
                           * kube-openapi's Result.AddErrors does (set while
                           * combinators are evaluated) */
    /* This object's error diagnostics hashed by (path, message), for that
     * check: open addressing over diagnostic index + 1 (0 = empty), in the
     * scratch arena. */
    size_t *errors_seen;
    size_t seen_cap, seen_count;
    /* Object structs whose src to clear when the object is done
     * (opts->keep_source false), in the scratch arena. */
    void **srcs;
    size_t nsrcs, capsrcs;
} engine;

/* Emits a diagnostic for the current object at the current path (or at
 * `path` when non-NULL), counting errors and blocking errors. */
void engine_diag(engine *e, gwapi_severity sev, gwapi_diag_code code,
                 const char *path, gwapi_pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
/* As engine_diag at a path of any bytes (absent: the current path); the
 * stored diagnostic, or NULL when it was muted, capped or deduplicated. */
gwapi_diag *engine_diag_at(engine *e, gwapi_severity sev, gwapi_diag_code code,
                    gwapi_str path, gwapi_pos pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* Append ".name" (or "name" at the root) / "[i]" to the current path and
 * return its previous length, for strbuf_truncate. */
size_t engine_path_push_field(engine *e, const char *name, size_t len);
size_t engine_path_push_index(engine *e, size_t i);

/* The current path as messages embed it where Go prints it raw: bytes as
 * they are, except that a NUL (which a C string cannot hold) reads \x00.
 * Valid until the next call. */
const char *engine_path_text(engine *e);
/* `unknown field "PATH"` / `duplicate field "PATH"` (code tells which) at
 * the current path, the path as engine_path_text gives it; returns what
 * engine_diag_at returns. */
gwapi_diag *engine_field_diag(engine *e, gwapi_diag_code code, gwapi_pos pos);

/* True for the codes the API server treats as blocking CEL evaluation. */
bool engine_code_blocks(gwapi_diag_code code);

/* The driver, lib/validate/decode.c and cel.c. Decodes `v` (may be NULL when absent) into the slot of a value of schema
 * `s`; `element` selects element storage (array items, map values). Applies
 * defaults, checks constraints and queues CEL rules. pos is used when v is
 * NULL (a defaulted or missing value). */
void engine_decode(engine *e, const gw_schema *s, const gwapi_value *v,
                   void *slot, bool element, gwapi_pos pos);

/* Runs the queued list-type uniqueness checks. */
void engine_run_list_checks(engine *e);
/* Runs the queued CEL rules, or reports that they were skipped. */
void engine_run_rules(engine *e);

/* A scratch buffer whose allocation failure fails the result. */
#define engine_buf_init(e, b) strbuf_init_sticky((b), (e)->path.alloc, &(e)->a->failed)

#endif
