/* CEL rules of SecurityPolicy (lib/validate/rules/security.c): for every
 * rule id, cases where it fires and cases where it holds, one table per area.
 * The firing cases list every line the object gets, as the API server
 * prints them (tests/oracle gives exactly these lines for each case); the
 * holding cases are valid. Harness: rulecase.h. */
#include "rulecase.h"

#define SP_HEAD \
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n" \
    "kind: SecurityPolicy\n" \
    "metadata: {name: p, namespace: ns}\n" \
    "spec:\n"
#define EEP_HEAD \
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n" \
    "kind: EnvoyExtensionPolicy\n" \
    "metadata: {name: p, namespace: ns}\n" \
    "spec:\n"

/* apiKeyAuth.extractFrom and authorization rules */
static const tu_case authorization_cases[] = {
    TU_FIRES("bc74fed057f1",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  apiKeyAuth:\n"
             "    credentialRefs: [{name: keys}]\n"
             "    extractFrom:\n"
             "    - {headers: [x-api-key], params: [key]}\n",
             "spec.apiKeyAuth.extractFrom[0]: Invalid value: exactly one of headers, params, or cookies must be specified"),
    TU_HOLDS("bc74fed057f1",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  apiKeyAuth:\n"
             "    credentialRefs: [{name: keys}]\n"
             "    extractFrom:\n"
             "    - {headers: [x-api-key]}\n"
             "    - {cookies: [key]}\n"),
    TU_FIRES("682a9d45b9cb",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Allow\n"
             "      operation: {}\n"
             "      cel: 'true'\n",
             "spec.authorization.rules[0].operation: Invalid value: at least one of methods or path must be specified"),
    TU_HOLDS("682a9d45b9cb",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Allow\n"
             "      operation: {methods: [GET]}\n"
             "      cel: 'true'\n"
             "    - action: Deny\n"
             "      operation: {path: {value: /admin}}\n"
             "      cel: 'true'\n"),
    TU_FIRES("2b156b8c4330",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Deny\n"
             "      principal:\n"
             "        clientIPGeoLocations:\n"
             "        - anonymous: {}\n",
             "spec.authorization.rules[0].principal.clientIPGeoLocations[0].anonymous: Invalid value: at least one of isAnonymous, isVPN, isHosting, isTor, or isProxy must be specified"),
    TU_HOLDS("2b156b8c4330",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Deny\n"
             "      principal:\n"
             "        clientIPGeoLocations:\n"
             "        - anonymous: {isTor: false}\n"),
    TU_FIRES("b6c14573aab7",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Deny\n"
             "      principal:\n"
             "        clientIPGeoLocations:\n"
             "        - country: US\n"
             "        - {}\n",
             "spec.authorization.rules[0].principal.clientIPGeoLocations[1]: Invalid value: at least one of country, region, city, asn, isp, or anonymous must be specified"),
    TU_HOLDS("b6c14573aab7",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Deny\n"
             "      principal:\n"
             "        clientIPGeoLocations:\n"
             "        - asn: 64512\n"
             "        - city: Paris\n"),
    TU_FIRES("c373f3a2c68c",
             SP_HEAD
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
             "spec.authorization.rules[0].principal.jwt: Invalid value: at least one of claims or scopes must be specified"),
    TU_HOLDS("c373f3a2c68c",
             SP_HEAD
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
             "        jwt: {provider: p, scopes: [read]}\n"),
    TU_FIRES("764f1d9862e3",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Allow\n"
             "      principal: {}\n",
             "spec.authorization.rules[0].principal: Invalid value: at least one of clientCIDRs, jwt, headers, or clientIPGeoLocations must be specified"),
    TU_HOLDS("764f1d9862e3",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Allow\n"
             "      principal: {clientCIDRs: [10.0.0.0/8]}\n"),
    TU_FIRES("0dc2c80a4975",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Allow\n"
             "      cel: 'true'\n"
             "    - action: Deny\n"
             "      operation: {methods: [GET]}\n",
             "spec.authorization.rules[1]: Invalid value: at least one of principal or cel must be specified"),
    TU_HOLDS("0dc2c80a4975",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Allow\n"
             "      cel: 'true'\n"),
    TU_FIRES("33719b93e4e7",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Allow\n"
             "      cel: 'true'\n"
             "    - action: Allow\n"
             "      principal:\n"
             "        jwt: {provider: p, scopes: [read]}\n",
             "spec: Invalid value: if authorization.rules.principal.jwt is used, jwt must be defined"),
    TU_HOLDS("33719b93e4e7",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  authorization:\n"
             "    rules:\n"
             "    - action: Allow\n"
             "      principal: {clientCIDRs: [10.0.0.0/8]}\n"),
};

static void authorization(void **state)
{
    (void)state;
    TU_RUN(authorization_cases);
}

/* extAuth (also the shared backendRef/backendSettings rules, incl. EnvoyExtensionPolicy extProc) */
static const tu_case ext_auth_cases[] = {
    TU_FIRES("c626b6714025",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "    contextExtensions:\n"
             "    - name: a\n"
             "      type: ValueRef\n"
             "      valueRef: {group: '', kind: Service, name: x, key: k}\n",
             "spec.extAuth.contextExtensions[0].valueRef: Invalid value: Only a reference to an object of kind ConfigMap or Secret belonging to default v1 API group is supported."),
    TU_FIRES("c626b6714025",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "    contextExtensions:\n"
             "    - name: a\n"
             "      type: ValueRef\n"
             "      valueRef: {group: apps, kind: ConfigMap, name: x, key: k}\n",
             "spec.extAuth.contextExtensions[0].valueRef: Invalid value: Only a reference to an object of kind ConfigMap or Secret belonging to default v1 API group is supported."),
    TU_HOLDS("c626b6714025",
             SP_HEAD
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
             "      valueRef: {group: '', kind: ConfigMap, name: x, key: k}\n"),
    TU_FIRES("ac3b3a6587f6",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "    contextExtensions:\n"
             "    - name: a\n"
             "      value: v\n"
             "    - name: b\n",
             "spec.extAuth.contextExtensions[1]: Invalid value: Exactly one of value or valueRef must be set with correct type."),
    TU_FIRES("ac3b3a6587f6",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "    contextExtensions:\n"
             "    - name: a\n"
             "      type: ValueRef\n"
             "      value: v\n",
             "spec.extAuth.contextExtensions[0]: Invalid value: Exactly one of value or valueRef must be set with correct type."),
    TU_HOLDS("ac3b3a6587f6",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "    contextExtensions:\n"
             "    - name: a\n"
             "      value: v\n"),
    TU_FIRES("630cbf59bd31",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz}]\n",
             "spec.extAuth.grpc.backendRefs[0]: Invalid value: Must have port for Service reference"),
    TU_FIRES("630cbf59bd31",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: authz, port: 80}, {name: b, group: '', kind: Service}]\n",
             "spec.extAuth.http.backendRefs[1]: Invalid value: Must have port for Service reference"),
    TU_FIRES("630cbf59bd31",
             EEP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extProc:\n"
             "  - backendRefs: [{name: proc}]\n",
             "spec.extProc[0].backendRefs[0]: Invalid value: Must have port for Service reference"),
    TU_HOLDS("630cbf59bd31",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}, {name: b, group: gateway.envoyproxy.io, kind: Backend}]\n"),
    TU_HOLDS("630cbf59bd31",
             EEP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extProc:\n"
             "  - backendRefs: [{name: proc, port: 9000}]\n"),
    TU_FIRES("6e4f02a25b22",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "      backendSettings:\n"
             "        connection: {preconnect: {predictivePercent: 150}}\n",
             "spec.extAuth.grpc.backendSettings: Invalid value: predictivePercent in preconnect policy only works with RoundRobin or Random load balancers"),
    TU_FIRES("6e4f02a25b22",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "      backendSettings:\n"
             "        connection: {preconnect: {predictivePercent: 150}}\n"
             "        loadBalancer: {type: LeastRequest}\n",
             "spec.extAuth.http.backendSettings: Invalid value: predictivePercent in preconnect policy only works with RoundRobin or Random load balancers"),
    TU_HOLDS("6e4f02a25b22",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "      backendSettings:\n"
             "        connection: {preconnect: {predictivePercent: 150}}\n"
             "        loadBalancer: {type: Random}\n"),
    TU_HOLDS("6e4f02a25b22",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "      backendSettings:\n"
             "        connection: {preconnect: {perEndpointPercent: 150}}\n"),
    TU_FIRES("57e89c1e4005",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: []\n",
             "spec.extAuth.grpc: Invalid value: backendRef or backendRefs needs to be set"),
    TU_HOLDS("57e89c1e4005",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRef: {name: authz, port: 9000}\n"),
    TU_FIRES("57e89c1e4005",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc: {}\n",
             "spec.extAuth.grpc: Invalid value: \"object\": no such key: backendRefs evaluating rule: backendRef or backendRefs needs to be set"),
    /* 57e89c1e4005: backendRefs: null is dropped, so absent as well */
    TU_FIRES("57e89c1e4005",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc: {backendRefs: null}\n",
             "spec.extAuth.grpc: Invalid value: \"object\": no such key: backendRefs evaluating rule: backendRef or backendRefs needs to be set"),
    TU_FIRES("8c4371d61f9c",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}, {name: cm, kind: ConfigMap}]\n",
             "spec.extAuth.grpc: Invalid value: BackendRefs only supports Service, ServiceImport, and Backend kind."),
    TU_HOLDS("8c4371d61f9c",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}, {name: s, group: multicluster.x-k8s.io, kind: ServiceImport}]\n"),
    TU_FIRES("a67b68d0725a",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, group: example.com, kind: Service}]\n",
             "spec.extAuth.grpc: Invalid value: BackendRefs only supports Core, multicluster.x-k8s.io, and gateway.envoyproxy.io groups."),
    TU_HOLDS("a67b68d0725a",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: b, group: gateway.envoyproxy.io, kind: Backend}]\n"),
    TU_FIRES("42524d1267a9",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: []\n",
             "spec.extAuth.http: Invalid value: backendRef or backendRefs needs to be set"),
    TU_HOLDS("42524d1267a9",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRef: {name: authz, port: 9000}\n"),
    TU_FIRES("42524d1267a9",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http: {}\n",
             "spec.extAuth.http: Invalid value: \"object\": no such key: backendRefs evaluating rule: backendRef or backendRefs needs to be set"),
    TU_FIRES("c181d984891b",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: authz, port: 9000}, {name: cm, kind: ConfigMap}]\n",
             "spec.extAuth.http: Invalid value: BackendRefs only supports Service, ServiceImport, and Backend kind."),
    TU_HOLDS("c181d984891b",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: authz, port: 9000}, {name: s, group: multicluster.x-k8s.io, kind: ServiceImport}]\n"),
    TU_FIRES("d8822fa3649c",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: authz, group: example.com, kind: Service}]\n",
             "spec.extAuth.http: Invalid value: BackendRefs only supports Core, multicluster.x-k8s.io, and gateway.envoyproxy.io groups."),
    TU_HOLDS("d8822fa3649c",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: b, group: gateway.envoyproxy.io, kind: Backend}]\n"),
    TU_FIRES("ea7f8e661c02",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: authz, port: 80}]\n"
             "      path: /auth\n"
             "      pathOverride: /check\n",
             "spec.extAuth.http: Invalid value: only one of path or pathOverride can be specified"),
    TU_HOLDS("ea7f8e661c02",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: authz, port: 80}]\n"
             "      pathOverride: /check\n"),
    TU_FIRES("e99972e59d8a 1a3230f49269",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth: {failOpen: true}\n",
             "spec.extAuth: Invalid value: one of grpc or http must be specified",
             "spec.extAuth: Invalid value: only one of grpc or http can be specified"),
    TU_HOLDS("e99972e59d8a",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    http:\n"
             "      backendRefs: [{name: authz, port: 80}]\n"),
    TU_FIRES("1a3230f49269",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"
             "    http:\n"
             "      backendRefs: [{name: authz, port: 80}]\n",
             "spec.extAuth: Invalid value: only one of grpc or http can be specified"),
    TU_HOLDS("1a3230f49269",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  extAuth:\n"
             "    grpc:\n"
             "      backendRefs: [{name: authz, port: 9000}]\n"),
};

static void ext_auth(void **state)
{
    (void)state;
    TU_RUN(ext_auth_cases);
}

/* jwt providers, remote/local JWKS */
static const tu_case jwt_cases[] = {
    TU_FIRES("e00562c495c6",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      localJWKS: {type: Inline}\n",
             "spec.jwt.providers[0].localJWKS: Invalid value: Exactly one of inline or valueRef must be set with correct type."),
    TU_FIRES("e00562c495c6",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      localJWKS:\n"
             "        type: ValueRef\n"
             "        inline: '{}'\n"
             "        valueRef: {group: '', kind: ConfigMap, name: jwks}\n",
             "spec.jwt.providers[0].localJWKS: Invalid value: Exactly one of inline or valueRef must be set with correct type."),
    TU_HOLDS("e00562c495c6",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      localJWKS: {inline: '{\"keys\": []}'}\n"
             "    - name: b\n"
             "      localJWKS:\n"
             "        type: ValueRef\n"
             "        valueRef: {group: '', kind: ConfigMap, name: jwks}\n"),
    TU_FIRES("deab7d29f494",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"
             "        backendRef: {name: idp, port: 443}\n",
             "spec.jwt.providers[0].remoteJWKS: Invalid value: BackendRefs must be used, backendRef is not supported."),
    TU_HOLDS("deab7d29f494",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"
             "        backendRefs: [{name: idp, port: 443}]\n"),
    TU_FIRES("69dfc9af413a",
             SP_HEAD
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
             "spec.jwt.providers[0].remoteJWKS: Invalid value: Retry timeout is not supported."),
    TU_HOLDS("69dfc9af413a",
             SP_HEAD
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
             "            perRetry: {backOff: {baseInterval: 1s}}\n"),
    TU_FIRES("ef4840813ef8",
             SP_HEAD
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
             "spec.jwt.providers[0].remoteJWKS: Invalid value: HTTPStatusCodes is not supported."),
    TU_HOLDS("ef4840813ef8",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"
             "        backendSettings:\n"
             "          retry:\n"
             "            retryOn: {triggers: [5xx]}\n"),
    TU_FIRES("630cbf59bd31",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"
             "        backendRefs: [{name: idp}]\n",
             "spec.jwt.providers[0].remoteJWKS.backendRefs[0]: Invalid value: Must have port for Service reference"),
    TU_FIRES("6e4f02a25b22",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"
             "        backendSettings:\n"
             "          connection: {preconnect: {predictivePercent: 200}}\n",
             "spec.jwt.providers[0].remoteJWKS.backendSettings: Invalid value: predictivePercent in preconnect policy only works with RoundRobin or Random load balancers"),
    TU_FIRES("6e2b08d596bf",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"
             "      recomputeRoute: true\n",
             "spec.jwt.providers[0]: Invalid value: \"object\": no such key: claimToHeaders evaluating rule: claimToHeaders must be specified if recomputeRoute is enabled."),
    TU_FIRES("6e2b08d596bf",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"
             "      recomputeRoute: true\n"
             "      claimToHeaders: []\n",
             "spec.jwt.providers[0]: Invalid value: claimToHeaders must be specified if recomputeRoute is enabled."),
    TU_HOLDS("6e2b08d596bf",
             SP_HEAD
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
             "      remoteJWKS: {uri: 'https://idp.example.com/jwks'}\n"),
    TU_FIRES("434869209559",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      issuer: https://idp.example.com\n",
             "spec.jwt.providers[0]: Invalid value: either remoteJWKS or localJWKS must be specified."),
    TU_HOLDS("434869209559",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"),
    TU_FIRES("a1141d93a388",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      remoteJWKS:\n"
             "        uri: https://idp.example.com/jwks\n"
             "      localJWKS: {inline: '{}'}\n",
             "spec.jwt.providers[0]: Invalid value: remoteJWKS and localJWKS cannot both be specified."),
    TU_HOLDS("a1141d93a388",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    providers:\n"
             "    - name: a\n"
             "      localJWKS: {inline: '{}'}\n"),
    TU_FIRES("df24ab9c72e4",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    optional: false\n"
             "    failOpen: false\n"
             "    providers:\n"
             "    - name: a\n"
             "      localJWKS: {inline: '{}'}\n",
             "spec.jwt: Invalid value: optional and failOpen cannot both be set; failOpen already tolerates a missing JWT"),
    TU_HOLDS("df24ab9c72e4",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  jwt:\n"
             "    failOpen: true\n"
             "    providers:\n"
             "    - name: a\n"
             "      localJWKS: {inline: '{}'}\n"),
};

static void jwt(void **state)
{
    (void)state;
    TU_RUN(jwt_cases);
}

/* oidc */
static const tu_case oidc_cases[] = {
    TU_FIRES("4779368aa005",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider: {issuer: 'https://idp.example.com'}\n"
             "    forwardIDToken: {header: HoSt}\n",
             "spec.oidc.forwardIDToken.header: Invalid value: \"HoSt\": header cannot be the Host header"),
    TU_HOLDS("4779368aa005",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider: {issuer: 'https://idp.example.com'}\n"
             "    forwardIDToken: {header: X-Host}\n"),
    TU_FIRES("71ed8721d4ad",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider:\n"
             "      issuer: https://idp.example.com\n"
             "      backendRef: {name: idp, port: 443}\n",
             "spec.oidc.provider: Invalid value: BackendRefs must be used, backendRef is not supported."),
    TU_HOLDS("71ed8721d4ad",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider:\n"
             "      issuer: https://idp.example.com\n"
             "      backendRefs: [{name: idp, port: 443}]\n"),
    TU_FIRES("0edfcb43cf76",
             SP_HEAD
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
             "spec.oidc.provider: Invalid value: Retry timeout is not supported."),
    TU_HOLDS("0edfcb43cf76",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider:\n"
             "      issuer: https://idp.example.com\n"
             "      backendSettings:\n"
             "        retry: {numRetries: 1}\n"),
    TU_FIRES("679664ac8dae",
             SP_HEAD
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
             "spec.oidc.provider: Invalid value: HTTPStatusCodes is not supported."),
    TU_HOLDS("679664ac8dae",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider:\n"
             "      issuer: https://idp.example.com\n"
             "      backendSettings:\n"
             "        retry:\n"
             "          retryOn: {triggers: [reset]}\n"),
    TU_FIRES("630cbf59bd31",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider:\n"
             "      issuer: https://idp.example.com\n"
             "      backendRefs: [{name: idp}]\n",
             "spec.oidc.provider.backendRefs[0]: Invalid value: Must have port for Service reference"),
    TU_FIRES("0439b0e30689",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider: {issuer: 'https://idp.example.com'}\n"
             "    clientIDRef: {name: client-id}\n",
             "spec.oidc: Invalid value: only one of clientID or clientIDRef must be set"),
    TU_FIRES("0439b0e30689",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    provider: {issuer: 'https://idp.example.com'}\n",
             "spec.oidc: Invalid value: only one of clientID or clientIDRef must be set"),
    TU_HOLDS("0439b0e30689",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    provider: {issuer: 'https://idp.example.com'}\n"
             "    clientIDRef: {name: client-id}\n"),
    TU_FIRES("2a8c2060d484",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider: {issuer: 'https://idp.example.com'}\n"
             "    forwardAccessToken: true\n"
             "    forwardIDToken: {header: AUTHORIZATION}\n",
             "spec.oidc: Invalid value: forwardAccessToken cannot be true when forwardIDToken.header is Authorization"),
    TU_HOLDS("2a8c2060d484",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider: {issuer: 'https://idp.example.com'}\n"
             "    forwardAccessToken: false\n"
             "    forwardIDToken: {header: Authorization}\n"),
    TU_HOLDS("2a8c2060d484",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  oidc:\n"
             "    clientSecret: {name: oidc-secret}\n"
             "    clientID: client\n"
             "    provider: {issuer: 'https://idp.example.com'}\n"
             "    forwardAccessToken: true\n"
             "    forwardIDToken: {header: X-Id-Token}\n"),
};

static void oidc(void **state)
{
    (void)state;
    TU_RUN(oidc_cases);
}

/* spec: targetRef(s), targetSelectors, mergeType */
static const tu_case targets_cases[] = {
    TU_FIRES("b88ec65dc953",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  mergeType: Replace\n",
             "spec.mergeType: Invalid value: \"Replace\": Replace is not a valid MergeType for SecurityPolicy"),
    TU_HOLDS("b88ec65dc953",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  mergeType: StrategicMerge\n"),
    TU_FIRES("3d2e559262af",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  mergeType: JSONMerge\n",
             "spec: Invalid value: mergeType can only be used with xRoute targets"),
    TU_FIRES("3d2e559262af",
             SP_HEAD
             "  targetRef: {group: gateway.networking.k8s.io, kind: ListenerSet, name: l}\n"
             "  mergeType: JSONMerge\n",
             "spec: Invalid value: mergeType can only be used with xRoute targets"),
    TU_FIRES("3d2e559262af",
             SP_HEAD
             "  targetSelectors: [{kind: Gateway, matchLabels: {app: a}}]\n"
             "  mergeType: JSONMerge\n",
             "spec: Invalid value: mergeType can only be used with xRoute targets"),
    TU_HOLDS("3d2e559262af",
             SP_HEAD
             "  targetSelectors: [{kind: GRPCRoute, matchLabels: {app: a}}]\n"
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: TCPRoute, name: t}]\n"
             "  mergeType: JSONMerge\n"),
    TU_HOLDS("3d2e559262af",
             SP_HEAD
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: g}]\n"),
    TU_FIRES("244e3c78e414",
             SP_HEAD
             "  mergeType: JSONMerge\n",
             "spec: Invalid value: either targetRef or targetRefs must be used"),
    TU_FIRES("244e3c78e414",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n",
             "spec: Invalid value: either targetRef or targetRefs must be used"),
    TU_FIRES("244e3c78e414",
             SP_HEAD
             "  targetSelectors: []\n",
             "spec: Invalid value: either targetRef or targetRefs must be used"),
    TU_HOLDS("244e3c78e414",
             SP_HEAD
             "  targetSelectors: [{kind: HTTPRoute, matchLabels: {app: a}}]\n"),
    TU_HOLDS("244e3c78e414",
             SP_HEAD
             "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g, sectionName: http}\n"),
    TU_FIRES("755914276261",
             SP_HEAD
             "  targetRef: {group: example.com, kind: HTTPRoute, name: r}\n",
             "spec: Invalid value: this policy can only have a targetRef.group of gateway.networking.k8s.io"),
    TU_HOLDS("755914276261",
             SP_HEAD
             "  targetRef: {group: gateway.networking.k8s.io, kind: GRPCRoute, name: r}\n"),
    TU_FIRES("22fdc06ee527",
             SP_HEAD
             "  targetRef: {group: gateway.networking.k8s.io, kind: UDPRoute, name: r}\n",
             "spec: Invalid value: this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute"),
    TU_HOLDS("22fdc06ee527",
             SP_HEAD
             "  targetRef: {group: gateway.networking.k8s.io, kind: ListenerSet, name: r}\n"),
    TU_FIRES("6cd2b733cf22",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  - {group: '', kind: HTTPRoute, name: r2}\n",
             "spec: Invalid value: this policy can only have a targetRefs[*].group of gateway.networking.k8s.io"),
    TU_HOLDS("6cd2b733cf22",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  - {group: gateway.networking.k8s.io, kind: TCPRoute, name: r2}\n"),
    TU_FIRES("e82d1051bae3",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  - {group: gateway.networking.k8s.io, kind: TLSRoute, name: r2}\n",
             "spec: Invalid value: this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute"),
    TU_HOLDS("e82d1051bae3",
             SP_HEAD
             "  targetRefs:\n"
             "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  - {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"),
};

static void targets(void **state)
{
    (void)state;
    TU_RUN(targets_cases);
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
