/* CEL rule functions of HTTPRoute, GRPCRoute and TLSRoute: one function
 * per rule, bound to the schema tables through registry-routes.tsv. */
#include "rule_env.h"
#include "../../schema/gen/rules.h"

#include <gwapi/resources.h>

/* Regular expressions of this file's rules (see rule_regexes.h). */
const char *const rx_routes[] = { NULL };
const size_t rx_routes_count = 0;

/* (size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true
 * group and kind are defaulted ("" and "Service"), so both are set. */
bool rule_http_backend_ref_service_port(const gw_rule_env *env, const void *self)
{
    const gwapi_http_backend_ref *ref = self;
    (void)env;
    bool service = ref->group && !*ref->group && rule_streq(ref->kind, "Service");
    return !service || ref->port.set;
}
