/* Duplicate keys anywhere in an object (lib/validate/duplicates.c). */
#ifndef GWAPI_DUPLICATES_H
#define GWAPI_DUPLICATES_H

#include "../schema/engine.h"

/* Reports every key repeated within one mapping of `doc`, at any depth
 * (struct fields, additionalProperties maps such as labels or ConfigMap
 * data, schema-free values), as the API server's strict JSON decoding does:
 * `duplicate field "PATH"` once per repeated key, at the repeat, with the
 * first occurrence as the diagnostic's related position. */
void check_duplicate_keys(engine *e, const gwapi_value *doc);

#endif
