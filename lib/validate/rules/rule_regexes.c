/* The regular expressions of the CEL rule functions, compiled once per
 * context (see rule_regexes.h). */
#include "rule_regexes.h"

const char *const rule_regexes[] = {
    "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$", /* placeholder entry; rules add theirs */
};
const size_t rule_regex_count = sizeof rule_regexes / sizeof rule_regexes[0];
