/* The DeprecatedField warning of Envoy Gateway policies: the deprecated
 * fields a policy sets, each with the field that replaces it, joined with
 * "; " in field order, as the translator reports them on every ancestor it
 * translated the policy for. */
#include "policy_impl.h"

#include <string.h>

typedef struct deprecated_field {
    gwapi_kind kind;           /* GWAPI_KIND_UNKNOWN: every policy kind */
    const char *path[4];       /* under spec */
    const char *message;
    /* A Go bool without a pointer: false is its zero value, "not set". */
    bool false_is_unset;
} deprecated_field;

/* Sorted by message: the translator lists them in that order. */
static const deprecated_field fields[] = {
    { GWAPI_KIND_BACKEND_TRAFFIC_POLICY, { "compression" },
      "spec.compression is deprecated, use spec.compressor instead", false },
    { GWAPI_KIND_CLIENT_TRAFFIC_POLICY, { "enableProxyProtocol" },
      "spec.enableProxyProtocol is deprecated, use spec.proxyProtocol instead", false },
    { GWAPI_KIND_SECURITY_POLICY, { "extAuth", "grpc", "backendRef" },
      "spec.extAuth.grpc.backendRef is deprecated, use spec.extAuth.grpc.backendRefs instead", false },
    { GWAPI_KIND_SECURITY_POLICY, { "extAuth", "http", "backendRef" },
      "spec.extAuth.http.backendRef is deprecated, use spec.extAuth.http.backendRefs instead", false },
    { GWAPI_KIND_CLIENT_TRAFFIC_POLICY, { "headers", "preserveXRequestID" },
      "spec.headers.preserveXRequestID is deprecated, use spec.headers.requestID instead", false },
    { GWAPI_KIND_UNKNOWN, { "targetRef" },
      "spec.targetRef is deprecated, use spec.targetRefs instead", false },
    { GWAPI_KIND_CLIENT_TRAFFIC_POLICY, { "tls", "clientValidation", "optional" },
      "spec.tls.clientValidation.optional is deprecated, use spec.tls.clientValidation.mode instead", true },
};

const char *pol_deprecated(rs *r, const gw_obj *policy)
{
    const gwapi_value *spec = gwapi_value_get(policy->obj->source, "spec");
    const char *out = NULL;
    for (size_t i = 0; spec && i < sizeof fields / sizeof fields[0]; i++) {
        const deprecated_field *f = &fields[i];
        if (f->kind != GWAPI_KIND_UNKNOWN && f->kind != policy->kind)
            continue;
        const gwapi_value *v = spec;
        for (size_t k = 0; v && k < 4 && f->path[k]; k++)
            v = gwapi_value_get(v, f->path[k]);
        if (!v || v->type == GWAPI_VALUE_NULL ||
            (f->false_is_unset && v->type == GWAPI_VALUE_BOOL && !v->u.boolean))
            continue;
        out = out ? rs_printf(r, "%s; %s", out, f->message) : f->message;
    }
    return out;
}
