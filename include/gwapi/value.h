/* Generic values: the node tree every input is loaded into, and the type of
 * schema-free fields (x-kubernetes-preserve-unknown-fields, unknown kinds).
 * Values are owned by a result; valid until gwapi_result_free. */
#ifndef GWAPI_VALUE_H
#define GWAPI_VALUE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "export.h"
#include "str.h"

GWAPI_BEGIN_DECLS

/* A position in an input; file is NULL for values that no input spelled
 * (CRD defaults). line and column count from 1; 0 means unknown. */
typedef struct gwapi_pos {
    const char *file;
    uint32_t line;
    uint32_t column;
} gwapi_pos;

typedef enum gwapi_value_type {
    GWAPI_VALUE_NULL = 0,
    GWAPI_VALUE_BOOL,
    GWAPI_VALUE_INT,
    GWAPI_VALUE_FLOAT,
    GWAPI_VALUE_STRING,
    GWAPI_VALUE_MAP,
    GWAPI_VALUE_SEQ
} gwapi_value_type;

typedef struct gwapi_value gwapi_value;

/* One key of a map; keys are always strings, in input order. */
typedef struct gwapi_member {
    const gwapi_value *key;
    const gwapi_value *value;
} gwapi_member;

struct gwapi_value {
    gwapi_value_type type;
    /* GWAPI_VALUE_STRING spelled with quotes, or a block scalar. */
    bool quoted;
    gwapi_pos pos;
    union {
        bool boolean;
        int64_t integer;
        double number;
        /* len bytes, NULs included, then a terminating NUL. */
        gwapi_str string;
        struct { const gwapi_member *items; size_t count; } map;
        struct { const gwapi_value *const *items; size_t count; } seq;
    } u;
};

/* The member of a map with this key, or NULL (also NULL if v is not a map). */
GWAPI_EXPORT const gwapi_value *gwapi_value_get(const gwapi_value *v, const char *key);

GWAPI_END_DECLS

#endif
