/* Schema tables of BackendTLSPolicy (gateway.networking.k8s.io). Generated
 * by scripts/gen-schema.py from the CRDs; do not edit. */
#include <stddef.h>
#include <gwapi/resources.h>
#include "../schema.h"
#include "rules.h"

#if defined(__GNUC__) && !defined(_WIN32)
#define GW_HIDDEN __attribute__((visibility("hidden")))
#else
#define GW_HIDDEN
#endif

extern const gw_schema gw_s_30c81e12ed79;
extern const gw_schema gw_s_72334ab670a5;
extern const gw_schema gw_s_a521e398a0cc;
extern const gw_schema gw_s_e2f68506f1ae;
extern const gw_schema gw_s_e4a17b0c3087;
extern const gw_schema gw_s_3aaaad971fbc;

GW_RULE_THUNK(rule_backend_tls_policy_section_name_required)
GW_RULE_THUNK(rule_backend_tls_policy_section_name_unique)
static const gw_rule gw_r_01a19e098587[] = {
    {gw_call_rule_backend_tls_policy_section_name_required, "rule_backend_tls_policy_section_name_required", /* 1f5c466fefcd */
     "sectionName must be specified when targetRefs includes 2 or more references to the same target",
     "self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name ? ((!has(p1.sectionName) || p1.sectionName == '') == (!has(p2.sectionName) || p2.sectionName == '')) : true))"},
    {gw_call_rule_backend_tls_policy_section_name_unique, "rule_backend_tls_policy_section_name_unique", /* 0098962d66b8 */
     "sectionName must be unique when targetRefs includes 2 or more references to the same target",
     "self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.sectionName) || p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || (has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName))))"},
};
static const gw_schema gw_s_01a19e098587 = {
    .type = GW_T_ARRAY,
    .list_type = GW_LIST_ATOMIC,
    .c_type = "gwapi_local_policy_target_reference_with_section_name_list",
    .items = &gw_s_e4a17b0c3087,
    .elem_size = sizeof(gwapi_local_policy_target_reference_with_section_name),
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_01a19e098587, .nrules = 2,
};
static const gw_field gw_f_1615034c3c46[] = {
    {"options", &gw_s_72334ab670a5, offsetof(gwapi_backend_tls_policy_spec, options), false},
    {"targetRefs", &gw_s_01a19e098587, offsetof(gwapi_backend_tls_policy_spec, target_refs), true},
    {"validation", &gw_s_e2f68506f1ae, offsetof(gwapi_backend_tls_policy_spec, validation), true},
};
static const gw_schema gw_s_1615034c3c46 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tls_policy_spec",
    .size = sizeof(gwapi_backend_tls_policy_spec),
    .fields = gw_f_1615034c3c46, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_3aaaad971fbc[] = {
    {"apiVersion", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tls_policy, api_version), false},
    {"kind", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tls_policy, kind), false},
    {"metadata", &gw_s_a521e398a0cc, offsetof(gwapi_backend_tls_policy, metadata), false},
    {"spec", &gw_s_1615034c3c46, offsetof(gwapi_backend_tls_policy, spec), true},
};
GW_HIDDEN const gw_schema gw_s_3aaaad971fbc = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tls_policy",
    .size = sizeof(gwapi_backend_tls_policy),
    .fields = gw_f_3aaaad971fbc, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
