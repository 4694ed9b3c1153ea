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

/* CEL `s.matches(re)`: RE2 search over every byte of s; re must be one of
 * rule_regexes[]. An absent s never matches. */
bool rule_matches(const gw_rule_env *env, const char *re, gwapi_str s);

/* CEL has(): objects are present when non-NULL, strings when set. */
#define RULE_HAS(p) ((p) != NULL)

/* Present and equal to lit, every byte compared (absent never equals). */
static inline bool rule_streq(gwapi_str s, const char *lit)
{
    return gwapi_str_eq(s, lit);
}

/* has(s) && s != '' */
static inline bool rule_str_nonempty(gwapi_str s)
{
    return s.len > 0;
}

#endif
