/* Schema tables of BackendTrafficPolicy (gateway.envoyproxy.io). Generated
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

extern const gw_schema gw_s_0177778d84c3;
extern const gw_schema gw_s_12c18920af20;
extern const gw_schema gw_s_14b3e1109b7a;
extern const gw_schema gw_s_20b2583804df;
extern const gw_schema gw_s_22eeacb43e16;
extern const gw_schema gw_s_25ef9a5e43eb;
extern const gw_schema gw_s_2c71ac4931fb;
extern const gw_schema gw_s_311449bf4360;
extern const gw_schema gw_s_38ca945cec83;
extern const gw_schema gw_s_3f6e8c4fe28e;
extern const gw_schema gw_s_42d3567fa6fe;
extern const gw_schema gw_s_4534955efd35;
extern const gw_schema gw_s_4a6978b472dc;
extern const gw_schema gw_s_59c2467c8512;
extern const gw_schema gw_s_5e9c3e834546;
extern const gw_schema gw_s_630bca9b3e92;
extern const gw_schema gw_s_643fdf1ac84c;
extern const gw_schema gw_s_64510b432863;
extern const gw_schema gw_s_6c1b4fa01437;
extern const gw_schema gw_s_70be6358efcf;
extern const gw_schema gw_s_760f9b75f209;
extern const gw_schema gw_s_79d243767fa4;
extern const gw_schema gw_s_7c8bc8866c2c;
extern const gw_schema gw_s_7f84caf69f44;
extern const gw_schema gw_s_867efef07f17;
extern const gw_schema gw_s_886d9b09eb78;
extern const gw_schema gw_s_8914052a77d3;
extern const gw_schema gw_s_8cbc3f7a7e31;
extern const gw_schema gw_s_93113375f023;
extern const gw_schema gw_s_9f87257a71fc;
extern const gw_schema gw_s_a0ce43e50f05;
extern const gw_schema gw_s_a521e398a0cc;
extern const gw_schema gw_s_a633357d285e;
extern const gw_schema gw_s_a6862f23cb15;
extern const gw_schema gw_s_ab50bba36c4f;
extern const gw_schema gw_s_ad54618e4cdd;
extern const gw_schema gw_s_b8919548dfbe;
extern const gw_schema gw_s_bb66d884847a;
extern const gw_schema gw_s_c1ddd32265f3;
extern const gw_schema gw_s_c444da2b1018;
extern const gw_schema gw_s_d2d37d91e5bc;
extern const gw_schema gw_s_e4da5b9ae223;
extern const gw_schema gw_s_ebd757612f36;
extern const gw_schema gw_s_f7f16bef7dbe;
extern const gw_schema gw_s_f8705e9dee40;
extern const gw_schema gw_s_2681dee7b1a7;

static const gw_schema gw_s_42bd26fe6d15 = {
    .type = GW_T_INTEGER,
    .format = GW_F_INT32,
    .c_type = "gwapi_opt_int",
    .minimum = {true, false, 1},
    .maximum = {true, false, 100},
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_a06229c86226[] = {"\"Ok\"", "\"Cancelled\"", "\"Unknown\"", "\"InvalidArgument\"", "\"DeadlineExceeded\"", "\"NotFound\"", "\"AlreadyExists\"", "\"PermissionDenied\"", "\"ResourceExhausted\"", "\"FailedPrecondition\"", "\"Aborted\"", "\"OutOfRange\"", "\"Unimplemented\"", "\"Internal\"", "\"Unavailable\"", "\"DataLoss\"", "\"Unauthenticated\""};
static const gw_schema gw_s_1463dccea7f2 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_a06229c86226, .nenum = 17,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_3489215f47a7 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_string_list",
    .items = &gw_s_1463dccea7f2,
    .elem_size = sizeof(const char *),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_55671c74a2b5[] = {
    {"statusCodes", &gw_s_3489215f47a7, offsetof(gwapi_backend_traffic_policy_admission_control_success_criteria_grpc, status_codes), false},
};
static const gw_schema gw_s_55671c74a2b5 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_admission_control_success_criteria_grpc",
    .size = sizeof(gwapi_backend_traffic_policy_admission_control_success_criteria_grpc),
    .fields = gw_f_55671c74a2b5, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_2308de3675b1[] = {
    {"statusCodes", &gw_s_3f6e8c4fe28e, offsetof(gwapi_backend_traffic_policy_admission_control_success_criteria_http, status_codes), false},
};
static const gw_schema gw_s_2308de3675b1 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_admission_control_success_criteria_http",
    .size = sizeof(gwapi_backend_traffic_policy_admission_control_success_criteria_http),
    .fields = gw_f_2308de3675b1, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_89ebae5f9f3c[] = {
    {"grpc", &gw_s_55671c74a2b5, offsetof(gwapi_backend_traffic_policy_admission_control_success_criteria, grpc), false},
    {"http", &gw_s_2308de3675b1, offsetof(gwapi_backend_traffic_policy_admission_control_success_criteria, http), false},
};
static const gw_schema gw_s_89ebae5f9f3c = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_admission_control_success_criteria",
    .size = sizeof(gwapi_backend_traffic_policy_admission_control_success_criteria),
    .fields = gw_f_89ebae5f9f3c, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_0f8b7fe51438[] = {
    {"maxRejectionPercent", &gw_s_93113375f023, offsetof(gwapi_backend_traffic_policy_admission_control, max_rejection_percent), false},
    {"minRequestRate", &gw_s_e4da5b9ae223, offsetof(gwapi_backend_traffic_policy_admission_control, min_request_rate), false},
    {"minSuccessRate", &gw_s_42bd26fe6d15, offsetof(gwapi_backend_traffic_policy_admission_control, min_success_rate), false},
    {"rejectionAggression", &gw_s_b8919548dfbe, offsetof(gwapi_backend_traffic_policy_admission_control, rejection_aggression), false},
    {"samplingWindow", &gw_s_6c1b4fa01437, offsetof(gwapi_backend_traffic_policy_admission_control, sampling_window), false},
    {"successCriteria", &gw_s_89ebae5f9f3c, offsetof(gwapi_backend_traffic_policy_admission_control, success_criteria), false},
};
static const gw_rule gw_r_0f8b7fe51438[] = {
    {rule_admission_control_min_success_rate, "rule_admission_control_min_success_rate", /* f971ccefa7f1 */
     "minSuccessRate must be between 1 and 100",
     "!has(self.minSuccessRate) || (self.minSuccessRate >= 1 && self.minSuccessRate <= 100)"},
    {rule_admission_control_max_rejection_percent, "rule_admission_control_max_rejection_percent", /* 14bbde6f0738 */
     "maxRejectionPercent must be between 0 and 100",
     "!has(self.maxRejectionPercent) || (self.maxRejectionPercent >= 0 && self.maxRejectionPercent <= 100)"},
    {rule_admission_control_sampling_window, "rule_admission_control_sampling_window", /* 0732117adab3 */
     "samplingWindow must be at least 1s",
     "!has(self.samplingWindow) || duration(self.samplingWindow) >= duration('1s')"},
};
static const gw_schema gw_s_0f8b7fe51438 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_admission_control",
    .size = sizeof(gwapi_backend_traffic_policy_admission_control),
    .fields = gw_f_0f8b7fe51438, .nfields = 6,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_0f8b7fe51438, .nrules = 3,
};
static const char *const gw_e_9e5fdf02ad07[] = {"\"Second\"", "\"Minute\"", "\"Hour\""};
static const gw_schema gw_s_452887d95c27 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_9e5fdf02ad07, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_eb70a58cf835[] = {
    {"unit", &gw_s_452887d95c27, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_request_limit, unit), true},
    {"value", &gw_s_7c8bc8866c2c, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_request_limit, value), true},
};
static const gw_schema gw_s_eb70a58cf835 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_request_limit",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_request_limit),
    .fields = gw_f_eb70a58cf835, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_8ff1ae37e6f4[] = {
    {"limit", &gw_s_eb70a58cf835, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_request, limit), true},
};
static const gw_schema gw_s_8ff1ae37e6f4 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_request",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_request),
    .fields = gw_f_8ff1ae37e6f4, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_a667563a8093[] = {
    {"unit", &gw_s_452887d95c27, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response_limit, unit), true},
    {"value", &gw_s_7c8bc8866c2c, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response_limit, value), true},
};
static const gw_schema gw_s_a667563a8093 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_response_limit",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_response_limit),
    .fields = gw_f_a667563a8093, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_b2cb485204ed = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .pattern = "^[^\\r\\n\\x00]*$",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_dc13ccedbf3a[] = {
    {"prefix", &gw_s_b2cb485204ed, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response_response_trailers, prefix), false},
};
static const gw_schema gw_s_dc13ccedbf3a = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_response_response_trailers",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_response_response_trailers),
    .fields = gw_f_dc13ccedbf3a, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_4eaa718c88f2[] = {
    {"limit", &gw_s_a667563a8093, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response, limit), true},
    {"responseTrailers", &gw_s_dc13ccedbf3a, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response, response_trailers), false},
};
static const gw_schema gw_s_4eaa718c88f2 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_response",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_response),
    .fields = gw_f_4eaa718c88f2, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_f0ddef85c489[] = {
    {"request", &gw_s_8ff1ae37e6f4, offsetof(gwapi_backend_traffic_policy_bandwidth_limit, request), false},
    {"response", &gw_s_4eaa718c88f2, offsetof(gwapi_backend_traffic_policy_bandwidth_limit, response), false},
};
static const gw_rule gw_r_f0ddef85c489[] = {
    {rule_bandwidth_limit_request_or_response, "rule_bandwidth_limit_request_or_response", /* 4f25551b73ff */
     "at least one of request or response must be specified",
     "has(self.request) || has(self.response)"},
};
static const gw_schema gw_s_f0ddef85c489 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit),
    .fields = gw_f_f0ddef85c489, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_f0ddef85c489, .nrules = 1,
};
static const char *const gw_e_05cecfdf9a6b[] = {"\"Gzip\"", "\"Brotli\"", "\"Zstd\""};
static const gw_schema gw_s_be9345e454d1 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_05cecfdf9a6b, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_ff6681f81500[] = {
    {"brotli", &gw_s_f8705e9dee40, offsetof(gwapi_compression, brotli), false},
    {"gzip", &gw_s_f8705e9dee40, offsetof(gwapi_compression, gzip), false},
    {"minContentLength", &gw_s_7c8bc8866c2c, offsetof(gwapi_compression, min_content_length), false},
    {"type", &gw_s_be9345e454d1, offsetof(gwapi_compression, type), true},
    {"zstd", &gw_s_f8705e9dee40, offsetof(gwapi_compression, zstd), false},
};
static const gw_schema gw_s_ff6681f81500 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_compression",
    .size = sizeof(gwapi_compression),
    .fields = gw_f_ff6681f81500, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_88fe399e9fb8 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_compression_list",
    .items = &gw_s_ff6681f81500,
    .elem_size = sizeof(gwapi_compression),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_63495a88291b = {
    .type = GW_T_INTEGER,
    .format = GW_F_INT32,
    .c_type = "gwapi_opt_int",
    .minimum = {true, false, 0},
    .maximum = {true, false, 16},
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_aeeeaab26085 = {
    .type = GW_T_INTEGER,
    .format = GW_F_INT32,
    .c_type = "gwapi_opt_int",
    .minimum = {true, false, 200},
    .maximum = {true, false, 600},
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_b0a8c77c1c09 = {
    .type = GW_T_NUMBER,
    .c_type = "gwapi_opt_num",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "100",
};
static const gw_field gw_f_edfc999dc57c[] = {
    {"grpcStatus", &gw_s_63495a88291b, offsetof(gwapi_fault_injection_abort, grpc_status), false},
    {"httpStatus", &gw_s_aeeeaab26085, offsetof(gwapi_fault_injection_abort, http_status), false},
    {"percentage", &gw_s_b0a8c77c1c09, offsetof(gwapi_fault_injection_abort, percentage), false},
};
static const gw_rule gw_r_edfc999dc57c[] = {
    {rule_fault_abort_not_both_statuses, "rule_fault_abort_not_both_statuses", /* 3f6f073fd7f1 */
     "httpStatus and grpcStatus cannot be simultaneously defined.",
     " !(has(self.httpStatus) && has(self.grpcStatus)) "},
    {rule_fault_abort_one_status, "rule_fault_abort_one_status", /* ef4555fc600f */
     "httpStatus and grpcStatus are set at least one.",
     " has(self.httpStatus) || has(self.grpcStatus) "},
};
static const gw_schema gw_s_edfc999dc57c = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_fault_injection_abort",
    .size = sizeof(gwapi_fault_injection_abort),
    .fields = gw_f_edfc999dc57c, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_edfc999dc57c, .nrules = 2,
};
static const gw_field gw_f_485d2f7142c1[] = {
    {"fixedDelay", &gw_s_6c1b4fa01437, offsetof(gwapi_fault_injection_delay, fixed_delay), true},
    {"percentage", &gw_s_b0a8c77c1c09, offsetof(gwapi_fault_injection_delay, percentage), false},
};
static const gw_schema gw_s_485d2f7142c1 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_fault_injection_delay",
    .size = sizeof(gwapi_fault_injection_delay),
    .fields = gw_f_485d2f7142c1, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_19c32314ef41[] = {
    {"abort", &gw_s_edfc999dc57c, offsetof(gwapi_fault_injection, abort), false},
    {"delay", &gw_s_485d2f7142c1, offsetof(gwapi_fault_injection, delay), false},
};
static const gw_rule gw_r_19c32314ef41[] = {
    {rule_fault_injection_delay_or_abort, "rule_fault_injection_delay_or_abort", /* 1c18cb812909 */
     "Delay and abort faults are set at least one.",
     " has(self.delay) || has(self.abort) "},
};
static const gw_schema gw_s_19c32314ef41 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_fault_injection",
    .size = sizeof(gwapi_fault_injection),
    .fields = gw_f_19c32314ef41, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_19c32314ef41, .nrules = 1,
};
static const gw_field gw_f_1886e7d6a020[] = {
    {"terminate", &gw_s_59c2467c8512, offsetof(gwapi_protocol_upgrade_config_connect, terminate), false},
};
static const gw_schema gw_s_1886e7d6a020 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_protocol_upgrade_config_connect",
    .size = sizeof(gwapi_protocol_upgrade_config_connect),
    .fields = gw_f_1886e7d6a020, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_e5bfc760f56f[] = {
    {"connect", &gw_s_1886e7d6a020, offsetof(gwapi_protocol_upgrade_config, connect), false},
    {"type", &gw_s_4534955efd35, offsetof(gwapi_protocol_upgrade_config, type), true},
};
static const gw_rule gw_r_e5bfc760f56f[] = {
    {rule_http_upgrade_connect_type, "rule_http_upgrade_connect_type", /* 3ac4b8d45651 */
     "The connect configuration is only allowed when the type is CONNECT.",
     "!has(self.connect) || self.type == 'CONNECT'"},
};
static const gw_schema gw_s_e5bfc760f56f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_protocol_upgrade_config",
    .size = sizeof(gwapi_protocol_upgrade_config),
    .fields = gw_f_e5bfc760f56f, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_e5bfc760f56f, .nrules = 1,
};
static const gw_schema gw_s_6696457be4c0 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_protocol_upgrade_config_list",
    .items = &gw_s_e5bfc760f56f,
    .elem_size = sizeof(gwapi_protocol_upgrade_config),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_rule gw_r_5637af0a09c5[] = {
    {rule_btp_merge_type_not_replace, "rule_btp_merge_type_not_replace", /* 3f2d64caf485 */
     "Replace is not a valid MergeType for BackendTrafficPolicySpec",
     "self != 'Replace'"},
};
static const gw_schema gw_s_5637af0a09c5 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_5637af0a09c5, .nrules = 1,
};
static const char *const gw_e_4764b844fd53[] = {"\"Exact\"", "\"RegularExpression\"", "\"Distinct\""};
static const gw_schema gw_s_63d31b0daf86 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_4764b844fd53, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "\"Exact\"",
};
static const gw_field gw_f_886d2cd27f5f[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_header_match, invert), false},
    {"name", &gw_s_ad54618e4cdd, offsetof(gwapi_header_match, name), true},
    {"type", &gw_s_63d31b0daf86, offsetof(gwapi_header_match, type), false},
    {"value", &gw_s_c1ddd32265f3, offsetof(gwapi_header_match, value), false},
};
static const gw_schema gw_s_886d2cd27f5f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_header_match",
    .size = sizeof(gwapi_header_match),
    .fields = gw_f_886d2cd27f5f, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_b36f665d9ae9 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_header_match_list",
    .items = &gw_s_886d2cd27f5f,
    .elem_size = sizeof(gwapi_header_match),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 128,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_24896cef8a50[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_method_match, invert), false},
    {"value", &gw_s_12c18920af20, offsetof(gwapi_method_match, value), true},
};
static const gw_schema gw_s_24896cef8a50 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_method_match",
    .size = sizeof(gwapi_method_match),
    .fields = gw_f_24896cef8a50, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_1d98813c5806 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_method_match_list",
    .items = &gw_s_24896cef8a50,
    .elem_size = sizeof(gwapi_method_match),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_11b0d3a1f009[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_rate_limit_select_condition_path, invert), false},
    {"type", &gw_s_f7f16bef7dbe, offsetof(gwapi_rate_limit_select_condition_path, type), false},
    {"value", &gw_s_0177778d84c3, offsetof(gwapi_rate_limit_select_condition_path, value), true},
};
static const gw_schema gw_s_11b0d3a1f009 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_select_condition_path",
    .size = sizeof(gwapi_rate_limit_select_condition_path),
    .fields = gw_f_11b0d3a1f009, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_a9a80d6df449[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_query_param_match, invert), false},
    {"name", &gw_s_ad54618e4cdd, offsetof(gwapi_query_param_match, name), true},
    {"type", &gw_s_63d31b0daf86, offsetof(gwapi_query_param_match, type), false},
    {"value", &gw_s_c1ddd32265f3, offsetof(gwapi_query_param_match, value), false},
};
static const gw_schema gw_s_a9a80d6df449 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_query_param_match",
    .size = sizeof(gwapi_query_param_match),
    .fields = gw_f_a9a80d6df449, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_1b153132a024 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_query_param_match_list",
    .items = &gw_s_a9a80d6df449,
    .elem_size = sizeof(gwapi_query_param_match),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_c41fa2d0057a[] = {"\"Exact\"", "\"Distinct\""};
static const gw_schema gw_s_26a7c41df747 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_c41fa2d0057a, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "\"Exact\"",
};
static const gw_field gw_f_0661969ae516[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_rate_limit_select_condition_source_cidr, invert), false},
    {"type", &gw_s_26a7c41df747, offsetof(gwapi_rate_limit_select_condition_source_cidr, type), false},
    {"value", &gw_s_ad54618e4cdd, offsetof(gwapi_rate_limit_select_condition_source_cidr, value), true},
};
static const gw_schema gw_s_0661969ae516 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_select_condition_source_cidr",
    .size = sizeof(gwapi_rate_limit_select_condition_source_cidr),
    .fields = gw_f_0661969ae516, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_a0ea2ac7529c[] = {
    {"headers", &gw_s_b36f665d9ae9, offsetof(gwapi_rate_limit_select_condition, headers), false},
    {"methods", &gw_s_1d98813c5806, offsetof(gwapi_rate_limit_select_condition, methods), false},
    {"path", &gw_s_11b0d3a1f009, offsetof(gwapi_rate_limit_select_condition, path), false},
    {"queryParams", &gw_s_1b153132a024, offsetof(gwapi_rate_limit_select_condition, query_params), false},
    {"sourceCIDR", &gw_s_0661969ae516, offsetof(gwapi_rate_limit_select_condition, source_cidr), false},
};
static const gw_rule gw_r_a0ea2ac7529c[] = {
    {rule_rate_limit_select_condition_nonempty, "rule_rate_limit_select_condition_nonempty", /* a59b9549b930 */
     "at least one of headers, methods, path, sourceCIDR or queryParams must be specified",
     "has(self.headers) || has(self.methods) || has(self.path) || has(self.sourceCIDR) || has(self.queryParams)"},
};
static const gw_schema gw_s_a0ea2ac7529c = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_select_condition",
    .size = sizeof(gwapi_rate_limit_select_condition),
    .fields = gw_f_a0ea2ac7529c, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_a0ea2ac7529c, .nrules = 1,
};
static const gw_schema gw_s_d0f0cc1dceb8 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_rate_limit_select_condition_list",
    .items = &gw_s_a0ea2ac7529c,
    .elem_size = sizeof(gwapi_rate_limit_select_condition),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 8,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_1660e6eba524[] = {"\"Number\"", "\"Metadata\""};
static const gw_schema gw_s_2ee7219fdc11 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_1660e6eba524, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_d4883eb19433[] = {
    {"key", &gw_s_4534955efd35, offsetof(gwapi_rate_limit_cost_specifier_metadata, key), true},
    {"namespace", &gw_s_4534955efd35, offsetof(gwapi_rate_limit_cost_specifier_metadata, ns), true},
};
static const gw_schema gw_s_d4883eb19433 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_cost_specifier_metadata",
    .size = sizeof(gwapi_rate_limit_cost_specifier_metadata),
    .fields = gw_f_d4883eb19433, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_ba0e21e4ba75[] = {
    {"from", &gw_s_2ee7219fdc11, offsetof(gwapi_rate_limit_cost_specifier, from), true},
    {"metadata", &gw_s_d4883eb19433, offsetof(gwapi_rate_limit_cost_specifier, metadata), false},
    {"number", &gw_s_22eeacb43e16, offsetof(gwapi_rate_limit_cost_specifier, number), false},
};
static const gw_rule gw_r_ba0e21e4ba75[] = {
    {rule_rate_limit_cost_number_or_metadata, "rule_rate_limit_cost_number_or_metadata", /* 3094248ceb3c */
     "only one of number or metadata can be specified",
     "!(has(self.number) && has(self.metadata))"},
};
static const gw_schema gw_s_ba0e21e4ba75 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_cost_specifier",
    .size = sizeof(gwapi_rate_limit_cost_specifier),
    .fields = gw_f_ba0e21e4ba75, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_ba0e21e4ba75, .nrules = 1,
};
static const gw_field gw_f_68fbf0289069[] = {
    {"request", &gw_s_ba0e21e4ba75, offsetof(gwapi_rate_limit_rule_cost, request), false},
    {"response", &gw_s_ba0e21e4ba75, offsetof(gwapi_rate_limit_rule_cost, response), false},
};
static const gw_schema gw_s_68fbf0289069 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_rule_cost",
    .size = sizeof(gwapi_rate_limit_rule_cost),
    .fields = gw_f_68fbf0289069, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_58367e43915c[] = {
    {"key", &gw_s_14b3e1109b7a, offsetof(gwapi_rate_limit_value_from_metadata, key), true},
    {"namespace", &gw_s_14b3e1109b7a, offsetof(gwapi_rate_limit_value_from_metadata, ns), true},
};
static const gw_schema gw_s_58367e43915c = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_value_from_metadata",
    .size = sizeof(gwapi_rate_limit_value_from_metadata),
    .fields = gw_f_58367e43915c, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_0e5d9513a94c[] = {"\"Second\"", "\"Minute\"", "\"Hour\"", "\"Day\"", "\"Week\"", "\"Month\"", "\"Year\""};
static const gw_schema gw_s_9e97d2407598 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_0e5d9513a94c, .nenum = 7,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_39a5a3011708[] = {
    {"fromMetadata", &gw_s_58367e43915c, offsetof(gwapi_rate_limit_value, from_metadata), false},
    {"requests", &gw_s_ebd757612f36, offsetof(gwapi_rate_limit_value, requests), true},
    {"unit", &gw_s_9e97d2407598, offsetof(gwapi_rate_limit_value, unit), true},
};
static const gw_schema gw_s_39a5a3011708 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_value",
    .size = sizeof(gwapi_rate_limit_value),
    .fields = gw_f_39a5a3011708, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_733fadecc88e[] = {"\"Off\"", "\"DraftVersion03\""};
static const gw_schema gw_s_9f9d0c61d440 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_733fadecc88e, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_f8765c1fcee5[] = {
    {"clientSelectors", &gw_s_d0f0cc1dceb8, offsetof(gwapi_rate_limit_rule, client_selectors), false},
    {"cost", &gw_s_68fbf0289069, offsetof(gwapi_rate_limit_rule, cost), false},
    {"limit", &gw_s_39a5a3011708, offsetof(gwapi_rate_limit_rule, limit), true},
    {"shadowMode", &gw_s_59c2467c8512, offsetof(gwapi_rate_limit_rule, shadow_mode), false},
    {"shared", &gw_s_59c2467c8512, offsetof(gwapi_rate_limit_rule, shared), false},
    {"xRateLimitHeaders", &gw_s_9f9d0c61d440, offsetof(gwapi_rate_limit_rule, x_rate_limit_headers), false},
};
static const gw_schema gw_s_f8765c1fcee5 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_rule",
    .size = sizeof(gwapi_rate_limit_rule),
    .fields = gw_f_f8765c1fcee5, .nfields = 6,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_1961bc0abf77 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_rate_limit_rule_list",
    .items = &gw_s_f8765c1fcee5,
    .elem_size = sizeof(gwapi_rate_limit_rule),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 256,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_5af1a07ca738[] = {
    {"rules", &gw_s_1961bc0abf77, offsetof(gwapi_global_rate_limit, rules), true},
};
static const gw_schema gw_s_5af1a07ca738 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_global_rate_limit",
    .size = sizeof(gwapi_global_rate_limit),
    .fields = gw_f_5af1a07ca738, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_rule gw_r_770f7e6e84fa[] = {
    {rule_local_rate_limit_no_response_cost, "rule_local_rate_limit_no_response_cost", /* a5050d0de99a */
     "response cost is not supported for Local Rate Limits",
     "self.all(r, !has(r.cost) || !has(r.cost.response))"},
    {rule_local_rate_limit_no_from_metadata, "rule_local_rate_limit_no_from_metadata", /* 7b5e0e7a1299 */
     "limit fromMetadata is not supported for Local Rate Limits",
     "self.all(r, !has(r.limit.fromMetadata))"},
};
static const gw_schema gw_s_770f7e6e84fa = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_rate_limit_rule_list",
    .items = &gw_s_f8765c1fcee5,
    .elem_size = sizeof(gwapi_rate_limit_rule),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_770f7e6e84fa, .nrules = 2,
};
static const gw_field gw_f_4a68e835db9a[] = {
    {"rules", &gw_s_770f7e6e84fa, offsetof(gwapi_local_rate_limit, rules), false},
};
static const gw_schema gw_s_4a68e835db9a = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_local_rate_limit",
    .size = sizeof(gwapi_local_rate_limit),
    .fields = gw_f_4a68e835db9a, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_997c57764d23[] = {"\"Global\"", "\"Local\""};
static const gw_schema gw_s_6890eb865f0d = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_997c57764d23, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_8900fa94c280[] = {
    {"global", &gw_s_5af1a07ca738, offsetof(gwapi_rate_limit_spec, global), false},
    {"local", &gw_s_4a68e835db9a, offsetof(gwapi_rate_limit_spec, local), false},
    {"type", &gw_s_6890eb865f0d, offsetof(gwapi_rate_limit_spec, type), false},
};
static const gw_schema gw_s_8900fa94c280 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_spec",
    .size = sizeof(gwapi_rate_limit_spec),
    .fields = gw_f_8900fa94c280, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_2f70a0de3f11[] = {
    {"limit", &gw_s_7c8bc8866c2c, offsetof(gwapi_backend_traffic_policy_request_buffer, limit), false},
};
static const gw_schema gw_s_2f70a0de3f11 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_request_buffer",
    .size = sizeof(gwapi_backend_traffic_policy_request_buffer),
    .fields = gw_f_2f70a0de3f11, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_c91a3bd62579[] = {
    {"type", &gw_s_886d9b09eb78, offsetof(gwapi_response_override_header_match_value, type), false},
    {"value", &gw_s_760f9b75f209, offsetof(gwapi_response_override_header_match_value, value), true},
};
static const gw_schema gw_s_c91a3bd62579 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_header_match_value",
    .size = sizeof(gwapi_response_override_header_match_value),
    .fields = gw_f_c91a3bd62579, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_b077576ba21e[] = {
    {"name", &gw_s_a633357d285e, offsetof(gwapi_response_override_header_match, name), true},
    {"value", &gw_s_c91a3bd62579, offsetof(gwapi_response_override_header_match, value), true},
};
static const gw_schema gw_s_b077576ba21e = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_header_match",
    .size = sizeof(gwapi_response_override_header_match),
    .fields = gw_f_b077576ba21e, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_9d9c70e8b29c = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_response_override_header_match_list",
    .items = &gw_s_b077576ba21e,
    .elem_size = sizeof(gwapi_response_override_header_match),
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_fb53046ec8bb[] = {
    {"end", &gw_s_c444da2b1018, offsetof(gwapi_status_code_match_range, end), true},
    {"start", &gw_s_c444da2b1018, offsetof(gwapi_status_code_match_range, start), true},
};
static const gw_rule gw_r_fb53046ec8bb[] = {
    {rule_status_code_range_end_after_start, "rule_status_code_range_end_after_start", /* fab9b36a15b7 */
     "end must be greater than start",
     "self.end > self.start"},
};
static const gw_schema gw_s_fb53046ec8bb = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_status_code_match_range",
    .size = sizeof(gwapi_status_code_match_range),
    .fields = gw_f_fb53046ec8bb, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_fb53046ec8bb, .nrules = 1,
};
static const char *const gw_e_19f3d7c9458c[] = {"\"Value\"", "\"Range\""};
static const gw_schema gw_s_bd80194a3592 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_19f3d7c9458c, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema *const gw_allof_6dc11212a1c5[] = {&gw_s_bd80194a3592, &gw_s_bd80194a3592};
static const gw_schema gw_s_6dc11212a1c5 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "\"Value\"",
    .all_of = gw_allof_6dc11212a1c5, .nall_of = 2,
};
static const gw_field gw_f_af21956e12c1[] = {
    {"range", &gw_s_fb53046ec8bb, offsetof(gwapi_status_code_match, range), false},
    {"type", &gw_s_6dc11212a1c5, offsetof(gwapi_status_code_match, type), true},
    {"value", &gw_s_c444da2b1018, offsetof(gwapi_status_code_match, value), false},
};
static const gw_rule gw_r_af21956e12c1[] = {
    {rule_status_code_match_value, "rule_status_code_match_value", /* cb0e2d1453ab */
     "value must be set for type Value",
     "(!has(self.type) || self.type == 'Value')? has(self.value) : true"},
    {rule_status_code_match_range, "rule_status_code_match_range", /* 590d26d311b6 */
     "range must be set for type Range",
     "(has(self.type) && self.type == 'Range')? has(self.range) : true"},
};
static const gw_schema gw_s_af21956e12c1 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_status_code_match",
    .size = sizeof(gwapi_status_code_match),
    .fields = gw_f_af21956e12c1, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_af21956e12c1, .nrules = 2,
};
static const gw_schema gw_s_ac927ff50964 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_status_code_match_list",
    .items = &gw_s_af21956e12c1,
    .elem_size = sizeof(gwapi_status_code_match),
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 50,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_cd6ebfd3df0a[] = {
    {"responseHeaders", &gw_s_9d9c70e8b29c, offsetof(gwapi_response_override_match, response_headers), false},
    {"statusCodes", &gw_s_ac927ff50964, offsetof(gwapi_response_override_match, status_codes), false},
};
static const gw_rule gw_r_cd6ebfd3df0a[] = {
    {rule_response_override_match_nonempty, "rule_response_override_match_nonempty", /* fa1901415fc7 */
     "at least one of statusCodes or responseHeaders must be specified",
     "has(self.statusCodes) || has(self.responseHeaders)"},
};
static const gw_schema gw_s_cd6ebfd3df0a = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_match",
    .size = sizeof(gwapi_response_override_match),
    .fields = gw_f_cd6ebfd3df0a, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_cd6ebfd3df0a, .nrules = 1,
};
static const gw_field gw_f_ba68153e52d8[] = {
    {"replaceFullPath", &gw_s_c1ddd32265f3, offsetof(gwapi_http_path_modifier, replace_full_path), false},
    {"replacePrefixMatch", &gw_s_c1ddd32265f3, offsetof(gwapi_http_path_modifier, replace_prefix_match), false},
    {"type", &gw_s_a6862f23cb15, offsetof(gwapi_http_path_modifier, type), true},
};
static const gw_rule gw_r_ba68153e52d8[] = {
    {rule_response_override_redirect_full_path, "rule_response_override_redirect_full_path", /* 03ee2615cfbb */
     "only ReplaceFullPath is supported for path.type",
     "self.type == 'ReplaceFullPath'"},
    {rule_path_modifier_full_path_required, "rule_path_modifier_full_path_required", /* 0137fdd10d6a */
     "replaceFullPath must be specified when type is set to 'ReplaceFullPath'",
     "self.type == 'ReplaceFullPath' ? has(self.replaceFullPath) : true"},
    {rule_path_modifier_full_path_type, "rule_path_modifier_full_path_type", /* 90becb62e6f5 */
     "type must be 'ReplaceFullPath' when replaceFullPath is set",
     "has(self.replaceFullPath) ? self.type == 'ReplaceFullPath' : true"},
    {rule_path_modifier_prefix_match_required, "rule_path_modifier_prefix_match_required", /* 6c4eb4245f13 */
     "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'",
     "self.type == 'ReplacePrefixMatch' ? has(self.replacePrefixMatch) : true"},
    {rule_path_modifier_prefix_match_type, "rule_path_modifier_prefix_match_type", /* 49cecffc3642 */
     "type must be 'ReplacePrefixMatch' when replacePrefixMatch is set",
     "has(self.replacePrefixMatch) ? self.type == 'ReplacePrefixMatch' : true"},
};
static const gw_schema gw_s_ba68153e52d8 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_http_path_modifier",
    .size = sizeof(gwapi_http_path_modifier),
    .fields = gw_f_ba68153e52d8, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_ba68153e52d8, .nrules = 5,
};
static const char *const gw_e_63339ccc1064[] = {"301", "302"};
static const gw_schema gw_s_3ecd9dc02c38 = {
    .type = GW_T_INTEGER,
    .c_type = "gwapi_opt_int",
    .enum_values = gw_e_63339ccc1064, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "302",
};
static const gw_field gw_f_5cb974164140[] = {
    {"hostname", &gw_s_5e9c3e834546, offsetof(gwapi_response_override_redirect, hostname), false},
    {"path", &gw_s_ba68153e52d8, offsetof(gwapi_response_override_redirect, path), false},
    {"port", &gw_s_311449bf4360, offsetof(gwapi_response_override_redirect, port), false},
    {"scheme", &gw_s_643fdf1ac84c, offsetof(gwapi_response_override_redirect, scheme), false},
    {"statusCode", &gw_s_3ecd9dc02c38, offsetof(gwapi_response_override_redirect, status_code), false},
};
static const gw_schema gw_s_5cb974164140 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_redirect",
    .size = sizeof(gwapi_response_override_redirect),
    .fields = gw_f_5cb974164140, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_6e130aadc744[] = {
    {"add", &gw_s_25ef9a5e43eb, offsetof(gwapi_response_override_response_header, add), false},
    {"remove", &gw_s_630bca9b3e92, offsetof(gwapi_response_override_response_header, remove), false},
    {"set", &gw_s_25ef9a5e43eb, offsetof(gwapi_response_override_response_header, set), false},
};
static const gw_rule gw_r_6e130aadc744[] = {
    {rule_response_override_header_no_remove, "rule_response_override_header_no_remove", /* 2b9786e0cbc2 */
     "Remove is not supported for header in CustomResponse",
     "!has(self.remove) || size(self.remove) == 0"},
};
static const gw_schema gw_s_6e130aadc744 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_response_header",
    .size = sizeof(gwapi_response_override_response_header),
    .fields = gw_f_6e130aadc744, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_6e130aadc744, .nrules = 1,
};
static const gw_field gw_f_838a5badcdbc[] = {
    {"body", &gw_s_bb66d884847a, offsetof(gwapi_response_override_response, body), false},
    {"contentType", &gw_s_4534955efd35, offsetof(gwapi_response_override_response, content_type), false},
    {"header", &gw_s_6e130aadc744, offsetof(gwapi_response_override_response, header), false},
    {"statusCode", &gw_s_c444da2b1018, offsetof(gwapi_response_override_response, status_code), false},
};
static const gw_schema gw_s_838a5badcdbc = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_response",
    .size = sizeof(gwapi_response_override_response),
    .fields = gw_f_838a5badcdbc, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_81883e295e7f[] = {"\"All\"", "\"Local\"", "\"Backend\""};
static const gw_schema gw_s_0f821a5b9627 = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_81883e295e7f, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_b4506c797c93[] = {
    {"match", &gw_s_cd6ebfd3df0a, offsetof(gwapi_response_override, match), true},
    {"redirect", &gw_s_5cb974164140, offsetof(gwapi_response_override, redirect), false},
    {"response", &gw_s_838a5badcdbc, offsetof(gwapi_response_override, response), false},
    {"source", &gw_s_0f821a5b9627, offsetof(gwapi_response_override, source), false},
};
static const gw_rule gw_r_b4506c797c93[] = {
    {rule_response_override_response_xor_redirect, "rule_response_override_response_xor_redirect", /* 018299618caf */
     "exactly one of response or redirect must be specified",
     "(has(self.response) && !has(self.redirect)) || (!has(self.response) && has(self.redirect))"},
};
static const gw_schema gw_s_b4506c797c93 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override",
    .size = sizeof(gwapi_response_override),
    .fields = gw_f_b4506c797c93, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_b4506c797c93, .nrules = 1,
};
static const gw_schema gw_s_2128f713f6e7 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_response_override_list",
    .items = &gw_s_b4506c797c93,
    .elem_size = sizeof(gwapi_response_override),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_a70dea8f86b5[] = {
    {"routeStatName", &gw_s_4534955efd35, offsetof(gwapi_backend_telemetry_metrics, route_stat_name), false},
};
static const gw_schema gw_s_a70dea8f86b5 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_telemetry_metrics",
    .size = sizeof(gwapi_backend_telemetry_metrics),
    .fields = gw_f_a70dea8f86b5, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_f64b71db3959[] = {
    {"defaultValue", &gw_s_4534955efd35, offsetof(gwapi_backend_tracing_custom_tag_environment, default_value), false},
    {"name", &gw_s_4534955efd35, offsetof(gwapi_backend_tracing_custom_tag_environment, name), true},
};
static const gw_schema gw_s_f64b71db3959 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_custom_tag_environment",
    .size = sizeof(gwapi_backend_tracing_custom_tag_environment),
    .fields = gw_f_f64b71db3959, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_dbe128543d6e[] = {
    {"value", &gw_s_4534955efd35, offsetof(gwapi_backend_tracing_custom_tag_literal, value), true},
};
static const gw_schema gw_s_dbe128543d6e = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_custom_tag_literal",
    .size = sizeof(gwapi_backend_tracing_custom_tag_literal),
    .fields = gw_f_dbe128543d6e, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_50e04bda07e3[] = {
    {"defaultValue", &gw_s_4534955efd35, offsetof(gwapi_backend_tracing_custom_tag_request_header, default_value), false},
    {"name", &gw_s_4534955efd35, offsetof(gwapi_backend_tracing_custom_tag_request_header, name), true},
};
static const gw_schema gw_s_50e04bda07e3 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_custom_tag_request_header",
    .size = sizeof(gwapi_backend_tracing_custom_tag_request_header),
    .fields = gw_f_50e04bda07e3, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_4d81d142970a[] = {"\"Literal\"", "\"Environment\"", "\"RequestHeader\""};
static const gw_schema gw_s_c09f6c3bf2cb = {
    .type = GW_T_STRING,
    .c_type = "const char *",
    .enum_values = gw_e_4d81d142970a, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "\"Literal\"",
};
static const gw_field gw_f_374d604e0b48[] = {
    {"environment", &gw_s_f64b71db3959, offsetof(gwapi_backend_tracing_custom_tag, environment), false},
    {"literal", &gw_s_dbe128543d6e, offsetof(gwapi_backend_tracing_custom_tag, literal), false},
    {"requestHeader", &gw_s_50e04bda07e3, offsetof(gwapi_backend_tracing_custom_tag, request_header), false},
    {"type", &gw_s_c09f6c3bf2cb, offsetof(gwapi_backend_tracing_custom_tag, type), true},
};
static const gw_schema gw_s_374d604e0b48 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_custom_tag",
    .size = sizeof(gwapi_backend_tracing_custom_tag),
    .fields = gw_f_374d604e0b48, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_873026f23847 = {
    .type = GW_T_MAP,
    .c_type = "gwapi_backend_tracing_custom_tag_map",
    .items = &gw_s_374d604e0b48,
    .elem_size = sizeof(gwapi_backend_tracing_custom_tag_map_entry),
    .value_offset = offsetof(gwapi_backend_tracing_custom_tag_map_entry, value),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_eb951106b6fd[] = {
    {"client", &gw_s_4534955efd35, offsetof(gwapi_backend_tracing_span_name, client), true},
    {"server", &gw_s_4534955efd35, offsetof(gwapi_backend_tracing_span_name, server), true},
};
static const gw_schema gw_s_eb951106b6fd = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_span_name",
    .size = sizeof(gwapi_backend_tracing_span_name),
    .fields = gw_f_eb951106b6fd, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_8279f2e413c2[] = {
    {"clientSamplingFraction", &gw_s_7f84caf69f44, offsetof(gwapi_backend_tracing, client_sampling_fraction), false},
    {"customTags", &gw_s_873026f23847, offsetof(gwapi_backend_tracing, custom_tags), false},
    {"overallSamplingFraction", &gw_s_7f84caf69f44, offsetof(gwapi_backend_tracing, overall_sampling_fraction), false},
    {"samplingFraction", &gw_s_7f84caf69f44, offsetof(gwapi_backend_tracing, sampling_fraction), false},
    {"spanName", &gw_s_eb951106b6fd, offsetof(gwapi_backend_tracing, span_name), false},
    {"tags", &gw_s_d2d37d91e5bc, offsetof(gwapi_backend_tracing, tags), false},
};
static const gw_schema gw_s_8279f2e413c2 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing",
    .size = sizeof(gwapi_backend_tracing),
    .fields = gw_f_8279f2e413c2, .nfields = 6,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_a034ae6b7b2b[] = {
    {"metrics", &gw_s_a70dea8f86b5, offsetof(gwapi_backend_telemetry, metrics), false},
    {"tracing", &gw_s_8279f2e413c2, offsetof(gwapi_backend_telemetry, tracing), false},
};
static const gw_schema gw_s_a034ae6b7b2b = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_telemetry",
    .size = sizeof(gwapi_backend_telemetry),
    .fields = gw_f_a034ae6b7b2b, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_ded9a596215d[] = {
    {"admissionControl", &gw_s_0f8b7fe51438, offsetof(gwapi_backend_traffic_policy_spec, admission_control), false},
    {"bandwidthLimit", &gw_s_f0ddef85c489, offsetof(gwapi_backend_traffic_policy_spec, bandwidth_limit), false},
    {"circuitBreaker", &gw_s_8914052a77d3, offsetof(gwapi_backend_traffic_policy_spec, circuit_breaker), false},
    {"compression", &gw_s_88fe399e9fb8, offsetof(gwapi_backend_traffic_policy_spec, compression), false},
    {"compressor", &gw_s_88fe399e9fb8, offsetof(gwapi_backend_traffic_policy_spec, compressor), false},
    {"connection", &gw_s_20b2583804df, offsetof(gwapi_backend_traffic_policy_spec, connection), false},
    {"dns", &gw_s_867efef07f17, offsetof(gwapi_backend_traffic_policy_spec, dns), false},
    {"faultInjection", &gw_s_19c32314ef41, offsetof(gwapi_backend_traffic_policy_spec, fault_injection), false},
    {"healthCheck", &gw_s_9f87257a71fc, offsetof(gwapi_backend_traffic_policy_spec, health_check), false},
    {"http2", &gw_s_ab50bba36c4f, offsetof(gwapi_backend_traffic_policy_spec, http2), false},
    {"httpUpgrade", &gw_s_6696457be4c0, offsetof(gwapi_backend_traffic_policy_spec, http_upgrade), false},
    {"loadBalancer", &gw_s_8cbc3f7a7e31, offsetof(gwapi_backend_traffic_policy_spec, load_balancer), false},
    {"mergeType", &gw_s_5637af0a09c5, offsetof(gwapi_backend_traffic_policy_spec, merge_type), false},
    {"proxyProtocol", &gw_s_2c71ac4931fb, offsetof(gwapi_backend_traffic_policy_spec, proxy_protocol), false},
    {"rateLimit", &gw_s_8900fa94c280, offsetof(gwapi_backend_traffic_policy_spec, rate_limit), false},
    {"requestBuffer", &gw_s_2f70a0de3f11, offsetof(gwapi_backend_traffic_policy_spec, request_buffer), false},
    {"responseOverride", &gw_s_2128f713f6e7, offsetof(gwapi_backend_traffic_policy_spec, response_override), false},
    {"retry", &gw_s_64510b432863, offsetof(gwapi_backend_traffic_policy_spec, retry), false},
    {"routingType", &gw_s_4534955efd35, offsetof(gwapi_backend_traffic_policy_spec, routing_type), false},
    {"targetRef", &gw_s_79d243767fa4, offsetof(gwapi_backend_traffic_policy_spec, target_ref), false},
    {"targetRefs", &gw_s_4a6978b472dc, offsetof(gwapi_backend_traffic_policy_spec, target_refs), false},
    {"targetSelectors", &gw_s_a0ce43e50f05, offsetof(gwapi_backend_traffic_policy_spec, target_selectors), false},
    {"tcpKeepalive", &gw_s_38ca945cec83, offsetof(gwapi_backend_traffic_policy_spec, tcp_keepalive), false},
    {"telemetry", &gw_s_a034ae6b7b2b, offsetof(gwapi_backend_traffic_policy_spec, telemetry), false},
    {"timeout", &gw_s_42d3567fa6fe, offsetof(gwapi_backend_traffic_policy_spec, timeout), false},
    {"useClientProtocol", &gw_s_59c2467c8512, offsetof(gwapi_backend_traffic_policy_spec, use_client_protocol), false},
};
static const gw_rule gw_r_ded9a596215d[] = {
    {rule_btp_target_ref_or_refs, "rule_btp_target_ref_or_refs", /* c2bf833d33c5 */
     "either targetRef or targetRefs must be used",
     "(has(self.targetRef) && !has(self.targetRefs)) || (!has(self.targetRef) && has(self.targetRefs)) || (has(self.targetSelectors) && self.targetSelectors.size() > 0) "},
    {rule_btp_target_ref_group, "rule_btp_target_ref_group", /* 4535ce792135 */
     "this policy can only have a targetRef.group of gateway.networking.k8s.io",
     "has(self.targetRef) ? self.targetRef.group == 'gateway.networking.k8s.io' : true "},
    {rule_btp_target_ref_kind, "rule_btp_target_ref_kind", /* 2ec5493639a8 */
     "this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute",
     "has(self.targetRef) ? self.targetRef.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'] : true"},
    {rule_btp_target_refs_group, "rule_btp_target_refs_group", /* 618a9f9a97f3 */
     "this policy can only have a targetRefs[*].group of gateway.networking.k8s.io",
     "has(self.targetRefs) ? self.targetRefs.all(ref, ref.group == 'gateway.networking.k8s.io') : true "},
    {rule_btp_target_refs_kind, "rule_btp_target_refs_kind", /* 508cc00eb839 */
     "this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute",
     "has(self.targetRefs) ? self.targetRefs.all(ref, ref.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute']) : true "},
    {rule_btp_merge_type_xroute_targets, "rule_btp_merge_type_xroute_targets", /* 597f6382f0de */
     "mergeType can only be used with xRoute targets",
     "!has(self.mergeType) || ((!has(self.targetRef) || self.targetRef.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute']) && (!has(self.targetRefs) || self.targetRefs.all(ref, ref.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'])) && (!has(self.targetSelectors) || self.targetSelectors.all(sel, sel.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'])))"},
    {rule_btp_compression_or_compressor, "rule_btp_compression_or_compressor", /* 50a0d1105b9e */
     "either compression or compressor can be set, not both",
     "!has(self.compression) || !has(self.compressor)"},
    {rule_btp_request_buffer_no_http_upgrade, "rule_btp_request_buffer_no_http_upgrade", /* 60cbdd06d0fa */
     "requestBuffer cannot be used together with httpUpgrade",
     "!has(self.requestBuffer) || !has(self.httpUpgrade) || self.httpUpgrade.size() == 0"},
    {rule_btp_admission_control_targets, "rule_btp_admission_control_targets", /* 5a420c5792fb */
     "admissionControl can only be used with HTTPRoute, GRPCRoute, Gateway, or ListenerSet targets",
     "!has(self.admissionControl) || ((!has(self.targetRef) || self.targetRef.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute']) && (!has(self.targetRefs) || self.targetRefs.all(ref, ref.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute'])) && (!has(self.targetSelectors) || self.targetSelectors.all(sel, sel.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute'])))"},
    {rule_btp_preconnect_predictive_load_balancer, "rule_btp_preconnect_predictive_load_balancer", /* b69163e6a6c1 */
     "predictivePercent in preconnect policy only works with RoundRobin or Random load balancers",
     "!((has(self.connection) && has(self.connection.preconnect) && has(self.connection.preconnect.predictivePercent)) && !(has(self.loadBalancer) && has(self.loadBalancer.type) && self.loadBalancer.type in ['Random', 'RoundRobin']))"},
};
static const gw_schema gw_s_ded9a596215d = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_spec",
    .size = sizeof(gwapi_backend_traffic_policy_spec),
    .fields = gw_f_ded9a596215d, .nfields = 26,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_ded9a596215d, .nrules = 10,
};
static const gw_field gw_f_2681dee7b1a7[] = {
    {"apiVersion", &gw_s_4534955efd35, offsetof(gwapi_backend_traffic_policy, api_version), false},
    {"kind", &gw_s_4534955efd35, offsetof(gwapi_backend_traffic_policy, kind), false},
    {"metadata", &gw_s_a521e398a0cc, offsetof(gwapi_backend_traffic_policy, metadata), false},
    {"spec", &gw_s_ded9a596215d, offsetof(gwapi_backend_traffic_policy, spec), true},
};
GW_HIDDEN const gw_schema gw_s_2681dee7b1a7 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy",
    .size = sizeof(gwapi_backend_traffic_policy),
    .fields = gw_f_2681dee7b1a7, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
