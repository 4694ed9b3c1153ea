/* What a CEL rule function may use: the context's compiled regexes and
 * helpers that mirror CEL's standard and Kubernetes library functions. */
#ifndef GWAPI_RULE_ENV_H
#define GWAPI_RULE_ENV_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <gwapi/types.h>
#include "../../schema/schema.h"
#include "../../util/regex_set.h"
#include "rule_regexes.h"

struct gw_rule_env {
    const regex_set *regexes;  /* holds every rx_<file>[] pattern */
    const gw_schema *schema;   /* schema of the value the rule sits on */
    /* Set through rule_eval_error when the CEL expression would fail to
     * evaluate (not merely be false); NULL otherwise. */
    const char **eval_error;
    regex_scratch *rx;         /* matching state for rule_matches */
};

/* The rule's CEL would stop with a runtime error, e.g. "no such key: x" or
 * "type conversion error from 'string' to 'google.protobuf.Duration'": the
 * API server then reports `Invalid value: "<type>": <error> evaluating
 * rule: <message>`. Returns false so callers can `return rule_eval_error(...)`. */
static inline bool rule_eval_error(const gw_rule_env *env, const char *error)
{
    *env->eval_error = error;
    return false;
}

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
