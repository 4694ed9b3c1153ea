/* The regular expressions of the CEL rule functions, one list per rule
 * file, compiled once per context (see rule_regexes.h). */
#include "rule_regexes.h"

#define RX_SET(area) \
    extern const char *const rx_##area[]; \
    extern const size_t rx_##area##_count;
RX_SET(routes)
RX_SET(gateway)
RX_SET(traffic)
RX_SET(security)

const rule_regex_set rule_regex_sets[] = {
    { rx_routes, &rx_routes_count },
    { rx_gateway, &rx_gateway_count },
    { rx_traffic, &rx_traffic_count },
    { rx_security, &rx_security_count },
};
const size_t rule_regex_set_count = sizeof rule_regex_sets / sizeof rule_regex_sets[0];
