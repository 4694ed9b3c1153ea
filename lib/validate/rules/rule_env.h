/* What a CEL rule function may use: the context (regexes) and helpers
 * that mirror CEL's standard and Kubernetes library functions. */
#ifndef GWAPI_RULE_ENV_H
#define GWAPI_RULE_ENV_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <gwapi/types.h>
#include "../../schema/schema.h"
#include "rule_regexes.h"

struct gwapi_ctx;

struct gw_rule_env {
    const struct gwapi_ctx *ctx;
    const gw_schema *schema;   /* schema of the value the rule sits on */
};

/* CEL `s.matches(re)`: RE2 search; re must be one of rule_regexes[]. */
bool rule_matches(const gw_rule_env *env, const char *re, const char *s);

/* CEL has(): strings and objects are present when non-NULL. */
#define RULE_HAS(p) ((p) != NULL)
/* Null-safe string equality; absent never equals. */
static inline bool rule_streq(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

#endif
