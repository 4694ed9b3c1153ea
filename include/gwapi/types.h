/* Small value types shared by the typed model: optional scalars, lists,
 * maps, int-or-string, object metadata. */
#ifndef GWAPI_TYPES_H
#define GWAPI_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "export.h"
#include "str.h"
#include "value.h"

GWAPI_BEGIN_DECLS

/* Optional scalars: set is false when the field is absent and has no
 * default. Absent strings are gwapi_str with a NULL ptr (str.h), absent
 * objects NULL pointers. */
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
    gwapi_str string;
} gwapi_int_or_string;

/* Lists: items is non-NULL whenever the field is present, even when empty,
 * so `items == NULL` tells "absent" from "[]". */
typedef struct gwapi_string_list { const gwapi_str *items; size_t count; } gwapi_string_list;
typedef struct gwapi_int_list { const int64_t *items; size_t count; } gwapi_int_list;

/* String-to-string maps (labels, annotations, additionalProperties), in
 * input order; same presence rule as lists. */
typedef struct gwapi_kv { gwapi_str key; gwapi_str value; } gwapi_kv;
typedef struct gwapi_string_map { const gwapi_kv *items; size_t count; } gwapi_string_map;

/* The parts of metav1.ObjectMeta this library reads. */
typedef struct gwapi_object_meta {
    gwapi_str name;
    gwapi_str generate_name;
    /* The namespace as written, or the context's default namespace for
     * namespaced kinds; absent for cluster-scoped kinds. */
    gwapi_str ns;
    gwapi_string_map labels;
    gwapi_string_map annotations;
    gwapi_opt_int generation;
    /* RFC 3339 text as written, and its value in Unix seconds when set. */
    gwapi_str creation_timestamp;
    gwapi_opt_int creation_time;
    gwapi_str uid;
    gwapi_str resource_version;
    gwapi_pos pos;
} gwapi_object_meta;

/* The value of key in a string map, keys compared byte for byte (NULs
 * included); absent when the map has no such key. _get takes a
 * NUL-terminated key. */
GWAPI_EXPORT gwapi_str gwapi_string_map_find(const gwapi_string_map *map, gwapi_str key);
GWAPI_EXPORT gwapi_str gwapi_string_map_get(const gwapi_string_map *map, const char *key);

GWAPI_END_DECLS

#endif
