/* From documents to validated objects: the validate stage's entry point.
 * The caller (lib/core) owns where objects and diagnostics go; this stage
 * only sees them through validate_params, as the loader sees its caller
 * through load_params. */
#ifndef GWAPI_OBJECTS_H
#define GWAPI_OBJECTS_H

#include <stdbool.h>
#include <gwapi/result.h>
#include <gwapi/value.h>
#include "../schema/engine.h"

/* Where objects go: add appends a zeroed object and returns it (NULL on
 * allocation failure); it stays valid until the next add (the store may
 * move as it grows). done follows each add once the object is decoded and
 * validated: every diagnostic between the two is that object's. */
typedef struct object_sink {
    gwapi_object *(*add)(void *user);
    void (*done)(void *user);
    void *user;
} object_sink;

typedef struct validate_params {
    arena *arena;               /* typed structs and strings of the objects */
    arena *scratch;             /* per-object scratch, reset after each object */
    diag_list *diags;
    regex_scratch *rx;          /* matching state against opts->regexes */
    const engine_options *opts;
    object_sink objects;
    /* The typed objects are for translation: an object with keys that only
     * Go's case-insensitive matching gives a field is decoded once more,
     * silently, that way (the diagnostics stay the API server's). */
    bool go_keys;
} validate_params;

/* Turns a loaded document into objects (one, or each item of a `kind:
 * List`), decoding and validating each. False when an allocation failed
 * (p->arena->failed is set). */
bool validate_document(const validate_params *p, const gwapi_value *root);

/* Decodes v (an OBJECT value of schema s, e.g. a merged policy spec) into
 * *out, a struct allocated in a, with the schema's defaults and without
 * diagnostics (decode_value.c). *out is NULL when s or v is. False on
 * allocation failure. */
bool validate_decode_value(const void **out, arena *a, const engine_options *opts, const gw_schema *s,
                           const gwapi_value *v);

#endif
