/* CEL rules of Gateway, GatewayClass, ListenerSet, BackendTLSPolicy,
 * XBackend, XBackendTrafficPolicy, ClientTrafficPolicy, HTTPRouteFilter and
 * Backend (lib/validate/rules/gateway.c): for every rule, a case where it
 * fires (with the CRD's message at the API server's path) and one where it
 * holds. Every case was checked with the API-server oracle (tests/oracle):
 * the firing cases produce exactly that error there, the holding cases are
 * fully valid there. */
#include "testutil.h"

#include <stdbool.h>
#include <string.h>

/* Long runs of characters for the length limits. */
#define A10 "aaaaaaaaaa"
#define A60 A10 A10 A10 A10 A10 A10
#define A61 A60 "a"
#define A63 A60 "aaa"
#define A108 A10 A10 A10 A10 A10 A10 A10 A10 A10 A10 "aaaaaaaa"
#define E_ACUTE "\303\251" /* U+00E9: one character, two bytes */
#define E10 E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE
#define E107 E10 E10 E10 E10 E10 E10 E10 E10 E10 E10 E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE

typedef struct rule_case {
    const char *id;       /* rule id (docs/cel-rules.tsv) */
    const char *yaml;
    /* Path of the diagnostic when the rule fires; NULL when it holds (the
     * object is then valid as a whole). */
    const char *path;
    /* The needle: "Invalid value: <message>" for rules on objects and
     * arrays; for rules on strings the API server puts the quoted value
     * between ("Invalid value: \"x\": <message>"), so only the message. */
    const char *needle;
} rule_case;

static void run_cases(const rule_case *cases, size_t n, gwapi_channel channel)
{
    for (size_t i = 0; i < n; i++) {
        const rule_case *c = &cases[i];
        gwapi_result *r = tu_validate(c->yaml, channel);
        print_message("case %zu (%s, %s)\n", i, c->id, c->path ? "fires" : "holds");
        if (c->path) {
            tu_assert_diag(r, c->path, c->needle);
        } else {
            tu_assert_no_diag(r, c->needle);
            tu_assert_valid(r);
        }
        tu_free(r);
    }
}

#define RUN(cases) run_cases((cases), sizeof(cases) / sizeof((cases)[0]), GWAPI_CHANNEL_EXPERIMENTAL)

static const rule_case gateway_class_cases[] = {
    /* transition rule: never fires on create */
    { "5f11b1fb4d73",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: GatewayClass\n"
      "metadata: {name: gc}\n"
      "spec:\n"
      "  controllerName: example.com/gateway-controller\n",
      NULL,
      "Value is immutable" },
};

static void gateway_class(void **state)
{
    (void)state;
    RUN(gateway_class_cases);
}

static const rule_case gateway_addresses_cases[] = {
    { "618efe6fa7c8",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  addresses:\n"
      "  - {type: Hostname, value: Example.com}\n",
      "spec.addresses[0]",
      "Invalid value: Hostname value must be empty or contain only valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)" },
    { "618efe6fa7c8",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  addresses:\n"
      "  - {type: Hostname, value: '*.example.com'}\n"
      "  - {type: example.com/custom, value: Anything}\n",
      NULL,
      "Invalid value: Hostname value must be empty or contain only valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)" },
    { "a15f5bac89c3",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  addresses:\n"
      "  - {value: 10.0.0.1}\n"
      "  - {type: IPAddress, value: 10.0.0.1}\n",
      "spec.addresses",
      "Invalid value: IPAddress values must be unique" },
    { "a15f5bac89c3",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  addresses:\n"
      "  - {value: 10.0.0.1}\n"
      "  - {value: 10.0.0.2}\n"
      "  - {type: Hostname, value: 10.0.0.1}\n",
      NULL,
      "Invalid value: IPAddress values must be unique" },
    { "f9d5fb3b233e",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  addresses:\n"
      "  - {type: Hostname, value: example.com}\n"
      "  - {type: Hostname, value: example.com}\n",
      "spec.addresses",
      "Invalid value: Hostname values must be unique" },
    { "f9d5fb3b233e",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  addresses:\n"
      "  - {type: Hostname, value: example.com}\n"
      "  - {type: Hostname, value: example.org}\n"
      "  - {type: example.com/x, value: example.com}\n",
      NULL,
      "Invalid value: Hostname values must be unique" },
};

static void gateway_addresses(void **state)
{
    (void)state;
    RUN(gateway_addresses_cases);
}

static const rule_case gateway_infrastructure_cases[] = {
    { "e05427bac845",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  infrastructure:\n"
      "    annotations: {-bad: x}\n",
      "spec.infrastructure.annotations",
      "Invalid value: Annotation keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters." },
    { "e05427bac845",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  infrastructure:\n"
      "    annotations: {example.com/a: x, b_c.d: ''}\n",
      NULL,
      "Invalid value: Annotation keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters." },
    { "66c79a95f1f4",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  infrastructure:\n"
      "    annotations: {" A63 "." A63 "." A63 "." A61 "/a: x}\n",
      "spec.infrastructure.annotations",
      "Invalid value: If specified, the annotation key's prefix must be a DNS subdomain not longer than 253 characters in total." },
    { "66c79a95f1f4",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  infrastructure:\n"
      "    annotations: {" A63 "." A63 "." A63 "." A60 "/a: x}\n",
      NULL,
      "Invalid value: If specified, the annotation key's prefix must be a DNS subdomain not longer than 253 characters in total." },
    { "ff5b9e3f0686",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  infrastructure:\n"
      "    labels: {example.com/a/b: x}\n",
      "spec.infrastructure.labels",
      "Invalid value: Label keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters." },
    { "ff5b9e3f0686",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  infrastructure:\n"
      "    labels: {example.com/A.b: x, Z: ''}\n",
      NULL,
      "Invalid value: Label keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters." },
    { "c6923c6ddd89",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  infrastructure:\n"
      "    labels: {" A63 "." A63 "." A63 "." A61 "/a: x}\n",
      "spec.infrastructure.labels",
      "Invalid value: If specified, the label key's prefix must be a DNS subdomain not longer than 253 characters in total." },
    { "c6923c6ddd89",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  infrastructure:\n"
      "    labels: {" A63 "." A63 "." A63 "." A60 "/a: x}\n",
      NULL,
      "Invalid value: If specified, the label key's prefix must be a DNS subdomain not longer than 253 characters in total." },
};

static void gateway_infrastructure(void **state)
{
    (void)state;
    RUN(gateway_infrastructure_cases);
}

static const rule_case gateway_listeners_cases[] = {
    { "88e67e0f13db",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - name: a\n"
      "    port: 443\n"
      "    protocol: HTTPS\n"
      "    tls: {certificateRefs: [], options: {}}\n",
      "spec.listeners[0].tls",
      "Invalid value: certificateRefs or options must be specified when mode is Terminate" },
    { "88e67e0f13db",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
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
      "    tls: {certificateRefs: [{name: s}]}\n",
      NULL,
      "Invalid value: certificateRefs or options must be specified when mode is Terminate" },
    { "851b2b0c15ae",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - name: a\n"
      "    port: 80\n"
      "    protocol: HTTP\n"
      "    tls: {mode: Terminate, certificateRefs: [{name: s}]}\n",
      "spec.listeners",
      "Invalid value: tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']" },
    { "851b2b0c15ae",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - name: a\n"
      "    port: 443\n"
      "    protocol: HTTPS\n"
      "    tls: {mode: Terminate, certificateRefs: [{name: s}]}\n"
      "  - {name: b, port: 80, protocol: HTTP}\n",
      NULL,
      "Invalid value: tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']" },
    { "813f71ec0c93",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - name: a\n"
      "    port: 443\n"
      "    protocol: HTTPS\n"
      "    tls: {mode: Passthrough}\n",
      "spec.listeners",
      "Invalid value: tls mode must be Terminate for protocol HTTPS" },
    { "813f71ec0c93",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - name: a\n"
      "    port: 443\n"
      "    protocol: HTTPS\n"
      "    tls: {certificateRefs: [{name: s}]}\n"
      "  - name: b\n"
      "    port: 8443\n"
      "    protocol: TLS\n"
      "    tls: {mode: Passthrough}\n",
      NULL,
      "Invalid value: tls mode must be Terminate for protocol HTTPS" },
    { "65c56f36aec5",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 443, protocol: TLS}\n",
      "spec.listeners",
      "Invalid value: tls mode must be set for protocol TLS" },
    { "65c56f36aec5",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - name: a\n"
      "    port: 443\n"
      "    protocol: TLS\n"
      "    tls: {mode: Passthrough}\n",
      NULL,
      "Invalid value: tls mode must be set for protocol TLS" },
    { "7abf45af3f53",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 53, protocol: UDP, hostname: example.com}\n",
      "spec.listeners",
      "Invalid value: hostname must not be specified for protocols ['TCP', 'UDP']" },
    { "7abf45af3f53",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 53, protocol: TCP}\n"
      "  - {name: b, port: 80, protocol: HTTP, hostname: example.com}\n",
      NULL,
      "Invalid value: hostname must not be specified for protocols ['TCP', 'UDP']" },
    { "cd6d9b420856",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  - {name: a, port: 81, protocol: HTTP}\n",
      "spec.listeners",
      "Invalid value: Listener name must be unique within the Gateway" },
    { "cd6d9b420856",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  - {name: b, port: 81, protocol: HTTP}\n",
      NULL,
      "Invalid value: Listener name must be unique within the Gateway" },
    { "6efa8eedd6cf",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  - {name: b, port: 80, protocol: HTTP}\n",
      "spec.listeners",
      "Invalid value: Combination of port, protocol and hostname must be unique for each listener" },
    { "6efa8eedd6cf",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP}\n"
      "  - {name: b, port: 80, protocol: HTTP, hostname: example.com}\n"
      "  - {name: c, port: 80, protocol: HTTP, hostname: example.org}\n"
      "  - {name: d, port: 80, protocol: TCP}\n",
      NULL,
      "Invalid value: Combination of port, protocol and hostname must be unique for each listener" },
    { "8df09e156342",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
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
      "spec.tls.frontend.perPort",
      "Invalid value: Port for TLS configuration must be unique within the Gateway" },
    { "8df09e156342",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
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
      "          validation: {caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]}\n",
      NULL,
      "Invalid value: Port for TLS configuration must be unique within the Gateway" },
    /* CEL runtime errors: size() of an absent field ("no such key"); with
     * both sides of || failing, the left error is reported */
    { "88e67e0f13db",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 443, protocol: HTTPS, tls: {mode: Terminate}}\n",
      "spec.listeners[0].tls",
      "Invalid value: \"object\": no such key: certificateRefs evaluating rule: certificateRefs or options must be specified when mode is Terminate" },
    { "88e67e0f13db",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 443, protocol: HTTPS, tls: {}}\n",
      "spec.listeners[0].tls",
      "Invalid value: \"object\": no such key: certificateRefs evaluating rule: certificateRefs or options must be specified when mode is Terminate" },
    { "88e67e0f13db",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 443, protocol: HTTPS, tls: {certificateRefs: []}}\n",
      "spec.listeners[0].tls",
      "Invalid value: \"object\": no such key: options evaluating rule: certificateRefs or options must be specified when mode is Terminate" },
    { "88e67e0f13db",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 443, protocol: HTTPS, tls: {options: {}}}\n",
      "spec.listeners[0].tls",
      "Invalid value: \"object\": no such key: certificateRefs evaluating rule: certificateRefs or options must be specified when mode is Terminate" },
    { "88e67e0f13db",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: Gateway\n"
      "metadata: {name: g, namespace: ns}\n"
      "spec:\n"
      "  gatewayClassName: c\n"
      "  listeners:\n"
      "  - {name: a, port: 443, protocol: TLS, tls: {mode: Passthrough}}\n",
      NULL,
      "certificateRefs or options must be specified when mode is Terminate" },
};

static void gateway_listeners(void **state)
{
    (void)state;
    RUN(gateway_listeners_cases);
}

static const rule_case listener_set_cases[] = {
    { "5c5481b36f68",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: ListenerSet\n"
      "metadata: {name: l, namespace: ns}\n"
      "spec:\n"
      "  parentRef: {name: g}\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP, hostname: example.com}\n"
      "  - {name: b, port: 80, protocol: HTTP, hostname: example.com}\n",
      "spec.listeners",
      "Invalid value: Combination of port, protocol and hostname must be unique for each listener" },
    { "5c5481b36f68",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: ListenerSet\n"
      "metadata: {name: l, namespace: ns}\n"
      "spec:\n"
      "  parentRef: {name: g}\n"
      "  listeners:\n"
      "  - {name: a, port: 80, protocol: HTTP, hostname: example.com}\n"
      "  - {name: b, port: 80, protocol: HTTP}\n",
      NULL,
      "Invalid value: Combination of port, protocol and hostname must be unique for each listener" },
    { "851b2b0c15ae",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: ListenerSet\n"
      "metadata: {name: l, namespace: ns}\n"
      "spec:\n"
      "  parentRef: {name: g}\n"
      "  listeners:\n"
      "  - name: a\n"
      "    port: 80\n"
      "    protocol: TCP\n"
      "    tls: {mode: Terminate, certificateRefs: [{name: s}]}\n",
      "spec.listeners",
      "Invalid value: tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']" },
    { "88e67e0f13db",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: ListenerSet\n"
      "metadata: {name: l, namespace: ns}\n"
      "spec:\n"
      "  parentRef: {name: g}\n"
      "  listeners:\n"
      "  - {name: a, port: 443, protocol: HTTPS, tls: {}}\n",
      "spec.listeners[0].tls",
      "Invalid value: \"object\": no such key: certificateRefs evaluating rule: certificateRefs or options must be specified when mode is Terminate" },
};

static void listener_set(void **state)
{
    (void)state;
    RUN(listener_set_cases);
}

static const rule_case backend_tls_policy_cases[] = {
    { "1f5c466fefcd",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  - {group: '', kind: Service, name: s, sectionName: http}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n",
      "spec.targetRefs",
      "Invalid value: sectionName must be specified when targetRefs includes 2 or more references to the same target" },
    { "1f5c466fefcd",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s, sectionName: https}\n"
      "  - {group: '', kind: Service, name: s, sectionName: http}\n"
      "  - {group: '', kind: Service, name: t}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n",
      NULL,
      "Invalid value: sectionName must be specified when targetRefs includes 2 or more references to the same target" },
    { "0098962d66b8",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s, sectionName: http}\n"
      "  - {group: '', kind: Service, name: s, sectionName: http}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n",
      "spec.targetRefs",
      "Invalid value: sectionName must be unique when targetRefs includes 2 or more references to the same target" },
    { "0098962d66b8",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  - {group: '', kind: Service, name: t}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n",
      NULL,
      "Invalid value: sectionName must be unique when targetRefs includes 2 or more references to the same target" },
    { "05e6efe3f858",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n"
      "    subjectAltNames:\n"
      "    - {type: Hostname}\n",
      "spec.validation.subjectAltNames[0]",
      "Invalid value: SubjectAltName element must contain Hostname, if Type is set to Hostname" },
    { "05e6efe3f858",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n"
      "    subjectAltNames:\n"
      "    - {type: Hostname, hostname: '*.example.com'}\n",
      NULL,
      "Invalid value: SubjectAltName element must contain Hostname, if Type is set to Hostname" },
    { "459426356287",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n"
      "    subjectAltNames:\n"
      "    - {type: URI, uri: 'spiffe://a/b', hostname: example.com}\n",
      "spec.validation.subjectAltNames[0]",
      "Invalid value: SubjectAltName element must not contain Hostname, if Type is not set to Hostname" },
    { "459426356287",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n"
      "    subjectAltNames:\n"
      "    - {type: URI, uri: 'spiffe://a/b'}\n",
      NULL,
      "Invalid value: SubjectAltName element must not contain Hostname, if Type is not set to Hostname" },
    { "bf71ce4ff245",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n"
      "    subjectAltNames:\n"
      "    - {type: URI}\n",
      "spec.validation.subjectAltNames[0]",
      "Invalid value: SubjectAltName element must contain URI, if Type is set to URI" },
    { "e6983ab051bb",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n"
      "    subjectAltNames:\n"
      "    - {type: Hostname, hostname: example.com, uri: 'spiffe://a/b'}\n",
      "spec.validation.subjectAltNames[0]",
      "Invalid value: SubjectAltName element must not contain URI, if Type is not set to URI" },
    { "f46da87c87b5",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    wellKnownCACertificates: System\n"
      "    caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]\n",
      "spec.validation",
      "Invalid value: must not contain both CACertificateRefs and WellKnownCACertificates" },
    { "f46da87c87b5",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]\n",
      NULL,
      "Invalid value: must not contain both CACertificateRefs and WellKnownCACertificates" },
    { "8d25bf629b49",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n",
      "spec.validation",
      "Invalid value: must specify either CACertificateRefs or WellKnownCACertificates" },
    { "8d25bf629b49",
      "apiVersion: gateway.networking.k8s.io/v1\n"
      "kind: BackendTLSPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  validation:\n"
      "    hostname: example.com\n"
      "    caCertificateRefs: []\n",
      "spec.validation",
      "Invalid value: must specify either CACertificateRefs or WellKnownCACertificates" },
};

static void backend_tls_policy(void **state)
{
    (void)state;
    RUN(backend_tls_policy_cases);
}

static const rule_case x_backend_traffic_policy_cases[] = {
    { "d71900284f88",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  retryConstraint:\n"
      "    budget: {interval: 1h1s}\n",
      "spec.retryConstraint.budget.interval",
      "interval cannot be greater than one hour or less than one second" },
    { "d71900284f88",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  retryConstraint:\n"
      "    budget: {interval: 999ms}\n",
      "spec.retryConstraint.budget.interval",
      "interval cannot be greater than one hour or less than one second" },
    { "d71900284f88",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  retryConstraint:\n"
      "    budget: {interval: 59m60s}\n"
      "    minRetryRate: {interval: 1ms}\n",
      NULL,
      "interval cannot be greater than one hour or less than one second" },
    { "9023001327d3",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  retryConstraint:\n"
      "    minRetryRate: {interval: 0s}\n",
      "spec.retryConstraint.minRetryRate.interval",
      "interval cannot be greater than one hour" },
    { "9023001327d3",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  retryConstraint:\n"
      "    minRetryRate: {interval: 1h1ms}\n",
      "spec.retryConstraint.minRetryRate.interval",
      "interval cannot be greater than one hour" },
    { "9023001327d3",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  retryConstraint:\n"
      "    minRetryRate: {interval: 1h}\n",
      NULL,
      "interval cannot be greater than one hour" },
    /* duration() of a string Go cannot parse: a CEL runtime error (the
     * pattern error beside it does not block CEL) */
    { "d71900284f88",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  retryConstraint:\n"
      "    budget: {interval: 1d}\n",
      "spec.retryConstraint.budget.interval",
      "Invalid value: \"string\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: interval cannot be greater than one hour or less than one second" },
    { "9023001327d3",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: '', kind: Service, name: s}\n"
      "  retryConstraint:\n"
      "    minRetryRate: {interval: 1d}\n",
      "spec.retryConstraint.minRetryRate.interval",
      "Invalid value: \"string\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: interval cannot be greater than one hour" },
};

static void x_backend_traffic_policy(void **state)
{
    (void)state;
    RUN(x_backend_traffic_policy_cases);
}

static const rule_case x_backend_cases[] = {
    { "aa64f1bfb980",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443}\n"
      "  externalHostname: {hostname: svc.ns.svc.cluster.local}\n",
      "spec.externalHostname.hostname",
      "hostname must not be an IP address or end with .cluster.local" },
    { "aa64f1bfb980",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443}\n"
      "  externalHostname: {hostname: cluster.local}\n",
      NULL,
      "hostname must not be an IP address or end with .cluster.local" },
    { "6b8d0f642195",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443, name: a.b}\n"
      "  externalHostname: {hostname: example.com}\n",
      "spec.port.name",
      "Name must be a valid DNS label" },
    /* validate() returns an optional, never null: every non-empty name fails */
    { "6b8d0f642195",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443, name: https-1}\n"
      "  externalHostname: {hostname: example.com}\n",
      "spec.port.name",
      "Name must be a valid DNS label" },
    { "6b8d0f642195",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443, name: ''}\n"
      "  externalHostname: {hostname: example.com}\n",
      NULL,
      "Name must be a valid DNS label" },
    { "f75a7fe11975",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443}\n"
      "  externalHostname: {hostname: example.com}\n"
      "  tls:\n"
      "    mode: ServerOnly\n"
      "    clientCertificateRef: {name: c}\n"
      "    validation: {hostname: example.com, wellKnownCACertificates: System}\n",
      "spec.tls",
      "Invalid value: clientCertificateRef must be set if and only if mode is ClientAndServer" },
    { "f75a7fe11975",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443}\n"
      "  externalHostname: {hostname: example.com}\n"
      "  tls:\n"
      "    mode: ClientAndServer\n"
      "    validation: {hostname: example.com, wellKnownCACertificates: System}\n",
      "spec.tls",
      "Invalid value: clientCertificateRef must be set if and only if mode is ClientAndServer" },
    { "f75a7fe11975",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443}\n"
      "  externalHostname: {hostname: example.com}\n"
      "  tls:\n"
      "    mode: ClientAndServer\n"
      "    clientCertificateRef: {name: c}\n"
      "    validation: {hostname: example.com, wellKnownCACertificates: System}\n",
      NULL,
      "Invalid value: clientCertificateRef must be set if and only if mode is ClientAndServer" },
    { "bec86b2f84f9",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443}\n",
      "spec",
      "Invalid value: externalHostname must be set when type is ExternalHostname and must be unset otherwise" },
    { "05e6efe3f858",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443}\n"
      "  externalHostname: {hostname: example.com}\n"
      "  tls:\n"
      "    mode: ServerOnly\n"
      "    validation:\n"
      "      hostname: example.com\n"
      "      wellKnownCACertificates: System\n"
      "      subjectAltNames: [{type: Hostname}]\n",
      "spec.tls.validation.subjectAltNames[0]",
      "Invalid value: SubjectAltName element must contain Hostname, if Type is set to Hostname" },
    { "8d25bf629b49",
      "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
      "kind: XBackend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: ExternalHostname\n"
      "  port: {port: 443}\n"
      "  externalHostname: {hostname: example.com}\n"
      "  tls:\n"
      "    mode: ServerOnly\n"
      "    validation: {hostname: example.com}\n",
      "spec.tls.validation",
      "Invalid value: must specify either CACertificateRefs or WellKnownCACertificates" },
};

static void x_backend(void **state)
{
    (void)state;
    RUN(x_backend_cases);
}

static const rule_case client_traffic_policy_cases[] = {
    { "88f5b070aac8",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  clientIPDetection:\n"
      "    xForwardedFor: {numTrustedHops: 1, trustedCIDRs: [10.0.0.0/8]}\n",
      "spec.clientIPDetection.xForwardedFor",
      "Invalid value: only one of numTrustedHops or trustedCIDRs must be set" },
    { "88f5b070aac8",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  clientIPDetection:\n"
      "    xForwardedFor: {}\n",
      "spec.clientIPDetection.xForwardedFor",
      "Invalid value: only one of numTrustedHops or trustedCIDRs must be set" },
    { "88f5b070aac8",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  clientIPDetection:\n"
      "    xForwardedFor: {trustedCIDRs: [10.0.0.0/8]}\n",
      NULL,
      "Invalid value: only one of numTrustedHops or trustedCIDRs must be set" },
    { "01e9e5b9d0bb",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  clientIPDetection:\n"
      "    xForwardedFor: {numTrustedHops: 2}\n"
      "    directSourceIP: {}\n",
      "spec.clientIPDetection",
      "Invalid value: exactly one of xForwardedFor, customHeader, or directSourceIP must be set" },
    { "01e9e5b9d0bb",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  clientIPDetection: {}\n",
      "spec.clientIPDetection",
      "Invalid value: exactly one of xForwardedFor, customHeader, or directSourceIP must be set" },
    { "01e9e5b9d0bb",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  clientIPDetection:\n"
      "    directSourceIP: {}\n",
      NULL,
      "Invalid value: exactly one of xForwardedFor, customHeader, or directSourceIP must be set" },
    { "692315fb3c8d",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  connection:\n"
      "    connectionLimit: {closeDelay: 1s}\n",
      "spec.connection.connectionLimit",
      "Invalid value: closeDelay can only be configured when value is set" },
    { "692315fb3c8d",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  connection:\n"
      "    connectionLimit: {closeDelay: 1s, value: 5}\n",
      NULL,
      "Invalid value: closeDelay can only be configured when value is set" },
    { "b5bc840e54fc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  headers:\n"
      "    xForwardedClientCert: {mode: Sanitize, certDetailsToAdd: [Cert]}\n",
      "spec.headers.xForwardedClientCert",
      "Invalid value: certDetailsToAdd can only be set when mode is AppendForward or SanitizeSet" },
    { "b5bc840e54fc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  headers:\n"
      "    xForwardedClientCert: {mode: SanitizeSet, certDetailsToAdd: [Cert]}\n",
      NULL,
      "Invalid value: certDetailsToAdd can only be set when mode is AppendForward or SanitizeSet" },
    { "b5bc840e54fc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  headers:\n"
      "    xForwardedClientCert: {mode: Sanitize, certDetailsToAdd: []}\n",
      NULL,
      "Invalid value: certDetailsToAdd can only be set when mode is AppendForward or SanitizeSet" },
    { "b5a2e40b1bc8",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  headers: {preserveXRequestID: false, requestID: Generate}\n",
      "spec.headers",
      "Invalid value: preserveXRequestID and requestID cannot both be set." },
    { "b5a2e40b1bc8",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  headers: {requestID: Generate}\n",
      NULL,
      "Invalid value: preserveXRequestID and requestID cannot both be set." },
    { "8effacba191e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  http2:\n"
      "    connectionKeepalive: {timeout: 1m, interval: 60s}\n",
      "spec.http2.connectionKeepalive",
      "Invalid value: timeout must be less than interval" },
    { "8effacba191e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  http2:\n"
      "    connectionKeepalive: {timeout: 59s999ms, interval: 1m}\n",
      NULL,
      "Invalid value: timeout must be less than interval" },
    { "689e8a91cb93",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetSelectors:\n"
      "  - kind: Gateway\n"
      "    namespaces: {from: Selector}\n",
      "spec.targetSelectors[0].namespaces",
      "Invalid value: selector must be specified when from is Selector" },
    { "689e8a91cb93",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetSelectors:\n"
      "  - kind: Gateway\n"
      "    namespaces:\n"
      "      from: Selector\n"
      "      selector: {matchLabels: {a: b}}\n"
      "  - kind: Gateway\n"
      "    namespaces: {}\n",
      NULL,
      "Invalid value: selector must be specified when from is Selector" },
    { "61d14d9fe6c6",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetSelectors:\n"
      "  - {group: example.com, kind: Gateway}\n",
      "spec.targetSelectors[0]",
      "Invalid value: group must be gateway.networking.k8s.io" },
    { "61d14d9fe6c6",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetSelectors:\n"
      "  - {kind: Gateway}\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway}\n",
      NULL,
      "Invalid value: group must be gateway.networking.k8s.io" },
    { "bf6e1ca11f0c",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  tls:\n"
      "    clientValidation: {allowExpiredCertificate: true, mode: RequireAny}\n",
      "spec.tls.clientValidation",
      "Invalid value: allowExpiredCertificate can only be set when mode is VerifyIfGiven or RequireAndVerify" },
    { "bf6e1ca11f0c",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  tls:\n"
      "    clientValidation: {allowExpiredCertificate: true, mode: VerifyIfGiven}\n",
      NULL,
      "Invalid value: allowExpiredCertificate can only be set when mode is VerifyIfGiven or RequireAndVerify" },
    { "3e86e482300b",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  tls:\n"
      "    minVersion: '1.3'\n"
      "    ciphers: []\n",
      "spec.tls",
      "Invalid value: setting ciphers has no effect if the minimum possible TLS version is 1.3" },
    { "3e86e482300b",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  tls:\n"
      "    minVersion: '1.2'\n"
      "    ciphers: [ECDHE-RSA-AES128-GCM-SHA256]\n",
      NULL,
      "Invalid value: setting ciphers has no effect if the minimum possible TLS version is 1.3" },
    { "e6e644a81bdc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  tls: {minVersion: '1.3', maxVersion: '1.2'}\n",
      "spec.tls",
      "Invalid value: minVersion must be smaller or equal to maxVersion" },
    { "e6e644a81bdc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  tls: {maxVersion: '1.1'}\n",
      "spec.tls",
      "Invalid value: minVersion must be smaller or equal to maxVersion" },
    { "e6e644a81bdc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  tls: {minVersion: Auto, maxVersion: '1.0'}\n",
      NULL,
      "Invalid value: minVersion must be smaller or equal to maxVersion" },
    { "e6e644a81bdc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  tls: {minVersion: '1.3', maxVersion: Auto}\n",
      NULL,
      "Invalid value: minVersion must be smaller or equal to maxVersion" },
    { "a4e281397c0e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  enableProxyProtocol: true\n",
      "spec",
      "Invalid value: either targetRef or targetRefs must be used" },
    { "a4e281397c0e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n",
      "spec",
      "Invalid value: either targetRef or targetRefs must be used" },
    { "a4e281397c0e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRef: {group: gateway.networking.k8s.io, kind: ListenerSet, name: g}\n",
      NULL,
      "Invalid value: either targetRef or targetRefs must be used" },
    { "610bfd947649",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRef: {group: example.com, kind: Gateway, name: g}\n",
      "spec",
      "Invalid value: this policy can only have a targetRef.group of gateway.networking.k8s.io" },
    { "9fe2df82a2ff",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: g}\n",
      "spec",
      "Invalid value: this policy can only have a targetRef.kind of Gateway or ListenerSet" },
    { "6142e65be89d",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  - {group: '', kind: Gateway, name: h}\n",
      "spec",
      "Invalid value: this policy can only have a targetRefs[*].group of gateway.networking.k8s.io" },
    { "71f4d35a254d",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  - {group: gateway.networking.k8s.io, kind: GRPCRoute, name: h}\n",
      "spec",
      "Invalid value: this policy can only have a targetRefs[*].kind of Gateway or ListenerSet" },
    { "71f4d35a254d",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  - {group: gateway.networking.k8s.io, kind: ListenerSet, name: h}\n",
      NULL,
      "Invalid value: this policy can only have a targetRefs[*].kind of Gateway or ListenerSet" },
    /* self.mode without has(): "no such key" */
    { "b5bc840e54fc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  headers:\n"
      "    xForwardedClientCert: {certDetailsToAdd: [Cert]}\n",
      "spec.headers.xForwardedClientCert",
      "Invalid value: \"object\": no such key: mode evaluating rule: "
      "certDetailsToAdd can only be set when mode is AppendForward or SanitizeSet" },
    { "b5bc840e54fc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  headers:\n"
      "    xForwardedClientCert: {certDetailsToAdd: []}\n",
      NULL,
      "certDetailsToAdd can only be set when mode is AppendForward or SanitizeSet" },
    { "8effacba191e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  http2:\n"
      "    connectionKeepalive: {timeout: 1d, interval: 60s}\n",
      "spec.http2.connectionKeepalive",
      "Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: timeout must be less than interval" },
    { "8effacba191e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: ClientTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  http2:\n"
      "    connectionKeepalive: {timeout: 1s, interval: 1d}\n",
      "spec.http2.connectionKeepalive",
      "Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: timeout must be less than interval" },
};

static void client_traffic_policy(void **state)
{
    (void)state;
    RUN(client_traffic_policy_cases);
}

static const rule_case http_route_filter_cases[] = {
    { "e9acef45608d",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  directResponse:\n"
      "    header: {remove: [x-a]}\n",
      "spec.directResponse.header",
      "Invalid value: header.remove is not supported for DirectResponse" },
    { "e9acef45608d",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  directResponse:\n"
      "    statusCode: 200\n"
      "    header:\n"
      "      remove: []\n"
      "      set: [{name: x-a, value: b}]\n",
      NULL,
      "Invalid value: header.remove is not supported for DirectResponse" },
    { "c4c329e727cc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    hostname: {type: Backend, header: x-host}\n",
      "spec.urlRewrite.hostname",
      "Invalid value: header must be nil if the type is not Header" },
    { "c4c329e727cc",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    hostname: {type: Header, header: x-host}\n",
      NULL,
      "Invalid value: header must be nil if the type is not Header" },
    { "aedc01d344b7",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    hostname: {type: Header}\n",
      "spec.urlRewrite.hostname",
      "Invalid value: header must be specified for Header type" },
    { "aedc01d344b7",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    hostname: {type: Backend}\n",
      NULL,
      "Invalid value: header must be specified for Header type" },
    { "27875688f602",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    hostname: {type: Backend, pathRegex: {pattern: a, substitution: b}}\n",
      "spec.urlRewrite.hostname",
      "Invalid value: pathRegex must be nil if the type is not PathRegex" },
    { "27875688f602",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    hostname: {type: PathRegex, pathRegex: {pattern: a, substitution: b}}\n",
      NULL,
      "Invalid value: pathRegex must be nil if the type is not PathRegex" },
    { "25b65eeb2ab1",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    hostname: {type: PathRegex}\n",
      "spec.urlRewrite.hostname",
      "Invalid value: pathRegex must be specified for PathRegex type" },
    { "1f6220b2b694",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    path: {type: ReplaceRegexMatch}\n",
      "spec.urlRewrite.path",
      "Invalid value: If HTTPPathModifier type is ReplaceRegexMatch, replaceRegexMatch field needs to be set." },
    { "1f6220b2b694",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: HTTPRouteFilter\n"
      "metadata: {name: f, namespace: ns}\n"
      "spec:\n"
      "  urlRewrite:\n"
      "    path:\n"
      "      type: ReplaceRegexMatch\n"
      "      replaceRegexMatch: {pattern: '^/a', substitution: /b}\n",
      NULL,
      "Invalid value: If HTTPPathModifier type is ReplaceRegexMatch, replaceRegexMatch field needs to be set." },
};

static void http_route_filter(void **state)
{
    (void)state;
    RUN(http_route_filter_cases);
}

static const rule_case backend_cases[] = {
    { "ab16233b5e52",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - unix: {path: /" A108 "}\n",
      "spec.endpoints[0].unix.path",
      "unix domain socket path must not exceed 108 characters" },
    { "ab16233b5e52",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - unix: {path: /" E107 "}\n",
      NULL,
      "unix domain socket path must not exceed 108 characters" },
    { "88a2a5136fd7",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - zone: a\n",
      "spec.endpoints[0]",
      "Invalid value: one of fqdn, ip or unix must be specified" },
    { "88a2a5136fd7",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - ip: {address: 10.0.0.1, port: 80}\n"
      "  - unix: {path: /a}\n",
      NULL,
      "Invalid value: one of fqdn, ip or unix must be specified" },
    { "6d348e9ac918",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - ip: {address: 10.0.0.1, port: 80}\n"
      "    unix: {path: /a}\n",
      "spec.endpoints[0]",
      "Invalid value: only one of fqdn, ip or unix can be specified" },
    { "65afdcfdc417",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  - ip: {address: 10.0.0.1, port: 80}\n",
      "spec.endpoints",
      "Invalid value: fqdn addresses cannot be mixed with other address types" },
    { "65afdcfdc417",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  - fqdn: {hostname: example.org, port: 443}\n",
      NULL,
      "Invalid value: fqdn addresses cannot be mixed with other address types" },
    { "ed710cad23a9",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls:\n"
      "    caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]\n"
      "    wellKnownCACertificates: System\n",
      "spec.tls",
      "Invalid value: must not contain both CACertificateRefs and WellKnownCACertificates" },
    { "ed710cad23a9",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls:\n"
      "    caCertificateRefs: []\n"
      "    wellKnownCACertificates: System\n",
      NULL,
      "Invalid value: must not contain both CACertificateRefs and WellKnownCACertificates" },
    { "37c1984d3cd0",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls:\n"
      "    insecureSkipVerify: true\n"
      "    caCertificateRefs: [{group: '', kind: ConfigMap, name: ca}]\n",
      "spec.tls",
      "Invalid value: must not contain either CACertificateRefs or WellKnownCACertificates when InsecureSkipVerify is enabled" },
    { "37c1984d3cd0",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls:\n"
      "    insecureSkipVerify: true\n",
      NULL,
      "Invalid value: must not contain either CACertificateRefs or WellKnownCACertificates when InsecureSkipVerify is enabled" },
    { "02697731d52b",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls: {sni: example.com, autoSNIFromEndpointHostname: true}\n",
      "spec.tls",
      "Invalid value: sni and autoSNIFromEndpointHostname are mutually exclusive" },
    { "02697731d52b",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls: {sni: example.com, autoSNIFromEndpointHostname: false}\n",
      NULL,
      "Invalid value: sni and autoSNIFromEndpointHostname are mutually exclusive" },
    { "25ec06993d5e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls:\n"
      "    minVersion: '1.3'\n"
      "    ciphers: [ECDHE-RSA-AES128-GCM-SHA256]\n",
      "spec.tls",
      "Invalid value: setting ciphers has no effect if the minimum possible TLS version is 1.3" },
    { "25ec06993d5e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls:\n"
      "    maxVersion: '1.3'\n"
      "    ciphers: [ECDHE-RSA-AES128-GCM-SHA256]\n",
      NULL,
      "Invalid value: setting ciphers has no effect if the minimum possible TLS version is 1.3" },
    { "3f439ffd9b77",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls: {minVersion: '1.2', maxVersion: '1.1'}\n",
      "spec.tls",
      "Invalid value: minVersion must be smaller or equal to maxVersion" },
    { "3f439ffd9b77",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n"
      "  tls: {maxVersion: '1.2'}\n",
      NULL,
      "Invalid value: minVersion must be smaller or equal to maxVersion" },
    { "d9a784b40221",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: DynamicResolver\n"
      "  endpoints:\n"
      "  - fqdn: {hostname: example.com, port: 443}\n",
      "spec",
      "Invalid value: DynamicResolver type cannot have endpoints specified" },
    { "d9a784b40221",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: DynamicResolver\n",
      NULL,
      "Invalid value: DynamicResolver type cannot have endpoints specified" },
    { "b6033f366036",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: DynamicResolver\n"
      "  tls: {autoSNIFromEndpointHostname: true}\n",
      "spec",
      "Invalid value: DynamicResolver type cannot use autoSNIFromEndpointHostname" },
    { "b6033f366036",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  type: DynamicResolver\n"
      "  tls: {autoSNIFromEndpointHostname: false}\n",
      NULL,
      "Invalid value: DynamicResolver type cannot use autoSNIFromEndpointHostname" },
    { "383af8839166",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - ip: {address: 10.0.0.1, port: 80}\n"
      "  tls: {autoSNIFromEndpointHostname: true}\n",
      "spec",
      "Invalid value: when autoSNIFromEndpointHostname is enabled, IP and Unix endpoints must define a hostname" },
    { "383af8839166",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  endpoints:\n"
      "  - ip: {address: 10.0.0.1, port: 80}\n"
      "    hostname: example.com\n"
      "  - unix: {path: /a}\n"
      "    hostname: example.org\n"
      "  tls: {autoSNIFromEndpointHostname: true}\n",
      NULL,
      "Invalid value: when autoSNIFromEndpointHostname is enabled, IP and Unix endpoints must define a hostname" },
    /* self.endpoints.all(...) without has(): "no such key" */
    { "383af8839166",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  tls: {autoSNIFromEndpointHostname: true}\n",
      "spec",
      "Invalid value: \"object\": no such key: endpoints evaluating rule: "
      "when autoSNIFromEndpointHostname is enabled, IP and Unix endpoints must define a hostname" },
    { "383af8839166",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: Backend\n"
      "metadata: {name: b, namespace: ns}\n"
      "spec:\n"
      "  tls: {autoSNIFromEndpointHostname: false}\n",
      NULL,
      "when autoSNIFromEndpointHostname is enabled, IP and Unix endpoints must define a hostname" },
};

static void backend(void **state)
{
    (void)state;
    RUN(backend_cases);
}

static const rule_case other_envoy_policies_cases[] = {
    { "8effacba191e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: BackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  http2:\n"
      "    connectionKeepalive: {timeout: 2s, interval: 1s}\n",
      "spec.http2.connectionKeepalive",
      "Invalid value: timeout must be less than interval" },
    { "8effacba191e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: BackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  http2:\n"
      "    connectionKeepalive: {timeout: 1s, interval: 2s}\n",
      NULL,
      "Invalid value: timeout must be less than interval" },
    { "689e8a91cb93",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: SecurityPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetSelectors:\n"
      "  - kind: HTTPRoute\n"
      "    namespaces: {from: Selector}\n",
      "spec.targetSelectors[0].namespaces",
      "Invalid value: selector must be specified when from is Selector" },
    { "61d14d9fe6c6",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: SecurityPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetSelectors:\n"
      "  - {group: example.com, kind: HTTPRoute}\n",
      "spec.targetSelectors[0]",
      "Invalid value: group must be gateway.networking.k8s.io" },
    { "61d14d9fe6c6",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: SecurityPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetSelectors:\n"
      "  - kind: HTTPRoute\n"
      "    namespaces: {from: All}\n",
      NULL,
      "Invalid value: group must be gateway.networking.k8s.io" },
    { "8effacba191e",
      "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
      "kind: BackendTrafficPolicy\n"
      "metadata: {name: p, namespace: ns}\n"
      "spec:\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  http2:\n"
      "    connectionKeepalive: {timeout: 1s, interval: 5x}\n",
      "spec.http2.connectionKeepalive",
      "Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: timeout must be less than interval" },
};

static void other_envoy_policies(void **state)
{
    (void)state;
    RUN(other_envoy_policies_cases);
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
