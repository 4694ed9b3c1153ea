/* Small value types shared by the typed model: optional scalars, lists,
 * maps, int-or-string, object metadata. */
#ifndef GWAPI_TYPES_H
#define GWAPI_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "export.h"
#include "value.h"

GWAPI_BEGIN_DECLS

/* Optional scalars: set is false when the field is absent and has no
 * default. Absent strings and objects are NULL pointers instead. */
typedef struct gwapi_opt_int { bool set; int64_t value; } gwapi_opt_int;
typedef struct gwapi_opt_bool { bool set; bool value; } gwapi_opt_bool;
typedef struct gwapi_opt_num { bool set; double value; } gwapi_opt_num;

typedef enum gwapi_int_or_string_type {
    GWAPI_IOS_UNSET = 0,
    GWAPI_IOS_INT,
    GWAPI_IOS_STRING
} gwapi_int_or_string_type;

/* x-kubernetes-int-or-string fields, e.g. "50%" or 50. */
typedef struct gwapi_int_or_string {
    gwapi_int_or_string_type type;
    int64_t integer;
    const char *string;
} gwapi_int_or_string;

/* Lists: items is non-NULL whenever the field is present, even when empty,
 * so `items == NULL` tells "absent" from "[]". */
typedef struct gwapi_string_list { const char *const *items; size_t count; } gwapi_string_list;
typedef struct gwapi_int_list { const int64_t *items; size_t count; } gwapi_int_list;

/* String-to-string maps (labels, annotations, additionalProperties), in
 * input order; same presence rule as lists. */
typedef struct gwapi_kv { const char *key; const char *value; } gwapi_kv;
typedef struct gwapi_string_map { const gwapi_kv *items; size_t count; } gwapi_string_map;

/* The parts of metav1.ObjectMeta this library reads. */
typedef struct gwapi_object_meta {
    const char *name;
    const char *generate_name;
    /* The namespace as written, or the context's default namespace for
     * namespaced kinds; NULL for cluster-scoped kinds. */
    const char *ns;
    gwapi_string_map labels;
    gwapi_string_map annotations;
    gwapi_opt_int generation;
    /* RFC 3339 text as written, and its value in Unix seconds when set. */
    const char *creation_timestamp;
    gwapi_opt_int creation_time;
    const char *uid;
    const char *resource_version;
    gwapi_pos pos;
} gwapi_object_meta;

/* Looks up a key of a string map; NULL when absent. */
GWAPI_EXPORT const char *gwapi_string_map_get(const gwapi_string_map *map, const char *key);

GWAPI_END_DECLS

#endif
