/* Values Envoy Gateway's translator parses out of policy settings. */
#ifndef GWAPI_RESOLVE_POLICY_VALUES_H
#define GWAPI_RESOLVE_POLICY_VALUES_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <gwapi/types.h>

typedef struct pol_quantity {
    bool set;          /* the field is present */
    bool ok;           /* a whole number of bytes (resource.Quantity.AsInt64) */
    int64_t value;
    const char *text;  /* as written, for messages ("" for integers) */
} pol_quantity;

pol_quantity pol_parse_quantity(const gwapi_int_or_string *v);

/* Absent or a valid Go duration. */
bool pol_duration_ok(const char *s);
/* A valid Go duration, in nanoseconds. */
bool pol_duration(const char *s, int64_t *ns);

#endif
