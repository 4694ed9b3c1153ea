/* Regular expressions used by CEL rule functions (matches()); compiled at
 * context creation with the schema patterns. Rule functions must pass the
 * very pointers listed here to regex_search. */
#ifndef GWAPI_RULE_REGEXES_H
#define GWAPI_RULE_REGEXES_H

#include <stddef.h>

extern const char *const rule_regexes[];
extern const size_t rule_regex_count;

#endif
