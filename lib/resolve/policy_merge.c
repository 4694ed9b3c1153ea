/* The settings a route policy with mergeType carries after merging with
 * its parent policy: the parent's spec with the route policy's spec merged
 * into it (StrategicMerge or JSONMerge), as the translator merges the two
 * before translating the route policy. */
#include "policy_impl.h"
#include "../schema/merge.h"

#include <string.h>

const gwapi_value *gw_policy_merged_spec(arena *a, const gw_policy *child, const gw_policy *parent)
{
    const gwapi_value *cs = gwapi_value_get(child->obj->obj->source, "spec");
    if (!parent || !child->merge_type)
        return cs;
    const gwapi_value *ps = gwapi_value_get(parent->obj->obj->source, "spec");
    const gw_schema *s = schema_of_kind(child->obj->kind, gw_c(child->obj->obj->api_version));
    const gw_field *f = s ? schema_field(s, "spec", 4) : NULL;
    return schema_merge(a, f ? f->schema : NULL, ps, cs, !strcmp(child->merge_type, "StrategicMerge"));
}
