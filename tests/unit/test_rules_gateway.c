/* CEL rules of Gateway, GatewayClass, ListenerSet, BackendTLSPolicy,
 * XBackend, XBackendTrafficPolicy, ClientTrafficPolicy, HTTPRouteFilter and
 * Backend (lib/validate/rules/gateway.c): for every rule, a case where it
 * fires and one where it holds, in tables named by rule id.
 * The firing cases list every line the object gets, as the API server
 * prints them (tests/oracle gives exactly these lines for each case); the
 * holding cases are valid. Harness: rulecase.h. */
#include "rulecase.h"

/* Document heads: apiVersion, kind and metadata, up to "spec:". */
#define HEAD(api_version, kind, metadata) \
    "apiVersion: " api_version "\n" \
    "kind: " kind "\n" \
    "metadata: " metadata "\n" \
    "spec:\n"
#define GATEWAY HEAD("gateway.networking.k8s.io/v1", "Gateway", "{name: g, namespace: ns}")
#define LISTENER_SET HEAD("gateway.networking.k8s.io/v1", "ListenerSet", "{name: l, namespace: ns}")
#define BACKEND_TLS_POLICY HEAD("gateway.networking.k8s.io/v1", "BackendTLSPolicy", "{name: p, namespace: ns}")
#define X_BACKEND HEAD("gateway.networking.x-k8s.io/v1alpha1", "XBackend", "{name: b, namespace: ns}")
#define X_BACKEND_TRAFFIC_POLICY HEAD("gateway.networking.x-k8s.io/v1alpha1", "XBackendTrafficPolicy", "{name: p, namespace: ns}")
#define CLIENT_TRAFFIC_POLICY HEAD("gateway.envoyproxy.io/v1alpha1", "ClientTrafficPolicy", "{name: p, namespace: ns}")
#define HTTP_ROUTE_FILTER HEAD("gateway.envoyproxy.io/v1alpha1", "HTTPRouteFilter", "{name: f, namespace: ns}")
#define BACKEND HEAD("gateway.envoyproxy.io/v1alpha1", "Backend", "{name: b, namespace: ns}")
#define BACKEND_TRAFFIC_POLICY HEAD("gateway.envoyproxy.io/v1alpha1", "BackendTrafficPolicy", "{name: p, namespace: ns}")
#define SECURITY_POLICY HEAD("gateway.envoyproxy.io/v1alpha1", "SecurityPolicy", "{name: p, namespace: ns}")

/* Long runs of characters for the length limits. */
#define A10 "aaaaaaaaaa"
#define A60 A10 A10 A10 A10 A10 A10
#define A61 A60 "a"
#define A63 A60 "aaa"
#define A108 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 "aaaaaaaa"
#define E_ACUTE "\303\251" /* U+00E9: one character, two bytes */
#define E10 E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE
#define E107 E10 E10 E10 E10 E10 E10 E10 E10 E10 E10 E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE

static const tu_case gateway_class_cases[] = {
    /* transition rule: never fires on create */
    TU_HOLDS("582552e04ae9",
             "apiVersion: gateway.networking.k8s.io/v1\n"
             "kind: GatewayClass\n"
             "metadata: {name: gc}\n"
             "spec:\n"
             "  controllerName: example.com/gateway-controller\n"),
};

static void gateway_class(void **state)
{
    (void)state;
    TU_RUN(gateway_class_cases);
}

static const tu_case gateway_addresses_cases[] = {
    TU_FIRES("c9aa1f72fbb3",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  addresses:\n"
             "  - {type: Hostname, value: Example.com}\n",
             "spec.addresses[0]: Invalid value: Hostname value must be empty or contain only valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)"),
    TU_HOLDS("c9aa1f72fbb3",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  addresses:\n"
             "  - {type: Hostname, value: '*.example.com'}\n"
             "  - {type: example.com/custom, value: Anything}\n"),
    TU_FIRES("07069905c740",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  addresses:\n"
             "  - {value: 10.0.0.1}\n"
             "  - {type: IPAddress, value: 10.0.0.1}\n",
             "spec.addresses: Invalid value: IPAddress values must be unique"),
    TU_HOLDS("07069905c740",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  addresses:\n"
             "  - {value: 10.0.0.1}\n"
             "  - {value: 10.0.0.2}\n"
             "  - {type: Hostname, value: 10.0.0.1}\n"),
    TU_FIRES("2ec6f21390ac",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  addresses:\n"
             "  - {type: Hostname, value: example.com}\n"
             "  - {type: Hostname, value: example.com}\n",
             "spec.addresses: Invalid value: Hostname values must be unique"),
    TU_HOLDS("2ec6f21390ac",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  addresses:\n"
             "  - {type: Hostname, value: example.com}\n"
             "  - {type: Hostname, value: example.org}\n"
             "  - {type: example.com/x, value: example.com}\n"),
};

static void gateway_addresses(void **state)
{
    (void)state;
    TU_RUN(gateway_addresses_cases);
}

static const tu_case gateway_infrastructure_cases[] = {
    TU_FIRES("e05427bac845",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  infrastructure:\n"
             "    annotations: {-bad: x}\n",
             "spec.infrastructure.annotations: Invalid value: Annotation keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters."),
    TU_HOLDS("e05427bac845",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  infrastructure:\n"
             "    annotations: {example.com/a: x, b_c.d: ''}\n"),
    TU_FIRES("66c79a95f1f4",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  infrastructure:\n"
             "    annotations: {" A63 "." A63 "." A63 "." A61 "/a: x}\n",
             "spec.infrastructure.annotations: Invalid value: If specified, the annotation key's prefix must be a DNS subdomain not longer than 253 characters in total."),
    TU_HOLDS("66c79a95f1f4",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  infrastructure:\n"
             "    annotations: {" A63 "." A63 "." A63 "." A60 "/a: x}\n"),
    TU_FIRES("ff5b9e3f0686",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  infrastructure:\n"
             "    labels: {example.com/a/b: x}\n",
             "spec.infrastructure.labels: Invalid value: Label keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters."),
    TU_HOLDS("ff5b9e3f0686",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  infrastructure:\n"
             "    labels: {example.com/A.b: x, Z: ''}\n"),
    TU_FIRES("c6923c6ddd89",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  infrastructure:\n"
             "    labels: {" A63 "." A63 "." A63 "." A61 "/a: x}\n",
             "spec.infrastructure.labels: Invalid value: If specified, the label key's prefix must be a DNS subdomain not longer than 253 characters in total."),
    TU_HOLDS("c6923c6ddd89",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  infrastructure:\n"
             "    labels: {" A63 "." A63 "." A63 "." A60 "/a: x}\n"),
};

static void gateway_infrastructure(void **state)
{
    (void)state;
    TU_RUN(gateway_infrastructure_cases);
}

static const tu_case gateway_listeners_cases[] = {
    TU_FIRES("88e67e0f13db",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - name: a\n"
             "    port: 443\n"
             "    protocol: HTTPS\n"
             "    tls: {certificateRefs: [], options: {}}\n",
             "spec.listeners[0].tls: Invalid value: certificateRefs or options must be specified when mode is Terminate"),
    TU_HOLDS("88e67e0f13db",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - name: a\n"
             "    port: 443\n"
             "    protocol: HTTPS\n"
             "    tls: {options: {example.com/k: v}}\n"
             "  - name: b\n"
             "    port: 443\n"
             "    hostname: b.example.com\n"
             "    protocol: HTTPS\n"
             "    tls: {certificateRefs: [{name: s}]}\n"),
    TU_FIRES("851b2b0c15ae",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - name: a\n"
             "    port: 80\n"
             "    protocol: HTTP\n"
             "    tls: {mode: Terminate, certificateRefs: [{name: s}]}\n",
             "spec.listeners: Invalid value: tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"),
    TU_HOLDS("851b2b0c15ae",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - name: a\n"
             "    port: 443\n"
             "    protocol: HTTPS\n"
             "    tls: {mode: Terminate, certificateRefs: [{name: s}]}\n"
             "  - {name: b, port: 80, protocol: HTTP}\n"),
    TU_FIRES("813f71ec0c93",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - name: a\n"
             "    port: 443\n"
             "    protocol: HTTPS\n"
             "    tls: {mode: Passthrough}\n",
             "spec.listeners: Invalid value: tls mode must be Terminate for protocol HTTPS"),
    TU_HOLDS("813f71ec0c93",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - name: a\n"
             "    port: 443\n"
             "    protocol: HTTPS\n"
             "    tls: {certificateRefs: [{name: s}]}\n"
             "  - name: b\n"
             "    port: 8443\n"
             "    protocol: TLS\n"
             "    tls: {mode: Passthrough}\n"),
    TU_FIRES("65c56f36aec5",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 443, protocol: TLS}\n",
             "spec.listeners: Invalid value: tls mode must be set for protocol TLS"),
    TU_HOLDS("65c56f36aec5",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - name: a\n"
             "    port: 443\n"
             "    protocol: TLS\n"
             "    tls: {mode: Passthrough}\n"),
    TU_FIRES("7abf45af3f53",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 53, protocol: UDP, hostname: example.com}\n",
             "spec.listeners: Invalid value: hostname must not be specified for protocols ['TCP', 'UDP']"),
    TU_HOLDS("7abf45af3f53",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 53, protocol: TCP}\n"
             "  - {name: b, port: 80, protocol: HTTP, hostname: example.com}\n"),
    TU_FIRES("cd6d9b420856",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  - {name: a, port: 81, protocol: HTTP}\n",
             "spec.listeners[1]: Duplicate value: {\"name\":\"a\"}",
             "spec.listeners: Invalid value: Listener name must be unique within the Gateway"),
    TU_HOLDS("cd6d9b420856",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  - {name: b, port: 81, protocol: HTTP}\n"),
    TU_FIRES("6efa8eedd6cf",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  - {name: b, port: 80, protocol: HTTP}\n",
             "spec.listeners: Invalid value: Combination of port, protocol and hostname must be unique for each listener"),
    TU_HOLDS("6efa8eedd6cf",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  - {name: b, port: 80, protocol: HTTP, hostname: example.com}\n"
             "  - {name: c, port: 80, protocol: HTTP, hostname: example.org}\n"
             "  - {name: d, port: 80, protocol: TCP}\n"),
    TU_FIRES("8df09e156342",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  tls:\n"
             "    frontend:\n"
             "      default:\n"
             "        validation: {caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]}\n"
             "      perPort:\n"
             "      - port: 443\n"
             "        tls:\n"
             "          validation: {caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]}\n"
             "      - port: 443\n"
             "        tls:\n"
             "          validation: {caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]}\n",
             "spec.tls.frontend.perPort[1]: Duplicate value: {\"port\":443}",
             "spec.tls.frontend.perPort: Invalid value: Port for TLS configuration must be unique within the Gateway"),
    TU_HOLDS("8df09e156342",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP}\n"
             "  tls:\n"
             "    frontend:\n"
             "      default:\n"
             "        validation: {caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]}\n"
             "      perPort:\n"
             "      - port: 443\n"
             "        tls:\n"
             "          validation: {caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]}\n"
             "      - port: 8443\n"
             "        tls:\n"
             "          validation: {caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]}\n"),
    /* CEL runtime errors: size() of an absent field ("no such key"); with
     * both sides of || failing, the left error is reported */
    TU_FIRES("88e67e0f13db",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 443, protocol: HTTPS, tls: {mode: Terminate}}\n",
             "spec.listeners[0].tls: Invalid value: \"object\": no such key: certificateRefs evaluating rule: certificateRefs or options must be specified when mode is Terminate"),
    TU_FIRES("88e67e0f13db",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 443, protocol: HTTPS, tls: {}}\n",
             "spec.listeners[0].tls: Invalid value: \"object\": no such key: certificateRefs evaluating rule: certificateRefs or options must be specified when mode is Terminate"),
    TU_FIRES("88e67e0f13db",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 443, protocol: HTTPS, tls: {certificateRefs: []}}\n",
             "spec.listeners[0].tls: Invalid value: \"object\": no such key: options evaluating rule: certificateRefs or options must be specified when mode is Terminate"),
    TU_FIRES("88e67e0f13db",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 443, protocol: HTTPS, tls: {options: {}}}\n",
             "spec.listeners[0].tls: Invalid value: \"object\": no such key: certificateRefs evaluating rule: certificateRefs or options must be specified when mode is Terminate"),
    TU_HOLDS("88e67e0f13db",
             GATEWAY
             "  gatewayClassName: c\n"
             "  listeners:\n"
             "  - {name: a, port: 443, protocol: TLS, tls: {mode: Passthrough}}\n"),
};

static void gateway_listeners(void **state)
{
    (void)state;
    TU_RUN(gateway_listeners_cases);
}

static const tu_case listener_set_cases[] = {
    TU_FIRES("792da232eeb8",
             LISTENER_SET
             "  parentRef: {name: g}\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP, hostname: example.com}\n"
             "  - {name: b, port: 80, protocol: HTTP, hostname: example.com}\n",
             "spec.listeners: Invalid value: Combination of port, protocol and hostname must be unique for each listener"),
    TU_HOLDS("792da232eeb8",
             LISTENER_SET
             "  parentRef: {name: g}\n"
             "  listeners:\n"
             "  - {name: a, port: 80, protocol: HTTP, hostname: example.com}\n"
             "  - {name: b, port: 80, protocol: HTTP}\n"),
    TU_FIRES("f59595615bc7",
             LISTENER_SET
             "  parentRef: {name: g}\n"
             "  listeners:\n"
             "  - name: a\n"
             "    port: 80\n"
             "    protocol: TCP\n"
             "    tls: {mode: Terminate, certificateRefs: [{name: s}]}\n",
             "spec.listeners: Invalid value: tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"),
    TU_FIRES("88e67e0f13db",
             LISTENER_SET
             "  parentRef: {name: g}\n"
             "  listeners:\n"
             "  - {name: a, port: 443, protocol: HTTPS, tls: {}}\n",
             "spec.listeners[0].tls: Invalid value: \"object\": no such key: certificateRefs evaluating rule: certificateRefs or options must be specified when mode is Terminate"),
};

static void listener_set(void **state)
{
    (void)state;
    TU_RUN(listener_set_cases);
}

static const tu_case backend_tls_policy_cases[] = {
    TU_FIRES("1f5c466fefcd",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  - {group: '', kind: Service, name: s, sectionName: http}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n",
             "spec.targetRefs: Invalid value: sectionName must be specified when targetRefs includes 2 or more references to the same target"),
    TU_HOLDS("1f5c466fefcd",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s, sectionName: https}\n"
             "  - {group: '', kind: Service, name: s, sectionName: http}\n"
             "  - {group: '', kind: Service, name: t}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"),
    TU_FIRES("0098962d66b8",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s, sectionName: http}\n"
             "  - {group: '', kind: Service, name: s, sectionName: http}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n",
             "spec.targetRefs: Invalid value: sectionName must be unique when targetRefs includes 2 or more references to the same target"),
    TU_HOLDS("0098962d66b8",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  - {group: '', kind: Service, name: t}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"),
    TU_FIRES("05e6efe3f858",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"
             "    subjectAltNames:\n"
             "    - {type: Hostname}\n",
             "spec.validation.subjectAltNames[0]: Invalid value: SubjectAltName element must contain Hostname, if Type is set to Hostname"),
    TU_HOLDS("05e6efe3f858",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"
             "    subjectAltNames:\n"
             "    - {type: Hostname, hostname: '*.example.com'}\n"),
    TU_FIRES("459426356287",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"
             "    subjectAltNames:\n"
             "    - {type: URI, uri: 'spiffe://a/b', hostname: example.com}\n",
             "spec.validation.subjectAltNames[0]: Invalid value: SubjectAltName element must not contain Hostname, if Type is not set to Hostname"),
    TU_HOLDS("459426356287",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"
             "    subjectAltNames:\n"
             "    - {type: URI, uri: 'spiffe://a/b'}\n"),
    TU_FIRES("bf71ce4ff245",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"
             "    subjectAltNames:\n"
             "    - {type: URI}\n",
             "spec.validation.subjectAltNames[0]: Invalid value: SubjectAltName element must contain URI, if Type is set to URI"),
    TU_FIRES("e6983ab051bb",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"
             "    subjectAltNames:\n"
             "    - {type: Hostname, hostname: example.com, uri: 'spiffe://a/b'}\n",
             "spec.validation.subjectAltNames[0]: Invalid value: SubjectAltName element must not contain URI, if Type is not set to URI"),
    TU_FIRES("f46da87c87b5",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    wellKnownCACertificates: System\n"
             "    caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]\n",
             "spec.validation: Invalid value: must not contain both CACertificateRefs and WellKnownCACertificates"),
    TU_HOLDS("f46da87c87b5",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]\n"),
    TU_FIRES("8d25bf629b49",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n",
             "spec.validation: Invalid value: must specify either CACertificateRefs or WellKnownCACertificates"),
    TU_FIRES("8d25bf629b49",
             BACKEND_TLS_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  validation:\n"
             "    hostname: example.com\n"
             "    caCertificateRefs: []\n",
             "spec.validation: Invalid value: must specify either CACertificateRefs or WellKnownCACertificates"),
};

static void backend_tls_policy(void **state)
{
    (void)state;
    TU_RUN(backend_tls_policy_cases);
}

static const tu_case x_backend_traffic_policy_cases[] = {
    TU_FIRES("5b179c527893",
             X_BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  retryConstraint:\n"
             "    budget: {interval: 1h1s}\n",
             "spec.retryConstraint.budget.interval: Invalid value: \"1h1s\": interval cannot be greater than one hour or less than one second"),
    TU_FIRES("5b179c527893",
             X_BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  retryConstraint:\n"
             "    budget: {interval: 999ms}\n",
             "spec.retryConstraint.budget.interval: Invalid value: \"999ms\": interval cannot be greater than one hour or less than one second"),
    TU_HOLDS("5b179c527893",
             X_BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  retryConstraint:\n"
             "    budget: {interval: 59m60s}\n"
             "    minRetryRate: {interval: 1ms}\n"),
    TU_FIRES("8e1e4a88afb0",
             X_BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  retryConstraint:\n"
             "    minRetryRate: {interval: 0s}\n",
             "spec.retryConstraint.minRetryRate.interval: Invalid value: \"0s\": interval cannot be greater than one hour"),
    TU_FIRES("8e1e4a88afb0",
             X_BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  retryConstraint:\n"
             "    minRetryRate: {interval: 1h1ms}\n",
             "spec.retryConstraint.minRetryRate.interval: Invalid value: \"1h1ms\": interval cannot be greater than one hour"),
    TU_HOLDS("8e1e4a88afb0",
             X_BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  retryConstraint:\n"
             "    minRetryRate: {interval: 1h}\n"),
    /* duration() of a string Go cannot parse: a CEL runtime error (the
     * pattern error beside it does not block CEL) */
    TU_FIRES("5b179c527893",
             X_BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  retryConstraint:\n"
             "    budget: {interval: 1d}\n",
             "spec.retryConstraint.budget.interval: Invalid value: \"1d\": spec.retryConstraint.budget.interval in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.retryConstraint.budget.interval: Invalid value: \"string\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: interval cannot be greater than one hour or less than one second"),
    TU_FIRES("8e1e4a88afb0",
             X_BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: '', kind: Service, name: s}\n"
             "  retryConstraint:\n"
             "    minRetryRate: {interval: 1d}\n",
             "spec.retryConstraint.minRetryRate.interval: Invalid value: \"1d\": spec.retryConstraint.minRetryRate.interval in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.retryConstraint.minRetryRate.interval: Invalid value: \"string\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: interval cannot be greater than one hour"),
};

static void x_backend_traffic_policy(void **state)
{
    (void)state;
    TU_RUN(x_backend_traffic_policy_cases);
}

static const tu_case x_backend_cases[] = {
    TU_FIRES("7e45b13924ca",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443}\n"
             "  externalHostname: {hostname: svc.ns.svc.cluster.local}\n",
             "spec.externalHostname.hostname: Invalid value: \"svc.ns.svc.cluster.local\": hostname must not be an IP address or end with .cluster.local"),
    TU_HOLDS("7e45b13924ca",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443}\n"
             "  externalHostname: {hostname: cluster.local}\n"),
    TU_FIRES("95c3330a213a",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443, name: a.b}\n"
             "  externalHostname: {hostname: example.com}\n",
             "spec.port.name: Invalid value: \"a.b\": Name must be a valid DNS label"),
    /* validate() returns an optional, never null: every non-empty name fails */
    TU_FIRES("95c3330a213a",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443, name: https-1}\n"
             "  externalHostname: {hostname: example.com}\n",
             "spec.port.name: Invalid value: \"https-1\": Name must be a valid DNS label"),
    TU_HOLDS("95c3330a213a",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443, name: ''}\n"
             "  externalHostname: {hostname: example.com}\n"),
    TU_FIRES("f75a7fe11975",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443}\n"
             "  externalHostname: {hostname: example.com}\n"
             "  tls:\n"
             "    mode: ServerOnly\n"
             "    clientCertificateRef: {name: c}\n"
             "    validation: {hostname: example.com, wellKnownCACertificates: System}\n",
             "spec.tls: Invalid value: clientCertificateRef must be set if and only if mode is ClientAndServer"),
    TU_FIRES("f75a7fe11975",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443}\n"
             "  externalHostname: {hostname: example.com}\n"
             "  tls:\n"
             "    mode: ClientAndServer\n"
             "    validation: {hostname: example.com, wellKnownCACertificates: System}\n",
             "spec.tls: Invalid value: clientCertificateRef must be set if and only if mode is ClientAndServer"),
    TU_HOLDS("f75a7fe11975",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443}\n"
             "  externalHostname: {hostname: example.com}\n"
             "  tls:\n"
             "    mode: ClientAndServer\n"
             "    clientCertificateRef: {name: c}\n"
             "    validation: {hostname: example.com, wellKnownCACertificates: System}\n"),
    TU_FIRES("bec86b2f84f9",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443}\n",
             "spec: Invalid value: externalHostname must be set when type is ExternalHostname and must be unset otherwise"),
    TU_FIRES("05e6efe3f858",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443}\n"
             "  externalHostname: {hostname: example.com}\n"
             "  tls:\n"
             "    mode: ServerOnly\n"
             "    validation:\n"
             "      hostname: example.com\n"
             "      wellKnownCACertificates: System\n"
             "      subjectAltNames: [{type: Hostname}]\n",
             "spec.tls.validation.subjectAltNames[0]: Invalid value: SubjectAltName element must contain Hostname, if Type is set to Hostname"),
    TU_FIRES("8d25bf629b49",
             X_BACKEND
             "  type: ExternalHostname\n"
             "  port: {port: 443}\n"
             "  externalHostname: {hostname: example.com}\n"
             "  tls:\n"
             "    mode: ServerOnly\n"
             "    validation: {hostname: example.com}\n",
             "spec.tls.validation: Invalid value: must specify either CACertificateRefs or WellKnownCACertificates"),
};

static void x_backend(void **state)
{
    (void)state;
    TU_RUN(x_backend_cases);
}

static const tu_case client_traffic_policy_cases[] = {
    TU_FIRES("88f5b070aac8",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  clientIPDetection:\n"
             "    xForwardedFor: {numTrustedHops: 1, trustedCIDRs: [10.0.0.0/8]}\n",
             "spec.clientIPDetection.xForwardedFor: Invalid value: only one of numTrustedHops or trustedCIDRs must be set"),
    TU_FIRES("88f5b070aac8",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  clientIPDetection:\n"
             "    xForwardedFor: {}\n",
             "spec.clientIPDetection.xForwardedFor: Invalid value: only one of numTrustedHops or trustedCIDRs must be set"),
    TU_HOLDS("88f5b070aac8",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  clientIPDetection:\n"
             "    xForwardedFor: {trustedCIDRs: [10.0.0.0/8]}\n"),
    TU_FIRES("01e9e5b9d0bb",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  clientIPDetection:\n"
             "    xForwardedFor: {numTrustedHops: 2}\n"
             "    directSourceIP: {}\n",
             "spec.clientIPDetection: Invalid value: exactly one of xForwardedFor, customHeader, or directSourceIP must be set"),
    TU_FIRES("01e9e5b9d0bb",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  clientIPDetection: {}\n",
             "spec.clientIPDetection: Invalid value: exactly one of xForwardedFor, customHeader, or directSourceIP must be set"),
    TU_HOLDS("01e9e5b9d0bb",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  clientIPDetection:\n"
             "    directSourceIP: {}\n"),
    TU_FIRES("692315fb3c8d",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  connection:\n"
             "    connectionLimit: {closeDelay: 1s}\n",
             "spec.connection.connectionLimit: Invalid value: closeDelay can only be configured when value is set"),
    TU_HOLDS("692315fb3c8d",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  connection:\n"
             "    connectionLimit: {closeDelay: 1s, value: 5}\n"),
    TU_FIRES("b5bc840e54fc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  headers:\n"
             "    xForwardedClientCert: {mode: Sanitize, certDetailsToAdd: [Cert]}\n",
             "spec.headers.xForwardedClientCert: Invalid value: certDetailsToAdd can only be set when mode is AppendForward or SanitizeSet"),
    TU_HOLDS("b5bc840e54fc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  headers:\n"
             "    xForwardedClientCert: {mode: SanitizeSet, certDetailsToAdd: [Cert]}\n"),
    TU_HOLDS("b5bc840e54fc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  headers:\n"
             "    xForwardedClientCert: {mode: Sanitize, certDetailsToAdd: []}\n"),
    TU_FIRES("b5a2e40b1bc8",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  headers: {preserveXRequestID: false, requestID: Generate}\n",
             "spec.headers: Invalid value: preserveXRequestID and requestID cannot both be set."),
    TU_HOLDS("b5a2e40b1bc8",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  headers: {requestID: Generate}\n"),
    TU_FIRES("8effacba191e",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  http2:\n"
             "    connectionKeepalive: {timeout: 1m, interval: 60s}\n",
             "spec.http2.connectionKeepalive: Invalid value: timeout must be less than interval"),
    TU_HOLDS("8effacba191e",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  http2:\n"
             "    connectionKeepalive: {timeout: 59s999ms, interval: 1m}\n"),
    TU_FIRES("7821d49f938e",
             CLIENT_TRAFFIC_POLICY
             "  targetSelectors:\n"
             "  - kind: Gateway\n"
             "    namespaces: {from: Selector}\n",
             "spec.targetSelectors[0].namespaces: Invalid value: selector must be specified when from is Selector"),
    TU_HOLDS("7821d49f938e",
             CLIENT_TRAFFIC_POLICY
             "  targetSelectors:\n"
             "  - kind: Gateway\n"
             "    namespaces:\n"
             "      from: Selector\n"
             "      selector: {matchLabels: {a: b}}\n"
             "  - kind: Gateway\n"
             "    namespaces: {}\n"),
    TU_FIRES("61d14d9fe6c6",
             CLIENT_TRAFFIC_POLICY
             "  targetSelectors:\n"
             "  - {group: example.com, kind: Gateway}\n",
             "spec.targetSelectors[0]: Invalid value: group must be gateway.networking.k8s.io"),
    TU_HOLDS("61d14d9fe6c6",
             CLIENT_TRAFFIC_POLICY
             "  targetSelectors:\n"
             "  - {kind: Gateway}\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway}\n"),
    TU_FIRES("bf6e1ca11f0c",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  tls:\n"
             "    clientValidation: {allowExpiredCertificate: true, mode: RequireAny}\n",
             "spec.tls.clientValidation: Invalid value: allowExpiredCertificate can only be set when mode is VerifyIfGiven or RequireAndVerify"),
    TU_HOLDS("bf6e1ca11f0c",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  tls:\n"
             "    clientValidation: {allowExpiredCertificate: true, mode: VerifyIfGiven}\n"),
    TU_FIRES("3e86e482300b",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  tls:\n"
             "    minVersion: '1.3'\n"
             "    ciphers: []\n",
             "spec.tls: Invalid value: setting ciphers has no effect if the minimum possible TLS version is 1.3"),
    TU_HOLDS("3e86e482300b",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  tls:\n"
             "    minVersion: '1.2'\n"
             "    ciphers: [ECDHE-RSA-AES128-GCM-SHA256]\n"),
    TU_FIRES("e6e644a81bdc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  tls: {minVersion: '1.3', maxVersion: '1.2'}\n",
             "spec.tls: Invalid value: minVersion must be smaller or equal to maxVersion"),
    TU_FIRES("e6e644a81bdc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  tls: {maxVersion: '1.1'}\n",
             "spec.tls: Invalid value: minVersion must be smaller or equal to maxVersion"),
    TU_HOLDS("e6e644a81bdc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  tls: {minVersion: Auto, maxVersion: '1.0'}\n"),
    TU_HOLDS("e6e644a81bdc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  tls: {minVersion: '1.3', maxVersion: Auto}\n"),
    TU_FIRES("a4e281397c0e",
             CLIENT_TRAFFIC_POLICY
             "  enableProxyProtocol: true\n",
             "spec: Invalid value: either targetRef or targetRefs must be used"),
    TU_FIRES("a4e281397c0e",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n",
             "spec: Invalid value: either targetRef or targetRefs must be used"),
    TU_HOLDS("a4e281397c0e",
             CLIENT_TRAFFIC_POLICY
             "  targetRef: {group: gateway.networking.k8s.io, kind: ListenerSet, name: g}\n"),
    TU_FIRES("610bfd947649",
             CLIENT_TRAFFIC_POLICY
             "  targetRef: {group: example.com, kind: Gateway, name: g}\n",
             "spec: Invalid value: this policy can only have a targetRef.group of gateway.networking.k8s.io"),
    TU_FIRES("9fe2df82a2ff",
             CLIENT_TRAFFIC_POLICY
             "  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: g}\n",
             "spec: Invalid value: this policy can only have a targetRef.kind of Gateway or ListenerSet"),
    TU_FIRES("6142e65be89d",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  - {group: '', kind: Gateway, name: h}\n",
             "spec: Invalid value: this policy can only have a targetRefs[*].group of gateway.networking.k8s.io"),
    TU_FIRES("71f4d35a254d",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  - {group: gateway.networking.k8s.io, kind: GRPCRoute, name: h}\n",
             "spec: Invalid value: this policy can only have a targetRefs[*].kind of Gateway or ListenerSet"),
    TU_HOLDS("71f4d35a254d",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  - {group: gateway.networking.k8s.io, kind: ListenerSet, name: h}\n"),
    /* self.mode without has(): "no such key" */
    TU_FIRES("b5bc840e54fc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  headers:\n"
             "    xForwardedClientCert: {certDetailsToAdd: [Cert]}\n",
             "spec.headers.xForwardedClientCert: Invalid value: \"object\": no such key: mode evaluating rule: certDetailsToAdd can only be set when mode is AppendForward or SanitizeSet"),
    TU_HOLDS("b5bc840e54fc",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  headers:\n"
             "    xForwardedClientCert: {certDetailsToAdd: []}\n"),
    TU_FIRES("8effacba191e",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  http2:\n"
             "    connectionKeepalive: {timeout: 1d, interval: 60s}\n",
             "spec.http2.connectionKeepalive.timeout: Invalid value: \"1d\": spec.http2.connectionKeepalive.timeout in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.http2.connectionKeepalive: Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: timeout must be less than interval"),
    TU_FIRES("8effacba191e",
             CLIENT_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  http2:\n"
             "    connectionKeepalive: {timeout: 1s, interval: 1d}\n",
             "spec.http2.connectionKeepalive.interval: Invalid value: \"1d\": spec.http2.connectionKeepalive.interval in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.http2.connectionKeepalive: Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: timeout must be less than interval"),
};

static void client_traffic_policy(void **state)
{
    (void)state;
    TU_RUN(client_traffic_policy_cases);
}

static const tu_case http_route_filter_cases[] = {
    TU_FIRES("adab0eb61aa9",
             HTTP_ROUTE_FILTER
             "  directResponse:\n"
             "    header: {remove: [x-a]}\n",
             "spec.directResponse.header: Invalid value: header.remove is not supported for DirectResponse"),
    TU_HOLDS("adab0eb61aa9",
             HTTP_ROUTE_FILTER
             "  directResponse:\n"
             "    statusCode: 200\n"
             "    header:\n"
             "      remove: []\n"
             "      set: [{name: x-a, value: b}]\n"),
    TU_FIRES("52251b5b0008",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    hostname: {type: Backend, header: x-host}\n",
             "spec.urlRewrite.hostname: Invalid value: header must be nil if the type is not Header"),
    TU_HOLDS("52251b5b0008",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    hostname: {type: Header, header: x-host}\n"),
    TU_FIRES("888f9393cd46",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    hostname: {type: Header}\n",
             "spec.urlRewrite.hostname: Invalid value: header must be specified for Header type"),
    TU_HOLDS("888f9393cd46",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    hostname: {type: Backend}\n"),
    TU_FIRES("f5c99799a0f0",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    hostname: {type: Backend, pathRegex: {pattern: a, substitution: b}}\n",
             "spec.urlRewrite.hostname: Invalid value: pathRegex must be nil if the type is not PathRegex"),
    TU_HOLDS("f5c99799a0f0",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    hostname: {type: PathRegex, pathRegex: {pattern: a, substitution: b}}\n"),
    TU_FIRES("91742c127679",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    hostname: {type: PathRegex}\n",
             "spec.urlRewrite.hostname: Invalid value: pathRegex must be specified for PathRegex type"),
    TU_FIRES("618b735abc20",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    path: {type: ReplaceRegexMatch}\n",
             "spec.urlRewrite.path: Invalid value: If HTTPPathModifier type is ReplaceRegexMatch, replaceRegexMatch field needs to be set."),
    TU_HOLDS("618b735abc20",
             HTTP_ROUTE_FILTER
             "  urlRewrite:\n"
             "    path:\n"
             "      type: ReplaceRegexMatch\n"
             "      replaceRegexMatch: {pattern: '^/a', substitution: /b}\n"),
};

static void http_route_filter(void **state)
{
    (void)state;
    TU_RUN(http_route_filter_cases);
}

static const tu_case backend_cases[] = {
    TU_FIRES("9be10c36240d",
             BACKEND
             "  endpoints:\n"
             "  - unix: {path: /" A108 "}\n",
             "spec.endpoints[0].unix.path: Invalid value: \"/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\": unix domain socket path must not exceed 108 characters"),
    TU_HOLDS("9be10c36240d",
             BACKEND
             "  endpoints:\n"
             "  - unix: {path: /" E107 "}\n"),
    TU_FIRES("88a2a5136fd7 6d348e9ac918",
             BACKEND
             "  endpoints:\n"
             "  - zone: a\n",
             "spec.endpoints[0]: Invalid value: one of fqdn, ip or unix must be specified",
             "spec.endpoints[0]: Invalid value: only one of fqdn, ip or unix can be specified"),
    TU_HOLDS("88a2a5136fd7",
             BACKEND
             "  endpoints:\n"
             "  - ip: {address: 10.0.0.1, port: 80}\n"
             "  - unix: {path: /a}\n"),
    TU_FIRES("6d348e9ac918",
             BACKEND
             "  endpoints:\n"
             "  - ip: {address: 10.0.0.1, port: 80}\n"
             "    unix: {path: /a}\n",
             "spec.endpoints[0]: Invalid value: only one of fqdn, ip or unix can be specified"),
    TU_FIRES("65afdcfdc417",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  - ip: {address: 10.0.0.1, port: 80}\n",
             "spec.endpoints: Invalid value: fqdn addresses cannot be mixed with other address types"),
    TU_HOLDS("65afdcfdc417",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  - fqdn: {hostname: example.org, port: 443}\n"),
    TU_FIRES("ed710cad23a9",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls:\n"
             "    caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]\n"
             "    wellKnownCACertificates: System\n",
             "spec.tls: Invalid value: must not contain both CACertificateRefs and WellKnownCACertificates"),
    TU_HOLDS("ed710cad23a9",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls:\n"
             "    caCertificateRefs: []\n"
             "    wellKnownCACertificates: System\n"),
    TU_FIRES("37c1984d3cd0",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls:\n"
             "    insecureSkipVerify: true\n"
             "    caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]\n",
             "spec.tls: Invalid value: must not contain either CACertificateRefs or WellKnownCACertificates when InsecureSkipVerify is enabled"),
    TU_HOLDS("37c1984d3cd0",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls:\n"
             "    insecureSkipVerify: true\n"),
    TU_FIRES("02697731d52b",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls: {sni: example.com, autoSNIFromEndpointHostname: true}\n",
             "spec.tls: Invalid value: sni and autoSNIFromEndpointHostname are mutually exclusive"),
    TU_HOLDS("02697731d52b",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls: {sni: example.com, autoSNIFromEndpointHostname: false}\n"),
    TU_FIRES("25ec06993d5e",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls:\n"
             "    minVersion: '1.3'\n"
             "    ciphers: [ECDHE-RSA-AES128-GCM-SHA256]\n",
             "spec.tls: Invalid value: setting ciphers has no effect if the minimum possible TLS version is 1.3"),
    TU_HOLDS("25ec06993d5e",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls:\n"
             "    maxVersion: '1.3'\n"
             "    ciphers: [ECDHE-RSA-AES128-GCM-SHA256]\n"),
    TU_FIRES("3f439ffd9b77",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls: {minVersion: '1.2', maxVersion: '1.1'}\n",
             "spec.tls: Invalid value: minVersion must be smaller or equal to maxVersion"),
    TU_HOLDS("3f439ffd9b77",
             BACKEND
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n"
             "  tls: {maxVersion: '1.2'}\n"),
    TU_FIRES("d9a784b40221",
             BACKEND
             "  type: DynamicResolver\n"
             "  endpoints:\n"
             "  - fqdn: {hostname: example.com, port: 443}\n",
             "spec: Invalid value: DynamicResolver type cannot have endpoints specified"),
    TU_HOLDS("d9a784b40221",
             BACKEND
             "  type: DynamicResolver\n"),
    TU_FIRES("b6033f366036 383af8839166",
             BACKEND
             "  type: DynamicResolver\n"
             "  tls: {autoSNIFromEndpointHostname: true}\n",
             "spec: Invalid value: DynamicResolver type cannot use autoSNIFromEndpointHostname",
             "spec: Invalid value: \"object\": no such key: endpoints evaluating rule: when autoSNIFromEndpointHostname is enabled, IP and Unix endpoints must define a hostname"),
    TU_HOLDS("b6033f366036",
             BACKEND
             "  type: DynamicResolver\n"
             "  tls: {autoSNIFromEndpointHostname: false}\n"),
    TU_FIRES("383af8839166",
             BACKEND
             "  endpoints:\n"
             "  - ip: {address: 10.0.0.1, port: 80}\n"
             "  tls: {autoSNIFromEndpointHostname: true}\n",
             "spec: Invalid value: when autoSNIFromEndpointHostname is enabled, IP and Unix endpoints must define a hostname"),
    TU_HOLDS("383af8839166",
             BACKEND
             "  endpoints:\n"
             "  - ip: {address: 10.0.0.1, port: 80}\n"
             "    hostname: example.com\n"
             "  - unix: {path: /a}\n"
             "    hostname: example.org\n"
             "  tls: {autoSNIFromEndpointHostname: true}\n"),
    /* self.endpoints.all(...) without has(): "no such key" */
    TU_FIRES("383af8839166",
             BACKEND
             "  tls: {autoSNIFromEndpointHostname: true}\n",
             "spec: Invalid value: \"object\": no such key: endpoints evaluating rule: when autoSNIFromEndpointHostname is enabled, IP and Unix endpoints must define a hostname"),
    TU_HOLDS("383af8839166",
             BACKEND
             "  tls: {autoSNIFromEndpointHostname: false}\n"),
};

static void backend(void **state)
{
    (void)state;
    TU_RUN(backend_cases);
}

static const tu_case other_envoy_policies_cases[] = {
    TU_FIRES("8effacba191e",
             BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  http2:\n"
             "    connectionKeepalive: {timeout: 2s, interval: 1s}\n",
             "spec.http2.connectionKeepalive: Invalid value: timeout must be less than interval"),
    TU_HOLDS("8effacba191e",
             BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  http2:\n"
             "    connectionKeepalive: {timeout: 1s, interval: 2s}\n"),
    TU_FIRES("7821d49f938e",
             SECURITY_POLICY
             "  targetSelectors:\n"
             "  - kind: HTTPRoute\n"
             "    namespaces: {from: Selector}\n",
             "spec.targetSelectors[0].namespaces: Invalid value: selector must be specified when from is Selector"),
    TU_FIRES("61d14d9fe6c6",
             SECURITY_POLICY
             "  targetSelectors:\n"
             "  - {group: example.com, kind: HTTPRoute}\n",
             "spec.targetSelectors[0]: Invalid value: group must be gateway.networking.k8s.io"),
    TU_HOLDS("61d14d9fe6c6",
             SECURITY_POLICY
             "  targetSelectors:\n"
             "  - kind: HTTPRoute\n"
             "    namespaces: {from: All}\n"),
    TU_FIRES("8effacba191e",
             BACKEND_TRAFFIC_POLICY
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  http2:\n"
             "    connectionKeepalive: {timeout: 1s, interval: 5x}\n",
             "spec.http2.connectionKeepalive.interval: Invalid value: \"5x\": spec.http2.connectionKeepalive.interval in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.http2.connectionKeepalive: Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: timeout must be less than interval"),
};

static void other_envoy_policies(void **state)
{
    (void)state;
    TU_RUN(other_envoy_policies_cases);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gateway_class),
        cmocka_unit_test(gateway_addresses),
        cmocka_unit_test(gateway_infrastructure),
        cmocka_unit_test(gateway_listeners),
        cmocka_unit_test(listener_set),
        cmocka_unit_test(backend_tls_policy),
        cmocka_unit_test(x_backend_traffic_policy),
        cmocka_unit_test(x_backend),
        cmocka_unit_test(client_traffic_policy),
        cmocka_unit_test(http_route_filter),
        cmocka_unit_test(backend),
        cmocka_unit_test(other_envoy_policies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
