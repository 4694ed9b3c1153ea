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

extern const gw_schema gw_s_0aac3476b559;
extern const gw_schema gw_s_20b2583804df;
extern const gw_schema gw_s_22eeacb43e16;
extern const gw_schema gw_s_275b63d28863;
extern const gw_schema gw_s_30c81e12ed79;
extern const gw_schema gw_s_311449bf4360;
extern const gw_schema gw_s_324a8cb19432;
extern const gw_schema gw_s_3550aad384e2;
extern const gw_schema gw_s_36fca3d20c5e;
extern const gw_schema gw_s_38dcd4abdbc3;
extern const gw_schema gw_s_3f6e8c4fe28e;
extern const gw_schema gw_s_480465284959;
extern const gw_schema gw_s_59c2467c8512;
extern const gw_schema gw_s_5aa1392909ad;
extern const gw_schema gw_s_5b0cd23d8fd0;
extern const gw_schema gw_s_68fc83ad19a5;
extern const gw_schema gw_s_70be6358efcf;
extern const gw_schema gw_s_72305d458919;
extern const gw_schema gw_s_7435ce05093d;
extern const gw_schema gw_s_7c8bc8866c2c;
extern const gw_schema gw_s_7f84caf69f44;
extern const gw_schema gw_s_801b963d8059;
extern const gw_schema gw_s_874475655065;
extern const gw_schema gw_s_8914052a77d3;
extern const gw_schema gw_s_93113375f023;
extern const gw_schema gw_s_a521e398a0cc;
extern const gw_schema gw_s_a853dfd0129d;
extern const gw_schema gw_s_ae7b8bbd56fc;
extern const gw_schema gw_s_b8919548dfbe;
extern const gw_schema gw_s_bc6a8c3899fa;
extern const gw_schema gw_s_c444da2b1018;
extern const gw_schema gw_s_c6ef937021d4;
extern const gw_schema gw_s_c804453308bd;
extern const gw_schema gw_s_ca27f3c96d5f;
extern const gw_schema gw_s_cbfb9d90be9d;
extern const gw_schema gw_s_d984d05c5b2f;
extern const gw_schema gw_s_d9a0ab9d168d;
extern const gw_schema gw_s_daefb85873d6;
extern const gw_schema gw_s_e1007e1908b1;
extern const gw_schema gw_s_e4a17b0c3087;
extern const gw_schema gw_s_e4da5b9ae223;
extern const gw_schema gw_s_ebd757612f36;
extern const gw_schema gw_s_f2c15d63086d;
extern const gw_schema gw_s_f8705e9dee40;
extern const gw_schema gw_s_fd18e2c90434;
extern const gw_schema gw_s_3bfa9465f218;

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
static const gw_schema gw_s_47d05d27fff2 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_a06229c86226, .nenum = 17,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_f894f7d874c5 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_string_list",
    .items = &gw_s_47d05d27fff2,
    .elem_size = sizeof(gwapi_str),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_06ab19ba28cb[] = {
    {"statusCodes", &gw_s_f894f7d874c5, offsetof(gwapi_backend_traffic_policy_admission_control_success_criteria_grpc, status_codes), false},
};
static const gw_schema gw_s_06ab19ba28cb = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_admission_control_success_criteria_grpc",
    .size = sizeof(gwapi_backend_traffic_policy_admission_control_success_criteria_grpc),
    .fields = gw_f_06ab19ba28cb, .nfields = 1,
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
static const gw_field gw_f_8a780501fc3c[] = {
    {"grpc", &gw_s_06ab19ba28cb, offsetof(gwapi_backend_traffic_policy_admission_control_success_criteria, grpc), false},
    {"http", &gw_s_2308de3675b1, offsetof(gwapi_backend_traffic_policy_admission_control_success_criteria, http), false},
};
static const gw_schema gw_s_8a780501fc3c = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_admission_control_success_criteria",
    .size = sizeof(gwapi_backend_traffic_policy_admission_control_success_criteria),
    .fields = gw_f_8a780501fc3c, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_66cc900c29ca[] = {
    {"maxRejectionPercent", &gw_s_93113375f023, offsetof(gwapi_backend_traffic_policy_admission_control, max_rejection_percent), false},
    {"minRequestRate", &gw_s_e4da5b9ae223, offsetof(gwapi_backend_traffic_policy_admission_control, min_request_rate), false},
    {"minSuccessRate", &gw_s_42bd26fe6d15, offsetof(gwapi_backend_traffic_policy_admission_control, min_success_rate), false},
    {"rejectionAggression", &gw_s_b8919548dfbe, offsetof(gwapi_backend_traffic_policy_admission_control, rejection_aggression), false},
    {"samplingWindow", &gw_s_c6ef937021d4, offsetof(gwapi_backend_traffic_policy_admission_control, sampling_window), false},
    {"successCriteria", &gw_s_8a780501fc3c, offsetof(gwapi_backend_traffic_policy_admission_control, success_criteria), false},
};
GW_RULE_THUNK(rule_admission_control_max_rejection_percent)
GW_RULE_THUNK(rule_admission_control_min_success_rate)
GW_RULE_THUNK(rule_admission_control_sampling_window)
static const gw_rule gw_r_66cc900c29ca[] = {
    {gw_call_rule_admission_control_min_success_rate, "rule_admission_control_min_success_rate", /* f971ccefa7f1 */
     "minSuccessRate must be between 1 and 100",
     "!has(self.minSuccessRate) || (self.minSuccessRate >= 1 && self.minSuccessRate <= 100)"},
    {gw_call_rule_admission_control_max_rejection_percent, "rule_admission_control_max_rejection_percent", /* 14bbde6f0738 */
     "maxRejectionPercent must be between 0 and 100",
     "!has(self.maxRejectionPercent) || (self.maxRejectionPercent >= 0 && self.maxRejectionPercent <= 100)"},
    {gw_call_rule_admission_control_sampling_window, "rule_admission_control_sampling_window", /* 0732117adab3 */
     "samplingWindow must be at least 1s",
     "!has(self.samplingWindow) || duration(self.samplingWindow) >= duration('1s')"},
};
static const gw_schema gw_s_66cc900c29ca = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_admission_control",
    .size = sizeof(gwapi_backend_traffic_policy_admission_control),
    .fields = gw_f_66cc900c29ca, .nfields = 6,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_66cc900c29ca, .nrules = 3,
};
static const char *const gw_e_9e5fdf02ad07[] = {"\"Second\"", "\"Minute\"", "\"Hour\""};
static const gw_schema gw_s_b87ba3206ba9 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_9e5fdf02ad07, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_61f49bc33640[] = {
    {"unit", &gw_s_b87ba3206ba9, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_request_limit, unit), true},
    {"value", &gw_s_7c8bc8866c2c, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_request_limit, value), true},
};
static const gw_schema gw_s_61f49bc33640 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_request_limit",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_request_limit),
    .fields = gw_f_61f49bc33640, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_c710344d2642[] = {
    {"limit", &gw_s_61f49bc33640, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_request, limit), true},
};
static const gw_schema gw_s_c710344d2642 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_request",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_request),
    .fields = gw_f_c710344d2642, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_61825b0a1978[] = {
    {"unit", &gw_s_b87ba3206ba9, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response_limit, unit), true},
    {"value", &gw_s_7c8bc8866c2c, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response_limit, value), true},
};
static const gw_schema gw_s_61825b0a1978 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_response_limit",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_response_limit),
    .fields = gw_f_61825b0a1978, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_e0c6a4b9bc3b = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .pattern = "^[^\\r\\n\\x00]*$",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_bf465230d952[] = {
    {"prefix", &gw_s_e0c6a4b9bc3b, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response_response_trailers, prefix), false},
};
static const gw_schema gw_s_bf465230d952 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_response_response_trailers",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_response_response_trailers),
    .fields = gw_f_bf465230d952, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_29a5d40c4fb0[] = {
    {"limit", &gw_s_61825b0a1978, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response, limit), true},
    {"responseTrailers", &gw_s_bf465230d952, offsetof(gwapi_backend_traffic_policy_bandwidth_limit_response, response_trailers), false},
};
static const gw_schema gw_s_29a5d40c4fb0 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit_response",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit_response),
    .fields = gw_f_29a5d40c4fb0, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_83e41fcab5c2[] = {
    {"request", &gw_s_c710344d2642, offsetof(gwapi_backend_traffic_policy_bandwidth_limit, request), false},
    {"response", &gw_s_29a5d40c4fb0, offsetof(gwapi_backend_traffic_policy_bandwidth_limit, response), false},
};
GW_RULE_THUNK(rule_bandwidth_limit_request_or_response)
static const gw_rule gw_r_83e41fcab5c2[] = {
    {gw_call_rule_bandwidth_limit_request_or_response, "rule_bandwidth_limit_request_or_response", /* 4f25551b73ff */
     "at least one of request or response must be specified",
     "has(self.request) || has(self.response)"},
};
static const gw_schema gw_s_83e41fcab5c2 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_bandwidth_limit",
    .size = sizeof(gwapi_backend_traffic_policy_bandwidth_limit),
    .fields = gw_f_83e41fcab5c2, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_83e41fcab5c2, .nrules = 1,
};
static const char *const gw_e_05cecfdf9a6b[] = {"\"Gzip\"", "\"Brotli\"", "\"Zstd\""};
static const gw_schema gw_s_fff367eba8f4 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_05cecfdf9a6b, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_7fcf154dc8d2[] = {
    {"brotli", &gw_s_f8705e9dee40, offsetof(gwapi_compression, brotli), false},
    {"gzip", &gw_s_f8705e9dee40, offsetof(gwapi_compression, gzip), false},
    {"minContentLength", &gw_s_7c8bc8866c2c, offsetof(gwapi_compression, min_content_length), false},
    {"type", &gw_s_fff367eba8f4, offsetof(gwapi_compression, type), true},
    {"zstd", &gw_s_f8705e9dee40, offsetof(gwapi_compression, zstd), false},
};
static const gw_schema gw_s_7fcf154dc8d2 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_compression",
    .size = sizeof(gwapi_compression),
    .fields = gw_f_7fcf154dc8d2, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_d9ae302165bb = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_compression_list",
    .items = &gw_s_7fcf154dc8d2,
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
GW_RULE_THUNK(rule_fault_abort_not_both_statuses)
GW_RULE_THUNK(rule_fault_abort_one_status)
static const gw_rule gw_r_edfc999dc57c[] = {
    {gw_call_rule_fault_abort_not_both_statuses, "rule_fault_abort_not_both_statuses", /* 3f6f073fd7f1 */
     "httpStatus and grpcStatus cannot be simultaneously defined.",
     " !(has(self.httpStatus) && has(self.grpcStatus)) "},
    {gw_call_rule_fault_abort_one_status, "rule_fault_abort_one_status", /* ef4555fc600f */
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
static const gw_field gw_f_27cfe67028d5[] = {
    {"fixedDelay", &gw_s_c6ef937021d4, offsetof(gwapi_fault_injection_delay, fixed_delay), true},
    {"percentage", &gw_s_b0a8c77c1c09, offsetof(gwapi_fault_injection_delay, percentage), false},
};
static const gw_schema gw_s_27cfe67028d5 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_fault_injection_delay",
    .size = sizeof(gwapi_fault_injection_delay),
    .fields = gw_f_27cfe67028d5, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_4a08d56f196d[] = {
    {"abort", &gw_s_edfc999dc57c, offsetof(gwapi_fault_injection, abort), false},
    {"delay", &gw_s_27cfe67028d5, offsetof(gwapi_fault_injection, delay), false},
};
GW_RULE_THUNK(rule_fault_injection_delay_or_abort)
static const gw_rule gw_r_4a08d56f196d[] = {
    {gw_call_rule_fault_injection_delay_or_abort, "rule_fault_injection_delay_or_abort", /* 1c18cb812909 */
     "Delay and abort faults are set at least one.",
     " has(self.delay) || has(self.abort) "},
};
static const gw_schema gw_s_4a08d56f196d = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_fault_injection",
    .size = sizeof(gwapi_fault_injection),
    .fields = gw_f_4a08d56f196d, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_4a08d56f196d, .nrules = 1,
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
static const gw_field gw_f_87fc66c94b7c[] = {
    {"connect", &gw_s_1886e7d6a020, offsetof(gwapi_protocol_upgrade_config, connect), false},
    {"type", &gw_s_30c81e12ed79, offsetof(gwapi_protocol_upgrade_config, type), true},
};
GW_RULE_THUNK(rule_http_upgrade_connect_type)
static const gw_rule gw_r_87fc66c94b7c[] = {
    {gw_call_rule_http_upgrade_connect_type, "rule_http_upgrade_connect_type", /* 3ac4b8d45651 */
     "The connect configuration is only allowed when the type is CONNECT.",
     "!has(self.connect) || self.type == 'CONNECT'"},
};
static const gw_schema gw_s_87fc66c94b7c = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_protocol_upgrade_config",
    .size = sizeof(gwapi_protocol_upgrade_config),
    .fields = gw_f_87fc66c94b7c, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_87fc66c94b7c, .nrules = 1,
};
static const gw_schema gw_s_623bae660b5e = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_protocol_upgrade_config_list",
    .items = &gw_s_87fc66c94b7c,
    .elem_size = sizeof(gwapi_protocol_upgrade_config),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
GW_RULE_THUNK(rule_btp_merge_type_not_replace)
static const gw_rule gw_r_d47f94cfc387[] = {
    {gw_call_rule_btp_merge_type_not_replace, "rule_btp_merge_type_not_replace", /* fa027d182945 */
     "Replace is not a valid MergeType for BackendTrafficPolicySpec",
     "self != 'Replace'"},
};
static const gw_schema gw_s_d47f94cfc387 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_d47f94cfc387, .nrules = 1,
};
static const char *const gw_e_4764b844fd53[] = {"\"Exact\"", "\"RegularExpression\"", "\"Distinct\""};
static const gw_schema gw_s_bf2419320b79 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_4764b844fd53, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "\"Exact\"",
};
static const gw_field gw_f_5b2dcc2f22ff[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_header_match, invert), false},
    {"name", &gw_s_bc6a8c3899fa, offsetof(gwapi_header_match, name), true},
    {"type", &gw_s_bf2419320b79, offsetof(gwapi_header_match, type), false},
    {"value", &gw_s_275b63d28863, offsetof(gwapi_header_match, value), false},
};
static const gw_schema gw_s_5b2dcc2f22ff = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_header_match",
    .size = sizeof(gwapi_header_match),
    .fields = gw_f_5b2dcc2f22ff, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_37321f13ac00 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_header_match_list",
    .items = &gw_s_5b2dcc2f22ff,
    .elem_size = sizeof(gwapi_header_match),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 128,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_0112c9aeab1c[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_method_match, invert), false},
    {"value", &gw_s_72305d458919, offsetof(gwapi_method_match, value), true},
};
static const gw_schema gw_s_0112c9aeab1c = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_method_match",
    .size = sizeof(gwapi_method_match),
    .fields = gw_f_0112c9aeab1c, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_9c7152e4712d = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_method_match_list",
    .items = &gw_s_0112c9aeab1c,
    .elem_size = sizeof(gwapi_method_match),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_a17d7f17bbf3[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_rate_limit_select_condition_path, invert), false},
    {"type", &gw_s_874475655065, offsetof(gwapi_rate_limit_select_condition_path, type), false},
    {"value", &gw_s_7435ce05093d, offsetof(gwapi_rate_limit_select_condition_path, value), true},
};
static const gw_schema gw_s_a17d7f17bbf3 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_select_condition_path",
    .size = sizeof(gwapi_rate_limit_select_condition_path),
    .fields = gw_f_a17d7f17bbf3, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_30c8cb93ccd3[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_query_param_match, invert), false},
    {"name", &gw_s_bc6a8c3899fa, offsetof(gwapi_query_param_match, name), true},
    {"type", &gw_s_bf2419320b79, offsetof(gwapi_query_param_match, type), false},
    {"value", &gw_s_275b63d28863, offsetof(gwapi_query_param_match, value), false},
};
static const gw_schema gw_s_30c8cb93ccd3 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_query_param_match",
    .size = sizeof(gwapi_query_param_match),
    .fields = gw_f_30c8cb93ccd3, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_5519da01d84c = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_query_param_match_list",
    .items = &gw_s_30c8cb93ccd3,
    .elem_size = sizeof(gwapi_query_param_match),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_c41fa2d0057a[] = {"\"Exact\"", "\"Distinct\""};
static const gw_schema gw_s_3d020b99718f = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_c41fa2d0057a, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "\"Exact\"",
};
static const gw_field gw_f_059c201d2aa1[] = {
    {"invert", &gw_s_70be6358efcf, offsetof(gwapi_rate_limit_select_condition_source_cidr, invert), false},
    {"type", &gw_s_3d020b99718f, offsetof(gwapi_rate_limit_select_condition_source_cidr, type), false},
    {"value", &gw_s_bc6a8c3899fa, offsetof(gwapi_rate_limit_select_condition_source_cidr, value), true},
};
static const gw_schema gw_s_059c201d2aa1 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_select_condition_source_cidr",
    .size = sizeof(gwapi_rate_limit_select_condition_source_cidr),
    .fields = gw_f_059c201d2aa1, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_531713114db8[] = {
    {"headers", &gw_s_37321f13ac00, offsetof(gwapi_rate_limit_select_condition, headers), false},
    {"methods", &gw_s_9c7152e4712d, offsetof(gwapi_rate_limit_select_condition, methods), false},
    {"path", &gw_s_a17d7f17bbf3, offsetof(gwapi_rate_limit_select_condition, path), false},
    {"queryParams", &gw_s_5519da01d84c, offsetof(gwapi_rate_limit_select_condition, query_params), false},
    {"sourceCIDR", &gw_s_059c201d2aa1, offsetof(gwapi_rate_limit_select_condition, source_cidr), false},
};
GW_RULE_THUNK(rule_rate_limit_select_condition_nonempty)
static const gw_rule gw_r_531713114db8[] = {
    {gw_call_rule_rate_limit_select_condition_nonempty, "rule_rate_limit_select_condition_nonempty", /* a59b9549b930 */
     "at least one of headers, methods, path, sourceCIDR or queryParams must be specified",
     "has(self.headers) || has(self.methods) || has(self.path) || has(self.sourceCIDR) || has(self.queryParams)"},
};
static const gw_schema gw_s_531713114db8 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_select_condition",
    .size = sizeof(gwapi_rate_limit_select_condition),
    .fields = gw_f_531713114db8, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_531713114db8, .nrules = 1,
};
static const gw_schema gw_s_3c120a430e0b = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_rate_limit_select_condition_list",
    .items = &gw_s_531713114db8,
    .elem_size = sizeof(gwapi_rate_limit_select_condition),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 8,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_1660e6eba524[] = {"\"Number\"", "\"Metadata\""};
static const gw_schema gw_s_16c1f81a51cb = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_1660e6eba524, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_6775520f50cd[] = {
    {"key", &gw_s_30c81e12ed79, offsetof(gwapi_rate_limit_cost_specifier_metadata, key), true},
    {"namespace", &gw_s_30c81e12ed79, offsetof(gwapi_rate_limit_cost_specifier_metadata, ns), true},
};
static const gw_schema gw_s_6775520f50cd = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_cost_specifier_metadata",
    .size = sizeof(gwapi_rate_limit_cost_specifier_metadata),
    .fields = gw_f_6775520f50cd, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_0e1e97500ef5[] = {
    {"from", &gw_s_16c1f81a51cb, offsetof(gwapi_rate_limit_cost_specifier, from), true},
    {"metadata", &gw_s_6775520f50cd, offsetof(gwapi_rate_limit_cost_specifier, metadata), false},
    {"number", &gw_s_22eeacb43e16, offsetof(gwapi_rate_limit_cost_specifier, number), false},
};
GW_RULE_THUNK(rule_rate_limit_cost_number_or_metadata)
static const gw_rule gw_r_0e1e97500ef5[] = {
    {gw_call_rule_rate_limit_cost_number_or_metadata, "rule_rate_limit_cost_number_or_metadata", /* 3094248ceb3c */
     "only one of number or metadata can be specified",
     "!(has(self.number) && has(self.metadata))"},
};
static const gw_schema gw_s_0e1e97500ef5 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_cost_specifier",
    .size = sizeof(gwapi_rate_limit_cost_specifier),
    .fields = gw_f_0e1e97500ef5, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_0e1e97500ef5, .nrules = 1,
};
static const gw_field gw_f_041c53b510a0[] = {
    {"request", &gw_s_0e1e97500ef5, offsetof(gwapi_rate_limit_rule_cost, request), false},
    {"response", &gw_s_0e1e97500ef5, offsetof(gwapi_rate_limit_rule_cost, response), false},
};
static const gw_schema gw_s_041c53b510a0 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_rule_cost",
    .size = sizeof(gwapi_rate_limit_rule_cost),
    .fields = gw_f_041c53b510a0, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_1a1d5784d8f7[] = {
    {"key", &gw_s_ae7b8bbd56fc, offsetof(gwapi_rate_limit_value_from_metadata, key), true},
    {"namespace", &gw_s_ae7b8bbd56fc, offsetof(gwapi_rate_limit_value_from_metadata, ns), true},
};
static const gw_schema gw_s_1a1d5784d8f7 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_value_from_metadata",
    .size = sizeof(gwapi_rate_limit_value_from_metadata),
    .fields = gw_f_1a1d5784d8f7, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_0e5d9513a94c[] = {"\"Second\"", "\"Minute\"", "\"Hour\"", "\"Day\"", "\"Week\"", "\"Month\"", "\"Year\""};
static const gw_schema gw_s_e7538f5687f1 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_0e5d9513a94c, .nenum = 7,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_a11d35216f67[] = {
    {"fromMetadata", &gw_s_1a1d5784d8f7, offsetof(gwapi_rate_limit_value, from_metadata), false},
    {"requests", &gw_s_ebd757612f36, offsetof(gwapi_rate_limit_value, requests), true},
    {"unit", &gw_s_e7538f5687f1, offsetof(gwapi_rate_limit_value, unit), true},
};
static const gw_schema gw_s_a11d35216f67 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_value",
    .size = sizeof(gwapi_rate_limit_value),
    .fields = gw_f_a11d35216f67, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_733fadecc88e[] = {"\"Off\"", "\"DraftVersion03\""};
static const gw_schema gw_s_c7518b33b1ca = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_733fadecc88e, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_f652189fd1df[] = {
    {"clientSelectors", &gw_s_3c120a430e0b, offsetof(gwapi_rate_limit_rule, client_selectors), false},
    {"cost", &gw_s_041c53b510a0, offsetof(gwapi_rate_limit_rule, cost), false},
    {"limit", &gw_s_a11d35216f67, offsetof(gwapi_rate_limit_rule, limit), true},
    {"shadowMode", &gw_s_59c2467c8512, offsetof(gwapi_rate_limit_rule, shadow_mode), false},
    {"shared", &gw_s_59c2467c8512, offsetof(gwapi_rate_limit_rule, shared), false},
    {"xRateLimitHeaders", &gw_s_c7518b33b1ca, offsetof(gwapi_rate_limit_rule, x_rate_limit_headers), false},
};
static const gw_schema gw_s_f652189fd1df = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_rule",
    .size = sizeof(gwapi_rate_limit_rule),
    .fields = gw_f_f652189fd1df, .nfields = 6,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_773ccb6f8fe8 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_rate_limit_rule_list",
    .items = &gw_s_f652189fd1df,
    .elem_size = sizeof(gwapi_rate_limit_rule),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 256,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_4818aa8bcfeb[] = {
    {"rules", &gw_s_773ccb6f8fe8, offsetof(gwapi_global_rate_limit, rules), true},
};
static const gw_schema gw_s_4818aa8bcfeb = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_global_rate_limit",
    .size = sizeof(gwapi_global_rate_limit),
    .fields = gw_f_4818aa8bcfeb, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
GW_RULE_THUNK(rule_local_rate_limit_no_from_metadata)
GW_RULE_THUNK(rule_local_rate_limit_no_response_cost)
static const gw_rule gw_r_03a7b9b3c9b5[] = {
    {gw_call_rule_local_rate_limit_no_response_cost, "rule_local_rate_limit_no_response_cost", /* a5050d0de99a */
     "response cost is not supported for Local Rate Limits",
     "self.all(r, !has(r.cost) || !has(r.cost.response))"},
    {gw_call_rule_local_rate_limit_no_from_metadata, "rule_local_rate_limit_no_from_metadata", /* 7b5e0e7a1299 */
     "limit fromMetadata is not supported for Local Rate Limits",
     "self.all(r, !has(r.limit.fromMetadata))"},
};
static const gw_schema gw_s_03a7b9b3c9b5 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_rate_limit_rule_list",
    .items = &gw_s_f652189fd1df,
    .elem_size = sizeof(gwapi_rate_limit_rule),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_03a7b9b3c9b5, .nrules = 2,
};
static const gw_field gw_f_db65e2e1344b[] = {
    {"rules", &gw_s_03a7b9b3c9b5, offsetof(gwapi_local_rate_limit, rules), false},
};
static const gw_schema gw_s_db65e2e1344b = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_local_rate_limit",
    .size = sizeof(gwapi_local_rate_limit),
    .fields = gw_f_db65e2e1344b, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_997c57764d23[] = {"\"Global\"", "\"Local\""};
static const gw_schema gw_s_26a5f3c18853 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_997c57764d23, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_f562fd01cfc0[] = {
    {"global", &gw_s_4818aa8bcfeb, offsetof(gwapi_rate_limit_spec, global), false},
    {"local", &gw_s_db65e2e1344b, offsetof(gwapi_rate_limit_spec, local), false},
    {"type", &gw_s_26a5f3c18853, offsetof(gwapi_rate_limit_spec, type), false},
};
static const gw_schema gw_s_f562fd01cfc0 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_rate_limit_spec",
    .size = sizeof(gwapi_rate_limit_spec),
    .fields = gw_f_f562fd01cfc0, .nfields = 3,
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
static const gw_field gw_f_1365cad30c0a[] = {
    {"type", &gw_s_5b0cd23d8fd0, offsetof(gwapi_response_override_header_match_value, type), false},
    {"value", &gw_s_daefb85873d6, offsetof(gwapi_response_override_header_match_value, value), true},
};
static const gw_schema gw_s_1365cad30c0a = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_header_match_value",
    .size = sizeof(gwapi_response_override_header_match_value),
    .fields = gw_f_1365cad30c0a, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_88fb81e81186[] = {
    {"name", &gw_s_cbfb9d90be9d, offsetof(gwapi_response_override_header_match, name), true},
    {"value", &gw_s_1365cad30c0a, offsetof(gwapi_response_override_header_match, value), true},
};
static const gw_schema gw_s_88fb81e81186 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_header_match",
    .size = sizeof(gwapi_response_override_header_match),
    .fields = gw_f_88fb81e81186, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_c6c0dc4d191e = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_response_override_header_match_list",
    .items = &gw_s_88fb81e81186,
    .elem_size = sizeof(gwapi_response_override_header_match),
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 16,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_fb53046ec8bb[] = {
    {"end", &gw_s_c444da2b1018, offsetof(gwapi_status_code_match_range, end), true},
    {"start", &gw_s_c444da2b1018, offsetof(gwapi_status_code_match_range, start), true},
};
GW_RULE_THUNK(rule_status_code_range_end_after_start)
static const gw_rule gw_r_fb53046ec8bb[] = {
    {gw_call_rule_status_code_range_end_after_start, "rule_status_code_range_end_after_start", /* fab9b36a15b7 */
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
static const gw_schema gw_s_11277c338095 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_19f3d7c9458c, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema *const gw_allof_d81a830d2da0[] = {&gw_s_11277c338095, &gw_s_11277c338095};
static const gw_schema gw_s_d81a830d2da0 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "\"Value\"",
    .all_of = gw_allof_d81a830d2da0, .nall_of = 2,
};
static const gw_field gw_f_c7ec9ed2bf2a[] = {
    {"range", &gw_s_fb53046ec8bb, offsetof(gwapi_status_code_match, range), false},
    {"type", &gw_s_d81a830d2da0, offsetof(gwapi_status_code_match, type), true},
    {"value", &gw_s_c444da2b1018, offsetof(gwapi_status_code_match, value), false},
};
GW_RULE_THUNK(rule_status_code_match_range)
GW_RULE_THUNK(rule_status_code_match_value)
static const gw_rule gw_r_c7ec9ed2bf2a[] = {
    {gw_call_rule_status_code_match_value, "rule_status_code_match_value", /* cb0e2d1453ab */
     "value must be set for type Value",
     "(!has(self.type) || self.type == 'Value')? has(self.value) : true"},
    {gw_call_rule_status_code_match_range, "rule_status_code_match_range", /* 590d26d311b6 */
     "range must be set for type Range",
     "(has(self.type) && self.type == 'Range')? has(self.range) : true"},
};
static const gw_schema gw_s_c7ec9ed2bf2a = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_status_code_match",
    .size = sizeof(gwapi_status_code_match),
    .fields = gw_f_c7ec9ed2bf2a, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_c7ec9ed2bf2a, .nrules = 2,
};
static const gw_schema gw_s_5b7b1a34011f = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_status_code_match_list",
    .items = &gw_s_c7ec9ed2bf2a,
    .elem_size = sizeof(gwapi_status_code_match),
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 50,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_483482e4b58b[] = {
    {"responseHeaders", &gw_s_c6c0dc4d191e, offsetof(gwapi_response_override_match, response_headers), false},
    {"statusCodes", &gw_s_5b7b1a34011f, offsetof(gwapi_response_override_match, status_codes), false},
};
GW_RULE_THUNK(rule_response_override_match_nonempty)
static const gw_rule gw_r_483482e4b58b[] = {
    {gw_call_rule_response_override_match_nonempty, "rule_response_override_match_nonempty", /* fa1901415fc7 */
     "at least one of statusCodes or responseHeaders must be specified",
     "has(self.statusCodes) || has(self.responseHeaders)"},
};
static const gw_schema gw_s_483482e4b58b = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_match",
    .size = sizeof(gwapi_response_override_match),
    .fields = gw_f_483482e4b58b, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_483482e4b58b, .nrules = 1,
};
static const gw_field gw_f_dc08bda2b7b8[] = {
    {"replaceFullPath", &gw_s_275b63d28863, offsetof(gwapi_http_path_modifier, replace_full_path), false},
    {"replacePrefixMatch", &gw_s_275b63d28863, offsetof(gwapi_http_path_modifier, replace_prefix_match), false},
    {"type", &gw_s_324a8cb19432, offsetof(gwapi_http_path_modifier, type), true},
};
GW_RULE_THUNK(rule_path_modifier_full_path_required)
GW_RULE_THUNK(rule_path_modifier_full_path_type)
GW_RULE_THUNK(rule_path_modifier_prefix_match_required)
GW_RULE_THUNK(rule_path_modifier_prefix_match_type)
GW_RULE_THUNK(rule_response_override_redirect_full_path)
static const gw_rule gw_r_dc08bda2b7b8[] = {
    {gw_call_rule_response_override_redirect_full_path, "rule_response_override_redirect_full_path", /* 03ee2615cfbb */
     "only ReplaceFullPath is supported for path.type",
     "self.type == 'ReplaceFullPath'"},
    {gw_call_rule_path_modifier_full_path_required, "rule_path_modifier_full_path_required", /* 0137fdd10d6a */
     "replaceFullPath must be specified when type is set to 'ReplaceFullPath'",
     "self.type == 'ReplaceFullPath' ? has(self.replaceFullPath) : true"},
    {gw_call_rule_path_modifier_full_path_type, "rule_path_modifier_full_path_type", /* 90becb62e6f5 */
     "type must be 'ReplaceFullPath' when replaceFullPath is set",
     "has(self.replaceFullPath) ? self.type == 'ReplaceFullPath' : true"},
    {gw_call_rule_path_modifier_prefix_match_required, "rule_path_modifier_prefix_match_required", /* 6c4eb4245f13 */
     "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'",
     "self.type == 'ReplacePrefixMatch' ? has(self.replacePrefixMatch) : true"},
    {gw_call_rule_path_modifier_prefix_match_type, "rule_path_modifier_prefix_match_type", /* 49cecffc3642 */
     "type must be 'ReplacePrefixMatch' when replacePrefixMatch is set",
     "has(self.replacePrefixMatch) ? self.type == 'ReplacePrefixMatch' : true"},
};
static const gw_schema gw_s_dc08bda2b7b8 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_http_path_modifier",
    .size = sizeof(gwapi_http_path_modifier),
    .fields = gw_f_dc08bda2b7b8, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_dc08bda2b7b8, .nrules = 5,
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
static const gw_field gw_f_edd741518ba4[] = {
    {"hostname", &gw_s_d9a0ab9d168d, offsetof(gwapi_response_override_redirect, hostname), false},
    {"path", &gw_s_dc08bda2b7b8, offsetof(gwapi_response_override_redirect, path), false},
    {"port", &gw_s_311449bf4360, offsetof(gwapi_response_override_redirect, port), false},
    {"scheme", &gw_s_d984d05c5b2f, offsetof(gwapi_response_override_redirect, scheme), false},
    {"statusCode", &gw_s_3ecd9dc02c38, offsetof(gwapi_response_override_redirect, status_code), false},
};
static const gw_schema gw_s_edd741518ba4 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_redirect",
    .size = sizeof(gwapi_response_override_redirect),
    .fields = gw_f_edd741518ba4, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_31d1d2188219[] = {
    {"add", &gw_s_0aac3476b559, offsetof(gwapi_response_override_response_header, add), false},
    {"remove", &gw_s_480465284959, offsetof(gwapi_response_override_response_header, remove), false},
    {"set", &gw_s_0aac3476b559, offsetof(gwapi_response_override_response_header, set), false},
};
GW_RULE_THUNK(rule_response_override_header_no_remove)
static const gw_rule gw_r_31d1d2188219[] = {
    {gw_call_rule_response_override_header_no_remove, "rule_response_override_header_no_remove", /* 2b9786e0cbc2 */
     "Remove is not supported for header in CustomResponse",
     "!has(self.remove) || size(self.remove) == 0"},
};
static const gw_schema gw_s_31d1d2188219 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_response_header",
    .size = sizeof(gwapi_response_override_response_header),
    .fields = gw_f_31d1d2188219, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_31d1d2188219, .nrules = 1,
};
static const gw_field gw_f_1b41a3aa0eea[] = {
    {"body", &gw_s_a853dfd0129d, offsetof(gwapi_response_override_response, body), false},
    {"contentType", &gw_s_30c81e12ed79, offsetof(gwapi_response_override_response, content_type), false},
    {"header", &gw_s_31d1d2188219, offsetof(gwapi_response_override_response, header), false},
    {"statusCode", &gw_s_c444da2b1018, offsetof(gwapi_response_override_response, status_code), false},
};
static const gw_schema gw_s_1b41a3aa0eea = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override_response",
    .size = sizeof(gwapi_response_override_response),
    .fields = gw_f_1b41a3aa0eea, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_81883e295e7f[] = {"\"All\"", "\"Local\"", "\"Backend\""};
static const gw_schema gw_s_685a838d06d7 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_81883e295e7f, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_afd06a3d35fc[] = {
    {"match", &gw_s_483482e4b58b, offsetof(gwapi_response_override, match), true},
    {"redirect", &gw_s_edd741518ba4, offsetof(gwapi_response_override, redirect), false},
    {"response", &gw_s_1b41a3aa0eea, offsetof(gwapi_response_override, response), false},
    {"source", &gw_s_685a838d06d7, offsetof(gwapi_response_override, source), false},
};
GW_RULE_THUNK(rule_response_override_response_xor_redirect)
static const gw_rule gw_r_afd06a3d35fc[] = {
    {gw_call_rule_response_override_response_xor_redirect, "rule_response_override_response_xor_redirect", /* 018299618caf */
     "exactly one of response or redirect must be specified",
     "(has(self.response) && !has(self.redirect)) || (!has(self.response) && has(self.redirect))"},
};
static const gw_schema gw_s_afd06a3d35fc = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_response_override",
    .size = sizeof(gwapi_response_override),
    .fields = gw_f_afd06a3d35fc, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_afd06a3d35fc, .nrules = 1,
};
static const gw_schema gw_s_54dc1ad67408 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_response_override_list",
    .items = &gw_s_afd06a3d35fc,
    .elem_size = sizeof(gwapi_response_override),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_0d7905f28726[] = {
    {"routeStatName", &gw_s_30c81e12ed79, offsetof(gwapi_backend_telemetry_metrics, route_stat_name), false},
};
static const gw_schema gw_s_0d7905f28726 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_telemetry_metrics",
    .size = sizeof(gwapi_backend_telemetry_metrics),
    .fields = gw_f_0d7905f28726, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_4dafc70ed86f[] = {
    {"defaultValue", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tracing_custom_tag_environment, default_value), false},
    {"name", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tracing_custom_tag_environment, name), true},
};
static const gw_schema gw_s_4dafc70ed86f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_custom_tag_environment",
    .size = sizeof(gwapi_backend_tracing_custom_tag_environment),
    .fields = gw_f_4dafc70ed86f, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_38b9ff9e4268[] = {
    {"value", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tracing_custom_tag_literal, value), true},
};
static const gw_schema gw_s_38b9ff9e4268 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_custom_tag_literal",
    .size = sizeof(gwapi_backend_tracing_custom_tag_literal),
    .fields = gw_f_38b9ff9e4268, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_987bf06a13fb[] = {
    {"defaultValue", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tracing_custom_tag_request_header, default_value), false},
    {"name", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tracing_custom_tag_request_header, name), true},
};
static const gw_schema gw_s_987bf06a13fb = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_custom_tag_request_header",
    .size = sizeof(gwapi_backend_tracing_custom_tag_request_header),
    .fields = gw_f_987bf06a13fb, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_4d81d142970a[] = {"\"Literal\"", "\"Environment\"", "\"RequestHeader\""};
static const gw_schema gw_s_23c063b00e9e = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_4d81d142970a, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "\"Literal\"",
};
static const gw_field gw_f_9f4c483703ff[] = {
    {"environment", &gw_s_4dafc70ed86f, offsetof(gwapi_backend_tracing_custom_tag, environment), false},
    {"literal", &gw_s_38b9ff9e4268, offsetof(gwapi_backend_tracing_custom_tag, literal), false},
    {"requestHeader", &gw_s_987bf06a13fb, offsetof(gwapi_backend_tracing_custom_tag, request_header), false},
    {"type", &gw_s_23c063b00e9e, offsetof(gwapi_backend_tracing_custom_tag, type), true},
};
static const gw_schema gw_s_9f4c483703ff = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_custom_tag",
    .size = sizeof(gwapi_backend_tracing_custom_tag),
    .fields = gw_f_9f4c483703ff, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_97cd0f1d3002 = {
    .type = GW_T_MAP,
    .c_type = "gwapi_backend_tracing_custom_tag_map",
    .items = &gw_s_9f4c483703ff,
    .elem_size = sizeof(gwapi_backend_tracing_custom_tag_map_entry),
    .value_offset = offsetof(gwapi_backend_tracing_custom_tag_map_entry, value),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_31c90fa54cf7[] = {
    {"client", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tracing_span_name, client), true},
    {"server", &gw_s_30c81e12ed79, offsetof(gwapi_backend_tracing_span_name, server), true},
};
static const gw_schema gw_s_31c90fa54cf7 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing_span_name",
    .size = sizeof(gwapi_backend_tracing_span_name),
    .fields = gw_f_31c90fa54cf7, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_be1f4f44e848[] = {
    {"clientSamplingFraction", &gw_s_7f84caf69f44, offsetof(gwapi_backend_tracing, client_sampling_fraction), false},
    {"customTags", &gw_s_97cd0f1d3002, offsetof(gwapi_backend_tracing, custom_tags), false},
    {"overallSamplingFraction", &gw_s_7f84caf69f44, offsetof(gwapi_backend_tracing, overall_sampling_fraction), false},
    {"samplingFraction", &gw_s_7f84caf69f44, offsetof(gwapi_backend_tracing, sampling_fraction), false},
    {"spanName", &gw_s_31c90fa54cf7, offsetof(gwapi_backend_tracing, span_name), false},
    {"tags", &gw_s_5aa1392909ad, offsetof(gwapi_backend_tracing, tags), false},
};
static const gw_schema gw_s_be1f4f44e848 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_tracing",
    .size = sizeof(gwapi_backend_tracing),
    .fields = gw_f_be1f4f44e848, .nfields = 6,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_2dc425c348cc[] = {
    {"metrics", &gw_s_0d7905f28726, offsetof(gwapi_backend_telemetry, metrics), false},
    {"tracing", &gw_s_be1f4f44e848, offsetof(gwapi_backend_telemetry, tracing), false},
};
static const gw_schema gw_s_2dc425c348cc = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_telemetry",
    .size = sizeof(gwapi_backend_telemetry),
    .fields = gw_f_2dc425c348cc, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_41f4fa2719bb[] = {
    {"admissionControl", &gw_s_66cc900c29ca, offsetof(gwapi_backend_traffic_policy_spec, admission_control), false},
    {"bandwidthLimit", &gw_s_83e41fcab5c2, offsetof(gwapi_backend_traffic_policy_spec, bandwidth_limit), false},
    {"circuitBreaker", &gw_s_8914052a77d3, offsetof(gwapi_backend_traffic_policy_spec, circuit_breaker), false},
    {"compression", &gw_s_d9ae302165bb, offsetof(gwapi_backend_traffic_policy_spec, compression), false},
    {"compressor", &gw_s_d9ae302165bb, offsetof(gwapi_backend_traffic_policy_spec, compressor), false},
    {"connection", &gw_s_20b2583804df, offsetof(gwapi_backend_traffic_policy_spec, connection), false},
    {"dns", &gw_s_801b963d8059, offsetof(gwapi_backend_traffic_policy_spec, dns), false},
    {"faultInjection", &gw_s_4a08d56f196d, offsetof(gwapi_backend_traffic_policy_spec, fault_injection), false},
    {"healthCheck", &gw_s_fd18e2c90434, offsetof(gwapi_backend_traffic_policy_spec, health_check), false},
    {"http2", &gw_s_e1007e1908b1, offsetof(gwapi_backend_traffic_policy_spec, http2), false},
    {"httpUpgrade", &gw_s_623bae660b5e, offsetof(gwapi_backend_traffic_policy_spec, http_upgrade), false},
    {"loadBalancer", &gw_s_3550aad384e2, offsetof(gwapi_backend_traffic_policy_spec, load_balancer), false},
    {"mergeType", &gw_s_d47f94cfc387, offsetof(gwapi_backend_traffic_policy_spec, merge_type), false},
    {"proxyProtocol", &gw_s_36fca3d20c5e, offsetof(gwapi_backend_traffic_policy_spec, proxy_protocol), false},
    {"rateLimit", &gw_s_f562fd01cfc0, offsetof(gwapi_backend_traffic_policy_spec, rate_limit), false},
    {"requestBuffer", &gw_s_2f70a0de3f11, offsetof(gwapi_backend_traffic_policy_spec, request_buffer), false},
    {"responseOverride", &gw_s_54dc1ad67408, offsetof(gwapi_backend_traffic_policy_spec, response_override), false},
    {"retry", &gw_s_68fc83ad19a5, offsetof(gwapi_backend_traffic_policy_spec, retry), false},
    {"routingType", &gw_s_30c81e12ed79, offsetof(gwapi_backend_traffic_policy_spec, routing_type), false},
    {"targetRef", &gw_s_e4a17b0c3087, offsetof(gwapi_backend_traffic_policy_spec, target_ref), false},
    {"targetRefs", &gw_s_38dcd4abdbc3, offsetof(gwapi_backend_traffic_policy_spec, target_refs), false},
    {"targetSelectors", &gw_s_ca27f3c96d5f, offsetof(gwapi_backend_traffic_policy_spec, target_selectors), false},
    {"tcpKeepalive", &gw_s_c804453308bd, offsetof(gwapi_backend_traffic_policy_spec, tcp_keepalive), false},
    {"telemetry", &gw_s_2dc425c348cc, offsetof(gwapi_backend_traffic_policy_spec, telemetry), false},
    {"timeout", &gw_s_f2c15d63086d, offsetof(gwapi_backend_traffic_policy_spec, timeout), false},
    {"useClientProtocol", &gw_s_59c2467c8512, offsetof(gwapi_backend_traffic_policy_spec, use_client_protocol), false},
};
GW_RULE_THUNK(rule_btp_admission_control_targets)
GW_RULE_THUNK(rule_btp_compression_or_compressor)
GW_RULE_THUNK(rule_btp_merge_type_xroute_targets)
GW_RULE_THUNK(rule_btp_preconnect_predictive_load_balancer)
GW_RULE_THUNK(rule_btp_request_buffer_no_http_upgrade)
GW_RULE_THUNK(rule_btp_target_ref_group)
GW_RULE_THUNK(rule_btp_target_ref_kind)
GW_RULE_THUNK(rule_btp_target_ref_or_refs)
GW_RULE_THUNK(rule_btp_target_refs_group)
GW_RULE_THUNK(rule_btp_target_refs_kind)
static const gw_rule gw_r_41f4fa2719bb[] = {
    {gw_call_rule_btp_target_ref_or_refs, "rule_btp_target_ref_or_refs", /* c2bf833d33c5 */
     "either targetRef or targetRefs must be used",
     "(has(self.targetRef) && !has(self.targetRefs)) || (!has(self.targetRef) && has(self.targetRefs)) || (has(self.targetSelectors) && self.targetSelectors.size() > 0) "},
    {gw_call_rule_btp_target_ref_group, "rule_btp_target_ref_group", /* 4535ce792135 */
     "this policy can only have a targetRef.group of gateway.networking.k8s.io",
     "has(self.targetRef) ? self.targetRef.group == 'gateway.networking.k8s.io' : true "},
    {gw_call_rule_btp_target_ref_kind, "rule_btp_target_ref_kind", /* 2ec5493639a8 */
     "this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute",
     "has(self.targetRef) ? self.targetRef.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'] : true"},
    {gw_call_rule_btp_target_refs_group, "rule_btp_target_refs_group", /* 618a9f9a97f3 */
     "this policy can only have a targetRefs[*].group of gateway.networking.k8s.io",
     "has(self.targetRefs) ? self.targetRefs.all(ref, ref.group == 'gateway.networking.k8s.io') : true "},
    {gw_call_rule_btp_target_refs_kind, "rule_btp_target_refs_kind", /* 508cc00eb839 */
     "this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute",
     "has(self.targetRefs) ? self.targetRefs.all(ref, ref.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute']) : true "},
    {gw_call_rule_btp_merge_type_xroute_targets, "rule_btp_merge_type_xroute_targets", /* 597f6382f0de */
     "mergeType can only be used with xRoute targets",
     "!has(self.mergeType) || ((!has(self.targetRef) || self.targetRef.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute']) && (!has(self.targetRefs) || self.targetRefs.all(ref, ref.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'])) && (!has(self.targetSelectors) || self.targetSelectors.all(sel, sel.kind in ['HTTPRoute', 'GRPCRoute', 'UDPRoute', 'TCPRoute', 'TLSRoute'])))"},
    {gw_call_rule_btp_compression_or_compressor, "rule_btp_compression_or_compressor", /* 50a0d1105b9e */
     "either compression or compressor can be set, not both",
     "!has(self.compression) || !has(self.compressor)"},
    {gw_call_rule_btp_request_buffer_no_http_upgrade, "rule_btp_request_buffer_no_http_upgrade", /* 60cbdd06d0fa */
     "requestBuffer cannot be used together with httpUpgrade",
     "!has(self.requestBuffer) || !has(self.httpUpgrade) || self.httpUpgrade.size() == 0"},
    {gw_call_rule_btp_admission_control_targets, "rule_btp_admission_control_targets", /* 5a420c5792fb */
     "admissionControl can only be used with HTTPRoute, GRPCRoute, Gateway, or ListenerSet targets",
     "!has(self.admissionControl) || ((!has(self.targetRef) || self.targetRef.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute']) && (!has(self.targetRefs) || self.targetRefs.all(ref, ref.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute'])) && (!has(self.targetSelectors) || self.targetSelectors.all(sel, sel.kind in ['Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute'])))"},
    {gw_call_rule_btp_preconnect_predictive_load_balancer, "rule_btp_preconnect_predictive_load_balancer", /* b69163e6a6c1 */
     "predictivePercent in preconnect policy only works with RoundRobin or Random load balancers",
     "!((has(self.connection) && has(self.connection.preconnect) && has(self.connection.preconnect.predictivePercent)) && !(has(self.loadBalancer) && has(self.loadBalancer.type) && self.loadBalancer.type in ['Random', 'RoundRobin']))"},
};
static const gw_schema gw_s_41f4fa2719bb = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy_spec",
    .size = sizeof(gwapi_backend_traffic_policy_spec),
    .fields = gw_f_41f4fa2719bb, .nfields = 26,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_41f4fa2719bb, .nrules = 10,
};
static const gw_field gw_f_3bfa9465f218[] = {
    {"apiVersion", &gw_s_30c81e12ed79, offsetof(gwapi_backend_traffic_policy, api_version), false},
    {"kind", &gw_s_30c81e12ed79, offsetof(gwapi_backend_traffic_policy, kind), false},
    {"metadata", &gw_s_a521e398a0cc, offsetof(gwapi_backend_traffic_policy, metadata), false},
    {"spec", &gw_s_41f4fa2719bb, offsetof(gwapi_backend_traffic_policy, spec), true},
};
GW_HIDDEN const gw_schema gw_s_3bfa9465f218 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_backend_traffic_policy",
    .size = sizeof(gwapi_backend_traffic_policy),
    .fields = gw_f_3bfa9465f218, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
