/* Schema tables of EnvoyExtensionPolicy (gateway.envoyproxy.io). Generated
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

extern const gw_schema gw_s_00846fd11228;
extern const gw_schema gw_s_0140a95f4d8d;
extern const gw_schema gw_s_08c6b4624225;
extern const gw_schema gw_s_2e39cd567c92;
extern const gw_schema gw_s_2fe0b110f122;
extern const gw_schema gw_s_30c81e12ed79;
extern const gw_schema gw_s_3194311b730e;
extern const gw_schema gw_s_38dcd4abdbc3;
extern const gw_schema gw_s_464e1ea99ebe;
extern const gw_schema gw_s_4ae98e204614;
extern const gw_schema gw_s_59c2467c8512;
extern const gw_schema gw_s_70be6358efcf;
extern const gw_schema gw_s_7a23d51ede30;
extern const gw_schema gw_s_86466f16b496;
extern const gw_schema gw_s_94fdefb73899;
extern const gw_schema gw_s_a521e398a0cc;
extern const gw_schema gw_s_aa8ddae8b63e;
extern const gw_schema gw_s_b079714fc571;
extern const gw_schema gw_s_b80e8fb344f3;
extern const gw_schema gw_s_c6ef937021d4;
extern const gw_schema gw_s_ca27f3c96d5f;
extern const gw_schema gw_s_d7d1134b0282;
extern const gw_schema gw_s_d9742029a40a;
extern const gw_schema gw_s_e4a17b0c3087;
extern const gw_schema gw_s_434fc08ba387;

static const gw_field gw_f_a858df169a28[] = {
    {"config", &gw_s_b079714fc571, offsetof(gwapi_dynamic_module, config), false},
    {"filterName", &gw_s_d9742029a40a, offsetof(gwapi_dynamic_module, filter_name), false},
    {"name", &gw_s_94fdefb73899, offsetof(gwapi_dynamic_module, name), true},
    {"terminalFilter", &gw_s_70be6358efcf, offsetof(gwapi_dynamic_module, terminal_filter), false},
};
static const gw_schema gw_s_a858df169a28 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_dynamic_module",
    .size = sizeof(gwapi_dynamic_module),
    .fields = gw_f_a858df169a28, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_d3a8942b4bb0 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_dynamic_module_list",
    .items = &gw_s_a858df169a28,
    .elem_size = sizeof(gwapi_dynamic_module),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
};
GW_RULE_THUNK(rule_ext_proc_writable_namespaces)
static const gw_rule gw_r_bebbcd9be1ca[] = {
    {gw_call_rule_ext_proc_writable_namespaces, "rule_ext_proc_writable_namespaces", /* 1061dcf1203d */
     "writableNamespaces cannot contain well-known Envoy HTTP filter namespaces",
     "self.all(f, !f.startsWith('envoy.filters.http'))"},
};
static const gw_schema gw_s_bebbcd9be1ca = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_string_list",
    .items = &gw_s_30c81e12ed79,
    .elem_size = sizeof(gwapi_str),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 8,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_bebbcd9be1ca, .nrules = 1,
};
static const gw_field gw_f_8071a4fe72f3[] = {
    {"accessibleNamespaces", &gw_s_4ae98e204614, offsetof(gwapi_ext_proc_metadata, accessible_namespaces), false},
    {"writableNamespaces", &gw_s_bebbcd9be1ca, offsetof(gwapi_ext_proc_metadata, writable_namespaces), false},
};
static const gw_schema gw_s_8071a4fe72f3 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_ext_proc_metadata",
    .size = sizeof(gwapi_ext_proc_metadata),
    .fields = gw_f_8071a4fe72f3, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_d10ef09253a7 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .pattern = "^(connection\\.|source\\.|destination\\.|request\\.|response\\.|upstream\\.|xds\\.route_)[a-z_1-9]*$",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_6b5c2c4ff219 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_string_list",
    .items = &gw_s_d10ef09253a7,
    .elem_size = sizeof(gwapi_str),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_1f51d0e18235[] = {"\"Streamed\"", "\"Buffered\"", "\"BufferedPartial\"", "\"FullDuplexStreamed\""};
static const gw_schema gw_s_05dded3e0d3a = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_1f51d0e18235, .nenum = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_10f65f43b2db[] = {
    {"attributes", &gw_s_6b5c2c4ff219, offsetof(gwapi_processing_mode_options, attributes), false},
    {"body", &gw_s_05dded3e0d3a, offsetof(gwapi_processing_mode_options, body), false},
};
static const gw_schema gw_s_10f65f43b2db = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_processing_mode_options",
    .size = sizeof(gwapi_processing_mode_options),
    .fields = gw_f_10f65f43b2db, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_83e0b2840715[] = {
    {"allowModeOverride", &gw_s_59c2467c8512, offsetof(gwapi_ext_proc_processing_mode, allow_mode_override), false},
    {"request", &gw_s_10f65f43b2db, offsetof(gwapi_ext_proc_processing_mode, request), false},
    {"response", &gw_s_10f65f43b2db, offsetof(gwapi_ext_proc_processing_mode, response), false},
};
static const gw_schema gw_s_83e0b2840715 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_ext_proc_processing_mode",
    .size = sizeof(gwapi_ext_proc_processing_mode),
    .fields = gw_f_83e0b2840715, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_825ccedbeb71[] = {
    {"backendRef", &gw_s_7a23d51ede30, offsetof(gwapi_ext_proc, backend_ref), false},
    {"backendRefs", &gw_s_b80e8fb344f3, offsetof(gwapi_ext_proc, backend_refs), false},
    {"backendSettings", &gw_s_464e1ea99ebe, offsetof(gwapi_ext_proc, backend_settings), false},
    {"failOpen", &gw_s_70be6358efcf, offsetof(gwapi_ext_proc, fail_open), false},
    {"messageTimeout", &gw_s_c6ef937021d4, offsetof(gwapi_ext_proc, message_timeout), false},
    {"metadata", &gw_s_8071a4fe72f3, offsetof(gwapi_ext_proc, metadata), false},
    {"processingMode", &gw_s_83e0b2840715, offsetof(gwapi_ext_proc, processing_mode), false},
    {"shadowMode", &gw_s_59c2467c8512, offsetof(gwapi_ext_proc, shadow_mode), false},
    {"statusOnError", &gw_s_0140a95f4d8d, offsetof(gwapi_ext_proc, status_on_error), false},
};
GW_RULE_THUNK(rule_ext_proc_backend_refs_group)
GW_RULE_THUNK(rule_ext_proc_backend_refs_kind)
GW_RULE_THUNK(rule_ext_proc_full_duplex_fail_open)
GW_RULE_THUNK(rule_ext_proc_no_backend_ref)
GW_RULE_THUNK(rule_ext_proc_shadow_mode_streamed)
static const gw_rule gw_r_825ccedbeb71[] = {
    {gw_call_rule_ext_proc_no_backend_ref, "rule_ext_proc_no_backend_ref", /* 0c3c8382876a */
     "BackendRefs must be used, backendRef is not supported.",
     "!has(self.backendRef)"},
    {gw_call_rule_ext_proc_backend_refs_kind, "rule_ext_proc_backend_refs_kind", /* 6217c017200a */
     "BackendRefs only supports Service, ServiceImport, and Backend kind.",
     "has(self.backendRefs) ? self.backendRefs.all(f, f.kind == 'Service' || f.kind == 'ServiceImport' || f.kind == 'Backend') : true"},
    {gw_call_rule_ext_proc_backend_refs_group, "rule_ext_proc_backend_refs_group", /* 2484e63b347c */
     "BackendRefs only supports Core, multicluster.x-k8s.io, and gateway.envoyproxy.io groups.",
     "has(self.backendRefs) ? (self.backendRefs.all(f, f.group == \"\" || f.group == 'multicluster.x-k8s.io' || f.group == 'gateway.envoyproxy.io')) : true"},
    {gw_call_rule_ext_proc_full_duplex_fail_open, "rule_ext_proc_full_duplex_fail_open", /* 3e3c8fdb0704 */
     "If FullDuplexStreamed body processing mode is used, FailOpen must be false.",
     "!(has(self.failOpen) && self.failOpen == true && has(self.processingMode) && ((has(self.processingMode.request) && has(self.processingMode.request.body) && self.processingMode.request.body == 'FullDuplexStreamed') || (has(self.processingMode.response) && has(self.processingMode.response.body) && self.processingMode.response.body == 'FullDuplexStreamed')))"},
    {gw_call_rule_ext_proc_shadow_mode_streamed, "rule_ext_proc_shadow_mode_streamed", /* a41f0f1628c9 */
     "If shadowMode is enabled, body processing mode must be Streamed or unset.",
     "!(has(self.shadowMode) && self.shadowMode == true && has(self.processingMode) && ((has(self.processingMode.request) && has(self.processingMode.request.body) && self.processingMode.request.body != 'Streamed') || (has(self.processingMode.response) && has(self.processingMode.response.body) && self.processingMode.response.body != 'Streamed')))"},
};
static const gw_schema gw_s_825ccedbeb71 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_ext_proc",
    .size = sizeof(gwapi_ext_proc),
    .fields = gw_f_825ccedbeb71, .nfields = 9,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_825ccedbeb71, .nrules = 5,
};
static const gw_schema gw_s_528b97df1cb3 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_ext_proc_list",
    .items = &gw_s_825ccedbeb71,
    .elem_size = sizeof(gwapi_ext_proc),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_9d599119ce78[] = {
    {"group", &gw_s_2fe0b110f122, offsetof(gwapi_local_object_reference, group), true},
    {"kind", &gw_s_d7d1134b0282, offsetof(gwapi_local_object_reference, kind), true},
    {"name", &gw_s_00846fd11228, offsetof(gwapi_local_object_reference, name), true},
};
GW_RULE_THUNK(rule_lua_value_ref_config_map)
static const gw_rule gw_r_9d599119ce78[] = {
    {gw_call_rule_lua_value_ref_config_map, "rule_lua_value_ref_config_map", /* d5e9427fda40 */
     "Only a reference to an object of kind ConfigMap belonging to default v1 API group is supported.",
     "self.kind == 'ConfigMap' && (self.group == 'v1' || self.group == '')"},
};
static const gw_schema gw_s_9d599119ce78 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_local_object_reference",
    .size = sizeof(gwapi_local_object_reference),
    .fields = gw_f_9d599119ce78, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_9d599119ce78, .nrules = 1,
};
static const gw_field gw_f_0e0713b1c19e[] = {
    {"filterContext", &gw_s_b079714fc571, offsetof(gwapi_lua, filter_context), false},
    {"inline", &gw_s_30c81e12ed79, offsetof(gwapi_lua, inline_), false},
    {"type", &gw_s_aa8ddae8b63e, offsetof(gwapi_lua, type), true},
    {"valueRef", &gw_s_9d599119ce78, offsetof(gwapi_lua, value_ref), false},
};
GW_RULE_THUNK(rule_lua_inline_xor_value_ref)
static const gw_rule gw_r_0e0713b1c19e[] = {
    {gw_call_rule_lua_inline_xor_value_ref, "rule_lua_inline_xor_value_ref", /* b148800871e2 */
     "Exactly one of inline or valueRef must be set with correct type.",
     "(self.type == 'Inline' && has(self.inline) && !has(self.valueRef)) || (self.type == 'ValueRef' && !has(self.inline) && has(self.valueRef))"},
};
static const gw_schema gw_s_0e0713b1c19e = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_lua",
    .size = sizeof(gwapi_lua),
    .fields = gw_f_0e0713b1c19e, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_0e0713b1c19e, .nrules = 1,
};
static const gw_schema gw_s_88412a152701 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_lua_list",
    .items = &gw_s_0e0713b1c19e,
    .elem_size = sizeof(gwapi_lua),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
};
GW_RULE_THUNK(rule_eep_merge_type_not_replace)
static const gw_rule gw_r_f29a4f537e7d[] = {
    {gw_call_rule_eep_merge_type_not_replace, "rule_eep_merge_type_not_replace", /* dcbd7b834f7a */
     "Replace is not a valid MergeType for EnvoyExtensionPolicy",
     "self != 'Replace'"},
};
static const gw_schema gw_s_f29a4f537e7d = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_f29a4f537e7d, .nrules = 1,
};
static const gw_field gw_f_f49214393f62[] = {
    {"caCertificateRef", &gw_s_08c6b4624225, offsetof(gwapi_wasm_code_source_tls_config, ca_certificate_ref), true},
};
static const gw_schema gw_s_f49214393f62 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_wasm_code_source_tls_config",
    .size = sizeof(gwapi_wasm_code_source_tls_config),
    .fields = gw_f_f49214393f62, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_d71bdf972dde = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .pattern = "^((https?:)(\\/\\/\\/?)([\\w]*(?::[\\w]*)?@)?([\\d\\w\\.-]+)(?::(\\d+))?)?([\\/\\\\\\w\\.()-]*)?(?:([?][^#]*)?(#.*)?)*",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_aaf75e66007b[] = {
    {"sha256", &gw_s_30c81e12ed79, offsetof(gwapi_http_wasm_code_source, sha256), false},
    {"tls", &gw_s_f49214393f62, offsetof(gwapi_http_wasm_code_source, tls), false},
    {"url", &gw_s_d71bdf972dde, offsetof(gwapi_http_wasm_code_source, url), true},
};
static const gw_schema gw_s_aaf75e66007b = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_http_wasm_code_source",
    .size = sizeof(gwapi_http_wasm_code_source),
    .fields = gw_f_aaf75e66007b, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_28f2fd213dab[] = {
    {"group", &gw_s_2e39cd567c92, offsetof(gwapi_secret_object_reference, group), false},
    {"kind", &gw_s_86466f16b496, offsetof(gwapi_secret_object_reference, kind), false},
    {"name", &gw_s_00846fd11228, offsetof(gwapi_secret_object_reference, name), true},
    {"namespace", &gw_s_3194311b730e, offsetof(gwapi_secret_object_reference, ns), false},
};
GW_RULE_THUNK(rule_wasm_image_pull_secret_kind)
static const gw_rule gw_r_28f2fd213dab[] = {
    {gw_call_rule_wasm_image_pull_secret_kind, "rule_wasm_image_pull_secret_kind", /* 235289b9ab80 */
     "only support Secret kind.",
     "self.kind == 'Secret'"},
};
static const gw_schema gw_s_28f2fd213dab = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_secret_object_reference",
    .size = sizeof(gwapi_secret_object_reference),
    .fields = gw_f_28f2fd213dab, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_28f2fd213dab, .nrules = 1,
};
static const gw_field gw_f_6f5459567157[] = {
    {"pullSecretRef", &gw_s_28f2fd213dab, offsetof(gwapi_image_wasm_code_source, pull_secret_ref), false},
    {"sha256", &gw_s_30c81e12ed79, offsetof(gwapi_image_wasm_code_source, sha256), false},
    {"tls", &gw_s_f49214393f62, offsetof(gwapi_image_wasm_code_source, tls), false},
    {"url", &gw_s_30c81e12ed79, offsetof(gwapi_image_wasm_code_source, url), true},
};
static const gw_schema gw_s_6f5459567157 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_image_wasm_code_source",
    .size = sizeof(gwapi_image_wasm_code_source),
    .fields = gw_f_6f5459567157, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_5b95f6dd4c56[] = {"\"IfNotPresent\"", "\"Always\""};
static const gw_schema gw_s_d48e575d38ca = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_5b95f6dd4c56, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_42e42012862f[] = {"\"HTTP\"", "\"Image\""};
static const gw_schema gw_s_2873a05e9769 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_42e42012862f, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_dccfd7ecd89e[] = {"\"HTTP\"", "\"Image\"", "\"ConfigMap\""};
static const gw_schema gw_s_de551a5b7897 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_dccfd7ecd89e, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema *const gw_allof_08a4dd3f80f5[] = {&gw_s_2873a05e9769, &gw_s_de551a5b7897};
static const gw_schema gw_s_08a4dd3f80f5 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .all_of = gw_allof_08a4dd3f80f5, .nall_of = 2,
};
static const gw_field gw_f_548ff7e18b37[] = {
    {"http", &gw_s_aaf75e66007b, offsetof(gwapi_wasm_code_source, http), false},
    {"image", &gw_s_6f5459567157, offsetof(gwapi_wasm_code_source, image), false},
    {"pullPolicy", &gw_s_d48e575d38ca, offsetof(gwapi_wasm_code_source, pull_policy), false},
    {"type", &gw_s_08a4dd3f80f5, offsetof(gwapi_wasm_code_source, type), true},
};
GW_RULE_THUNK(rule_wasm_code_http)
GW_RULE_THUNK(rule_wasm_code_image)
static const gw_rule gw_r_548ff7e18b37[] = {
    {gw_call_rule_wasm_code_http, "rule_wasm_code_http", /* 9f732acf784e */
     "If type is HTTP, http field needs to be set.",
     "self.type == 'HTTP' ? has(self.http) : !has(self.http)"},
    {gw_call_rule_wasm_code_image, "rule_wasm_code_image", /* 0d02e6f90836 */
     "If type is Image, image field needs to be set.",
     "self.type == 'Image' ? has(self.image) : !has(self.image)"},
};
static const gw_schema gw_s_548ff7e18b37 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_wasm_code_source",
    .size = sizeof(gwapi_wasm_code_source),
    .fields = gw_f_548ff7e18b37, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_548ff7e18b37, .nrules = 2,
};
static const gw_field gw_f_b654f34dbd65[] = {
    {"hostKeys", &gw_s_4ae98e204614, offsetof(gwapi_wasm_env, host_keys), false},
};
static const gw_schema gw_s_b654f34dbd65 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_wasm_env",
    .size = sizeof(gwapi_wasm_env),
    .fields = gw_f_b654f34dbd65, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_0adaf2a5fd3f[] = {
    {"code", &gw_s_548ff7e18b37, offsetof(gwapi_wasm, code), true},
    {"config", &gw_s_b079714fc571, offsetof(gwapi_wasm, config), false},
    {"env", &gw_s_b654f34dbd65, offsetof(gwapi_wasm, env), false},
    {"failOpen", &gw_s_70be6358efcf, offsetof(gwapi_wasm, fail_open), false},
    {"name", &gw_s_30c81e12ed79, offsetof(gwapi_wasm, name), false},
    {"rootID", &gw_s_30c81e12ed79, offsetof(gwapi_wasm, root_id), false},
};
static const gw_schema gw_s_0adaf2a5fd3f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_wasm",
    .size = sizeof(gwapi_wasm),
    .fields = gw_f_0adaf2a5fd3f, .nfields = 6,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_8f69ebd4e11b = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_wasm_list",
    .items = &gw_s_0adaf2a5fd3f,
    .elem_size = sizeof(gwapi_wasm),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_1981fc4199ef[] = {
    {"dynamicModule", &gw_s_d3a8942b4bb0, offsetof(gwapi_envoy_extension_policy_spec, dynamic_module), false},
    {"extProc", &gw_s_528b97df1cb3, offsetof(gwapi_envoy_extension_policy_spec, ext_proc), false},
    {"lua", &gw_s_88412a152701, offsetof(gwapi_envoy_extension_policy_spec, lua), false},
    {"mergeType", &gw_s_f29a4f537e7d, offsetof(gwapi_envoy_extension_policy_spec, merge_type), false},
    {"targetRef", &gw_s_e4a17b0c3087, offsetof(gwapi_envoy_extension_policy_spec, target_ref), false},
    {"targetRefs", &gw_s_38dcd4abdbc3, offsetof(gwapi_envoy_extension_policy_spec, target_refs), false},
    {"targetSelectors", &gw_s_ca27f3c96d5f, offsetof(gwapi_envoy_extension_policy_spec, target_selectors), false},
    {"wasm", &gw_s_8f69ebd4e11b, offsetof(gwapi_envoy_extension_policy_spec, wasm), false},
};
GW_RULE_THUNK(rule_eep_merge_type_xroute_targets)
GW_RULE_THUNK(rule_eep_target_ref_group)
GW_RULE_THUNK(rule_eep_target_ref_kind)
GW_RULE_THUNK(rule_eep_target_ref_or_refs)
GW_RULE_THUNK(rule_eep_target_refs_group)
GW_RULE_THUNK(rule_eep_target_refs_kind)
static const gw_rule gw_r_1981fc4199ef[] = {
    {gw_call_rule_eep_target_ref_or_refs, "rule_eep_target_ref_or_refs", /* 600c3a006a0e */
     "either targetRef or targetRefs must be used",
     "(has(self.targetRef) && !has(self.targetRefs)) || (!has(self.targetRef) && has(self.targetRefs)) || (has(self.targetSelectors) && self.targetSelectors.size() > 0) "},
    {gw_call_rule_eep_target_ref_group, "rule_eep_target_ref_group", /* 84d25c17d351 */
     "this policy can only have a targetRef.group of gateway.networking.k8s.io",
     "has(self.targetRef) ? self.targetRef.group == 'gateway.networking.k8s.io' : true"},
    {gw_call_rule_eep_target_ref_kind, "rule_eep_target_ref_kind", /* e9fc27f9b898 */
     "this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute",
     "has(self.targetRef) ? self.targetRef.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'] : true"},
    {gw_call_rule_eep_target_refs_group, "rule_eep_target_refs_group", /* cbd8461e4751 */
     "this policy can only have a targetRefs[*].group of gateway.networking.k8s.io",
     "has(self.targetRefs) ? self.targetRefs.all(ref, ref.group == 'gateway.networking.k8s.io') : true "},
    {gw_call_rule_eep_target_refs_kind, "rule_eep_target_refs_kind", /* 5083e301fbcb */
     "this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute",
     "has(self.targetRefs) ? self.targetRefs.all(ref, ref.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute']) : true "},
    {gw_call_rule_eep_merge_type_xroute_targets, "rule_eep_merge_type_xroute_targets", /* d15f818e2260 */
     "mergeType can only be used with xRoute targets",
     "!has(self.mergeType) || ((!has(self.targetRef) || self.targetRef.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute']) && (!has(self.targetRefs) || self.targetRefs.all(ref, ref.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'])) && (!has(self.targetSelectors) || self.targetSelectors.all(sel, sel.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'])))"},
};
static const gw_schema gw_s_1981fc4199ef = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_envoy_extension_policy_spec",
    .size = sizeof(gwapi_envoy_extension_policy_spec),
    .fields = gw_f_1981fc4199ef, .nfields = 8,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_1981fc4199ef, .nrules = 6,
};
static const gw_field gw_f_434fc08ba387[] = {
    {"apiVersion", &gw_s_30c81e12ed79, offsetof(gwapi_envoy_extension_policy, api_version), false},
    {"kind", &gw_s_30c81e12ed79, offsetof(gwapi_envoy_extension_policy, kind), false},
    {"metadata", &gw_s_a521e398a0cc, offsetof(gwapi_envoy_extension_policy, metadata), false},
    {"spec", &gw_s_1981fc4199ef, offsetof(gwapi_envoy_extension_policy, spec), true},
};
GW_HIDDEN const gw_schema gw_s_434fc08ba387 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_envoy_extension_policy",
    .size = sizeof(gwapi_envoy_extension_policy),
    .fields = gw_f_434fc08ba387, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
