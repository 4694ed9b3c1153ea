/* CEL rule functions of BackendTrafficPolicy and EnvoyExtensionPolicy: one function per rule,
 * bound to the schema tables through registry-traffic.tsv. */
#include "rule_env.h"
#include "../../schema/gen/rules.h"

#include <gwapi/resources.h>

/* Regular expressions of this file's rules (see rule_regexes.h). */
const char *const rx_traffic[] = { NULL };
const size_t rx_traffic_count = 0;
