/* OpenAPI v3 constraint checks with the API server's messages (kube-openapi
 * errors as apiextensions-apiserver converts them to field.Errors). Each
 * takes the source value so the message can quote it. */
#ifndef GWAPI_CONSTRAINTS_H
#define GWAPI_CONSTRAINTS_H

#include <stddef.h>
#include <stdint.h>
#include "../schema/engine.h"

/* go-openapi's name of a JSON value's type ("string", "integer", ...). */
const char *json_type_name(const gwapi_value *v);

/* "<path>.<field>: Required value" (blocking). */
void check_required(engine *e, const char *field, gwapi_pos pos);
/* A value (possibly null) whose JSON type does not fit schema s: the type
 * error as kube-openapi words it (format-aware), the unknown fields that
 * pruning it reports, and the enum check on the pruned value. */
void check_type_mismatch(engine *e, const gw_schema *s, const gwapi_value *v);
/* Enum membership, the bad value shown after pruning against s. */
void check_enum_pruned(engine *e, const gw_schema *s, const gwapi_value *v);
/* The enum check of s on v, the value shown pruned against `prune`. */
void check_enum_as(engine *e, const gw_schema *s, const gw_schema *prune, const gwapi_value *v);
bool check_enum_has(const gw_schema *s, const gwapi_value *v);
void check_int_or_string_mismatch(engine *e, const gw_schema *s, const gwapi_value *v);

/* A fraction where an int32/int64 is expected: kube-openapi's format
 * checks word it differently from a plain type mismatch, then still
 * checks the bounds. */
void check_fraction_for_format(engine *e, const gw_schema *s, const gwapi_value *v);

void check_string(engine *e, const gw_schema *s, const gwapi_value *v);
void check_integer(engine *e, const gw_schema *s, const gwapi_value *v, int64_t x);
void check_number(engine *e, const gw_schema *s, const gwapi_value *v, double x);
/* Enum membership for scalar values. */
void check_enum(engine *e, const gw_schema *s, const gwapi_value *v);
/* minItems/maxItems, then x-kubernetes-list-type set/map uniqueness. */
void check_items(engine *e, const gw_schema *s, const gwapi_value *v, const gw_list *l);
/* minProperties/maxProperties. */
void check_properties(engine *e, const gw_schema *s, const gwapi_value *v, size_t count);
/* allOf/anyOf/oneOf/not on the decoded (defaulted) value in `slot`. */
void check_combinators(engine *e, const gw_schema *s, const void *slot, bool element,
                       const gwapi_value *v);

#endif
