#!/usr/bin/env python3
"""Generates gwapi's typed model and schema tables from the CRDs.

    python3 scripts/gen-schema.py [--spec ../shared/spec]

Reads the Gateway API CRDs (standard and experimental channels), the Envoy
Gateway CRDs and the Kubernetes core kinds' OpenAPI schemas and ServiceImport
CRD (kubernetes-1.32/), and writes:

    include/gwapi/kinds.h             the gwapi_kind enum
    include/gwapi/resources.h         umbrella for the three below
    include/gwapi/gateway_api.h       typed C structs, per API group
    include/gwapi/envoy_gateway.h
    include/gwapi/core.h
    lib/schema/gen/*.c                the gw_schema tables (lib/schema/schema.h)
    lib/schema/gen/meson.build
    lib/schema/gen/rules.h            prototypes of the bound CEL rule functions
    docs/cel-rules.tsv                every CEL rule with its binding id

Deterministic: the same inputs give byte-identical outputs. See
docs/schema-generator.md for the naming, dedup and CEL binding rules.
"""

import argparse
import collections
import glob
import hashlib
import json
import os
import re
import sys

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------
# Kinds, in gwapi_kind order: (group, kind, header).

KINDS = [
    ("gateway.networking.k8s.io", "GatewayClass", "gateway_api"),
    ("gateway.networking.k8s.io", "Gateway", "gateway_api"),
    ("gateway.networking.k8s.io", "ListenerSet", "gateway_api"),
    ("gateway.networking.k8s.io", "HTTPRoute", "gateway_api"),
    ("gateway.networking.k8s.io", "GRPCRoute", "gateway_api"),
    ("gateway.networking.k8s.io", "TLSRoute", "gateway_api"),
    ("gateway.networking.k8s.io", "TCPRoute", "gateway_api"),
    ("gateway.networking.k8s.io", "UDPRoute", "gateway_api"),
    ("gateway.networking.k8s.io", "ReferenceGrant", "gateway_api"),
    ("gateway.networking.k8s.io", "BackendTLSPolicy", "gateway_api"),
    ("gateway.networking.x-k8s.io", "XBackendTrafficPolicy", "gateway_api"),
    ("gateway.networking.x-k8s.io", "XBackend", "gateway_api"),
    ("gateway.networking.x-k8s.io", "XMesh", "gateway_api"),
    ("gateway.envoyproxy.io", "ClientTrafficPolicy", "envoy_gateway"),
    ("gateway.envoyproxy.io", "BackendTrafficPolicy", "envoy_gateway"),
    ("gateway.envoyproxy.io", "SecurityPolicy", "envoy_gateway"),
    ("gateway.envoyproxy.io", "EnvoyExtensionPolicy", "envoy_gateway"),
    ("gateway.envoyproxy.io", "EnvoyPatchPolicy", "envoy_gateway"),
    ("gateway.envoyproxy.io", "HTTPRouteFilter", "envoy_gateway"),
    ("gateway.envoyproxy.io", "Backend", "envoy_gateway"),
    ("", "Namespace", "core"),
    ("", "Service", "core"),
    ("multicluster.x-k8s.io", "ServiceImport", "core"),
    ("discovery.k8s.io", "EndpointSlice", "core"),
    ("", "Secret", "core"),
    ("", "ConfigMap", "core"),
]

HEADERS = [
    ("gateway_api", "Gateway API kinds (gateway.networking.k8s.io, gateway.networking.x-k8s.io)"),
    ("envoy_gateway", "Envoy Gateway kinds (gateway.envoyproxy.io/v1alpha1)"),
    ("core", "Kubernetes core kinds the translator reads (Service, Secret, ...)"),
]

# Curated type names: (kind, schema path of the object) -> C type name (the
# name is also learnt for that field of the parent type in every kind; see
# Model.name_kinds). Entries keyed by (parent type name, field) follow below.
NAME_OVERRIDES = {
    # Gateway API. Most names come from the descriptions; these are the Go
    # types whose CRD description is a field's, not the type's.
    ("Gateway", "spec.listeners[].tls.certificateRefs[]"): "gwapi_secret_object_reference",
    ("Gateway", "spec.infrastructure"): "gwapi_gateway_infrastructure",
    ("Gateway", "spec.listeners[].tls"): "gwapi_listener_tls_config",
    ("Gateway", "spec.listeners[].allowedRoutes"): "gwapi_allowed_routes",
    ("Gateway", "spec.listeners[].allowedRoutes.namespaces"): "gwapi_route_namespaces",
    ("Gateway", "spec.allowedListeners.namespaces.selector"): "gwapi_label_selector",
    ("Gateway", "spec.allowedListeners.namespaces.selector.matchExpressions[]"):
        "gwapi_label_selector_requirement",
    ("Gateway", "spec.allowedListeners"): "gwapi_allowed_listeners",
    ("Gateway", "spec.tls"): "gwapi_gateway_tls_config",
    ("Gateway", "spec.tls.frontend"): "gwapi_frontend_tls_config",
    ("Gateway", "spec.tls.frontend.default"): "gwapi_tls_config",
    ("Gateway", "spec.tls.frontend.default.validation"): "gwapi_frontend_tls_validation",
    ("Gateway", "spec.tls.frontend.perPort[]"): "gwapi_tls_port_config",
    ("Gateway", "spec.tls.backend"): "gwapi_gateway_backend_tls",
    # The kind name HTTPRouteFilter belongs to Envoy Gateway's kind.
    ("HTTPRoute", "spec.rules[].filters[]"): "gwapi_http_route_rule_filter",
    ("HTTPRoute", "spec.rules[].filters[].requestHeaderModifier"): "gwapi_http_header_filter",
    ("HTTPRoute", "spec.rules[].filters[].requestRedirect"): "gwapi_http_request_redirect_filter",
    ("HTTPRoute", "spec.rules[].filters[].requestRedirect.path"): "gwapi_http_path_modifier",
    ("HTTPRoute", "spec.rules[].filters[].requestMirror"): "gwapi_http_request_mirror_filter",
    ("HTTPRoute", "spec.rules[].filters[].requestMirror.fraction"): "gwapi_fraction",
    ("HTTPRoute", "spec.rules[].filters[].requestMirror.backendRef"): "gwapi_backend_object_reference",
    ("HTTPRoute", "spec.rules[].filters[].cors"): "gwapi_http_cors_filter",
    ("HTTPRoute", "spec.rules[].filters[].externalAuth"): "gwapi_http_external_auth_filter",
    ("HTTPRoute", "spec.rules[].filters[].externalAuth.forwardBody"): "gwapi_forward_body_config",
    ("HTTPRoute", "spec.rules[].filters[].urlRewrite"): "gwapi_http_url_rewrite_filter",
    ("HTTPRoute", "spec.rules[].timeouts"): "gwapi_http_route_timeouts",
    ("HTTPRoute", "spec.rules[].retry"): "gwapi_http_route_retry",
    ("HTTPRoute", "spec.rules[].sessionPersistence"): "gwapi_session_persistence",
    ("HTTPRoute", "spec.rules[].sessionPersistence.cookieConfig"): "gwapi_cookie_config",
    ("GRPCRoute", "spec.rules[].matches[].method"): "gwapi_grpc_method_match",
    ("BackendTLSPolicy", "spec.validation"): "gwapi_backend_tls_policy_validation",
    ("XBackendTrafficPolicy", "spec.retryConstraint"): "gwapi_retry_constraint",
    ("XBackendTrafficPolicy", "spec.retryConstraint.budget"): "gwapi_budget_details",
    ("XBackendTrafficPolicy", "spec.retryConstraint.minRetryRate"): "gwapi_request_rate",
    ("XBackend", "spec.tls"): "gwapi_x_backend_tls",
    # Envoy Gateway: its CRDs carry field docs where Gateway API has type
    # docs, so name the types it shares between kinds after their Go types.
    ("ClientTrafficPolicy", "spec.targetSelectors[]"): "gwapi_target_selector",
    ("ClientTrafficPolicy", "spec.connection"): "gwapi_client_connection",
    ("ClientTrafficPolicy", "spec.connection.connectionLimit"): "gwapi_connection_limit",
    ("ClientTrafficPolicy", "spec.http1"): "gwapi_http1_settings",
    ("ClientTrafficPolicy", "spec.http1.http10"): "gwapi_http10_settings",
    ("ClientTrafficPolicy", "spec.http2"): "gwapi_http2_settings",
    ("ClientTrafficPolicy", "spec.http2.connectionKeepalive"): "gwapi_http2_connection_keepalive",
    ("ClientTrafficPolicy", "spec.tcpKeepalive"): "gwapi_tcp_keepalive",
    ("ClientTrafficPolicy", "spec.timeout"): "gwapi_client_timeout",
    ("ClientTrafficPolicy", "spec.timeout.http"): "gwapi_http_client_timeout",
    ("ClientTrafficPolicy", "spec.timeout.tcp"): "gwapi_tcp_client_timeout",
    ("ClientTrafficPolicy", "spec.tls"): "gwapi_client_tls_settings",
    ("ClientTrafficPolicy", "spec.tls.clientValidation"): "gwapi_client_validation_context",
    ("ClientTrafficPolicy", "spec.path"): "gwapi_path_settings",
    ("ClientTrafficPolicy", "spec.headers.earlyRequestHeaders"): "gwapi_header_mutation",
    ("BackendTrafficPolicy", "spec.circuitBreaker"): "gwapi_circuit_breaker",
    ("BackendTrafficPolicy", "spec.circuitBreaker.perEndpoint"): "gwapi_per_endpoint_circuit_breakers",
    ("BackendTrafficPolicy", "spec.connection"): "gwapi_backend_connection",
    ("BackendTrafficPolicy", "spec.dns"): "gwapi_dns",
    ("BackendTrafficPolicy", "spec.healthCheck"): "gwapi_health_check",
    ("BackendTrafficPolicy", "spec.healthCheck.active"): "gwapi_active_health_check",
    ("BackendTrafficPolicy", "spec.healthCheck.active.http"): "gwapi_http_active_health_checker",
    ("BackendTrafficPolicy", "spec.healthCheck.active.grpc"): "gwapi_grpc_active_health_checker",
    ("BackendTrafficPolicy", "spec.healthCheck.active.tcp"): "gwapi_tcp_active_health_checker",
    ("BackendTrafficPolicy", "spec.healthCheck.active.http.expectedResponse"):
        "gwapi_active_health_check_payload",
    ("BackendTrafficPolicy", "spec.healthCheck.passive"): "gwapi_passive_health_check",
    ("BackendTrafficPolicy", "spec.loadBalancer"): "gwapi_load_balancer",
    ("BackendTrafficPolicy", "spec.loadBalancer.consistentHash"): "gwapi_consistent_hash",
    ("BackendTrafficPolicy", "spec.loadBalancer.slowStart"): "gwapi_slow_start",
    ("BackendTrafficPolicy", "spec.loadBalancer.zoneAware"): "gwapi_zone_aware",
    ("BackendTrafficPolicy", "spec.proxyProtocol"): "gwapi_proxy_protocol",
    ("BackendTrafficPolicy", "spec.retry"): "gwapi_retry",
    ("BackendTrafficPolicy", "spec.retry.perRetry"): "gwapi_per_retry_policy",
    ("BackendTrafficPolicy", "spec.retry.perRetry.backOff"): "gwapi_back_off_policy",
    ("BackendTrafficPolicy", "spec.retry.retryOn"): "gwapi_retry_on",
    ("BackendTrafficPolicy", "spec.timeout"): "gwapi_timeout",
    ("BackendTrafficPolicy", "spec.timeout.http"): "gwapi_http_timeout",
    ("BackendTrafficPolicy", "spec.timeout.tcp"): "gwapi_tcp_timeout",
    ("BackendTrafficPolicy", "spec.rateLimit"): "gwapi_rate_limit_spec",
    ("BackendTrafficPolicy", "spec.rateLimit.global"): "gwapi_global_rate_limit",
    ("BackendTrafficPolicy", "spec.rateLimit.global.rules[].limit"): "gwapi_rate_limit_value",
    ("BackendTrafficPolicy", "spec.faultInjection"): "gwapi_fault_injection",
    ("BackendTrafficPolicy", "spec.faultInjection.abort"): "gwapi_fault_injection_abort",
    ("BackendTrafficPolicy", "spec.faultInjection.delay"): "gwapi_fault_injection_delay",
    ("BackendTrafficPolicy", "spec.telemetry"): "gwapi_backend_telemetry",
    ("BackendTrafficPolicy", "spec.telemetry.tracing"): "gwapi_backend_tracing",
    ("SecurityPolicy", "spec.extAuth.grpc.backendRefs[]"): "gwapi_eg_backend_ref",
    ("SecurityPolicy", "spec.extAuth.grpc.backendSettings"): "gwapi_cluster_settings",
    ("SecurityPolicy", "spec.extAuth"): "gwapi_ext_auth",
    ("SecurityPolicy", "spec.extAuth.grpc"): "gwapi_grpc_ext_auth_service",
    ("SecurityPolicy", "spec.extAuth.http"): "gwapi_http_ext_auth_service",
    ("SecurityPolicy", "spec.apiKeyAuth"): "gwapi_api_key_auth",
    ("SecurityPolicy", "spec.authorization"): "gwapi_authorization",
    ("SecurityPolicy", "spec.basicAuth"): "gwapi_basic_auth",
    ("SecurityPolicy", "spec.cors"): "gwapi_cors",
    ("SecurityPolicy", "spec.jwt"): "gwapi_jwt",
    ("SecurityPolicy", "spec.jwt.providers[].remoteJWKS"): "gwapi_remote_jwks",
    ("SecurityPolicy", "spec.oidc"): "gwapi_oidc",
    ("SecurityPolicy", "spec.oidc.provider"): "gwapi_oidc_provider",
    ("SecurityPolicy", "spec.authorization.rules[].principal"): "gwapi_principal",
    ("SecurityPolicy", "spec.authorization.rules[].operation"): "gwapi_operation",
    ("SecurityPolicy", "spec.authorization.rules[].principal.jwt"): "gwapi_jwt_principal",
    ("EnvoyExtensionPolicy", "spec.wasm[].code"): "gwapi_wasm_code_source",
    ("EnvoyExtensionPolicy", "spec.wasm[].code.http"): "gwapi_http_wasm_code_source",
    ("EnvoyExtensionPolicy", "spec.wasm[].code.image"): "gwapi_image_wasm_code_source",
    ("EnvoyExtensionPolicy", "spec.wasm[].env"): "gwapi_wasm_env",
    ("EnvoyExtensionPolicy", "spec.extProc[].processingMode"): "gwapi_ext_proc_processing_mode",
    ("EnvoyExtensionPolicy", "spec.extProc[].processingMode.request"): "gwapi_processing_mode_options",
    ("HTTPRouteFilter", "spec.directResponse"): "gwapi_http_direct_response_filter",
    ("HTTPRouteFilter", "spec.urlRewrite"): "gwapi_eg_http_url_rewrite_filter",
    ("Backend", "spec.tls"): "gwapi_backend_tls_settings",
    ("Backend", "spec.endpoints[].fqdn"): "gwapi_fqdn_endpoint",
    ("Backend", "spec.endpoints[].ip"): "gwapi_ip_endpoint",
    ("HTTPRoute", "spec.rules[].matches[].path"): "gwapi_http_path_match",
    ("ListenerSet", "spec.listeners[]"): "gwapi_listener_entry",
    ("XBackendTrafficPolicy", "spec.sessionPersistence"): "gwapi_session_persistence",
    ("BackendTrafficPolicy", "spec.http2"): "gwapi_http2_settings",
    ("BackendTrafficPolicy", "spec.tcpKeepalive"): "gwapi_tcp_keepalive",
    ("BackendTrafficPolicy", "spec.rateLimit.local"): "gwapi_local_rate_limit",
    ("BackendTrafficPolicy", "spec.rateLimit.global.rules[].cost.request"):
        "gwapi_rate_limit_cost_specifier",
    ("SecurityPolicy", "spec.extAuth.http.backendRefs[]"): "gwapi_eg_backend_ref",
    ("SecurityPolicy", "spec.jwt.providers[].remoteJWKS.backendRefs[]"): "gwapi_eg_backend_ref",
    ("SecurityPolicy", "spec.oidc.provider.backendRefs[]"): "gwapi_eg_backend_ref",
    ("EnvoyExtensionPolicy", "spec.extProc[].backendRefs[]"): "gwapi_eg_backend_ref",
    ("EnvoyExtensionPolicy", "spec.wasm[].code.http.tls"): "gwapi_wasm_code_source_tls_config",
    # Core kinds: the OpenAPI carries field docs at the use sites.
    ("Service", "spec.sessionAffinityConfig"): "gwapi_session_affinity_config",
    ("Service", "spec.sessionAffinityConfig.clientIP"): "gwapi_client_ip_config",
    ("ServiceImport", "spec.sessionAffinityConfig"): "gwapi_session_affinity_config",
    ("ServiceImport", "spec.sessionAffinityConfig.clientIP"): "gwapi_client_ip_config",
}
for _k in ("ClientTrafficPolicy", "BackendTrafficPolicy", "SecurityPolicy", "EnvoyExtensionPolicy"):
    NAME_OVERRIDES[(_k, "spec.targetRef")] = "gwapi_local_policy_target_reference_with_section_name"
    NAME_OVERRIDES[(_k, "spec.targetSelectors[]")] = "gwapi_target_selector"

# Curated type names by (parent type name, JSON field), for Go types that a
# shared type refers to (a curated name by kind and path is also learnt as
# the name of that field of its parent type in every kind).
NAME_OVERRIDES.update({
    ("gwapi_cluster_settings", "circuitBreaker"): "gwapi_circuit_breaker",
    ("gwapi_cluster_settings", "connection"): "gwapi_backend_connection",
    ("gwapi_cluster_settings", "dns"): "gwapi_dns",
    ("gwapi_cluster_settings", "healthCheck"): "gwapi_health_check",
    ("gwapi_cluster_settings", "http2"): "gwapi_http2_settings",
    ("gwapi_cluster_settings", "loadBalancer"): "gwapi_load_balancer",
    ("gwapi_cluster_settings", "proxyProtocol"): "gwapi_proxy_protocol",
    ("gwapi_cluster_settings", "retry"): "gwapi_retry",
    ("gwapi_cluster_settings", "tcpKeepalive"): "gwapi_tcp_keepalive",
    ("gwapi_cluster_settings", "timeout"): "gwapi_timeout",
    ("gwapi_http_ext_auth_service", "backendSettings"): "gwapi_cluster_settings",
    ("gwapi_remote_jwks", "backendSettings"): "gwapi_cluster_settings",
    ("gwapi_oidc_provider", "backendSettings"): "gwapi_cluster_settings",
    ("gwapi_ext_proc", "backendSettings"): "gwapi_cluster_settings",
    ("gwapi_grpc_ext_auth_service", "backendRef"): "gwapi_backend_object_reference",
    ("gwapi_http_ext_auth_service", "backendRef"): "gwapi_backend_object_reference",
    ("gwapi_remote_jwks", "backendRef"): "gwapi_backend_object_reference",
    ("gwapi_oidc_provider", "backendRef"): "gwapi_backend_object_reference",
    ("gwapi_ext_proc", "backendRef"): "gwapi_backend_object_reference",
    ("gwapi_http_external_auth_filter", "backendRef"): "gwapi_backend_object_reference",
    ("gwapi_http_active_health_checker", "requestBody"): "gwapi_active_health_check_payload",
    ("gwapi_tcp_active_health_checker", "send"): "gwapi_active_health_check_payload",
    ("gwapi_tcp_active_health_checker", "receive"): "gwapi_active_health_check_payload",
    ("gwapi_listener_entry", "allowedRoutes"): "gwapi_allowed_routes",
    ("gwapi_listener_entry", "tls"): "gwapi_listener_tls_config",
    ("gwapi_grpc_route_rule", "sessionPersistence"): "gwapi_session_persistence",
    ("gwapi_grpc_route_filter", "requestHeaderModifier"): "gwapi_http_header_filter",
    ("gwapi_grpc_route_filter", "responseHeaderModifier"): "gwapi_http_header_filter",
    ("gwapi_grpc_route_filter", "requestMirror"): "gwapi_http_request_mirror_filter",
    ("gwapi_grpc_route_filter", "extensionRef"): "gwapi_local_object_reference",
    ("gwapi_http_route_rule_filter", "responseHeaderModifier"): "gwapi_http_header_filter",
    ("gwapi_http_route_rule_filter", "extensionRef"): "gwapi_local_object_reference",
    ("gwapi_http_url_rewrite_filter", "path"): "gwapi_http_path_modifier",
    ("gwapi_tls_port_config", "tls"): "gwapi_tls_config",
    ("gwapi_local_rate_limit", "rules"): "gwapi_rate_limit_rule",
    ("gwapi_rate_limit_rule_cost", "response"): "gwapi_rate_limit_cost_specifier",
    ("gwapi_header_settings", "lateResponseHeaders"): "gwapi_header_mutation",
    ("gwapi_image_wasm_code_source", "tls"): "gwapi_wasm_code_source_tls_config",
    ("gwapi_ext_proc_processing_mode", "response"): "gwapi_processing_mode_options",
    ("gwapi_route_namespaces", "selector"): "gwapi_label_selector",
    ("gwapi_target_selector_namespaces", "selector"): "gwapi_label_selector",
    ("gwapi_target_selector", "matchExpressions"): "gwapi_label_selector_requirement",
    ("gwapi_lua", "valueRef"): "gwapi_local_object_reference",
    ("gwapi_jwt_provider_local_jwks", "valueRef"): "gwapi_local_object_reference",
    ("gwapi_gateway_backend_tls", "clientCertificateRef"): "gwapi_secret_object_reference",
    ("gwapi_x_backend_tls", "clientCertificateRef"): "gwapi_secret_object_reference",
    ("gwapi_basic_auth", "users"): "gwapi_secret_object_reference",
    ("gwapi_oidc", "clientIDRef"): "gwapi_secret_object_reference",
    ("gwapi_oidc", "clientSecret"): "gwapi_secret_object_reference",
    ("gwapi_wasm_code_source_tls_config", "caCertificateRef"): "gwapi_secret_object_reference",
    ("gwapi_image_wasm_code_source", "pullSecretRef"): "gwapi_secret_object_reference",
    ("gwapi_http_credential_injection_filter_credential", "valueRef"):
        "gwapi_secret_object_reference",
    ("gwapi_backend_tls_settings", "clientCertificateRef"): "gwapi_secret_object_reference",
    ("gwapi_x_backend_tls", "validation"): "gwapi_backend_tls_policy_validation",
    ("gwapi_circuit_breaker_retry_budget", "percent"): "gwapi_fraction",
    ("gwapi_backend_tracing", "samplingFraction"): "gwapi_fraction",
    ("gwapi_backend_tracing", "clientSamplingFraction"): "gwapi_fraction",
    ("gwapi_backend_tracing", "overallSamplingFraction"): "gwapi_fraction",
    ("gwapi_security_policy_csrf", "shadowFraction"): "gwapi_fraction",
    ("gwapi_response_override_redirect", "path"): "gwapi_http_path_modifier",
    ("gwapi_response_override_response", "body"): "gwapi_custom_response_body",
    ("gwapi_http_direct_response_filter", "body"): "gwapi_custom_response_body",
    ("gwapi_custom_response_body", "valueRef"): "gwapi_local_object_reference",
    ("gwapi_consistent_hash", "header"): "gwapi_header",
    ("gwapi_eg_http_url_rewrite_filter_hostname", "pathRegex"): "gwapi_replace_regex_match",
    ("gwapi_eg_http_url_rewrite_filter_path", "replaceRegexMatch"): "gwapi_replace_regex_match",
})

# Go type names whose snake_case is taken by a kind: the C name to use.
GO_NAME_RENAMES = {
    "gwapi_http_route_filter": "gwapi_http_route_rule_filter",
}

# C and C++ keywords and common macros: members get a trailing underscore.
C_KEYWORDS = set("""
auto break case char const continue default do double else enum extern float
for goto if inline int long register restrict return short signed sizeof
static struct switch typedef union unsigned void volatile while _Alignas
_Alignof _Atomic _Bool _Complex _Generic _Imaginary _Noreturn _Static_assert
_Thread_local alignas alignof and and_eq asm bitand bitor bool catch char8_t
char16_t char32_t class compl concept consteval constexpr constinit const_cast
co_await co_return co_yield decltype delete dynamic_cast explicit export false
friend mutable namespace new noexcept not not_eq nullptr operator or or_eq
private protected public reflexpr reinterpret_cast requires static_assert
static_cast template this thread_local throw true try typeid typename using
virtual wchar_t xor xor_eq
NULL errno assert offsetof linux unix i386 major minor makedev stdin stdout
stderr
""".split())

GO_VERBS = {"defines", "define", "describes", "identifies", "represents", "is",
            "specifies", "provides", "contains", "configures", "allows",
            "embodies", "indicates", "holds", "enables", "controls", "selects",
            "sets", "stores"}

# ---------------------------------------------------------------------------
# Utilities


def die(msg):
    sys.stderr.write("gen-schema: error: " + msg + "\n")
    sys.exit(1)


ACRONYMS = sorted("""HTTP HTTPS URL URI TLS GRPC JWT JWKS OIDC CORS CSRF TCP UDP IP DNS API
ID JSON SNI ALPN CA CIDR ASN ISP VPN CRL SPKI SAN FQDN TTL XFF CEL LB RBAC""".split(),
                  key=lambda a: -len(a))


def split_acronyms(run):
    """Segments a run of capitals into known acronyms: HTTPURL -> [HTTP, URL]."""
    if not run:
        return []
    for a in ACRONYMS:
        if run.startswith(a):
            rest = split_acronyms(run[len(a):])
            if rest is not None:
                return [a] + rest
    return None


def snake(name):
    """Go/JSON identifier -> snake_case: HTTPRoute -> http_route."""
    s = name
    s = re.sub(r"IPv([46])", r"Ipv\1", s)
    # Plural acronyms: clusterIPs -> clusterIps, CIDRs -> Cidrs.
    s = re.sub(r"([A-Z]{2,})s(?=[A-Z0-9_]|$)",
               lambda m: m.group(1)[0] + m.group(1)[1:].lower() + "s", s)

    # Adjacent acronyms: HTTPURLRewrite -> HTTP_URL_Rewrite.
    def seg(m):
        run = m.group(1)
        parts = split_acronyms(run)
        return "_".join(parts) if parts else run
    s = re.sub(r"([A-Z]{2,})(?=[A-Z][a-z]|[^A-Za-z]|$)", seg, s)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = s.replace("-", "_").replace(".", "_")
    s = re.sub(r"_+", "_", s)
    return s.lower()


def member_name(json_name):
    if json_name == "namespace":
        return "ns"
    if json_name == "src":
        return "src_"
    n = snake(json_name)
    if n in C_KEYWORDS or n == "src":
        n += "_"
    if not re.match(r"^[a-z_][a-z0-9_]*$", n):
        die("cannot make a C member name of %r" % json_name)
    return n


def singular(word):
    if word.endswith("ies"):
        return word[:-3] + "y"
    for suf in ("sses", "ches", "shes", "xes", "zes", "uses"):
        if word.endswith(suf):
            return word[:-2]
    if word.endswith("ss"):
        return word
    if word.endswith("s"):
        return word[:-1]
    return word + "_item"


def first_sentence(desc):
    if not desc:
        return ""
    para = desc.strip().split("\n\n")[0]
    text = " ".join(para.split())
    for m in re.finditer(r"[.!?](?=\s|$)", text):
        before = text[:m.start()]
        if re.search(r"(\be\.g|\bi\.e|\betc|\bvs|\bEx|\bapprox|\b[A-Za-z])$", before):
            continue
        return text[:m.end()]
    return text


def c_string(s):
    """A C string literal for s (UTF-8), safe for -pedantic (no trigraphs)."""
    out = ['"']
    prev = ""
    for ch in s.encode("utf-8"):
        c = chr(ch)
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "?" and prev == "?":
            out.append("\\?")
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
        prev = c
    out.append('"')
    lit = "".join(out)
    if len(s.encode("utf-8")) > 4000:
        die("string literal too long for ISO C: %r..." % s[:60])
    return lit


def comment_text(text):
    text = text.replace("*/", "* /").replace("/*", "/ *").replace("??", "? ?")
    return text


def wrap_comment(text, indent, width=79):
    """Block comment lines for text, wrapped at width."""
    text = comment_text(text)
    words = text.split()
    if not words:
        return []
    lines = []
    cur = indent + "/* "
    for w in words:
        cand = cur + ("" if cur.endswith("/* ") or cur.endswith(" * ") else " ") + w
        if len(cand) > width - 3 and not (cur.endswith("/* ") or cur.endswith(" * ")):
            lines.append(cur)
            cur = indent + " * " + w
        else:
            cur = cand
    if len(cur) + 3 <= width:
        lines.append(cur + " */")
    else:
        lines.append(cur)
        lines.append(indent + " */")
    return lines


def compact_json(v):
    return json.dumps(v, separators=(",", ":"), sort_keys=False)


def num_text(v):
    if isinstance(v, bool):
        die("boolean bound")
    if isinstance(v, int):
        return "%d" % v
    return repr(float(v))


KIND_VALUES = os.path.join("scripts", "kind-values.tsv")


def kind_values(kinds):
    """gwapi_kind values from the append-only registry: every kind needs a
    line, a value is never used twice, and a line without a kind must say
    "retired" so that its number stays taken."""
    values, retired, seen = {}, set(), set()
    with open(os.path.join(REPO, KIND_VALUES), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) not in (2, 3) or not cols[0].isdigit() or int(cols[0]) < 1 or \
                    (len(cols) == 3 and cols[2] != "retired"):
                die("%s:%d: want VALUE<TAB>Kind[<TAB>retired]" % (KIND_VALUES, n))
            v = int(cols[0])
            if v in seen or cols[1] in values or cols[1] in retired:
                die("%s:%d: value or kind listed twice" % (KIND_VALUES, n))
            seen.add(v)
            if len(cols) == 3:
                retired.add(cols[1])
            else:
                values[cols[1]] = v
    names = {k.name for k in kinds.values()}
    if len(names) != len(kinds):
        die("two kinds share a name; %s keys kinds by name" % KIND_VALUES)
    for name in names:
        if name not in values:
            die("%s has no value in %s: append the next number" % (name, KIND_VALUES))
    for name in values:
        if name not in names:
            die("%s in %s is no longer generated: mark it retired" % (name, KIND_VALUES))
    return values


def write_file(path, text):
    full = os.path.join(REPO, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    old = None
    if os.path.exists(full):
        with open(full, "r", encoding="utf-8") as f:
            old = f.read()
    if old != text:
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    return path


# ---------------------------------------------------------------------------
# Loading


class Src:
    """One served version of one CRD file."""

    def __init__(self, kind, channel, version, schema, file, crd):
        self.kind = kind
        self.channel = channel  # "standard", "experimental" or None (both)
        self.version = version
        self.schema = schema
        self.file = file
        self.crd = crd


class Kind:
    def __init__(self, idx, group, name, header):
        self.idx = idx
        self.group = group
        self.name = name
        self.header = header
        self.snake = snake(name)
        self.enum = "GWAPI_KIND_" + self.snake.upper()
        self.cname = "gwapi_" + self.snake
        self.srcs = []
        self.list_name = None
        self.namespaced = None
        self.versions = []  # served version names, CRD order
        self.shape = None


# Core kinds come from Kubernetes' published OpenAPI v3 (the API server's own
# schemas, components with $ref) and the ServiceImport CRD; the OpenAPI ones
# are turned into the CRD form every other kind has.
K8S_DIR = "kubernetes-1.32"
K8S_OPENAPI = "core-kinds.openapi.json"
# (group, kind) -> scope of the built-in kinds read from the OpenAPI (the
# OpenAPI does not say; the API server's REST storage does).
K8S_SCOPES = {("", "Namespace"): "Cluster", ("", "Service"): "Namespaced",
              ("", "Secret"): "Namespaced", ("", "ConfigMap"): "Namespaced",
              ("discovery.k8s.io", "EndpointSlice"): "Namespaced"}
# OpenAPI keys with no meaning for validation (client-side merge hints, the
# kind tag the root already has).
K8S_DROPPED_KEYS = {"x-kubernetes-group-version-kind", "x-kubernetes-patch-strategy",
                    "x-kubernetes-patch-merge-key"}


def openapi_inline(s, comps, path, depth=0):
    """An OpenAPI v3 component schema with every $ref inlined, in the CRD
    structural form: `allOf: [{$ref}]` (how the API server's OpenAPI
    attaches a description or default to a referenced type) becomes the
    referenced schema with those keys; IntOrString becomes
    x-kubernetes-int-or-string."""
    if depth > 32:
        die("%s: $ref nesting too deep" % path)
    s = dict(s)
    ref = s.pop("$ref", None)
    all_of = s.get("allOf")
    if ref is None and isinstance(all_of, list) and len(all_of) == 1 and "$ref" in all_of[0]:
        del s["allOf"]
        ref = all_of[0]["$ref"]
    if ref is not None:
        name = ref.rsplit("/", 1)[-1]
        if name not in comps:
            die("%s: unresolved $ref %s" % (path, ref))
        target = openapi_inline(comps[name], comps, path, depth + 1)
        target.update(s)  # description/default at the use site win
        s = target
    if s.get("format") == "int-or-string":
        return {k: v for k, v in s.items() if k not in ("format", "oneOf", "type")} | \
            {"x-kubernetes-int-or-string": True}
    for k in K8S_DROPPED_KEYS:
        s.pop(k, None)
    if "properties" in s:
        s["properties"] = collections.OrderedDict(
            (n, openapi_inline(v, comps, path + "." + n, depth + 1))
            for n, v in sorted(s["properties"].items()))
    if isinstance(s.get("items"), dict):
        s["items"] = openapi_inline(s["items"], comps, path + "[]", depth + 1)
    if isinstance(s.get("additionalProperties"), dict):
        s["additionalProperties"] = openapi_inline(s["additionalProperties"], comps,
                                                   path + "{}", depth + 1)
    return s


def k8s_openapi_crds(path):
    """Synthetic CRDs of the built-in kinds in the Kubernetes OpenAPI file."""
    with open(path, "r", encoding="utf-8") as f:
        comps = json.load(f)["components"]["schemas"]
    crds = []
    for name in sorted(comps):
        gvks = comps[name].get("x-kubernetes-group-version-kind")
        if not gvks:
            continue
        for gvk in gvks:
            key = (gvk["group"], gvk["kind"])
            if key not in K8S_SCOPES:
                die("%s: no scope known for %s/%s" % (path, key[0], key[1]))
            root = openapi_inline(comps[name], comps, gvk["kind"])
            # ObjectMeta is decoded and checked as the API server does, by
            # metadata.c, not through its OpenAPI.
            root["properties"]["metadata"] = {"type": "object"}
            crds.append({"kind": "CustomResourceDefinition", "spec": {
                "group": gvk["group"], "scope": K8S_SCOPES[key],
                "names": {"kind": gvk["kind"], "listKind": gvk["kind"] + "List"},
                "versions": [{"name": gvk["version"], "served": True,
                              "schema": {"openAPIV3Schema": root}}]}})
    return crds


def load_sources(spec_dir):
    kinds = collections.OrderedDict()
    for i, (g, k, h) in enumerate(KINDS):
        kinds[(g, k)] = Kind(i + 1, g, k, h)
    files = []
    for chan in ("standard", "experimental"):
        for f in sorted(glob.glob(os.path.join(spec_dir, "gateway-api-v1.6.1", chan, "*.yaml"))):
            files.append((f, os.path.relpath(f, spec_dir), chan))
    for f in sorted(glob.glob(os.path.join(spec_dir, "envoy-gateway-v1.9", "*.yaml"))):
        files.append((f, os.path.relpath(f, spec_dir), None))
    for f in sorted(glob.glob(os.path.join(spec_dir, K8S_DIR, "*.yaml"))):
        files.append((f, os.path.relpath(f, spec_dir), None))
    openapi = os.path.join(spec_dir, K8S_DIR, K8S_OPENAPI)
    if not os.path.exists(openapi):
        die("no %s under %s" % (K8S_OPENAPI, os.path.join(spec_dir, K8S_DIR)))
    files.append((openapi, os.path.relpath(openapi, spec_dir), None))
    if len(files) < 10:
        die("no CRDs found under %s" % spec_dir)
    for path, rel, chan in files:
        if os.path.basename(path).startswith(("gateway.networking.k8s.io_vap_",)):
            continue
        if path.endswith(".json"):
            docs = k8s_openapi_crds(path)
        else:
            with open(path, "r", encoding="utf-8") as f:
                docs = list(yaml.safe_load_all(f))
        for d in docs:
            if not d or d.get("kind") != "CustomResourceDefinition":
                continue
            sp = d["spec"]
            key = (sp["group"], sp["names"]["kind"])
            if key not in kinds:
                die("%s: kind %s/%s is not in KINDS" % (rel, key[0], key[1]))
            k = kinds[key]
            lst = sp["names"].get("listKind", k.name + "List")
            ns = sp.get("scope", "Namespaced") == "Namespaced"
            if k.list_name not in (None, lst) or k.namespaced not in (None, ns):
                die("%s: names/scope differ between channels" % rel)
            k.list_name, k.namespaced = lst, ns
            for v in sp["versions"]:
                if not v.get("served", False):
                    continue
                if v["name"] not in k.versions:
                    k.versions.append(v["name"])
                k.srcs.append(Src(k, chan, v["name"], v["schema"]["openAPIV3Schema"], rel, d))
    for k in kinds.values():
        if not k.srcs:
            die("no CRD found for kind %s" % k.name)
        # Comments come from the standard channel's first version first.
        k.srcs.sort(key=lambda s: (0 if s.channel in (None, "standard") else 1,
                                   k.versions.index(s.version)))
    return kinds


# ---------------------------------------------------------------------------
# Storage shapes (what the C type of a value is), merged per kind.

SCALARS = {"string": "S", "integer": "I", "number": "N", "boolean": "B"}


class Shape:
    __slots__ = ("k", "members", "item", "desc", "mdesc", "sig", "ctype", "tname")

    def __init__(self, k):
        self.k = k  # S I N B O L M A IOS META
        self.members = collections.OrderedDict()
        self.item = None
        self.desc = None      # description of the value (type doc for items)
        self.mdesc = {}       # member json name -> description
        self.sig = None
        self.ctype = None     # CType for O
        self.tname = None     # type name of an object (see Model.name_walk)


def classify(s, path, root_meta=False):
    if root_meta:
        return "META"
    if s.get("x-kubernetes-int-or-string"):
        return "IOS"
    t = s.get("type")
    if t is None:
        if "properties" in s:
            return "O"
        return "A"
    if t in SCALARS:
        return SCALARS[t]
    if t == "array":
        return "L"
    if t == "object":
        if "properties" in s:
            if "additionalProperties" in s:
                die("%s: object with both properties and additionalProperties" % path)
            return "O"
        ap = s.get("additionalProperties")
        if isinstance(ap, dict):
            return "M"
        if ap is True or s.get("x-kubernetes-preserve-unknown-fields"):
            return "A"
        return "O"  # empty object: presence only
    die("%s: unsupported type %r" % (path, t))


def build_shape(s, path, root_meta=False):
    k = classify(s, path, root_meta)
    sh = Shape(k)
    sh.desc = s.get("description")
    if k == "O":
        props = s.get("properties", {})
        for name, ps in props.items():
            if path == "" and name == "status":
                continue
            sh.members[name] = build_shape(ps, join_path(path, name),
                                           root_meta=(path == "" and name == "metadata"))
            sh.mdesc[name] = ps.get("description")
    elif k == "L":
        if "items" not in s:
            die("%s: array without items" % path)
        sh.item = build_shape(s["items"], path + "[]")
    elif k == "M":
        sh.item = build_shape(s["additionalProperties"], path + "{}")
    return sh


def join_path(path, name):
    return name if path == "" else path + "." + name


def merge_shape(a, b, path, kind):
    if a.k != b.k:
        die("%s %s: conflicting storage across versions/channels: %s vs %s"
            % (kind.name, path or "<root>", a.k, b.k))
    if a.desc is None:
        a.desc = b.desc
    if a.k == "O":
        for n, m in b.members.items():
            if n in a.members:
                merge_shape(a.members[n], m, join_path(path, n), kind)
            else:
                a.members[n] = m
            if a.mdesc.get(n) is None:
                a.mdesc[n] = b.mdesc.get(n)
        # CRD properties are alphabetical; keep the union alphabetical.
        a.members = collections.OrderedDict(sorted(a.members.items()))
    elif a.k in ("L", "M"):
        merge_shape(a.item, b.item, path + ("[]" if a.k == "L" else "{}"), kind)


# ---------------------------------------------------------------------------
# C types


class CType:
    def __init__(self, sig):
        self.sig = sig
        self.members = []     # (json, cname, Shape)
        self.occ = []         # Occurrence list, traversal order
        self.name = None
        self.desc = None
        self.header = None
        self.as_elem = False  # used as array item
        self.as_mapval = False
        self.deps = []        # CTypes this one refers to (ordered, unique)
        self.kindroot = None
        self.spec_of = None   # Kind whose spec this is
        self.name_occ = None  # the occurrence the name comes from
        self.desc_shape = None


class Occ:
    __slots__ = ("kind", "path", "parent", "field", "via", "desc", "order", "shape")

    def __init__(self, kind, path, parent, field, via, desc, order, shape):
        self.kind, self.path, self.parent, self.field = kind, path, parent, field
        self.via, self.desc, self.order, self.shape = via, desc, order, shape


class Model:
    def __init__(self):
        self.types = collections.OrderedDict()  # sig -> CType
        self.order = 0

    def sig_of(self, sh, salt=None):
        if sh.sig is not None:
            return sh.sig
        if sh.k == "O":
            parts = [n + ":" + self.sig_of(m) for n, m in sh.members.items()]
            sig = "O<%s>(" % (sh.tname or "") + ",".join(parts) + ")"
            if salt:
                sig = salt + sig
            t = self.types.get(sig)
            if t is None:
                t = CType(sig)
                for n, m in sh.members.items():
                    t.members.append((n, member_name(n), m))
                cn = [c for _, c, _ in t.members]
                if len(set(cn)) != len(cn) or "src" in cn:
                    die("member name clash in %s" % sig[:200])
                self.types[sig] = t
            sh.ctype = t
        elif sh.k in ("L", "M"):
            sig = sh.k + "[" + self.sig_of(sh.item) + "]"
        else:
            sig = sh.k
        sh.sig = sig
        return sig

    def name_walk(self, kind, sh, path, base, ptname, field, via):
        """Gives every object shape of a kind its type name: the curated
        name (by kind and path, or by parent type and field), else the Go
        name of its description, else parent + field."""
        if sh.k == "O":
            if via == "root":
                tn = kind.cname
            elif via == "prop" and path == "spec":
                tn = kind.cname + "_spec"
            elif not sh.members:
                tn = None  # gwapi_empty
            else:
                occ = Occ(kind, path, None, field, via, sh.desc, 0, sh)
                tn = NAME_OVERRIDES.get((kind.name, path))
                if tn:
                    # The field of a type has one type wherever the type is.
                    self.member_names.setdefault((ptname, field), tn)
                else:
                    tn = self.member_names.get((ptname, field))
                if not tn:
                    tn = go_candidate(occ)
                    tn = GO_NAME_RENAMES.get(tn, tn)
                if not tn:
                    f = snake(field)
                    if via in ("item", "mapval"):
                        f = singular(f)
                    tn = base + "_" + f
            sh.tname = tn
            sub = kind.cname if (via == "prop" and path == "spec") else tn
            for n, m in sh.members.items():
                self.name_walk(kind, m, join_path(path, n), sub, tn, n, "prop")
        elif sh.k in ("L", "M"):
            self.name_walk(kind, sh.item, path + ("[]" if sh.k == "L" else "{}"), base, ptname,
                           field, "item" if sh.k == "L" else "mapval")

    def name_kinds(self, kinds):
        """Type names of all kinds; curated names learnt from one kind apply
        to the same field of the same type in the others, so repeat until
        nothing changes."""
        self.member_names = {k: v for k, v in NAME_OVERRIDES.items()
                             if k[0].startswith("gwapi_")}
        for _ in range(10):
            before = dict(self.member_names)
            for k in kinds.values():
                self.name_walk(k, k.shape, "", None, None, None, "root")
            if self.member_names == before:
                return
        die("type names do not settle")

    def add_kind(self, kind):
        sh = kind.shape
        spec = sh.members.get("spec")
        if spec is not None and spec.k == "O":
            self.sig_of(spec, salt="SPEC<%s>" % kind.name)
            spec.ctype.spec_of = kind
        self.sig_of(sh, salt="KIND<%s>" % kind.name)
        sh.ctype.kindroot = kind
        self.walk_occ(kind, sh, "", None, None, "root")

    def walk_occ(self, kind, sh, path, parent, field, via):
        if sh.k == "O":
            t = sh.ctype
            self.order += 1
            t.occ.append(Occ(kind, path, parent, field, via, sh.desc, self.order, sh))
            if via == "item":
                t.as_elem = True
            if via == "mapval":
                t.as_mapval = True
            for n, m in sh.members.items():
                self.walk_occ(kind, m, join_path(path, n), t, n, "prop")
                dep = m
                while dep.k in ("L", "M"):
                    dep = dep.item
                if dep.k == "O" and dep.ctype not in t.deps:
                    t.deps.append(dep.ctype)
        elif sh.k in ("L", "M"):
            it = sh.item
            if it.k in ("L", "M"):
                die("%s %s: nested arrays/maps are not supported" % (kind.name, path))
            self.walk_occ(kind, it, path + ("[]" if sh.k == "L" else "{}"), parent, field,
                          "item" if sh.k == "L" else "mapval")


def go_candidate(occ):
    d = (occ.desc or "").strip()
    m = re.match(r"([A-Z][A-Za-z0-9]*)\s+(\S+)", d)
    if not m:
        return None
    w, verb = m.group(1), m.group(2)
    if verb not in GO_VERBS:
        return None
    if occ.via == "prop" and w.lower() == (occ.field or "").lower():
        return None
    if occ.via == "root":
        return None
    return "gwapi_" + snake(w)


def reserved_names():
    names = set()
    gen = {"kinds.h", "resources.h", "gateway_api.h", "envoy_gateway.h", "core.h"}
    for f in sorted(glob.glob(os.path.join(REPO, "include", "gwapi", "*.h*"))):
        if os.path.basename(f) in gen:
            continue
        with open(f, "r", encoding="utf-8") as fh:
            text = fh.read()
        # The names these headers define (types, struct tags, functions),
        # not the generated ones they use (ir.h uses policy spec types).
        names.update(re.findall(r"}\s*(gwapi_\w+)\s*;", text))
        names.update(re.findall(r"typedef\s[^;{}]*?\b(gwapi_\w+)\s*;", text))
        names.update(re.findall(r"struct\s+(gwapi_\w+)\s*{", text))
        names.update(re.findall(r"\b(gwapi_\w+)\s*\(", text))
    names.update(["gwapi_kind", "gwapi_kind_name", "gwapi_num_list"])
    return names


def assign_names(model, kinds):
    used = reserved_names()

    def take(t, name, occ):
        family = [name, name + "_list", name + "_map", name + "_map_entry"]
        if any(n in used for n in family):
            return False
        used.update(family)
        t.name = name
        t.name_occ = occ
        return True

    # Kind structs and specs first.
    for k in kinds.values():
        used.add("gwapi_object_as_" + k.snake)
    for k in kinds.values():
        t = k.shape.ctype
        if not take(t, k.cname, t.occ[0]):
            die("kind type name %s is taken" % k.cname)
        spec = k.shape.members.get("spec")
        if spec is not None and spec.k == "O":
            st = spec.ctype
            if not take(st, k.cname + "_spec", st.occ[0]):
                die("spec type name %s_spec is taken" % k.cname)
    types = sorted((t for t in model.types.values() if t.name is None),
                   key=lambda t: t.occ[0].order)
    # Every other type is named by its type name (the curated name, the Go
    # name of its description, or parent + field; see Model.name_walk); two
    # types of the same name but different shapes: the later one is named
    # after its parent type and field, or gets a numeric suffix.
    for t in types:
        if not t.members:
            if not take(t, "gwapi_empty", t.occ[0]):
                die("gwapi_empty is taken")
            continue
        if take(t, t.occ[0].shape.tname, t.occ[0]):
            continue
        tried = []
        for o in t.occ:
            if o.parent is None or o.parent.name is None:
                continue
            f = snake(o.field)
            if o.via in ("item", "mapval"):
                f = singular(f)
            base = o.parent.name
            if o.parent.spec_of is not None:
                base = base[:-len("_spec")]
            tried.append((base + "_" + f, o))
        for n, o in tried:
            if take(t, n, o):
                break
        else:
            base = tried[0][0] if tried else t.occ[0].shape.tname
            i = 2
            while not take(t, "%s_%d" % (base, i), t.occ[0]):
                i += 1
    for t in model.types.values():
        if t.name is None:
            die("unnamed type %s" % t.sig[:100])
    # Comments come from the occurrence that named the type, or one whose Go
    # name is the type's name.
    for t in model.types.values():
        best = t.name_occ
        for o in t.occ:
            if go_candidate(o) == t.name:
                best = o
                break
        t.desc = best.desc
        t.desc_shape = best.shape
        if not t.members:
            t.desc = ("An object without members: only its presence matters, "
                      "as in `gzip: {}`.")


# ---------------------------------------------------------------------------
# C storage of shapes

SLOT_TYPES = {"S": "gwapi_str", "I": "gwapi_opt_int", "N": "gwapi_opt_num",
              "B": "gwapi_opt_bool", "A": "const gwapi_value *",
              "IOS": "gwapi_int_or_string", "META": "const gwapi_object_meta *"}
ELEM_TYPES = {"S": "gwapi_str", "I": "int64_t", "N": "double", "B": "bool",
              "A": "const gwapi_value *", "IOS": "gwapi_int_or_string"}
GW_T = {"S": "GW_T_STRING", "I": "GW_T_INTEGER", "N": "GW_T_NUMBER", "B": "GW_T_BOOLEAN",
        "O": "GW_T_OBJECT", "L": "GW_T_ARRAY", "M": "GW_T_MAP", "A": "GW_T_ANY",
        "IOS": "GW_T_INT_OR_STRING", "META": "GW_T_META"}
LIST_TYPES = {"S": "gwapi_string_list", "I": "gwapi_int_list", "N": "gwapi_num_list"}


def list_type(sh):
    it = sh.item
    if it.k == "O":
        return it.ctype.name + "_list"
    if it.k in LIST_TYPES:
        return LIST_TYPES[it.k]
    die("arrays of %s are not supported" % it.k)


def map_type(sh):
    it = sh.item
    if it.k == "S":
        return "gwapi_string_map"
    if it.k == "O":
        return it.ctype.name + "_map"
    die("maps of %s are not supported" % it.k)


def map_entry_type(sh):
    it = sh.item
    if it.k == "S":
        return "gwapi_kv"
    return it.ctype.name + "_map_entry"


def slot_type(sh):
    if sh.k == "O":
        return "const %s *" % sh.ctype.name
    if sh.k == "L":
        return list_type(sh)
    if sh.k == "M":
        return map_type(sh)
    return SLOT_TYPES[sh.k]


def elem_type(sh):
    if sh.k == "O":
        return sh.ctype.name
    if sh.k == "L":
        return list_type(sh)
    if sh.k == "M":
        return map_type(sh)
    if sh.k == "META":
        die("metadata as an element")
    return ELEM_TYPES[sh.k]


def rule_ctype(sh, element):
    if sh.k == "O":
        return sh.ctype.name
    return elem_type(sh) if element else slot_type(sh)


# ---------------------------------------------------------------------------
# Schema table nodes

FORMATS = {"int32": "GW_F_INT32", "int64": "GW_F_INT64", "date-time": "GW_F_DATE_TIME",
           "byte": "GW_F_BYTE", "ipv4": "GW_F_IPV4", "ipv6": "GW_F_IPV6",
           "hostname": "GW_F_HOSTNAME", "uri": "GW_F_URI"}

LIST_KINDS = {"atomic": "GW_LIST_ATOMIC", "set": "GW_LIST_SET", "map": "GW_LIST_MAP"}

# Keys of a schema the generator understands; anything else is an error so
# that a new CRD feature is noticed instead of silently dropped.
KNOWN_KEYS = {"type", "description", "properties", "required", "items",
              "additionalProperties", "enum", "pattern", "format", "minimum",
              "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
              "maxLength", "minItems", "maxItems", "minProperties",
              "maxProperties", "default", "nullable", "allOf", "anyOf", "oneOf",
              "not", "x-kubernetes-validations", "x-kubernetes-list-type",
              "x-kubernetes-list-map-keys", "x-kubernetes-map-type",
              "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields"}


class Node:
    __slots__ = ("key", "c", "children", "users", "shared")

    def __init__(self, key, c, children):
        self.key = key
        self.c = c
        self.children = children
        self.users = set()
        self.shared = False


class Tables:
    def __init__(self, registry):
        self.nodes = collections.OrderedDict()
        self.registry = registry
        self.rule_rows = []
        self.rules_seen = {}
        self.unrepresented = collections.Counter()
        self.cur = None  # (src)

    def intern(self, c, children):
        # The bound function follows from the rule id, so leave it out of the
        # name: binding a rule does not rename the tables.
        ident = dict(c)
        if "rules" in ident:
            ident["rules"] = [[r[0], r[2], r[3]] for r in ident["rules"]]
        key = "gw_s_" + hashlib.sha1(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:12]
        n = self.nodes.get(key)
        if n is None:
            n = Node(key, c, children)
            self.nodes[key] = n
        elif json.dumps(n.c, sort_keys=True) != json.dumps(c, sort_keys=True):
            die("node hash collision")
        return key

    def check_keys(self, s, path):
        for k in s:
            if k not in KNOWN_KEYS:
                die("%s %s: unsupported schema key %r" % (self.cur.file, path, k))

    def constraints(self, s, c, path):
        if "format" in s:
            c["format"] = FORMATS.get(s["format"], "GW_F_OTHER")
        if s.get("nullable"):
            c["nullable"] = True
        if "enum" in s:
            c["enum"] = [json.dumps(v, separators=(",", ":")) for v in s["enum"]]
        if "pattern" in s:
            c["pattern"] = s["pattern"]
        if "minimum" in s:
            c["minimum"] = [bool(s.get("exclusiveMinimum", False)), num_text(s["minimum"])]
        if "maximum" in s:
            c["maximum"] = [bool(s.get("exclusiveMaximum", False)), num_text(s["maximum"])]
        for k, ck in (("minLength", "min_length"), ("maxLength", "max_length"),
                      ("minItems", "min_items"), ("maxItems", "max_items"),
                      ("minProperties", "min_properties"), ("maxProperties", "max_properties")):
            if k in s:
                c[ck] = int(s[k])

    def combinators(self, s, c, children, stype, ctype, shape, path):
        for comb, ck in (("allOf", "all_of"), ("anyOf", "any_of"), ("oneOf", "one_of")):
            subs = s.get(comb)
            if subs is None:
                continue
            if comb == "anyOf" and s.get("x-kubernetes-int-or-string") and \
                    sorted(compact_json(x) for x in subs) == ['{"type":"integer"}', '{"type":"string"}']:
                continue
            keys = [self.cnode(x, stype, ctype, shape, "%s|%s[%d]" % (path, comb, i))
                    for i, x in enumerate(subs)]
            c[ck] = keys
            children.extend(keys)
        if "not" in s:
            k = self.cnode(s["not"], stype, ctype, shape, path + "|not")
            c["not"] = k
            children.append(k)

    def cnode(self, s, ptype, pctype, shape, path):
        """A constraint-only sub-schema (of a combinator)."""
        self.check_keys(s, path)
        for k in ("x-kubernetes-validations", "default", "items", "additionalProperties",
                  "x-kubernetes-list-type", "x-kubernetes-list-map-keys"):
            if k in s:
                die("%s %s: %s inside a combinator is not supported" % (self.cur.file, path, k))
        stype = ptype
        if "type" in s:
            t = s["type"]
            stype = {"string": "GW_T_STRING", "integer": "GW_T_INTEGER", "number": "GW_T_NUMBER",
                     "boolean": "GW_T_BOOLEAN", "object": "GW_T_OBJECT",
                     "array": "GW_T_ARRAY"}[t]
        c = collections.OrderedDict()
        c["type"] = stype
        c["c_type"] = pctype
        children = []
        self.constraints(s, c, path)
        props = s.get("properties", {})
        req = list(s.get("required", []))
        fields = []
        for name, ps in props.items():
            msh = shape.members.get(name) if shape is not None and shape.k == "O" else None
            mt = GW_T[msh.k] if msh else "GW_T_ANY"
            mct = slot_type(msh) if msh else "const gwapi_value *"
            k = self.cnode(ps, mt, mct, msh, join_path(path, name))
            fields.append([name, k, None, name in req])
            children.append(k)
        for name in req:
            if name in props:
                continue
            msh = shape.members.get(name) if shape is not None and shape.k == "O" else None
            mt = GW_T[msh.k] if msh else "GW_T_ANY"
            mct = slot_type(msh) if msh else "const gwapi_value *"
            k = self.intern(collections.OrderedDict([("type", mt), ("c_type", mct)]), [])
            fields.append([name, k, None, True])
            children.append(k)
        if fields:
            c["fields"] = fields
        self.combinators(s, c, children, stype, pctype, shape, path)
        return self.intern(c, children)

    def node(self, s, sh, path, element, root_meta=False):
        """The table node of schema s whose merged storage shape is sh."""
        self.check_keys(s, path)
        c = collections.OrderedDict()
        c["type"] = GW_T[sh.k]
        children = []
        if sh.k == "O":
            c["c_type"] = sh.ctype.name
        elif element:
            c["c_type"] = elem_type(sh)
        else:
            c["c_type"] = slot_type(sh)
        if s.get("x-kubernetes-preserve-unknown-fields"):
            c["preserve_unknown"] = True
        lt = s.get("x-kubernetes-list-type")
        if lt:
            c["list_type"] = LIST_KINDS[lt]
        if sh.k == "O":
            t = sh.ctype
            c["size"] = t.name
            req = [r for r in s.get("required", []) if not (path == "" and r == "status")]
            props = s.get("properties", {})
            for r in req:
                if r not in props:
                    die("%s %s: required %r is not a property" % (self.cur.file, path, r))
            cmap = dict((j, cn) for j, cn, _ in t.members)
            fields = []
            for name, ps in props.items():
                if path == "" and name == "status":
                    continue
                msh = sh.members[name]
                k = self.node(ps, msh, join_path(path, name), False,
                              root_meta=(path == "" and name == "metadata"))
                fields.append([name, k, [t.name, cmap[name]], name in req])
                children.append(k)
            if fields:
                c["fields"] = fields
        elif sh.k == "L":
            k = self.node(s["items"], sh.item, path + "[]", True)
            children.append(k)
            c["items"] = k
            c["elem_size"] = elem_type(sh.item)
            keys = s.get("x-kubernetes-list-map-keys")
            if keys:
                c["map_keys"] = list(keys)
        elif sh.k == "M":
            k = self.node(s["additionalProperties"], sh.item, path + "{}", True)
            children.append(k)
            c["items"] = k
            c["elem_size"] = map_entry_type(sh)
            c["value_offset"] = [map_entry_type(sh), "value"]
        self.constraints(s, c, path)
        if "default" in s:
            c["default"] = compact_json(s["default"])
        rules = s.get("x-kubernetes-validations")
        if rules:
            rct = rule_ctype(sh, element)
            rl = []
            for r in rules:
                for extra in ("messageExpression", "reason", "fieldPath", "optionalOldSelf"):
                    if extra in r:
                        self.unrepresented["x-kubernetes-validations." + extra] += 1
                msg = r.get("message")
                rid = hashlib.sha1((r["rule"] + "\0" + (msg or "") + "\0" + rct)
                                   .encode("utf-8")).hexdigest()[:12]
                fn = self.registry.get(rid)
                rl.append([rid, fn, msg, r["rule"]])
                src = self.cur
                self.rule_rows.append((src.file, src.channel or "both", src.version,
                                       path or ".", rid, rct, fn or "", msg or "", r["rule"]))
            c["rules"] = rl
        if "x-kubernetes-map-type" in s:
            self.unrepresented["x-kubernetes-map-type"] += 1
        stype = GW_T[sh.k]
        self.combinators(s, c, children, stype, c["c_type"], sh, path)
        return self.intern(c, children)


# ---------------------------------------------------------------------------
# Emission: headers


HEADER_BANNER = "/* Generated by scripts/gen-schema.py from the CRDs; do not edit. */\n"


def emit_struct(t, out):
    if t.desc:
        out.extend(wrap_comment(first_sentence(t.desc), ""))
    out.append("typedef struct %s {" % t.name)
    out.append("    const gwapi_value *src;")
    for j, cn, sh in t.members:
        d = member_desc(t, j)
        if d:
            out.extend(wrap_comment(first_sentence(d), "    "))
        st = slot_type(sh)
        sep = "" if st.endswith("*") else " "
        out.append("    %s%s%s;" % (st, sep, cn))
    out.append("} %s;" % t.name)
    if t.as_elem:
        out.append("typedef struct %s_list {" % t.name)
        out.append("    const %s *items;" % t.name)
        out.append("    size_t count;")
        out.append("} %s_list;" % t.name)
    if t.as_mapval:
        out.append("typedef struct %s_map_entry {" % t.name)
        out.append("    gwapi_str key;")
        out.append("    %s value;" % t.name)
        out.append("} %s_map_entry;" % t.name)
        out.append("typedef struct %s_map {" % t.name)
        out.append("    const %s_map_entry *items;" % t.name)
        out.append("    size_t count;")
        out.append("} %s_map;" % t.name)
    out.append("")


def member_desc(t, j):
    """Comment of member j: from the occurrence that named the type, else the
    first occurrence that documents it."""
    shapes = [t.desc_shape] + [o.shape for o in t.occ]
    for sh in shapes:
        d = sh.mdesc.get(j) if sh is not None else None
        if d:
            return d
    return None


def header_guard(name):
    return "GWAPI_" + name.upper() + "_H"


def emit_headers(model, kinds):
    outs = {}
    # Header of each type: the first header (in KINDS order) whose kinds use it.
    order = {h: i for i, (h, _) in enumerate(HEADERS)}
    for t in model.types.values():
        t.header = min((o.kind.header for o in t.occ), key=lambda h: order[h])
    emitted = set()
    files = []
    for h, title in HEADERS:
        body = []
        needs = set()

        def visit(t):
            if t.sig in emitted:
                if t.header != h:
                    needs.add(t.header)
                return
            if t.header != h:
                needs.add(t.header)
                return
            emitted.add(t.sig)
            for d in t.deps:
                visit(d)
            emit_struct(t, body)

        hk = [k for k in kinds.values() if k.header == h]
        for k in hk:
            visit(k.shape.ctype)
        guard = header_guard(h)
        out = wrap_comment(
            "Typed model of the %s: one struct per object schema, member comments "
            "from the CRD descriptions. Generated by scripts/gen-schema.py from the "
            "CRDs; do not edit. Objects are owned by a result; valid until "
            "gwapi_result_free." % title, "")
        out.append("#ifndef %s" % guard)
        out.append("#define %s" % guard)
        out.append("")
        out.append("#include <stddef.h>")
        out.append("#include <stdint.h>")
        out.append("#include <stdbool.h>")
        out.append('#include "export.h"')
        out.append('#include "types.h"')
        out.append('#include "value.h"')
        for dep_h, _ in HEADERS:
            if dep_h in needs and dep_h != h:
                out.append('#include "%s.h"' % dep_h)
        out.append("")
        out.append("GWAPI_BEGIN_DECLS")
        out.append("")
        out.extend(body)
        out.append("struct gwapi_object;")
        out.append("")
        out.append("/* The object's typed struct when its kind matches, else NULL; owned by")
        out.append(" * the object's result. */")
        for k in hk:
            ret = "GWAPI_EXPORT const %s *" % k.cname
            fn = "gwapi_object_as_%s(const struct gwapi_object *obj);" % k.snake
            if len(ret) + len(fn) <= 79:
                out.append(ret + fn)
            else:
                out.append(ret)
                out.append(fn)
        out.append("")
        out.append("GWAPI_END_DECLS")
        out.append("")
        out.append("#endif")
        files.append(write_file("include/gwapi/%s.h" % h, "\n".join(out) + "\n"))
    if len(emitted) != len(model.types):
        die("types not emitted in any header")
    out = ["/* The typed model of every kind gwapi reads: umbrella for the per-group",
           " * headers generated by scripts/gen-schema.py from the CRDs. */",
           "#ifndef GWAPI_RESOURCES_H", "#define GWAPI_RESOURCES_H", ""]
    for h, _ in HEADERS:
        out.append('#include "%s.h"' % h)
    out += ["", "#endif"]
    files.append(write_file("include/gwapi/resources.h", "\n".join(out) + "\n"))
    # kinds.h
    out = ["/* The kinds gwapi has a schema for. Generated by scripts/gen-schema.py",
           " * from the CRDs; do not edit. */",
           "#ifndef GWAPI_KINDS_H", "#define GWAPI_KINDS_H", "",
           '#include "export.h"', "", "GWAPI_BEGIN_DECLS", "",
           "typedef enum gwapi_kind {",
           "    GWAPI_KIND_UNKNOWN = 0,"]
    values = kind_values(kinds)
    for k in kinds.values():
        grp = k.group or "core"
        out.append("    %s = %d, %s" % (k.enum, values[k.name], "/* %s %s */" % (grp, k.name)))
    out += ["    /* One past the largest value (values are explicit and append-only:",
            "     * scripts/kind-values.tsv; retired values are never reused). */",
            "    GWAPI_KIND_COUNT = %d" % (max(values.values()) + 1), "} gwapi_kind;", "",
            "/* The kind's name as written in manifests, e.g. \"HTTPRoute\"; static",
            " * storage. NULL for GWAPI_KIND_UNKNOWN and values out of range. */",
            "GWAPI_EXPORT const char *gwapi_kind_name(gwapi_kind kind);", "",
            "GWAPI_END_DECLS", "", "#endif"]
    files.append(write_file("include/gwapi/kinds.h", "\n".join(out) + "\n"))
    return files


# ---------------------------------------------------------------------------
# Emission: tables

GEN_DIR = "lib/schema/gen"
TABLE_PRELUDE = """#include <stddef.h>
#include <gwapi/resources.h>
#include "../schema.h"
#include "rules.h"
"""


def emit_node(n, out, static, helpers, nodes):
    c = n.c
    key = n.key
    lines = []
    # Helper arrays.
    fields_ref = "NULL"
    if "fields" in c:
        name = key.replace("gw_s_", "gw_f_")
        lines.append("static const gw_field %s[] = {" % name)
        for fname, fk, off, req in c["fields"]:
            offs = "offsetof(%s, %s)" % (off[0], off[1]) if off else "0"
            lines.append("    {%s, &%s, %s, %s}," % (c_string(fname), fk, offs,
                                                      "true" if req else "false"))
        lines.append("};")
        fields_ref = name
    enum_ref = "NULL"
    if "enum" in c:
        name = "gw_e_" + hashlib.sha1(json.dumps(c["enum"]).encode()).hexdigest()[:12]
        if name not in helpers:
            helpers.add(name)
            lines.append("static const char *const %s[] = {%s};"
                         % (name, ", ".join(c_string(v) for v in c["enum"])))
        enum_ref = name
    keys_ref = "NULL"
    if "map_keys" in c:
        name = "gw_k_" + hashlib.sha1(json.dumps(c["map_keys"]).encode()).hexdigest()[:12]
        if name not in helpers:
            helpers.add(name)
            lines.append("static const char *const %s[] = {%s};"
                         % (name, ", ".join(c_string(v) for v in c["map_keys"])))
        keys_ref = name
    rules_ref = "NULL"
    if "rules" in c:
        name = key.replace("gw_s_", "gw_r_")
        for fn in sorted(set(r[1] for r in c["rules"] if r[1])):
            if "thunk:" + fn not in helpers:
                helpers.add("thunk:" + fn)
                lines.append("GW_RULE_THUNK(%s)" % fn)
        lines.append("static const gw_rule %s[] = {" % name)
        for rid, fn, msg, rule in c["rules"]:
            lines.append("    {%s, %s, /* %s */" % ("gw_call_" + fn if fn else "NULL",
                                                    c_string(fn) if fn else "NULL", rid))
            lines.append("     %s," % (c_string(msg) if msg is not None else "NULL"))
            lines.append("     %s}," % c_string(rule))
        lines.append("};")
        rules_ref = name
    comb_refs = {}
    for ck in ("all_of", "any_of", "one_of"):
        if ck in c:
            name = key.replace("gw_s_", "gw_%s_" % ck.replace("_", ""))
            lines.append("static const gw_schema *const %s[] = {%s};"
                         % (name, ", ".join("&" + x for x in c[ck])))
            comb_refs[ck] = name
    # The node.
    ind = "    "
    lines.append("%sconst gw_schema %s = {" % ("static " if static else "GW_HIDDEN ", key))
    lines.append("%s.type = %s," % (ind, c["type"]))
    if "format" in c:
        lines.append("%s.format = %s," % (ind, c["format"]))
    if c.get("nullable"):
        lines.append("%s.nullable = true," % ind)
    if c.get("preserve_unknown"):
        lines.append("%s.preserve_unknown = true," % ind)
    if "list_type" in c:
        lines.append("%s.list_type = %s," % (ind, c["list_type"]))
    if c.get("c_type"):
        lines.append("%s.c_type = %s," % (ind, c_string(c["c_type"])))
    if "size" in c:
        lines.append("%s.size = sizeof(%s)," % (ind, c["size"]))
    if "fields" in c:
        lines.append("%s.fields = %s, .nfields = %d," % (ind, fields_ref, len(c["fields"])))
    if "items" in c:
        lines.append("%s.items = &%s," % (ind, c["items"]))
        lines.append("%s.elem_size = sizeof(%s)," % (ind, c["elem_size"]))
    if "value_offset" in c:
        lines.append("%s.value_offset = offsetof(%s, %s)," % (ind, c["value_offset"][0],
                                                            c["value_offset"][1]))
    if "map_keys" in c:
        lines.append("%s.map_keys = %s, .nmap_keys = %d," % (ind, keys_ref, len(c["map_keys"])))
    if "enum" in c:
        lines.append("%s.enum_values = %s, .nenum = %d," % (ind, enum_ref, len(c["enum"])))
    if "pattern" in c:
        lines.append("%s.pattern = %s," % (ind, c_string(c["pattern"])))
    for b in ("minimum", "maximum"):
        if b in c:
            lines.append("%s.%s = {true, %s, %s}," % (ind, b, "true" if c[b][0] else "false",
                                                     c[b][1]))
    lines.append("%s.min_length = %d, .max_length = %d," % (ind, c.get("min_length", -1),
                                                           c.get("max_length", -1)))
    lines.append("%s.min_items = %d, .max_items = %d," % (ind, c.get("min_items", -1),
                                                         c.get("max_items", -1)))
    lines.append("%s.min_properties = %d, .max_properties = %d," % (
        ind, c.get("min_properties", -1), c.get("max_properties", -1)))
    if "default" in c:
        lines.append("%s.default_json = %s," % (ind, c_string(c["default"])))
    if "rules" in c:
        lines.append("%s.rules = %s, .nrules = %d," % (ind, rules_ref, len(c["rules"])))
    for ck, cnt in (("all_of", "nall_of"), ("any_of", "nany_of"), ("one_of", "none_of")):
        if ck in c:
            lines.append("%s.%s = %s, .%s = %d," % (ind, ck, comb_refs[ck], cnt, len(c[ck])))
    if "not" in c:
        lines.append("%s.not_ = &%s," % (ind, c["not"]))
    lines.append("};")
    out.extend(lines)


HIDDEN_DEF = """#if defined(__GNUC__) && !defined(_WIN32)
#define GW_HIDDEN __attribute__((visibility("hidden")))
#else
#define GW_HIDDEN
#endif
"""


def emit_tables(tables, kinds, roots):
    """roots: kind -> list of (version, channel, node key)."""
    nodes = tables.nodes
    # Which kind files reach each node.
    def mark(key, f, seen):
        if key in seen:
            return
        seen.add(key)
        n = nodes[key]
        n.users.add(f)
        for ch in n.children:
            mark(ch, f, seen)
    for k in kinds.values():
        seen = set()
        for _, _, key in roots[k.name]:
            mark(key, k.snake, seen)
    # Shared: reached from more than one kind file, or below a shared node.
    def share(key):
        n = nodes[key]
        if n.shared:
            return
        n.shared = True
        for ch in n.children:
            share(ch)
    for key, n in list(nodes.items()):
        if len(n.users) > 1:
            share(key)
    files = []
    root_keys = set(key for k in kinds.values() for _, _, key in roots[k.name])
    sources = []

    def emit_file(fname, title, keys, static_ok):
        out = wrap_comment(title + " Generated by scripts/gen-schema.py from the CRDs; "
                           "do not edit.", "") + [TABLE_PRELUDE, HIDDEN_DEF]
        # Extern declarations of shared nodes defined elsewhere.
        local = set(keys)
        ext = set()
        for key in keys:
            for ch in nodes[key].children:
                if ch not in local:
                    ext.add(ch)
        for key in sorted(ext):
            out.append("extern const gw_schema %s;" % key)
        # Non-static nodes in this file need a prior declaration
        # (-Wmissing-variable-declarations) and are referenced elsewhere.
        glob_keys = [k for k in keys if not static_ok(k)]
        for key in glob_keys:
            out.append("extern const gw_schema %s;" % key)
        out.append("")
        helpers = set()
        emitted = set()

        def visit(key):
            if key in emitted or key not in local:
                return
            emitted.add(key)
            for ch in nodes[key].children:
                visit(ch)
            emit_node(nodes[key], out, static_ok(key), helpers, nodes)
        for key in keys:
            visit(key)
        text = "\n".join(out) + "\n"
        files.append(write_file(os.path.join(GEN_DIR, fname), text))
        sources.append(fname)
        return text.count("\n")

    sizes = {}
    shared_keys = [k for k, n in nodes.items() if n.shared]
    # Shared nodes are split into files of bounded size.
    shared_files = []
    chunk = []
    chunk_lines = 0
    for key in shared_keys:
        chunk.append(key)
        chunk_lines += node_lines(nodes[key])
        if chunk_lines > 20000:
            shared_files.append(chunk)
            chunk, chunk_lines = [], 0
    if chunk:
        shared_files.append(chunk)
    shared_set = set(shared_keys)
    for i, ch in enumerate(shared_files):
        fname = "shared.c" if len(shared_files) == 1 else "shared%d.c" % (i + 1)
        sizes[fname] = emit_file(fname, "Schema nodes shared by several kinds.", ch,
                                 lambda k: False)
    for k in kinds.values():
        keys = [key for key, n in nodes.items() if not n.shared and k.snake in n.users]
        sizes[k.snake + ".c"] = emit_file(
            k.snake + ".c", "Schema tables of %s (%s)." % (k.name, k.group or "core/v1"), keys,
            lambda key: key not in root_keys)
    return files, sources, sizes


def node_lines(n):
    c = n.c
    x = 6
    x += len(c.get("fields", [])) + (2 if "fields" in c else 0)
    x += 3 * len(c.get("rules", [])) + (2 if "rules" in c else 0)
    x += sum(1 for k in ("format", "nullable", "preserve_unknown", "list_type", "size", "items",
                         "value_offset", "map_keys", "enum", "pattern", "minimum", "maximum",
                         "default", "all_of", "any_of", "one_of", "not") if k in c)
    return x


def emit_kinds_c(kinds, roots):
    out = ["/* gw_kinds[] (every kind with its served versions and their root schema",
           " * per channel), gwapi_kind_name() and the gwapi_object_as_*() accessors.",
           " * Generated by scripts/gen-schema.py from the CRDs; do not edit. */",
           "#include <stddef.h>",
           "#include <gwapi/result.h>",
           "#include <gwapi/resources.h>",
           '#include "../schema.h"', ""]
    keys = sorted(set(key for k in kinds.values() for _, _, key in roots[k.name]))
    for key in keys:
        out.append("extern const gw_schema %s;" % key)
    out.append("")
    for k in kinds.values():
        vs = []
        for v in k.versions:
            std = exp = None
            for ver, chan, key in roots[k.name]:
                if ver != v:
                    continue
                if chan in (None, "standard"):
                    std = key
                if chan in (None, "experimental"):
                    exp = key
            vs.append((v, std, exp))
        out.append("static const gw_version versions_%s[] = {" % k.snake)
        for v, std, exp in vs:
            out.append("    {%s, %s, %s}," % (c_string(v), "&" + std if std else "NULL",
                                             "&" + exp if exp else "NULL"))
        out.append("};")
    out.append("")
    out.append("const gw_kind gw_kinds[] = {")
    for k in kinds.values():
        out.append("    {%s, %s, %s, %s, %s, versions_%s, %d}," % (
            k.enum, c_string(k.group), c_string(k.name), c_string(k.list_name),
            "true" if k.namespaced else "false", k.snake, len(k.versions)))
    out.append("};")
    out.append("const uint32_t gw_nkinds = %d;" % len(kinds))
    out.append("")
    out.append("static const char *const kind_names[GWAPI_KIND_COUNT] = {")
    for k in kinds.values():
        out.append("    [%s] = %s," % (k.enum, c_string(k.name)))
    out.append("};")
    out.append("")
    out.append("const char *gwapi_kind_name(gwapi_kind kind)")
    out.append("{")
    out.append("    if ((int)kind <= 0 || (int)kind >= (int)GWAPI_KIND_COUNT)")
    out.append("        return NULL;")
    out.append("    return kind_names[kind];")
    out.append("}")
    for k in kinds.values():
        out.append("")
        out.append("const %s *gwapi_object_as_%s(const struct gwapi_object *obj)" % (k.cname, k.snake))
        out.append("{")
        out.append("    if (obj == NULL || obj->kind != %s)" % k.enum)
        out.append("        return NULL;")
        out.append("    return (const %s *)obj->typed;" % k.cname)
        out.append("}")
    return write_file(os.path.join(GEN_DIR, "kinds.c"), "\n".join(out) + "\n")


def emit_layout_c(model):
    """_Static_asserts tying the generated structs to the storage the engine
    assumes (schema.h): member types, list and map layouts."""
    out = ["/* Compile-time checks that the generated structs have the storage the",
           " * schema engine assumes (lib/schema/schema.h). Generated by",
           " * scripts/gen-schema.py from the CRDs; do not edit. */",
           "#include <stddef.h>",
           "#include <gwapi/resources.h>",
           '#include "../schema.h"', "",
           "#define GW_STARTS_WITH_SRC(T) \\",
           "    _Static_assert(offsetof(T, src) == 0, #T \" starts with src\")",
           "#define GW_MEMBER_IS(T, m, U) \\",
           "    _Static_assert(_Generic(((T *)0)->m, U: 1, default: 0), #T \".\" #m \" is \" #U)",
           "#define GW_LIST_LAYOUT(L) \\",
           "    _Static_assert(sizeof(L) == sizeof(gw_list) && \\",
           "                   offsetof(L, items) == offsetof(gw_list, items) && \\",
           "                   offsetof(L, count) == offsetof(gw_list, count), \\",
           "                   #L \" is a gw_list\")",
           "",
           "GW_LIST_LAYOUT(gwapi_string_list);",
           "GW_LIST_LAYOUT(gwapi_int_list);",
           "GW_LIST_LAYOUT(gwapi_string_map);",
           "_Static_assert(offsetof(gwapi_kv, key) == 0, \"map entries start with the key\");", ""]
    for t in model.types.values():
        out.append("GW_STARTS_WITH_SRC(%s);" % t.name)
        for j, cn, sh in t.members:
            out.append("GW_MEMBER_IS(%s, %s, %s);" % (t.name, cn, slot_type(sh)))
        if t.as_elem:
            out.append("GW_LIST_LAYOUT(%s_list);" % t.name)
        if t.as_mapval:
            out.append("GW_LIST_LAYOUT(%s_map);" % t.name)
            out.append("_Static_assert(offsetof(%s_map_entry, key) == 0, "
                       "\"map entries start with the key\");" % t.name)
    return write_file(os.path.join(GEN_DIR, "layout.c"), "\n".join(out) + "\n")


def emit_rules_h(registry, tables):
    """Each bound function takes the C type of the value its rules sit on,
    so a CRD change that moves a rule to another type fails to compile;
    the tables call it through a generated GW_RULE_THUNK."""
    types = {}
    for row in tables.rule_rows:
        rid, c_type, fn = row[4], row[5], row[6]
        if fn and types.setdefault(fn, c_type) != c_type:
            die("%s is bound to values of two C types, %s and %s (rule %s)"
                % (fn, types[fn], c_type, rid))
    fns = sorted(set(registry.values()))
    out = ["/* Prototypes of the hand-written CEL rule functions (lib/validate/rules/)",
           " * that the schema tables bind, from lib/validate/rules/registry*.tsv: self",
           " * is the value the rule sits on, typed as the tables store it (a function",
           " * no rule binds takes const void *). Generated by scripts/gen-schema.py;",
           " * do not edit. */",
           "#ifndef GW_SCHEMA_GEN_RULES_H", "#define GW_SCHEMA_GEN_RULES_H", "",
           "#include <stdbool.h>", "#include <gwapi/resources.h>", '#include "../schema.h"', "",
           "/* The gw_rule_fn that the tables hold, calling fn with self as its type. */",
           "#define GW_RULE_THUNK(fn) \\",
           "    static bool gw_call_##fn(const gw_rule_env *env, const void *self) \\",
           "    { return fn(env, self); }", ""]
    for f in fns:
        t = ("const %s *" % types[f]) if f in types else "const void *"
        line = "bool %s(const gw_rule_env *env, %sself);" % (f, t)
        if len(line) > 100:
            line = "bool %s(const gw_rule_env *env,\n%s%sself);" % (f, " " * (len(f) + 6), t)
        out.append(line)
    if fns:
        out.append("")
    out.append("#endif")
    return write_file(os.path.join(GEN_DIR, "rules.h"), "\n".join(out) + "\n")


def tsv_field(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def emit_rules_tsv(tables):
    out = ["# CEL rules of the CRDs (x-kubernetes-validations), one line per rule and",
           "# served CRD version. Generated by scripts/gen-schema.py; do not edit.",
           "# Bind a rule: add `id<TAB>function` to lib/validate/rules/registry.tsv and",
           "# re-run the generator. Fields are escaped (\\n, \\t, \\\\).",
           "# file\tchannel\tversion\tpath\tid\tc_type\tfn_name\tmessage\trule"]
    for row in tables.rule_rows:
        out.append("\t".join(tsv_field(x) for x in row))
    return write_file("docs/cel-rules.tsv", "\n".join(out) + "\n")


REGISTRY = os.path.join("lib", "validate", "rules", "registry.tsv")


def read_registry(path):
    reg = {}
    if not os.path.exists(path):
        return reg
    with open(path, "r", encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not re.match(r"^[0-9a-f]{12}$", parts[0]) or \
                    not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", parts[1]):
                die("%s:%d: expected `id<TAB>function_name`" % (path, lineno))
            if parts[0] in reg and reg[parts[0]] != parts[1]:
                die("%s:%d: id %s bound twice" % (path, lineno, parts[0]))
            reg[parts[0]] = parts[1]
    return reg


# ---------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", default=os.path.join(REPO, "..", "shared", "spec"),
                    help="directory holding gateway-api-v1.6.1/ and envoy-gateway-v1.9/")
    ap.add_argument("--registry", action="append",
                    help="CEL rule bindings, lines `id<TAB>function_name` (default: every "
                    "lib/validate/rules/registry*.tsv)")
    args = ap.parse_args()
    spec = args.spec
    if not os.path.isabs(spec) and not os.path.isdir(spec):
        spec = os.path.join(REPO, spec)
    kinds = load_sources(spec)

    model = Model()
    for k in kinds.values():
        for s in k.srcs:
            sh = build_shape(s.schema, "")
            if k.shape is None:
                k.shape = sh
            else:
                merge_shape(k.shape, sh, "", k)
        for name in ("apiVersion", "kind", "metadata"):
            if name not in k.shape.members:
                die("%s: no %s property" % (k.name, name))
    model.name_kinds(kinds)
    for k in kinds.values():
        model.add_kind(k)
    assign_names(model, kinds)

    paths = args.registry or sorted(glob.glob(os.path.join(REPO, "lib", "validate", "rules",
                                                          "registry*.tsv")))
    registry = {}
    for path in paths:
        for rid, fn in read_registry(path).items():
            if rid in registry and registry[rid] != fn:
                die("%s: id %s bound twice" % (path, rid))
            registry[rid] = fn
    tables = Tables(registry)
    roots = {}
    for k in kinds.values():
        roots[k.name] = []
        for s in k.srcs:
            tables.cur = s
            key = tables.node(s.schema, k.shape, "", False)
            roots[k.name].append((s.version, s.channel, key))

    files = emit_headers(model, kinds)
    tfiles, sources, sizes = emit_tables(tables, kinds, roots)
    files += tfiles
    files.append(emit_kinds_c(kinds, roots))
    sources.append("kinds.c")
    files.append(emit_layout_c(model))
    sources.append("layout.c")
    files.append(emit_rules_h(registry, tables))
    files.append(emit_rules_tsv(tables))
    mb = ["# Generated by scripts/gen-schema.py; do not edit.", "gen_sources = files("]
    for s in sorted(sources):
        mb.append("  %s," % ("'" + s + "'"))
    mb.append(")")
    files.append(write_file(os.path.join(GEN_DIR, "meson.build"), "\n".join(mb) + "\n"))
    # Remove table files of earlier runs that this run did not write.
    for f in glob.glob(os.path.join(REPO, GEN_DIR, "*.c")):
        if os.path.basename(f) not in sources:
            os.remove(f)

    ids = set(r[4] for r in tables.rule_rows)
    bound = set(i for i in ids if i in registry)
    big = max(sizes.items(), key=lambda kv: kv[1])
    print("gen-schema: %d kinds, %d C types, %d schema tables, %d files"
          % (len(kinds), len(model.types), len(tables.nodes), len(files)))
    print("gen-schema: largest table file %s (%d lines)" % big)
    print("gen-schema: CEL rules: %d total, %d unique ids, %d bound, %d unbound"
          % (len(tables.rule_rows), len(ids), len(bound), len(ids) - len(bound)))
    stale = sorted(set(registry) - ids)
    if stale:
        print("gen-schema: warning: %d registry ids match no rule: %s"
              % (len(stale), " ".join(stale[:10])))
    if tables.unrepresented:
        print("gen-schema: not represented in the tables: " + ", ".join(
            "%s (%d)" % kv for kv in sorted(tables.unrepresented.items())))


if __name__ == "__main__":
    main()
