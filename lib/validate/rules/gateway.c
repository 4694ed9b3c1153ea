/* CEL rule functions of Gateway, GatewayClass, ListenerSet, BackendTLSPolicy, XBackend*, ClientTrafficPolicy, HTTPRouteFilter and Backend: one function per rule,
 * bound to the schema tables through registry-gateway.tsv. */
#include "rule_env.h"
#include "../../schema/gen/rules.h"

#include <gwapi/resources.h>

/* Regular expressions of this file's rules (see rule_regexes.h). */
const char *const rx_gateway[] = { NULL };
const size_t rx_gateway_count = 0;
