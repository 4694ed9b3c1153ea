/* CEL rule functions of SecurityPolicy: one function per rule,
 * bound to the schema tables through registry-security.tsv. */
#include "rule_env.h"
#include "../../schema/gen/rules.h"

#include <gwapi/resources.h>

/* Regular expressions of this file's rules (see rule_regexes.h). */
const char *const rx_security[] = { NULL };
const size_t rx_security_count = 0;
