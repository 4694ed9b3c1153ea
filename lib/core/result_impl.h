/* Internals of inputs and results. */
#ifndef GWAPI_RESULT_IMPL_H
#define GWAPI_RESULT_IMPL_H

#include <gwapi/result.h>
#include "ctx.h"
#include "../util/diags.h"
#include "../util/regex_set.h"

typedef struct input_file {
    char *name;
    char *bytes;
    size_t len;
    gwapi_format format;
} input_file;

struct gwapi_input {
    const gwapi_ctx *ctx;
    input_file *files;
    size_t count;
    size_t cap;
};

/* The diagnostics of one object: [first, end) of the result's list. */
typedef struct diag_span {
    size_t first, end;
} diag_span;

struct gwapi_result {
    const gwapi_ctx *ctx;
    arena a;
    arena nodes;     /* one document's value trees when the context discards
                      * sources (else they live in a), reset after each */
    arena scratch;   /* per object, see validate_params */
    regex_scratch rx;
    diag_list diags;
    gwapi_object *objects;
    diag_span *spans;   /* per object, same index; grown with objects */
    size_t nobjects;
    size_t capobjects;
    size_t capspans;
    bool go_keys;       /* see result_validate */
};

#endif
