/* Schema tables of ClientTrafficPolicy (gateway.envoyproxy.io). Generated
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

extern const gw_schema gw_s_08c6b4624225;
extern const gw_schema gw_s_2fa0a1f07144;
extern const gw_schema gw_s_30c81e12ed79;
extern const gw_schema gw_s_311449bf4360;
extern const gw_schema gw_s_38dcd4abdbc3;
extern const gw_schema gw_s_4ae98e204614;
extern const gw_schema gw_s_59c2467c8512;
extern const gw_schema gw_s_5b0cd23d8fd0;
extern const gw_schema gw_s_77601f3df203;
extern const gw_schema gw_s_7c8bc8866c2c;
extern const gw_schema gw_s_8a368ba1ac28;
extern const gw_schema gw_s_a521e398a0cc;
extern const gw_schema gw_s_c6ef937021d4;
extern const gw_schema gw_s_c804453308bd;
extern const gw_schema gw_s_ca27f3c96d5f;
extern const gw_schema gw_s_cee1a50831c8;
extern const gw_schema gw_s_daefb85873d6;
extern const gw_schema gw_s_e1007e1908b1;
extern const gw_schema gw_s_e4a17b0c3087;
extern const gw_schema gw_s_f8705e9dee40;
extern const gw_schema gw_s_4ee2f97b94f2;

static const gw_schema gw_s_9e031e2f073a = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .pattern = "^[A-Za-z0-9-]+$",
    .min_length = 1, .max_length = 255,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_66b7ec4a8bbc[] = {
    {"failClosed", &gw_s_59c2467c8512, offsetof(gwapi_client_ip_detection_settings_custom_header, fail_closed), false},
    {"name", &gw_s_9e031e2f073a, offsetof(gwapi_client_ip_detection_settings_custom_header, name), true},
};
static const gw_schema gw_s_66b7ec4a8bbc = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_ip_detection_settings_custom_header",
    .size = sizeof(gwapi_client_ip_detection_settings_custom_header),
    .fields = gw_f_66b7ec4a8bbc, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_e62edf428e45[] = {
    {"disableXForwardedForAppend", &gw_s_59c2467c8512, offsetof(gwapi_x_forwarded_for_settings, disable_x_forwarded_for_append), false},
    {"numTrustedHops", &gw_s_311449bf4360, offsetof(gwapi_x_forwarded_for_settings, num_trusted_hops), false},
    {"trustedCIDRs", &gw_s_2fa0a1f07144, offsetof(gwapi_x_forwarded_for_settings, trusted_cidrs), false},
};
GW_RULE_THUNK(rule_ctp_xff_hops_or_cidrs)
static const gw_rule gw_r_e62edf428e45[] = {
    {gw_call_rule_ctp_xff_hops_or_cidrs, "rule_ctp_xff_hops_or_cidrs", /* 88f5b070aac8 */
     "only one of numTrustedHops or trustedCIDRs must be set",
     "(has(self.numTrustedHops) && !has(self.trustedCIDRs)) || (!has(self.numTrustedHops) && has(self.trustedCIDRs))"},
};
static const gw_schema gw_s_e62edf428e45 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_x_forwarded_for_settings",
    .size = sizeof(gwapi_x_forwarded_for_settings),
    .fields = gw_f_e62edf428e45, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_e62edf428e45, .nrules = 1,
};
static const gw_field gw_f_826228f61093[] = {
    {"customHeader", &gw_s_66b7ec4a8bbc, offsetof(gwapi_client_ip_detection_settings, custom_header), false},
    {"directSourceIP", &gw_s_f8705e9dee40, offsetof(gwapi_client_ip_detection_settings, direct_source_ip), false},
    {"xForwardedFor", &gw_s_e62edf428e45, offsetof(gwapi_client_ip_detection_settings, x_forwarded_for), false},
};
GW_RULE_THUNK(rule_ctp_client_ip_detection_one_of)
static const gw_rule gw_r_826228f61093[] = {
    {gw_call_rule_ctp_client_ip_detection_one_of, "rule_ctp_client_ip_detection_one_of", /* 01e9e5b9d0bb */
     "exactly one of xForwardedFor, customHeader, or directSourceIP must be set",
     "[has(self.xForwardedFor), has(self.customHeader), has(self.directSourceIP)].filter(x, x).size() == 1"},
};
static const gw_schema gw_s_826228f61093 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_ip_detection_settings",
    .size = sizeof(gwapi_client_ip_detection_settings),
    .fields = gw_f_826228f61093, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_826228f61093, .nrules = 1,
};
static const gw_schema gw_s_573071e34558 = {
    .type = GW_T_INTEGER,
    .format = GW_F_INT64,
    .c_type = "gwapi_opt_int",
    .minimum = {true, false, 1},
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_7b1a096ecbd6[] = {
    {"closeDelay", &gw_s_c6ef937021d4, offsetof(gwapi_connection_limit, close_delay), false},
    {"maxConnectionDuration", &gw_s_c6ef937021d4, offsetof(gwapi_connection_limit, max_connection_duration), false},
    {"maxRequestsPerConnection", &gw_s_311449bf4360, offsetof(gwapi_connection_limit, max_requests_per_connection), false},
    {"maxStreamDuration", &gw_s_c6ef937021d4, offsetof(gwapi_connection_limit, max_stream_duration), false},
    {"value", &gw_s_573071e34558, offsetof(gwapi_connection_limit, value), false},
};
GW_RULE_THUNK(rule_ctp_connection_limit_close_delay)
static const gw_rule gw_r_7b1a096ecbd6[] = {
    {gw_call_rule_ctp_connection_limit_close_delay, "rule_ctp_connection_limit_close_delay", /* 692315fb3c8d */
     "closeDelay can only be configured when value is set",
     "!has(self.closeDelay) || has(self.value)"},
};
static const gw_schema gw_s_7b1a096ecbd6 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_connection_limit",
    .size = sizeof(gwapi_connection_limit),
    .fields = gw_f_7b1a096ecbd6, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_7b1a096ecbd6, .nrules = 1,
};
static const gw_schema gw_s_a1eb5d97af58 = {
    .type = GW_T_INTEGER,
    .format = GW_F_INT32,
    .c_type = "gwapi_opt_int",
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .default_json = "1",
};
static const gw_field gw_f_005d2dc1db0f[] = {
    {"bufferLimit", &gw_s_7c8bc8866c2c, offsetof(gwapi_client_connection, buffer_limit), false},
    {"connectionLimit", &gw_s_7b1a096ecbd6, offsetof(gwapi_client_connection, connection_limit), false},
    {"maxAcceptPerSocketEvent", &gw_s_a1eb5d97af58, offsetof(gwapi_client_connection, max_accept_per_socket_event), false},
    {"socketBufferLimit", &gw_s_7c8bc8866c2c, offsetof(gwapi_client_connection, socket_buffer_limit), false},
};
static const gw_schema gw_s_005d2dc1db0f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_connection",
    .size = sizeof(gwapi_client_connection),
    .fields = gw_f_005d2dc1db0f, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_3fc7bc15dd48[] = {
    {"enableWeb", &gw_s_59c2467c8512, offsetof(gwapi_client_traffic_policy_grpc, enable_web), false},
};
static const gw_schema gw_s_3fc7bc15dd48 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_traffic_policy_grpc",
    .size = sizeof(gwapi_client_traffic_policy_grpc),
    .fields = gw_f_3fc7bc15dd48, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_k_d4c6a51c6d59[] = {"name"};
static const gw_schema gw_s_0e85955f61fd = {
    .type = GW_T_ARRAY,
    .list_type = GW_LIST_MAP,
    .c_type = "gwapi_http_header_list",
    .items = &gw_s_cee1a50831c8,
    .elem_size = sizeof(gwapi_http_header),
    .map_keys = gw_k_d4c6a51c6d59, .nmap_keys = 1,
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 64,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_57baa776a84c = {
    .type = GW_T_ARRAY,
    .list_type = GW_LIST_SET,
    .c_type = "gwapi_string_list",
    .items = &gw_s_30c81e12ed79,
    .elem_size = sizeof(gwapi_str),
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 64,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_87730f3fade0[] = {
    {"type", &gw_s_5b0cd23d8fd0, offsetof(gwapi_string_match, type), false},
    {"value", &gw_s_daefb85873d6, offsetof(gwapi_string_match, value), true},
};
static const gw_schema gw_s_87730f3fade0 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_string_match",
    .size = sizeof(gwapi_string_match),
    .fields = gw_f_87730f3fade0, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_34efdc9649c1 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_string_match_list",
    .items = &gw_s_87730f3fade0,
    .elem_size = sizeof(gwapi_string_match),
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 64,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_867bc663bffd[] = {
    {"add", &gw_s_0e85955f61fd, offsetof(gwapi_header_mutation, add), false},
    {"addIfAbsent", &gw_s_0e85955f61fd, offsetof(gwapi_header_mutation, add_if_absent), false},
    {"remove", &gw_s_57baa776a84c, offsetof(gwapi_header_mutation, remove), false},
    {"removeOnMatch", &gw_s_34efdc9649c1, offsetof(gwapi_header_mutation, remove_on_match), false},
    {"set", &gw_s_0e85955f61fd, offsetof(gwapi_header_mutation, set), false},
};
static const gw_schema gw_s_867bc663bffd = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_header_mutation",
    .size = sizeof(gwapi_header_mutation),
    .fields = gw_f_867bc663bffd, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_07ebadc20499[] = {
    {"stripTrailingHostDot", &gw_s_59c2467c8512, offsetof(gwapi_header_settings_host, strip_trailing_host_dot), false},
};
static const gw_schema gw_s_07ebadc20499 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_header_settings_host",
    .size = sizeof(gwapi_header_settings_host),
    .fields = gw_f_07ebadc20499, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_5443db045b23[] = {"\"PreserveOrGenerate\"", "\"Preserve\"", "\"Generate\"", "\"Disable\""};
static const gw_schema gw_s_ce6077e9b01a = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_5443db045b23, .nenum = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_5bc51f51ca3b[] = {"\"Allow\"", "\"RejectRequest\"", "\"DropHeader\""};
static const gw_schema gw_s_75d67c9b4bdf = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_5bc51f51ca3b, .nenum = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_1ec6d96ce02b[] = {"\"Subject\"", "\"Cert\"", "\"Chain\"", "\"DNS\"", "\"URI\""};
static const gw_schema gw_s_131da9007554 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_1ec6d96ce02b, .nenum = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_686bf7c529c8 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_string_list",
    .items = &gw_s_131da9007554,
    .elem_size = sizeof(gwapi_str),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 5,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_2e8667bc16f7[] = {"\"Sanitize\"", "\"ForwardOnly\"", "\"AppendForward\"", "\"SanitizeSet\"", "\"AlwaysForwardOnly\""};
static const gw_schema gw_s_3d6aa304ccf8 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_2e8667bc16f7, .nenum = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_f8ca7b4c689f[] = {
    {"certDetailsToAdd", &gw_s_686bf7c529c8, offsetof(gwapi_header_settings_x_forwarded_client_cert, cert_details_to_add), false},
    {"mode", &gw_s_3d6aa304ccf8, offsetof(gwapi_header_settings_x_forwarded_client_cert, mode), false},
};
GW_RULE_THUNK(rule_ctp_xfcc_cert_details_mode)
static const gw_rule gw_r_f8ca7b4c689f[] = {
    {gw_call_rule_ctp_xfcc_cert_details_mode, "rule_ctp_xfcc_cert_details_mode", /* b5bc840e54fc */
     "certDetailsToAdd can only be set when mode is AppendForward or SanitizeSet",
     "(has(self.certDetailsToAdd) && self.certDetailsToAdd.size() > 0) ? (self.mode == 'AppendForward' || self.mode == 'SanitizeSet') : true"},
};
static const gw_schema gw_s_f8ca7b4c689f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_header_settings_x_forwarded_client_cert",
    .size = sizeof(gwapi_header_settings_x_forwarded_client_cert),
    .fields = gw_f_f8ca7b4c689f, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_f8ca7b4c689f, .nrules = 1,
};
static const gw_field gw_f_e7da982efbaf[] = {
    {"disableRateLimitHeaders", &gw_s_59c2467c8512, offsetof(gwapi_header_settings, disable_rate_limit_headers), false},
    {"earlyRequestHeaders", &gw_s_867bc663bffd, offsetof(gwapi_header_settings, early_request_headers), false},
    {"enableEnvoyHeaders", &gw_s_59c2467c8512, offsetof(gwapi_header_settings, enable_envoy_headers), false},
    {"host", &gw_s_07ebadc20499, offsetof(gwapi_header_settings, host), false},
    {"lateResponseHeaders", &gw_s_867bc663bffd, offsetof(gwapi_header_settings, late_response_headers), false},
    {"maxRequestHeaderLimit", &gw_s_7c8bc8866c2c, offsetof(gwapi_header_settings, max_request_header_limit), false},
    {"preserveXRequestID", &gw_s_59c2467c8512, offsetof(gwapi_header_settings, preserve_x_request_id), false},
    {"requestID", &gw_s_ce6077e9b01a, offsetof(gwapi_header_settings, request_id), false},
    {"withUnderscoresAction", &gw_s_75d67c9b4bdf, offsetof(gwapi_header_settings, with_underscores_action), false},
    {"xForwardedClientCert", &gw_s_f8ca7b4c689f, offsetof(gwapi_header_settings, x_forwarded_client_cert), false},
};
GW_RULE_THUNK(rule_ctp_headers_request_id_exclusive)
static const gw_rule gw_r_e7da982efbaf[] = {
    {gw_call_rule_ctp_headers_request_id_exclusive, "rule_ctp_headers_request_id_exclusive", /* b5a2e40b1bc8 */
     "preserveXRequestID and requestID cannot both be set.",
     "!(has(self.preserveXRequestID) && has(self.requestID))"},
};
static const gw_schema gw_s_e7da982efbaf = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_header_settings",
    .size = sizeof(gwapi_header_settings),
    .fields = gw_f_e7da982efbaf, .nfields = 10,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_e7da982efbaf, .nrules = 1,
};
static const gw_field gw_f_8bc54111eaf6[] = {
    {"path", &gw_s_daefb85873d6, offsetof(gwapi_client_traffic_policy_health_check, path), true},
};
static const gw_schema gw_s_8bc54111eaf6 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_traffic_policy_health_check",
    .size = sizeof(gwapi_client_traffic_policy_health_check),
    .fields = gw_f_8bc54111eaf6, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_087d117a8b01[] = {
    {"useDefaultHost", &gw_s_59c2467c8512, offsetof(gwapi_http10_settings, use_default_host), false},
};
static const gw_schema gw_s_087d117a8b01 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_http10_settings",
    .size = sizeof(gwapi_http10_settings),
    .fields = gw_f_087d117a8b01, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_5529fc383468 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_string_match_list",
    .items = &gw_s_87730f3fade0,
    .elem_size = sizeof(gwapi_string_match),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_f17b055f145f[] = {
    {"disableSafeMaxConnectionDuration", &gw_s_59c2467c8512, offsetof(gwapi_http1_settings, disable_safe_max_connection_duration), false},
    {"enableTrailers", &gw_s_59c2467c8512, offsetof(gwapi_http1_settings, enable_trailers), false},
    {"http10", &gw_s_087d117a8b01, offsetof(gwapi_http1_settings, http10), false},
    {"ignoredUpgradeTypes", &gw_s_5529fc383468, offsetof(gwapi_http1_settings, ignored_upgrade_types), false},
    {"preserveHeaderCase", &gw_s_59c2467c8512, offsetof(gwapi_http1_settings, preserve_header_case), false},
};
static const gw_schema gw_s_f17b055f145f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_http1_settings",
    .size = sizeof(gwapi_http1_settings),
    .fields = gw_f_f17b055f145f, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_57a3d7eac404[] = {"\"KeepUnchanged\"", "\"RejectRequest\"", "\"UnescapeAndForward\"", "\"UnescapeAndRedirect\""};
static const gw_schema gw_s_80ed2b45ac57 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_57a3d7eac404, .nenum = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_8d6dea01e40d[] = {
    {"disableMergeSlashes", &gw_s_59c2467c8512, offsetof(gwapi_path_settings, disable_merge_slashes), false},
    {"escapedSlashesAction", &gw_s_80ed2b45ac57, offsetof(gwapi_path_settings, escaped_slashes_action), false},
};
static const gw_schema gw_s_8d6dea01e40d = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_path_settings",
    .size = sizeof(gwapi_path_settings),
    .fields = gw_f_8d6dea01e40d, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_a85f2e97cfe3[] = {
    {"optional", &gw_s_59c2467c8512, offsetof(gwapi_client_traffic_policy_proxy_protocol, optional), false},
};
static const gw_schema gw_s_a85f2e97cfe3 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_traffic_policy_proxy_protocol",
    .size = sizeof(gwapi_client_traffic_policy_proxy_protocol),
    .fields = gw_f_a85f2e97cfe3, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = 0, .max_properties = -1,
};
static const char *const gw_e_310d6f0b7e8d[] = {"\"Preserve\"", "\"MatchBackend\""};
static const gw_schema gw_s_88a1949a2411 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_310d6f0b7e8d, .nenum = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_e0087d1a314f[] = {
    {"idleTimeout", &gw_s_c6ef937021d4, offsetof(gwapi_http_client_timeout, idle_timeout), false},
    {"requestHeadersReceivedTimeout", &gw_s_c6ef937021d4, offsetof(gwapi_http_client_timeout, request_headers_received_timeout), false},
    {"requestReceivedTimeout", &gw_s_c6ef937021d4, offsetof(gwapi_http_client_timeout, request_received_timeout), false},
    {"streamIdleTimeout", &gw_s_c6ef937021d4, offsetof(gwapi_http_client_timeout, stream_idle_timeout), false},
};
static const gw_schema gw_s_e0087d1a314f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_http_client_timeout",
    .size = sizeof(gwapi_http_client_timeout),
    .fields = gw_f_e0087d1a314f, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_164f3f4d3c94[] = {
    {"connectionInspectionTimeout", &gw_s_c6ef937021d4, offsetof(gwapi_tcp_client_timeout, connection_inspection_timeout), false},
    {"idleTimeout", &gw_s_c6ef937021d4, offsetof(gwapi_tcp_client_timeout, idle_timeout), false},
    {"tlsHandshakeTimeout", &gw_s_c6ef937021d4, offsetof(gwapi_tcp_client_timeout, tls_handshake_timeout), false},
};
static const gw_schema gw_s_164f3f4d3c94 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_tcp_client_timeout",
    .size = sizeof(gwapi_tcp_client_timeout),
    .fields = gw_f_164f3f4d3c94, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_8956aa575791[] = {
    {"http", &gw_s_e0087d1a314f, offsetof(gwapi_client_timeout, http), false},
    {"tcp", &gw_s_164f3f4d3c94, offsetof(gwapi_client_timeout, tcp), false},
};
static const gw_schema gw_s_8956aa575791 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_timeout",
    .size = sizeof(gwapi_client_timeout),
    .fields = gw_f_8956aa575791, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_4bfb894c147c = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_secret_object_reference_list",
    .items = &gw_s_08c6b4624225,
    .elem_size = sizeof(gwapi_secret_object_reference),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = 8,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_680ccb7d2291 = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_secret_object_reference_list",
    .items = &gw_s_08c6b4624225,
    .elem_size = sizeof(gwapi_secret_object_reference),
    .min_length = -1, .max_length = -1,
    .min_items = 1, .max_items = 8,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_20c7f8781ddc[] = {
    {"onlyVerifyLeafCertificate", &gw_s_59c2467c8512, offsetof(gwapi_client_validation_context_crl, only_verify_leaf_certificate), false},
    {"refs", &gw_s_680ccb7d2291, offsetof(gwapi_client_validation_context_crl, refs), true},
};
static const gw_schema gw_s_20c7f8781ddc = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_validation_context_crl",
    .size = sizeof(gwapi_client_validation_context_crl),
    .fields = gw_f_20c7f8781ddc, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const char *const gw_e_e420706dfa96[] = {"\"Request\"", "\"RequireAny\"", "\"VerifyIfGiven\"", "\"RequireAndVerify\""};
static const gw_schema gw_s_9890f0d43219 = {
    .type = GW_T_STRING,
    .c_type = "gwapi_str",
    .enum_values = gw_e_e420706dfa96, .nenum = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_b42721bba4a3[] = {
    {"oid", &gw_s_30c81e12ed79, offsetof(gwapi_client_validation_context_subject_alt_names_other_name, oid), true},
    {"type", &gw_s_5b0cd23d8fd0, offsetof(gwapi_client_validation_context_subject_alt_names_other_name, type), false},
    {"value", &gw_s_daefb85873d6, offsetof(gwapi_client_validation_context_subject_alt_names_other_name, value), true},
};
static const gw_schema gw_s_b42721bba4a3 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_validation_context_subject_alt_names_other_name",
    .size = sizeof(gwapi_client_validation_context_subject_alt_names_other_name),
    .fields = gw_f_b42721bba4a3, .nfields = 3,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_schema gw_s_f409a29a5bbb = {
    .type = GW_T_ARRAY,
    .c_type = "gwapi_client_validation_context_subject_alt_names_other_name_list",
    .items = &gw_s_b42721bba4a3,
    .elem_size = sizeof(gwapi_client_validation_context_subject_alt_names_other_name),
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_55d5bf1b34ac[] = {
    {"dnsNames", &gw_s_5529fc383468, offsetof(gwapi_client_validation_context_subject_alt_names, dns_names), false},
    {"emailAddresses", &gw_s_5529fc383468, offsetof(gwapi_client_validation_context_subject_alt_names, email_addresses), false},
    {"ipAddresses", &gw_s_5529fc383468, offsetof(gwapi_client_validation_context_subject_alt_names, ip_addresses), false},
    {"otherNames", &gw_s_f409a29a5bbb, offsetof(gwapi_client_validation_context_subject_alt_names, other_names), false},
    {"uris", &gw_s_5529fc383468, offsetof(gwapi_client_validation_context_subject_alt_names, uris), false},
};
static const gw_schema gw_s_55d5bf1b34ac = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_validation_context_subject_alt_names",
    .size = sizeof(gwapi_client_validation_context_subject_alt_names),
    .fields = gw_f_55d5bf1b34ac, .nfields = 5,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_0d1d44d4b62f[] = {
    {"allowExpiredCertificate", &gw_s_59c2467c8512, offsetof(gwapi_client_validation_context, allow_expired_certificate), false},
    {"caCertificateRefs", &gw_s_4bfb894c147c, offsetof(gwapi_client_validation_context, ca_certificate_refs), false},
    {"certificateHashes", &gw_s_4ae98e204614, offsetof(gwapi_client_validation_context, certificate_hashes), false},
    {"crl", &gw_s_20c7f8781ddc, offsetof(gwapi_client_validation_context, crl), false},
    {"mode", &gw_s_9890f0d43219, offsetof(gwapi_client_validation_context, mode), false},
    {"optional", &gw_s_59c2467c8512, offsetof(gwapi_client_validation_context, optional), false},
    {"spkiHashes", &gw_s_4ae98e204614, offsetof(gwapi_client_validation_context, spki_hashes), false},
    {"subjectAltNames", &gw_s_55d5bf1b34ac, offsetof(gwapi_client_validation_context, subject_alt_names), false},
};
GW_RULE_THUNK(rule_ctp_client_validation_allow_expired)
static const gw_rule gw_r_0d1d44d4b62f[] = {
    {gw_call_rule_ctp_client_validation_allow_expired, "rule_ctp_client_validation_allow_expired", /* bf6e1ca11f0c */
     "allowExpiredCertificate can only be set when mode is VerifyIfGiven or RequireAndVerify",
     "!has(self.allowExpiredCertificate) || !self.allowExpiredCertificate || !has(self.mode) || self.mode in ['VerifyIfGiven', 'RequireAndVerify']"},
};
static const gw_schema gw_s_0d1d44d4b62f = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_validation_context",
    .size = sizeof(gwapi_client_validation_context),
    .fields = gw_f_0d1d44d4b62f, .nfields = 8,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_0d1d44d4b62f, .nrules = 1,
};
static const gw_field gw_f_301c7660f73e[] = {
    {"stateful", &gw_s_f8705e9dee40, offsetof(gwapi_client_tls_settings_session_resumption, stateful), false},
    {"stateless", &gw_s_f8705e9dee40, offsetof(gwapi_client_tls_settings_session_resumption, stateless), false},
};
static const gw_schema gw_s_301c7660f73e = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_tls_settings_session_resumption",
    .size = sizeof(gwapi_client_tls_settings_session_resumption),
    .fields = gw_f_301c7660f73e, .nfields = 2,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_1d832f8ee343[] = {
    {"resumption", &gw_s_301c7660f73e, offsetof(gwapi_client_tls_settings_session, resumption), false},
};
static const gw_schema gw_s_1d832f8ee343 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_tls_settings_session",
    .size = sizeof(gwapi_client_tls_settings_session),
    .fields = gw_f_1d832f8ee343, .nfields = 1,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
static const gw_field gw_f_de1dab551cd0[] = {
    {"alpnProtocols", &gw_s_4ae98e204614, offsetof(gwapi_client_tls_settings, alpn_protocols), false},
    {"ciphers", &gw_s_4ae98e204614, offsetof(gwapi_client_tls_settings, ciphers), false},
    {"clientValidation", &gw_s_0d1d44d4b62f, offsetof(gwapi_client_tls_settings, client_validation), false},
    {"ecdhCurves", &gw_s_4ae98e204614, offsetof(gwapi_client_tls_settings, ecdh_curves), false},
    {"fingerprints", &gw_s_77601f3df203, offsetof(gwapi_client_tls_settings, fingerprints), false},
    {"maxVersion", &gw_s_8a368ba1ac28, offsetof(gwapi_client_tls_settings, max_version), false},
    {"minVersion", &gw_s_8a368ba1ac28, offsetof(gwapi_client_tls_settings, min_version), false},
    {"session", &gw_s_1d832f8ee343, offsetof(gwapi_client_tls_settings, session), false},
    {"signatureAlgorithms", &gw_s_4ae98e204614, offsetof(gwapi_client_tls_settings, signature_algorithms), false},
};
GW_RULE_THUNK(rule_ctp_tls_ciphers_min_version)
GW_RULE_THUNK(rule_ctp_tls_min_le_max_version)
static const gw_rule gw_r_de1dab551cd0[] = {
    {gw_call_rule_ctp_tls_ciphers_min_version, "rule_ctp_tls_ciphers_min_version", /* 3e86e482300b */
     "setting ciphers has no effect if the minimum possible TLS version is 1.3",
     "has(self.minVersion) && self.minVersion == '1.3' ? !has(self.ciphers) : true"},
    {gw_call_rule_ctp_tls_min_le_max_version, "rule_ctp_tls_min_le_max_version", /* e6e644a81bdc */
     "minVersion must be smaller or equal to maxVersion",
     "has(self.minVersion) && has(self.maxVersion) ? {\"Auto\":0,\"1.0\":1,\"1.1\":2,\"1.2\":3,\"1.3\":4}[self.minVersion] <= {\"1.0\":1,\"1.1\":2,\"1.2\":3,\"1.3\":4,\"Auto\":5}[self.maxVersion] : !has(self.minVersion) && has(self.maxVersion) ? 3 <= {\"1.0\":1,\"1.1\":2,\"1.2\":3,\"1.3\":4,\"Auto\":5}[self.maxVersion] : true"},
};
static const gw_schema gw_s_de1dab551cd0 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_tls_settings",
    .size = sizeof(gwapi_client_tls_settings),
    .fields = gw_f_de1dab551cd0, .nfields = 9,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_de1dab551cd0, .nrules = 2,
};
static const gw_field gw_f_f2d49ef381ed[] = {
    {"clientIPDetection", &gw_s_826228f61093, offsetof(gwapi_client_traffic_policy_spec, client_ip_detection), false},
    {"connection", &gw_s_005d2dc1db0f, offsetof(gwapi_client_traffic_policy_spec, connection), false},
    {"enableProxyProtocol", &gw_s_59c2467c8512, offsetof(gwapi_client_traffic_policy_spec, enable_proxy_protocol), false},
    {"grpc", &gw_s_3fc7bc15dd48, offsetof(gwapi_client_traffic_policy_spec, grpc), false},
    {"headers", &gw_s_e7da982efbaf, offsetof(gwapi_client_traffic_policy_spec, headers), false},
    {"healthCheck", &gw_s_8bc54111eaf6, offsetof(gwapi_client_traffic_policy_spec, health_check), false},
    {"http1", &gw_s_f17b055f145f, offsetof(gwapi_client_traffic_policy_spec, http1), false},
    {"http2", &gw_s_e1007e1908b1, offsetof(gwapi_client_traffic_policy_spec, http2), false},
    {"http3", &gw_s_f8705e9dee40, offsetof(gwapi_client_traffic_policy_spec, http3), false},
    {"path", &gw_s_8d6dea01e40d, offsetof(gwapi_client_traffic_policy_spec, path), false},
    {"proxyProtocol", &gw_s_a85f2e97cfe3, offsetof(gwapi_client_traffic_policy_spec, proxy_protocol), false},
    {"scheme", &gw_s_88a1949a2411, offsetof(gwapi_client_traffic_policy_spec, scheme), false},
    {"targetRef", &gw_s_e4a17b0c3087, offsetof(gwapi_client_traffic_policy_spec, target_ref), false},
    {"targetRefs", &gw_s_38dcd4abdbc3, offsetof(gwapi_client_traffic_policy_spec, target_refs), false},
    {"targetSelectors", &gw_s_ca27f3c96d5f, offsetof(gwapi_client_traffic_policy_spec, target_selectors), false},
    {"tcpKeepalive", &gw_s_c804453308bd, offsetof(gwapi_client_traffic_policy_spec, tcp_keepalive), false},
    {"timeout", &gw_s_8956aa575791, offsetof(gwapi_client_traffic_policy_spec, timeout), false},
    {"tls", &gw_s_de1dab551cd0, offsetof(gwapi_client_traffic_policy_spec, tls), false},
};
GW_RULE_THUNK(rule_ctp_target_ref_group)
GW_RULE_THUNK(rule_ctp_target_ref_kind)
GW_RULE_THUNK(rule_ctp_target_ref_or_refs)
GW_RULE_THUNK(rule_ctp_target_refs_group)
GW_RULE_THUNK(rule_ctp_target_refs_kind)
static const gw_rule gw_r_f2d49ef381ed[] = {
    {gw_call_rule_ctp_target_ref_or_refs, "rule_ctp_target_ref_or_refs", /* a4e281397c0e */
     "either targetRef or targetRefs must be used",
     "(has(self.targetRef) && !has(self.targetRefs)) || (!has(self.targetRef) && has(self.targetRefs)) || (has(self.targetSelectors) && self.targetSelectors.size() > 0) "},
    {gw_call_rule_ctp_target_ref_group, "rule_ctp_target_ref_group", /* 610bfd947649 */
     "this policy can only have a targetRef.group of gateway.networking.k8s.io",
     "has(self.targetRef) ? self.targetRef.group == 'gateway.networking.k8s.io' : true"},
    {gw_call_rule_ctp_target_ref_kind, "rule_ctp_target_ref_kind", /* 9fe2df82a2ff */
     "this policy can only have a targetRef.kind of Gateway or ListenerSet",
     "has(self.targetRef) ? self.targetRef.kind in ['Gateway', 'ListenerSet'] : true"},
    {gw_call_rule_ctp_target_refs_group, "rule_ctp_target_refs_group", /* 6142e65be89d */
     "this policy can only have a targetRefs[*].group of gateway.networking.k8s.io",
     "has(self.targetRefs) ? self.targetRefs.all(ref, ref.group == 'gateway.networking.k8s.io') : true"},
    {gw_call_rule_ctp_target_refs_kind, "rule_ctp_target_refs_kind", /* 71f4d35a254d */
     "this policy can only have a targetRefs[*].kind of Gateway or ListenerSet",
     "has(self.targetRefs) ? self.targetRefs.all(ref, ref.kind in ['Gateway', 'ListenerSet']) : true"},
};
static const gw_schema gw_s_f2d49ef381ed = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_traffic_policy_spec",
    .size = sizeof(gwapi_client_traffic_policy_spec),
    .fields = gw_f_f2d49ef381ed, .nfields = 18,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
    .rules = gw_r_f2d49ef381ed, .nrules = 5,
};
static const gw_field gw_f_4ee2f97b94f2[] = {
    {"apiVersion", &gw_s_30c81e12ed79, offsetof(gwapi_client_traffic_policy, api_version), false},
    {"kind", &gw_s_30c81e12ed79, offsetof(gwapi_client_traffic_policy, kind), false},
    {"metadata", &gw_s_a521e398a0cc, offsetof(gwapi_client_traffic_policy, metadata), false},
    {"spec", &gw_s_f2d49ef381ed, offsetof(gwapi_client_traffic_policy, spec), true},
};
GW_HIDDEN const gw_schema gw_s_4ee2f97b94f2 = {
    .type = GW_T_OBJECT,
    .c_type = "gwapi_client_traffic_policy",
    .size = sizeof(gwapi_client_traffic_policy),
    .fields = gw_f_4ee2f97b94f2, .nfields = 4,
    .min_length = -1, .max_length = -1,
    .min_items = -1, .max_items = -1,
    .min_properties = -1, .max_properties = -1,
};
