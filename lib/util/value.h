/* Internal helpers over the public value trees (gwapi/value.h). */
#ifndef GWAPI_UTIL_VALUE_H
#define GWAPI_UTIL_VALUE_H

#include <gwapi/value.h>
#include "arena.h"

/* A copy of the tree v into a: nodes, member and item arrays are new;
 * strings and positions' file names are shared with v (they must outlive
 * the copy). An alias shared within v is copied at each use. NULL on
 * allocation failure (a->failed) or when v is NULL. Recursion is bounded
 * by the loader's max_depth. */
gwapi_value *value_copy(arena *a, const gwapi_value *v);

#endif
