/* Regular expressions used by CEL rule functions (matches()); compiled at
 * context creation with the schema patterns. Each rule file lists its own
 * in `rx_<file>[]`, and rule functions pass those very pointers to
 * rule_matches. */
#ifndef GWAPI_RULE_REGEXES_H
#define GWAPI_RULE_REGEXES_H

#include <stddef.h>

typedef struct rule_regex_set {
    const char *const *patterns;
    const size_t *count;
} rule_regex_set;

extern const rule_regex_set rule_regex_sets[];
extern const size_t rule_regex_set_count;

#endif
