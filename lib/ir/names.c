/* The printed names of the IR's enumerations (JSON form, route table). */
#include <gwapi/ir.h>

const char *gwapi_ir_path_type_str(gwapi_ir_path_type t)
{
    switch (t) {
    case GWAPI_IR_PATH_EXACT: return "Exact";
    case GWAPI_IR_PATH_REGEX: return "RegularExpression";
    default: return "PathPrefix";
    }
}

const char *gwapi_ir_match_type_str(gwapi_ir_match_type t)
{
    return t == GWAPI_IR_MATCH_REGEX ? "RegularExpression" : "Exact";
}

const char *gwapi_ir_protocol_str(gwapi_ir_protocol p)
{
    switch (p) {
    case GWAPI_IR_HTTPS: return "HTTPS";
    case GWAPI_IR_TLS: return "TLS";
    case GWAPI_IR_TCP: return "TCP";
    case GWAPI_IR_UDP: return "UDP";
    default: return "HTTP";
    }
}

const char *gwapi_ir_tls_mode_str(gwapi_ir_tls_mode m)
{
    switch (m) {
    case GWAPI_IR_TLS_TERMINATE: return "Terminate";
    case GWAPI_IR_TLS_PASSTHROUGH: return "Passthrough";
    default: return "None";
    }
}
