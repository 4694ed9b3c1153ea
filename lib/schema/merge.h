/* Merging two documents of one schema (RFC 7386 JSON merge patch, or
 * Kubernetes strategic merge with the schema's list types and keys). */
#ifndef GWAPI_SCHEMA_MERGE_H
#define GWAPI_SCHEMA_MERGE_H

#include <stdbool.h>
#include <gwapi/value.h>
#include "schema.h"
#include "../util/arena.h"

/* patch merged into target (either may be NULL), described by s (may be
 * NULL: no list merging). NULL on allocation failure. */
const gwapi_value *schema_merge(arena *a, const gw_schema *s, const gwapi_value *target,
                                const gwapi_value *patch, bool strategic);

/* The object schema of a kind (gwapi_kind) in this apiVersion
 * ("group/version"), the experimental channel's when it has one; any
 * served version when apiVersion is not served; NULL for unknown kinds. */
const gw_schema *schema_of_kind(int kind, const char *api_version);

#endif
