/* CEL rules of SecurityPolicy (lib/validate/rules/security.c): for every
 * rule id, cases where it fires (with the CRD's message at the API server's
 * path) and cases where it holds (the whole object is then valid). Every
 * case was checked against tests/oracle (the real API server code): same
 * verdict, same path. The needle is "Invalid value: <CRD message>" where
 * that is the server's exact text; otherwise (rules on a string, where the
 * server quotes the value first, and CEL runtime errors such as "no such
 * key: claimToHeaders evaluating rule: <message>") the bare message.
 * Cases live in tables, one per area; a hold case has path NULL. */
#include "testutil.h"

#include <string.h>

static const char *const sp_head =
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: SecurityPolicy\n"
    "metadata: {name: p, namespace: ns}\n"
    "spec:\n";
static const char *const eep_head =
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: EnvoyExtensionPolicy\n"
    "metadata: {name: p, namespace: ns}\n"
    "spec:\n";

typedef struct rule_case {
    const char *id;     /* rule id (docs/cel-rules.tsv) */
    const char *head;   /* document head up to "spec:\n"; NULL: SecurityPolicy */
    const char *spec;   /* the spec body */
    const char *path;   /* where the rule fires; NULL: it holds */
    const char *message;
} rule_case;

static void run_cases(const rule_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const rule_case *c = &cases[i];
        char yaml[4096];
        int len = snprintf(yaml, sizeof yaml, "%s%s", c->head ? c->head : sp_head, c->spec);
        assert_true(len > 0 && (size_t)len < sizeof yaml);
        gwapi_result *r = tu_validate(yaml, GWAPI_CHANNEL_EXPERIMENTAL);
        if (c->path) {
            if (!tu_find(r, c->path, c->message)) {
                print_message("case %zu (%s) should fire at %s:\n%s", i, c->id, c->path, yaml);
                tu_assert_diag(r, c->path, c->message);
            }
        } else if (gwapi_result_error_count(r)) {
            print_message("case %zu (%s) should hold:\n%s", i, c->id, yaml);
            tu_assert_valid(r);
        }
        tu_free(r);
    }
}

/* apiKeyAuth.extractFrom and authorization rules */
static const rule_case authorization_cases[] = {
    /* bc74fed057f1 fires */
    { "bc74fed057f1", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  apiKeyAuth:\n"
      "    credentialRefs: [{name: keys}]\n"
      "    extractFrom:\n"
      "    - {headers: [x-api-key], params: [key]}\n",
      "spec.apiKeyAuth.extractFrom[0]",
      "Invalid value: exactly one of headers, params, or cookies must be specified" },
    /* bc74fed057f1 holds */
    { "bc74fed057f1", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  apiKeyAuth:\n"
      "    credentialRefs: [{name: keys}]\n"
      "    extractFrom:\n"
      "    - {headers: [x-api-key]}\n"
      "    - {cookies: [key]}\n",
      NULL,
      "exactly one of headers, params, or cookies must be specified" },
    /* 682a9d45b9cb fires */
    { "682a9d45b9cb", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      operation: {}\n"
      "      cel: 'true'\n",
      "spec.authorization.rules[0].operation",
      "Invalid value: at least one of methods or path must be specified" },
    /* 682a9d45b9cb holds */
    { "682a9d45b9cb", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      operation: {methods: [GET]}\n"
      "      cel: 'true'\n"
      "    - action: Deny\n"
      "      operation: {path: {value: /admin}}\n"
      "      cel: 'true'\n",
      NULL,
      "at least one of methods or path must be specified" },
    /* 2b156b8c4330 fires */
    { "2b156b8c4330", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Deny\n"
      "      principal:\n"
      "        clientIPGeoLocations:\n"
      "        - anonymous: {}\n",
      "spec.authorization.rules[0].principal.clientIPGeoLocations[0].anonymous",
      "Invalid value: at least one of isAnonymous, isVPN, isHosting, isTor, or isProxy must be specified" },
    /* 2b156b8c4330 holds */
    { "2b156b8c4330", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Deny\n"
      "      principal:\n"
      "        clientIPGeoLocations:\n"
      "        - anonymous: {isTor: false}\n",
      NULL,
      "at least one of isAnonymous, isVPN, isHosting, isTor, or isProxy must be specified" },
    /* b6c14573aab7 fires */
    { "b6c14573aab7", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Deny\n"
      "      principal:\n"
      "        clientIPGeoLocations:\n"
      "        - country: US\n"
      "        - {}\n",
      "spec.authorization.rules[0].principal.clientIPGeoLocations[1]",
      "Invalid value: at least one of country, region, city, asn, isp, or anonymous must be specified" },
    /* b6c14573aab7 holds */
    { "b6c14573aab7", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Deny\n"
      "      principal:\n"
      "        clientIPGeoLocations:\n"
      "        - asn: 64512\n"
      "        - city: Paris\n",
      NULL,
      "at least one of country, region, city, asn, isp, or anonymous must be specified" },
    /* c373f3a2c68c fires */
    { "c373f3a2c68c", NULL,
      "  jwt:\n"
      "    providers:\n"
      "    - name: p\n"
      "      remoteJWKS: {uri: 'https://idp.example.com/jwks'}\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      principal:\n"
      "        jwt: {provider: p}\n",
      "spec.authorization.rules[0].principal.jwt",
      "Invalid value: at least one of claims or scopes must be specified" },
    /* c373f3a2c68c holds */
    { "c373f3a2c68c", NULL,
      "  jwt:\n"
      "    providers:\n"
      "    - name: p\n"
      "      remoteJWKS: {uri: 'https://idp.example.com/jwks'}\n"
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      principal:\n"
      "        jwt: {provider: p, scopes: [read]}\n",
      NULL,
      "at least one of claims or scopes must be specified" },
    /* 764f1d9862e3 fires */
    { "764f1d9862e3", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      principal: {}\n",
      "spec.authorization.rules[0].principal",
      "Invalid value: at least one of clientCIDRs, jwt, headers, or clientIPGeoLocations must be specified" },
    /* 764f1d9862e3 holds */
    { "764f1d9862e3", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      principal: {clientCIDRs: [10.0.0.0/8]}\n",
      NULL,
      "at least one of clientCIDRs, jwt, headers, or clientIPGeoLocations must be specified" },
    /* 0dc2c80a4975 fires */
    { "0dc2c80a4975", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      cel: 'true'\n"
      "    - action: Deny\n"
      "      operation: {methods: [GET]}\n",
      "spec.authorization.rules[1]",
      "Invalid value: at least one of principal or cel must be specified" },
    /* 0dc2c80a4975 holds */
    { "0dc2c80a4975", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      cel: 'true'\n",
      NULL,
      "at least one of principal or cel must be specified" },
    /* 33719b93e4e7 fires */
    { "33719b93e4e7", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      cel: 'true'\n"
      "    - action: Allow\n"
      "      principal:\n"
      "        jwt: {provider: p, scopes: [read]}\n",
      "spec",
      "Invalid value: if authorization.rules.principal.jwt is used, jwt must be defined" },
    /* 33719b93e4e7 holds */
    { "33719b93e4e7", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  authorization:\n"
      "    rules:\n"
      "    - action: Allow\n"
      "      principal: {clientCIDRs: [10.0.0.0/8]}\n",
      NULL,
      "if authorization.rules.principal.jwt is used, jwt must be defined" },
};

static void authorization(void **state)
{
    (void)state;
    run_cases(authorization_cases, sizeof authorization_cases / sizeof authorization_cases[0]);
}

/* extAuth (also the shared backendRef/backendSettings rules, incl. EnvoyExtensionPolicy extProc) */
static const rule_case ext_auth_cases[] = {
    /* c626b6714025 fires */
    { "c626b6714025", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "    contextExtensions:\n"
      "    - name: a\n"
      "      type: ValueRef\n"
      "      valueRef: {group: '', kind: Service, name: x, key: k}\n",
      "spec.extAuth.contextExtensions[0].valueRef",
      "Invalid value: Only a reference to an object of kind ConfigMap or Secret belonging to default v1 API group is supported." },
    /* c626b6714025 fires */
    { "c626b6714025", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "    contextExtensions:\n"
      "    - name: a\n"
      "      type: ValueRef\n"
      "      valueRef: {group: apps, kind: ConfigMap, name: x, key: k}\n",
      "spec.extAuth.contextExtensions[0].valueRef",
      "Invalid value: Only a reference to an object of kind ConfigMap or Secret belonging to default v1 API group is supported." },
    /* c626b6714025 holds */
    { "c626b6714025", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "    contextExtensions:\n"
      "    - name: a\n"
      "      type: ValueRef\n"
      "      valueRef: {group: v1, kind: Secret, name: x, key: k}\n"
      "    - name: b\n"
      "      type: ValueRef\n"
      "      valueRef: {group: '', kind: ConfigMap, name: x, key: k}\n",
      NULL,
      "Only a reference to an object of kind ConfigMap or Secret belonging to default v1 API group is supported." },
    /* ac3b3a6587f6 fires */
    { "ac3b3a6587f6", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "    contextExtensions:\n"
      "    - name: a\n"
      "      value: v\n"
      "    - name: b\n",
      "spec.extAuth.contextExtensions[1]",
      "Invalid value: Exactly one of value or valueRef must be set with correct type." },
    /* ac3b3a6587f6 fires */
    { "ac3b3a6587f6", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "    contextExtensions:\n"
      "    - name: a\n"
      "      type: ValueRef\n"
      "      value: v\n",
      "spec.extAuth.contextExtensions[0]",
      "Invalid value: Exactly one of value or valueRef must be set with correct type." },
    /* ac3b3a6587f6 holds */
    { "ac3b3a6587f6", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "    contextExtensions:\n"
      "    - name: a\n"
      "      value: v\n",
      NULL,
      "Exactly one of value or valueRef must be set with correct type." },
    /* 630cbf59bd31 fires */
    { "630cbf59bd31", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz}]\n",
      "spec.extAuth.grpc.backendRefs[0]",
      "Invalid value: Must have port for Service reference" },
    /* 630cbf59bd31 fires */
    { "630cbf59bd31", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: authz, port: 80}, {name: b, group: '', kind: Service}]\n",
      "spec.extAuth.http.backendRefs[1]",
      "Invalid value: Must have port for Service reference" },
    /* 630cbf59bd31 fires */
    { "630cbf59bd31", eep_head,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extProc:\n"
      "  - backendRefs: [{name: proc}]\n",
      "spec.extProc[0].backendRefs[0]",
      "Invalid value: Must have port for Service reference" },
    /* 630cbf59bd31 holds */
    { "630cbf59bd31", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}, {name: b, group: gateway.envoyproxy.io, kind: Backend}]\n",
      NULL,
      "Must have port for Service reference" },
    /* 630cbf59bd31 holds */
    { "630cbf59bd31", eep_head,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extProc:\n"
      "  - backendRefs: [{name: proc, port: 9000}]\n",
      NULL,
      "Must have port for Service reference" },
    /* 6e4f02a25b22 fires */
    { "6e4f02a25b22", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "      backendSettings:\n"
      "        connection: {preconnect: {predictivePercent: 150}}\n",
      "spec.extAuth.grpc.backendSettings",
      "Invalid value: predictivePercent in preconnect policy only works with RoundRobin or Random load balancers" },
    /* 6e4f02a25b22 fires */
    { "6e4f02a25b22", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "      backendSettings:\n"
      "        connection: {preconnect: {predictivePercent: 150}}\n"
      "        loadBalancer: {type: LeastRequest}\n",
      "spec.extAuth.http.backendSettings",
      "Invalid value: predictivePercent in preconnect policy only works with RoundRobin or Random load balancers" },
    /* 6e4f02a25b22 holds */
    { "6e4f02a25b22", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "      backendSettings:\n"
      "        connection: {preconnect: {predictivePercent: 150}}\n"
      "        loadBalancer: {type: Random}\n",
      NULL,
      "predictivePercent in preconnect policy only works with RoundRobin or Random load balancers" },
    /* 6e4f02a25b22 holds */
    { "6e4f02a25b22", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "      backendSettings:\n"
      "        connection: {preconnect: {perEndpointPercent: 150}}\n",
      NULL,
      "predictivePercent in preconnect policy only works with RoundRobin or Random load balancers" },
    /* 57e89c1e4005 fires */
    { "57e89c1e4005", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: []\n",
      "spec.extAuth.grpc",
      "Invalid value: backendRef or backendRefs needs to be set" },
    /* 57e89c1e4005 holds */
    { "57e89c1e4005", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRef: {name: authz, port: 9000}\n",
      NULL,
      "backendRef or backendRefs needs to be set" },
    /* 57e89c1e4005 fires */
    { "57e89c1e4005", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc: {}\n",
      "spec.extAuth.grpc",
      "Invalid value: \"object\": no such key: backendRefs evaluating rule: "
      "backendRef or backendRefs needs to be set" },
    /* 57e89c1e4005: backendRefs: null is dropped, so absent as well */
    { "57e89c1e4005", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc: {backendRefs: null}\n",
      "spec.extAuth.grpc",
      "Invalid value: \"object\": no such key: backendRefs evaluating rule: "
      "backendRef or backendRefs needs to be set" },
    /* 8c4371d61f9c fires */
    { "8c4371d61f9c", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}, {name: cm, kind: ConfigMap}]\n",
      "spec.extAuth.grpc",
      "Invalid value: BackendRefs only supports Service, ServiceImport, and Backend kind." },
    /* 8c4371d61f9c holds */
    { "8c4371d61f9c", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}, {name: s, group: multicluster.x-k8s.io, kind: ServiceImport}]\n",
      NULL,
      "BackendRefs only supports Service, ServiceImport, and Backend kind." },
    /* a67b68d0725a fires */
    { "a67b68d0725a", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, group: example.com, kind: Service}]\n",
      "spec.extAuth.grpc",
      "Invalid value: BackendRefs only supports Core, multicluster.x-k8s.io, and gateway.envoyproxy.io groups." },
    /* a67b68d0725a holds */
    { "a67b68d0725a", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: b, group: gateway.envoyproxy.io, kind: Backend}]\n",
      NULL,
      "BackendRefs only supports Core, multicluster.x-k8s.io, and gateway.envoyproxy.io groups." },
    /* 42524d1267a9 fires */
    { "42524d1267a9", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: []\n",
      "spec.extAuth.http",
      "Invalid value: backendRef or backendRefs needs to be set" },
    /* 42524d1267a9 holds */
    { "42524d1267a9", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRef: {name: authz, port: 9000}\n",
      NULL,
      "backendRef or backendRefs needs to be set" },
    /* 42524d1267a9 fires */
    { "42524d1267a9", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http: {}\n",
      "spec.extAuth.http",
      "Invalid value: \"object\": no such key: backendRefs evaluating rule: "
      "backendRef or backendRefs needs to be set" },
    /* c181d984891b fires */
    { "c181d984891b", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: authz, port: 9000}, {name: cm, kind: ConfigMap}]\n",
      "spec.extAuth.http",
      "Invalid value: BackendRefs only supports Service, ServiceImport, and Backend kind." },
    /* c181d984891b holds */
    { "c181d984891b", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: authz, port: 9000}, {name: s, group: multicluster.x-k8s.io, kind: ServiceImport}]\n",
      NULL,
      "BackendRefs only supports Service, ServiceImport, and Backend kind." },
    /* d8822fa3649c fires */
    { "d8822fa3649c", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: authz, group: example.com, kind: Service}]\n",
      "spec.extAuth.http",
      "Invalid value: BackendRefs only supports Core, multicluster.x-k8s.io, and gateway.envoyproxy.io groups." },
    /* d8822fa3649c holds */
    { "d8822fa3649c", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: b, group: gateway.envoyproxy.io, kind: Backend}]\n",
      NULL,
      "BackendRefs only supports Core, multicluster.x-k8s.io, and gateway.envoyproxy.io groups." },
    /* ea7f8e661c02 fires */
    { "ea7f8e661c02", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: authz, port: 80}]\n"
      "      path: /auth\n"
      "      pathOverride: /check\n",
      "spec.extAuth.http",
      "Invalid value: only one of path or pathOverride can be specified" },
    /* ea7f8e661c02 holds */
    { "ea7f8e661c02", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: authz, port: 80}]\n"
      "      pathOverride: /check\n",
      NULL,
      "only one of path or pathOverride can be specified" },
    /* e99972e59d8a fires */
    { "e99972e59d8a", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth: {failOpen: true}\n",
      "spec.extAuth",
      "Invalid value: one of grpc or http must be specified" },
    /* e99972e59d8a holds */
    { "e99972e59d8a", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    http:\n"
      "      backendRefs: [{name: authz, port: 80}]\n",
      NULL,
      "one of grpc or http must be specified" },
    /* 1a3230f49269 fires */
    { "1a3230f49269", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n"
      "    http:\n"
      "      backendRefs: [{name: authz, port: 80}]\n",
      "spec.extAuth",
      "Invalid value: only one of grpc or http can be specified" },
    /* 1a3230f49269 holds */
    { "1a3230f49269", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  extAuth:\n"
      "    grpc:\n"
      "      backendRefs: [{name: authz, port: 9000}]\n",
      NULL,
      "only one of grpc or http can be specified" },
};

static void ext_auth(void **state)
{
    (void)state;
    run_cases(ext_auth_cases, sizeof ext_auth_cases / sizeof ext_auth_cases[0]);
}

/* jwt providers, remote/local JWKS */
static const rule_case jwt_cases[] = {
    /* 141d2e96103c fires */
    { "141d2e96103c", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      localJWKS: {type: Inline}\n",
      "spec.jwt.providers[0].localJWKS",
      "Invalid value: Exactly one of inline or valueRef must be set with correct type." },
    /* 141d2e96103c fires */
    { "141d2e96103c", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      localJWKS:\n"
      "        type: ValueRef\n"
      "        inline: '{}'\n"
      "        valueRef: {group: '', kind: ConfigMap, name: jwks}\n",
      "spec.jwt.providers[0].localJWKS",
      "Invalid value: Exactly one of inline or valueRef must be set with correct type." },
    /* 141d2e96103c holds */
    { "141d2e96103c", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      localJWKS: {inline: '{\"keys\": []}'}\n"
      "    - name: b\n"
      "      localJWKS:\n"
      "        type: ValueRef\n"
      "        valueRef: {group: '', kind: ConfigMap, name: jwks}\n",
      NULL,
      "Exactly one of inline or valueRef must be set with correct type." },
    /* deab7d29f494 fires */
    { "deab7d29f494", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "        backendRef: {name: idp, port: 443}\n",
      "spec.jwt.providers[0].remoteJWKS",
      "Invalid value: BackendRefs must be used, backendRef is not supported." },
    /* deab7d29f494 holds */
    { "deab7d29f494", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "        backendRefs: [{name: idp, port: 443}]\n",
      NULL,
      "BackendRefs must be used, backendRef is not supported." },
    /* 69dfc9af413a fires */
    { "69dfc9af413a", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "        backendSettings:\n"
      "          retry:\n"
      "            perRetry: {timeout: 1s}\n",
      "spec.jwt.providers[0].remoteJWKS",
      "Invalid value: Retry timeout is not supported." },
    /* 69dfc9af413a holds */
    { "69dfc9af413a", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "        backendSettings:\n"
      "          retry:\n"
      "            numRetries: 3\n"
      "            perRetry: {backOff: {baseInterval: 1s}}\n",
      NULL,
      "Retry timeout is not supported." },
    /* ef4840813ef8 fires */
    { "ef4840813ef8", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "        backendSettings:\n"
      "          retry:\n"
      "            retryOn: {httpStatusCodes: [503]}\n",
      "spec.jwt.providers[0].remoteJWKS",
      "Invalid value: HTTPStatusCodes is not supported." },
    /* ef4840813ef8 holds */
    { "ef4840813ef8", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "        backendSettings:\n"
      "          retry:\n"
      "            retryOn: {triggers: [5xx]}\n",
      NULL,
      "HTTPStatusCodes is not supported." },
    /* 630cbf59bd31 fires */
    { "630cbf59bd31", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "        backendRefs: [{name: idp}]\n",
      "spec.jwt.providers[0].remoteJWKS.backendRefs[0]",
      "Invalid value: Must have port for Service reference" },
    /* 6e4f02a25b22 fires */
    { "6e4f02a25b22", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "        backendSettings:\n"
      "          connection: {preconnect: {predictivePercent: 200}}\n",
      "spec.jwt.providers[0].remoteJWKS.backendSettings",
      "Invalid value: predictivePercent in preconnect policy only works with RoundRobin or Random load balancers" },
    /* 6e2b08d596bf fires */
    { "6e2b08d596bf", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "      recomputeRoute: true\n",
      "spec.jwt.providers[0]",
      "Invalid value: \"object\": no such key: claimToHeaders evaluating rule: "
      "claimToHeaders must be specified if recomputeRoute is enabled." },
    /* 6e2b08d596bf fires */
    { "6e2b08d596bf", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "      recomputeRoute: true\n"
      "      claimToHeaders: []\n",
      "spec.jwt.providers[0]",
      "Invalid value: claimToHeaders must be specified if recomputeRoute is enabled." },
    /* 6e2b08d596bf holds */
    { "6e2b08d596bf", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "      recomputeRoute: true\n"
      "      claimToHeaders: [{claim: sub, header: x-sub}]\n"
      "    - name: b\n"
      "      recomputeRoute: false\n"
      "      remoteJWKS: {uri: 'https://idp.example.com/jwks'}\n",
      NULL,
      "claimToHeaders must be specified if recomputeRoute is enabled." },
    /* 434869209559 fires */
    { "434869209559", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      issuer: https://idp.example.com\n",
      "spec.jwt.providers[0]",
      "Invalid value: either remoteJWKS or localJWKS must be specified." },
    /* 434869209559 holds */
    { "434869209559", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n",
      NULL,
      "either remoteJWKS or localJWKS must be specified." },
    /* a1141d93a388 fires */
    { "a1141d93a388", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      remoteJWKS:\n"
      "        uri: https://idp.example.com/jwks\n"
      "      localJWKS: {inline: '{}'}\n",
      "spec.jwt.providers[0]",
      "Invalid value: remoteJWKS and localJWKS cannot both be specified." },
    /* a1141d93a388 holds */
    { "a1141d93a388", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    providers:\n"
      "    - name: a\n"
      "      localJWKS: {inline: '{}'}\n",
      NULL,
      "remoteJWKS and localJWKS cannot both be specified." },
    /* df24ab9c72e4 fires */
    { "df24ab9c72e4", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    optional: false\n"
      "    failOpen: false\n"
      "    providers:\n"
      "    - name: a\n"
      "      localJWKS: {inline: '{}'}\n",
      "spec.jwt",
      "Invalid value: optional and failOpen cannot both be set; failOpen already tolerates a missing JWT" },
    /* df24ab9c72e4 holds */
    { "df24ab9c72e4", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  jwt:\n"
      "    failOpen: true\n"
      "    providers:\n"
      "    - name: a\n"
      "      localJWKS: {inline: '{}'}\n",
      NULL,
      "optional and failOpen cannot both be set; failOpen already tolerates a missing JWT" },
};

static void jwt(void **state)
{
    (void)state;
    run_cases(jwt_cases, sizeof jwt_cases / sizeof jwt_cases[0]);
}

/* oidc */
static const rule_case oidc_cases[] = {
    /* 861d6b922337 fires */
    { "861d6b922337", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider: {issuer: 'https://idp.example.com'}\n"
      "    forwardIDToken: {header: HoSt}\n",
      "spec.oidc.forwardIDToken.header",
      "header cannot be the Host header" },
    /* 861d6b922337 holds */
    { "861d6b922337", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider: {issuer: 'https://idp.example.com'}\n"
      "    forwardIDToken: {header: X-Host}\n",
      NULL,
      "header cannot be the Host header" },
    /* 71ed8721d4ad fires */
    { "71ed8721d4ad", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider:\n"
      "      issuer: https://idp.example.com\n"
      "      backendRef: {name: idp, port: 443}\n",
      "spec.oidc.provider",
      "Invalid value: BackendRefs must be used, backendRef is not supported." },
    /* 71ed8721d4ad holds */
    { "71ed8721d4ad", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider:\n"
      "      issuer: https://idp.example.com\n"
      "      backendRefs: [{name: idp, port: 443}]\n",
      NULL,
      "BackendRefs must be used, backendRef is not supported." },
    /* 0edfcb43cf76 fires */
    { "0edfcb43cf76", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider:\n"
      "      issuer: https://idp.example.com\n"
      "      backendSettings:\n"
      "        retry:\n"
      "          perRetry: {timeout: 2s}\n",
      "spec.oidc.provider",
      "Invalid value: Retry timeout is not supported." },
    /* 0edfcb43cf76 holds */
    { "0edfcb43cf76", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider:\n"
      "      issuer: https://idp.example.com\n"
      "      backendSettings:\n"
      "        retry: {numRetries: 1}\n",
      NULL,
      "Retry timeout is not supported." },
    /* 679664ac8dae fires */
    { "679664ac8dae", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider:\n"
      "      issuer: https://idp.example.com\n"
      "      backendSettings:\n"
      "        retry:\n"
      "          retryOn: {httpStatusCodes: [500, 502]}\n",
      "spec.oidc.provider",
      "Invalid value: HTTPStatusCodes is not supported." },
    /* 679664ac8dae holds */
    { "679664ac8dae", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider:\n"
      "      issuer: https://idp.example.com\n"
      "      backendSettings:\n"
      "        retry:\n"
      "          retryOn: {triggers: [reset]}\n",
      NULL,
      "HTTPStatusCodes is not supported." },
    /* 630cbf59bd31 fires */
    { "630cbf59bd31", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider:\n"
      "      issuer: https://idp.example.com\n"
      "      backendRefs: [{name: idp}]\n",
      "spec.oidc.provider.backendRefs[0]",
      "Invalid value: Must have port for Service reference" },
    /* 0439b0e30689 fires */
    { "0439b0e30689", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider: {issuer: 'https://idp.example.com'}\n"
      "    clientIDRef: {name: client-id}\n",
      "spec.oidc",
      "Invalid value: only one of clientID or clientIDRef must be set" },
    /* 0439b0e30689 fires */
    { "0439b0e30689", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    provider: {issuer: 'https://idp.example.com'}\n",
      "spec.oidc",
      "Invalid value: only one of clientID or clientIDRef must be set" },
    /* 0439b0e30689 holds */
    { "0439b0e30689", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    provider: {issuer: 'https://idp.example.com'}\n"
      "    clientIDRef: {name: client-id}\n",
      NULL,
      "only one of clientID or clientIDRef must be set" },
    /* 2a8c2060d484 fires */
    { "2a8c2060d484", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider: {issuer: 'https://idp.example.com'}\n"
      "    forwardAccessToken: true\n"
      "    forwardIDToken: {header: AUTHORIZATION}\n",
      "spec.oidc",
      "Invalid value: forwardAccessToken cannot be true when forwardIDToken.header is Authorization" },
    /* 2a8c2060d484 holds */
    { "2a8c2060d484", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider: {issuer: 'https://idp.example.com'}\n"
      "    forwardAccessToken: false\n"
      "    forwardIDToken: {header: Authorization}\n",
      NULL,
      "forwardAccessToken cannot be true when forwardIDToken.header is Authorization" },
    /* 2a8c2060d484 holds */
    { "2a8c2060d484", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  oidc:\n"
      "    clientSecret: {name: oidc-secret}\n"
      "    clientID: client\n"
      "    provider: {issuer: 'https://idp.example.com'}\n"
      "    forwardAccessToken: true\n"
      "    forwardIDToken: {header: X-Id-Token}\n",
      NULL,
      "forwardAccessToken cannot be true when forwardIDToken.header is Authorization" },
};

static void oidc(void **state)
{
    (void)state;
    run_cases(oidc_cases, sizeof oidc_cases / sizeof oidc_cases[0]);
}

/* spec: targetRef(s), targetSelectors, mergeType */
static const rule_case targets_cases[] = {
    /* f8a3cccf4278 fires */
    { "f8a3cccf4278", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  mergeType: Replace\n",
      "spec.mergeType",
      "Replace is not a valid MergeType for SecurityPolicy" },
    /* f8a3cccf4278 holds */
    { "f8a3cccf4278", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  mergeType: StrategicMerge\n",
      NULL,
      "Replace is not a valid MergeType for SecurityPolicy" },
    /* 3d2e559262af fires */
    { "3d2e559262af", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
      "  mergeType: JSONMerge\n",
      "spec",
      "Invalid value: mergeType can only be used with xRoute targets" },
    /* 3d2e559262af fires */
    { "3d2e559262af", NULL,
      "  targetRef: {group: gateway.networking.k8s.io, kind: ListenerSet, name: l}\n"
      "  mergeType: JSONMerge\n",
      "spec",
      "Invalid value: mergeType can only be used with xRoute targets" },
    /* 3d2e559262af fires */
    { "3d2e559262af", NULL,
      "  targetSelectors: [{kind: Gateway, matchLabels: {app: a}}]\n"
      "  mergeType: JSONMerge\n",
      "spec",
      "Invalid value: mergeType can only be used with xRoute targets" },
    /* 3d2e559262af holds */
    { "3d2e559262af", NULL,
      "  targetSelectors: [{kind: GRPCRoute, matchLabels: {app: a}}]\n"
      "  targetRefs: [{group: gateway.networking.k8s.io, kind: TCPRoute, name: t}]\n"
      "  mergeType: JSONMerge\n",
      NULL,
      "mergeType can only be used with xRoute targets" },
    /* 3d2e559262af holds */
    { "3d2e559262af", NULL,
      "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: g}]\n",
      NULL,
      "mergeType can only be used with xRoute targets" },
    /* 244e3c78e414 fires */
    { "244e3c78e414", NULL,
      "  mergeType: JSONMerge\n",
      "spec",
      "Invalid value: either targetRef or targetRefs must be used" },
    /* 244e3c78e414 fires */
    { "244e3c78e414", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n",
      "spec",
      "Invalid value: either targetRef or targetRefs must be used" },
    /* 244e3c78e414 fires */
    { "244e3c78e414", NULL,
      "  targetSelectors: []\n",
      "spec",
      "Invalid value: either targetRef or targetRefs must be used" },
    /* 244e3c78e414 holds */
    { "244e3c78e414", NULL,
      "  targetSelectors: [{kind: HTTPRoute, matchLabels: {app: a}}]\n",
      NULL,
      "either targetRef or targetRefs must be used" },
    /* 244e3c78e414 holds */
    { "244e3c78e414", NULL,
      "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g, sectionName: http}\n",
      NULL,
      "either targetRef or targetRefs must be used" },
    /* 755914276261 fires */
    { "755914276261", NULL,
      "  targetRef: {group: example.com, kind: HTTPRoute, name: r}\n",
      "spec",
      "Invalid value: this policy can only have a targetRef.group of gateway.networking.k8s.io" },
    /* 755914276261 holds */
    { "755914276261", NULL,
      "  targetRef: {group: gateway.networking.k8s.io, kind: GRPCRoute, name: r}\n",
      NULL,
      "this policy can only have a targetRef.group of gateway.networking.k8s.io" },
    /* 22fdc06ee527 fires */
    { "22fdc06ee527", NULL,
      "  targetRef: {group: gateway.networking.k8s.io, kind: UDPRoute, name: r}\n",
      "spec",
      "Invalid value: this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute" },
    /* 22fdc06ee527 holds */
    { "22fdc06ee527", NULL,
      "  targetRef: {group: gateway.networking.k8s.io, kind: ListenerSet, name: r}\n",
      NULL,
      "this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute" },
    /* 6cd2b733cf22 fires */
    { "6cd2b733cf22", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  - {group: '', kind: HTTPRoute, name: r2}\n",
      "spec",
      "Invalid value: this policy can only have a targetRefs[*].group of gateway.networking.k8s.io" },
    /* 6cd2b733cf22 holds */
    { "6cd2b733cf22", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  - {group: gateway.networking.k8s.io, kind: TCPRoute, name: r2}\n",
      NULL,
      "this policy can only have a targetRefs[*].group of gateway.networking.k8s.io" },
    /* e82d1051bae3 fires */
    { "e82d1051bae3", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  - {group: gateway.networking.k8s.io, kind: TLSRoute, name: r2}\n",
      "spec",
      "Invalid value: this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute" },
    /* e82d1051bae3 holds */
    { "e82d1051bae3", NULL,
      "  targetRefs:\n"
      "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
      "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n",
      NULL,
      "this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute" },
};

static void targets(void **state)
{
    (void)state;
    run_cases(targets_cases, sizeof targets_cases / sizeof targets_cases[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(authorization),
        cmocka_unit_test(ext_auth),
        cmocka_unit_test(jwt),
        cmocka_unit_test(oidc),
        cmocka_unit_test(targets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
