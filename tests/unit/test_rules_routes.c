/* CEL rules of HTTPRoute, GRPCRoute and TLSRoute: for every rule, a case
 * where it fires and one where it holds (a holding case is named by its
 * area, a firing one by the rules it fires).
 * The firing cases list every line the object gets, as the API server
 * prints them (tests/oracle gives exactly these lines for each case); the
 * holding cases are valid. Harness: rulecase.h. */
#include <stdlib.h>
#include <string.h>
#include "rulecase.h"

/* Document heads: apiVersion, kind and metadata, up to "spec:". */
#define HEAD(api_version, kind, metadata) \
    "apiVersion: " api_version "\n" \
    "kind: " kind "\n" \
    "metadata: " metadata "\n" \
    "spec:\n"
#define HTTPROUTE HEAD("gateway.networking.k8s.io/v1", "HTTPRoute", "{name: r, namespace: ns}")
#define GRPCROUTE HEAD("gateway.networking.k8s.io/v1", "GRPCRoute", "{name: r, namespace: ns}")
#define TLSROUTE HEAD("gateway.networking.k8s.io/v1", "TLSRoute", "{name: r, namespace: ns}")
#define TLSROUTE_V1ALPHA2 HEAD("gateway.networking.k8s.io/v1alpha2", "TLSRoute", "{name: r, namespace: ns}")

/* parentRefs: sectionName (standard) / sectionName or port (experimental) specified and unique. */
static const tu_case parent_refs_cases[] = {
    TU_FIRES("f2f3aeac8138",
             HTTPROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "  - name: gw\n"
             "    sectionName: a\n",
             "spec.parentRefs: Invalid value: sectionName or port must be specified when parentRefs includes 2 or more references to the same parent"),
    TU_FIRES("f641a4c2c807",
             HTTPROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "    sectionName: a\n"
             "  - name: gw\n"
             "    sectionName: a\n",
             "spec.parentRefs: Invalid value: sectionName or port must be unique when parentRefs includes 2 or more references to the same parent"),
    TU_HOLDS("parent_refs",
             HTTPROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "  - name: gw\n"
             "    namespace: other\n"
             "  - name: gw2\n"
             "    sectionName: a\n"),
    TU_HOLDS("parent_refs",
             HTTPROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "    sectionName: a\n"
             "  - name: gw\n"
             "    sectionName: b\n"),
    TU_FIRES_STD("6f2818131d63",
                 HTTPROUTE
                 "  parentRefs:\n"
                 "  - name: gw\n"
                 "  - name: gw\n"
                 "    sectionName: a\n",
                 "spec.parentRefs: Invalid value: sectionName must be specified when parentRefs includes 2 or more references to the same parent"),
    TU_FIRES_STD("4e5372462d41",
                 HTTPROUTE
                 "  parentRefs:\n"
                 "  - name: gw\n"
                 "    sectionName: a\n"
                 "  - name: gw\n"
                 "    sectionName: a\n",
                 "spec.parentRefs: Invalid value: sectionName must be unique when parentRefs includes 2 or more references to the same parent"),
    TU_HOLDS_STD("parent_refs",
                 HTTPROUTE
                 "  parentRefs:\n"
                 "  - name: gw\n"
                 "  - name: gw\n"
                 "    namespace: other\n"
                 "  - name: gw2\n"
                 "    sectionName: a\n"),
    TU_HOLDS_STD("parent_refs",
                 HTTPROUTE
                 "  parentRefs:\n"
                 "  - name: gw\n"
                 "    sectionName: a\n"
                 "  - name: gw\n"
                 "    sectionName: b\n"),
    TU_HOLDS("parent_refs",
             HTTPROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "    port: 80\n"
             "  - name: gw\n"
             "    port: 81\n"),
    TU_FIRES("f641a4c2c807",
             HTTPROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "    port: 80\n"
             "  - name: gw\n"
             "    port: 80\n",
             "spec.parentRefs: Invalid value: sectionName or port must be unique when parentRefs includes 2 or more references to the same parent"),
    TU_FIRES("f2f3aeac8138",
             HTTPROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "    port: 80\n"
             "  - name: gw\n"
             "    sectionName: a\n",
             "spec.parentRefs: Invalid value: sectionName or port must be specified when parentRefs includes 2 or more references to the same parent"),
    TU_FIRES("f641a4c2c807",
             HTTPROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "    namespace: ''\n"
             "  - name: gw\n",
             "spec.parentRefs[0].namespace: Invalid value: \"\": spec.parentRefs[0].namespace in body should be at least 1 chars long",
             "spec.parentRefs: Invalid value: sectionName or port must be unique when parentRefs includes 2 or more references to the same parent"),
    TU_FIRES("f2f3aeac8138",
             GRPCROUTE
             "  parentRefs:\n"
             "  - name: gw\n"
             "  - name: gw\n"
             "    sectionName: a\n",
             "spec.parentRefs: Invalid value: sectionName or port must be specified when parentRefs includes 2 or more references to the same parent"),
};

static void parent_refs(void **state)
{
    (void)state;
    TU_RUN(parent_refs_cases);
}

/* CORS allowHeaders/allowMethods/allowOrigins: '*' must stand alone. */
static const tu_case cors_cases[] = {
    TU_FIRES("b59669b3e7d4",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors:\n"
             "        allowHeaders: ['*', 'x-a']\n",
             "spec.rules[0].filters[0].cors.allowHeaders: Invalid value: AllowHeaders cannot contain '*' alongside other methods"),
    TU_HOLDS("cors",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors:\n"
             "        allowHeaders: ['*']\n"),
    TU_FIRES_STD("b59669b3e7d4",
                 HTTPROUTE
                 "  rules:\n"
                 "  - backendRefs:\n"
                 "    - name: s\n"
                 "      port: 80\n"
                 "      filters:\n"
                 "      - type: CORS\n"
                 "        cors:\n"
                 "          allowHeaders: ['x-a', '*']\n",
                 "spec.rules[0].backendRefs[0].filters[0].cors.allowHeaders: Invalid value: AllowHeaders cannot contain '*' alongside other methods"),
    TU_FIRES("ae2d1878fa1e",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors:\n"
             "        allowMethods: ['*', 'GET']\n",
             "spec.rules[0].filters[0].cors.allowMethods: Invalid value: AllowMethods cannot contain '*' alongside other methods"),
    TU_HOLDS("cors",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors:\n"
             "        allowMethods: ['*']\n"),
    TU_FIRES_STD("ae2d1878fa1e",
                 HTTPROUTE
                 "  rules:\n"
                 "  - backendRefs:\n"
                 "    - name: s\n"
                 "      port: 80\n"
                 "      filters:\n"
                 "      - type: CORS\n"
                 "        cors:\n"
                 "          allowMethods: ['GET', '*']\n",
                 "spec.rules[0].backendRefs[0].filters[0].cors.allowMethods: Invalid value: AllowMethods cannot contain '*' alongside other methods"),
    TU_FIRES("99568906ae18",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors:\n"
             "        allowOrigins: ['*', 'https://a.example.com']\n",
             "spec.rules[0].filters[0].cors.allowOrigins: Invalid value: AllowOrigins cannot contain '*' alongside other origins"),
    TU_HOLDS("cors",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors:\n"
             "        allowOrigins: ['*']\n"),
    TU_FIRES_STD("99568906ae18",
                 HTTPROUTE
                 "  rules:\n"
                 "  - backendRefs:\n"
                 "    - name: s\n"
                 "      port: 80\n"
                 "      filters:\n"
                 "      - type: CORS\n"
                 "        cors:\n"
                 "          allowOrigins: ['https://a.example.com', '*']\n",
                 "spec.rules[0].backendRefs[0].filters[0].cors.allowOrigins: Invalid value: AllowOrigins cannot contain '*' alongside other origins"),
};

static void cors(void **state)
{
    (void)state;
    TU_RUN(cors_cases);
}

/* Must have port for Service reference: HTTP/GRPC/TLS backendRefs, requestMirror and externalAuth backendRef. */
static const tu_case backend_port_cases[] = {
    TU_FIRES("6de95dfb0e90",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef:\n"
             "          name: s\n",
             "spec.rules[0].filters[0].requestMirror.backendRef: Invalid value: Must have port for Service reference"),
    TU_HOLDS("backend_port",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef:\n"
             "          name: s\n"
             "          port: 80\n"),
    TU_FIRES("6de95dfb0e90",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef:\n"
             "          name: s\n",
             "spec.rules[0].filters[0].requestMirror.backendRef: Invalid value: Must have port for Service reference"),
    TU_FIRES("6de95dfb0e90",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExternalAuth\n"
             "      externalAuth:\n"
             "        protocol: HTTP\n"
             "        http: {}\n"
             "        backendRef:\n"
             "          name: s\n",
             "spec.rules[0].filters[0].externalAuth.backendRef: Invalid value: Must have port for Service reference"),
    TU_FIRES("095b72fea175",
             GRPCROUTE
             "  rules:\n"
             "  - backendRefs:\n"
             "    - name: s\n",
             "spec.rules[0].backendRefs[0]: Invalid value: Must have port for Service reference"),
    TU_HOLDS("backend_port",
             GRPCROUTE
             "  rules:\n"
             "  - backendRefs:\n"
             "    - name: s\n"
             "      port: 80\n"
             "    - name: b\n"
             "      group: example.com\n"
             "      kind: Bucket\n"),
    TU_FIRES("39182db24cdb",
             TLSROUTE
             "  hostnames: [a.example.com]\n"
             "  rules:\n"
             "  - backendRefs:\n"
             "    - name: s\n",
             "spec.rules[0].backendRefs[0]: Invalid value: Must have port for Service reference"),
    TU_HOLDS_STD("backend_port",
                 TLSROUTE
                 "  hostnames: [a.example.com]\n"
                 "  rules:\n"
                 "  - backendRefs:\n"
                 "    - name: s\n"
                 "      port: 443\n"),
    TU_FIRES("71c72bf03d9f",
             HTTPROUTE
             "  rules:\n"
             "  - backendRefs:\n"
             "    - name: s\n",
             "spec.rules[0].backendRefs[0]: Invalid value: Must have port for Service reference"),
};

static void backend_port(void **state)
{
    (void)state;
    TU_RUN(backend_port_cases);
}

/* RequestMirror: fraction numerator <= denominator; percent xor fraction. */
static const tu_case mirror_cases[] = {
    TU_FIRES("99bab860f404",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        fraction: {numerator: 5, denominator: 2}\n",
             "spec.rules[0].filters[0].requestMirror.fraction: Invalid value: numerator must be less than or equal to denominator"),
    TU_FIRES("99bab860f404",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        fraction: {numerator: 101}\n",
             "spec.rules[0].filters[0].requestMirror.fraction: Invalid value: numerator must be less than or equal to denominator"),
    TU_HOLDS("mirror",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        fraction: {numerator: 2, denominator: 2}\n"),
    TU_HOLDS("mirror",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        fraction: {numerator: 100}\n"),
    TU_FIRES("720a7f0ff3a9",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        percent: 5\n"
             "        fraction: {numerator: 1}\n",
             "spec.rules[0].filters[0].requestMirror: Invalid value: Only one of percent or fraction may be specified in HTTPRequestMirrorFilter"),
    TU_HOLDS("mirror",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        percent: 5\n"),
};

static void mirror(void **state)
{
    (void)state;
    TU_RUN(mirror_cases);
}

/* HTTPPathModifier: type and replaceFullPath/replacePrefixMatch agree. */
static const tu_case path_modifier_cases[] = {
    TU_FIRES("0137fdd10d6a",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect:\n"
             "        path: {type: ReplaceFullPath}\n",
             "spec.rules[0].filters[0].requestRedirect.path: Invalid value: replaceFullPath must be specified when type is set to 'ReplaceFullPath'"),
    TU_FIRES("90becb62e6f5 6c4eb4245f13",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect:\n"
             "        path: {type: ReplacePrefixMatch, replaceFullPath: /x}\n",
             "spec.rules[0].filters[0].requestRedirect.path: Invalid value: type must be 'ReplaceFullPath' when replaceFullPath is set",
             "spec.rules[0].filters[0].requestRedirect.path: Invalid value: replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'"),
    TU_FIRES_STD("0137fdd10d6a 49cecffc3642",
                 HTTPROUTE
                 "  rules:\n"
                 "  - filters:\n"
                 "    - type: URLRewrite\n"
                 "      urlRewrite:\n"
                 "        path: {type: ReplaceFullPath, replacePrefixMatch: /x}\n",
                 "spec.rules[0].filters[0].urlRewrite.path: Invalid value: replaceFullPath must be specified when type is set to 'ReplaceFullPath'",
                 "spec.rules[0].filters[0].urlRewrite.path: Invalid value: type must be 'ReplacePrefixMatch' when replacePrefixMatch is set"),
    TU_HOLDS("path_modifier",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect:\n"
             "        path: {type: ReplaceFullPath, replaceFullPath: /x}\n"),
    TU_HOLDS("path_modifier",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: URLRewrite\n"
             "      urlRewrite:\n"
             "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n"),
};

static void path_modifier(void **state)
{
    (void)state;
    TU_RUN(path_modifier_cases);
}

/* HTTPRoute filters: the member of filter.type is set, the others are nil. */
static const tu_case http_filter_members_cases[] = {
    TU_FIRES("d2adb571544f",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      cors: {}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.cors must be nil if the filter.type is not CORS"),
    TU_FIRES("56d96630f8be",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n",
             "spec.rules[0].filters[0]: Invalid value: filter.cors must be specified for CORS filter.type"),
    TU_HOLDS("http_filter_members",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors: {}\n"),
    TU_FIRES("0d41959a11e5",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      requestHeaderModifier: {set: [{name: a, value: b}]}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier"),
    TU_FIRES("b283873c86f1",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestHeaderModifier\n",
             "spec.rules[0].filters[0]: Invalid value: filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type"),
    TU_HOLDS("http_filter_members",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {set: [{name: a, value: b}]}\n"),
    TU_FIRES("ca5b65bab7de",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {remove: [x-a]}\n"
             "      responseHeaderModifier: {remove: [x-a]}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.responseHeaderModifier must be nil if the filter.type is not ResponseHeaderModifier"),
    TU_FIRES("5cb2f67adf95",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n",
             "spec.rules[0].filters[0]: Invalid value: filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type"),
    TU_HOLDS("http_filter_members",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"),
    TU_FIRES("111217e28b3f",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      requestMirror: {backendRef: {name: s, port: 80}}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.requestMirror must be nil if the filter.type is not RequestMirror"),
    TU_FIRES("eeb071b49392",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n",
             "spec.rules[0].filters[0]: Invalid value: filter.requestMirror must be specified for RequestMirror filter.type"),
    TU_HOLDS("http_filter_members",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror: {backendRef: {name: s, port: 80}}\n"),
    TU_FIRES("af494f359f55",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      requestRedirect: {statusCode: 301}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.requestRedirect must be nil if the filter.type is not RequestRedirect"),
    TU_FIRES("2ef573792600",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestRedirect\n",
             "spec.rules[0].filters[0]: Invalid value: filter.requestRedirect must be specified for RequestRedirect filter.type"),
    TU_HOLDS("http_filter_members",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect: {statusCode: 301}\n"),
    TU_FIRES("b9c682f9977f",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      urlRewrite: {hostname: a.example.com}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.urlRewrite must be nil if the filter.type is not URLRewrite"),
    TU_FIRES("5348fbd7806b",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: URLRewrite\n",
             "spec.rules[0].filters[0]: Invalid value: filter.urlRewrite must be specified for URLRewrite filter.type"),
    TU_HOLDS("http_filter_members",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: URLRewrite\n"
             "      urlRewrite: {hostname: a.example.com}\n"),
    TU_FIRES("3d273649fcc9",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      extensionRef: {group: example.com, kind: K, name: ext}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.extensionRef must be nil if the filter.type is not ExtensionRef"),
    TU_FIRES("78f36f917128",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExtensionRef\n",
             "spec.rules[0].filters[0]: Invalid value: filter.extensionRef must be specified for ExtensionRef filter.type"),
    TU_HOLDS("http_filter_members",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExtensionRef\n"
             "      extensionRef: {group: example.com, kind: K, name: ext}\n"),
    TU_FIRES("7b6b95d51981",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      externalAuth: {protocol: HTTP, http: {}, backendRef: {name: s, port: 80}}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.externalAuth must be nil if the filter.type is not ExternalAuth"),
    TU_FIRES("3f674e650978",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExternalAuth\n",
             "spec.rules[0].filters[0]: Invalid value: filter.externalAuth must be specified for ExternalAuth filter.type"),
    TU_HOLDS("http_filter_members",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExternalAuth\n"
             "      externalAuth: {protocol: HTTP, http: {}, backendRef: {name: s, port: 80}}\n"),
    TU_FIRES("56d96630f8be",
             HTTPROUTE
             "  rules:\n"
             "  - backendRefs:\n"
             "    - name: s\n"
             "      port: 80\n"
             "      filters:\n"
             "      - type: CORS\n",
             "spec.rules[0].backendRefs[0].filters[0]: Invalid value: filter.cors must be specified for CORS filter.type"),
};

static void http_filter_members(void **state)
{
    (void)state;
    TU_RUN(http_filter_members_cases);
}

/* GRPCRoute filters: the member of filter.type is set, the others are nil. */
static const tu_case grpc_filter_members_cases[] = {
    TU_FIRES("2bb5efb2c694",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      requestHeaderModifier: {set: [{name: a, value: b}]}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier"),
    TU_FIRES_STD("2ced4536a783",
                 GRPCROUTE
                 "  rules:\n"
                 "  - filters:\n"
                 "    - type: RequestHeaderModifier\n",
                 "spec.rules[0].filters[0]: Invalid value: filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type"),
    TU_HOLDS("grpc_filter_members",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {set: [{name: a, value: b}]}\n"),
    TU_FIRES("2ce228b3527c",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {remove: [x-a]}\n"
             "      responseHeaderModifier: {remove: [x-a]}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.responseHeaderModifier must be nil if the filter.type is not ResponseHeaderModifier"),
    TU_FIRES_STD("d7556da6dd69",
                 GRPCROUTE
                 "  rules:\n"
                 "  - filters:\n"
                 "    - type: ResponseHeaderModifier\n",
                 "spec.rules[0].filters[0]: Invalid value: filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type"),
    TU_HOLDS("grpc_filter_members",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"),
    TU_FIRES("adec3428f965",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      requestMirror: {backendRef: {name: s, port: 80}}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.requestMirror must be nil if the filter.type is not RequestMirror"),
    TU_FIRES_STD("03258c15891e",
                 GRPCROUTE
                 "  rules:\n"
                 "  - filters:\n"
                 "    - type: RequestMirror\n",
                 "spec.rules[0].filters[0]: Invalid value: filter.requestMirror must be specified for RequestMirror filter.type"),
    TU_HOLDS("grpc_filter_members",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestMirror\n"
             "      requestMirror: {backendRef: {name: s, port: 80}}\n"),
    TU_FIRES("878b7ff49263",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "      extensionRef: {group: example.com, kind: K, name: ext}\n",
             "spec.rules[0].filters[0]: Invalid value: filter.extensionRef must be nil if the filter.type is not ExtensionRef"),
    TU_FIRES_STD("4b2195612804",
                 GRPCROUTE
                 "  rules:\n"
                 "  - filters:\n"
                 "    - type: ExtensionRef\n",
                 "spec.rules[0].filters[0]: Invalid value: filter.extensionRef must be specified for ExtensionRef filter.type"),
    TU_HOLDS("grpc_filter_members",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExtensionRef\n"
             "      extensionRef: {group: example.com, kind: K, name: ext}\n"),
};

static void grpc_filter_members(void **state)
{
    (void)state;
    TU_RUN(grpc_filter_members_cases);
}

/* Filter lists: filters that cannot be repeated; RequestRedirect xor URLRewrite. */
static const tu_case filter_lists_cases[] = {
    TU_FIRES("d71115b7d542",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors: {}\n"
             "    - type: CORS\n"
             "      cors: {}\n",
             "spec.rules[0].filters: Invalid value: CORS filter cannot be repeated"),
    TU_FIRES("bdb78ea037c2",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {remove: [x-a]}\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {remove: [x-a]}\n",
             "spec.rules[0].filters: Invalid value: RequestHeaderModifier filter cannot be repeated"),
    TU_FIRES("1420f4bddd73",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n",
             "spec.rules[0].filters: Invalid value: ResponseHeaderModifier filter cannot be repeated"),
    TU_FIRES("85a4d038efaf",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect: {statusCode: 301}\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect: {statusCode: 301}\n",
             "spec.rules[0].filters: Invalid value: RequestRedirect filter cannot be repeated"),
    TU_FIRES("45267997e91a",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: URLRewrite\n"
             "      urlRewrite: {hostname: a.example.com}\n"
             "    - type: URLRewrite\n"
             "      urlRewrite: {hostname: a.example.com}\n",
             "spec.rules[0].filters: Invalid value: URLRewrite filter cannot be repeated"),
    TU_FIRES("c6021dfcf73e",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect: {statusCode: 301}\n"
             "    - type: URLRewrite\n"
             "      urlRewrite: {hostname: a.example.com}\n",
             "spec.rules[0].filters: Invalid value: May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both"),
    TU_HOLDS("filter_lists",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: CORS\n"
             "      cors: {}\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {remove: [x-a]}\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "    - type: URLRewrite\n"
             "      urlRewrite: {hostname: a.example.com}\n"),
    TU_HOLDS("filter_lists",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect: {statusCode: 301}\n"),
    TU_FIRES("327aa55ce690",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {remove: [x-a]}\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {remove: [x-a]}\n",
             "spec.rules[0].filters: Invalid value: RequestHeaderModifier filter cannot be repeated"),
    TU_FIRES("1c44d7258d63",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n",
             "spec.rules[0].filters: Invalid value: ResponseHeaderModifier filter cannot be repeated"),
    TU_HOLDS("filter_lists",
             GRPCROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: RequestHeaderModifier\n"
             "      requestHeaderModifier: {remove: [x-a]}\n"
             "    - type: ResponseHeaderModifier\n"
             "      responseHeaderModifier: {remove: [x-a]}\n"),
};

static void filter_lists(void **state)
{
    (void)state;
    TU_RUN(filter_lists_cases);
}

/* HTTPPathMatch value checks for Exact/PathPrefix (type itself is guarded by its enum). */
static const tu_case path_match_cases[] = {
    TU_FIRES("a06624c9a2a5",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: 'foo'}\n",
             "spec.rules[0].matches[0].path: Invalid value: value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']"),
    TU_FIRES("ee1d5a0fac2a",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: Exact, value: '/a//b'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must not contain '//' when type one of ['Exact', 'PathPrefix']"),
    TU_FIRES("59ebf75adc10",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: Exact, value: '/a/./b'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must not contain '/./' when type one of ['Exact', 'PathPrefix']"),
    TU_FIRES("29514dd1a469",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: '/a/../b'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must not contain '/../' when type one of ['Exact', 'PathPrefix']"),
    TU_FIRES("ea015011c4ff",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: '/a%2fb'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must not contain '%2f' when type one of ['Exact', 'PathPrefix']"),
    TU_FIRES("f64486e83164",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: '/a%2Fb'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must not contain '%2F' when type one of ['Exact', 'PathPrefix']"),
    TU_FIRES("563d289a04c0 a5f4785b942e",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: '/a#b'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must not contain '#' when type one of ['Exact', 'PathPrefix']",
             "spec.rules[0].matches[0].path: Invalid value: must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']"),
    TU_FIRES("2589d65537cc",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: Exact, value: '/a/..'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must not end with '/..' when type one of ['Exact', 'PathPrefix']"),
    TU_FIRES_STD("531d9566264d",
                 HTTPROUTE
                 "  rules:\n"
                 "  - matches:\n"
                 "    - path: {type: Exact, value: '/a/.'}\n",
                 "spec.rules[0].matches[0].path: Invalid value: must not end with '/.' when type one of ['Exact', 'PathPrefix']"),
    TU_FIRES("a5f4785b942e",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: Exact, value: '/a b'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']"),
    TU_FIRES("a5f4785b942e",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: Exact, value: '/a%zz'}\n",
             "spec.rules[0].matches[0].path: Invalid value: must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']"),
    TU_HOLDS("path_match",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: Exact, value: '/a%2e/b~c@d'}\n"),
    TU_HOLDS("path_match",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: RegularExpression, value: 'a//b/../#%2f/.'}\n"),
    TU_FIRES("path_match",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: Regex, value: '/a'}\n",
             "spec.rules[0].matches[0].path.type: Unsupported value: \"Regex\": supported values: \"Exact\", \"PathPrefix\", \"RegularExpression\"",
             "<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation"),
};

static void path_match(void **state)
{
    (void)state;
    TU_RUN(path_match_cases);
}

/* HTTPRouteTimeouts: backendRequest <= request (unless request is 0s). */
static const tu_case timeouts_cases[] = {
    TU_FIRES("e8e5bf3a429d",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 10s, backendRequest: 20s}\n",
             "spec.rules[0].timeouts: Invalid value: backendRequest timeout cannot be longer than request timeout"),
    TU_FIRES_STD("e8e5bf3a429d",
                 HTTPROUTE
                 "  rules:\n"
                 "  - timeouts: {request: 1m, backendRequest: 61s}\n",
                 "spec.rules[0].timeouts: Invalid value: backendRequest timeout cannot be longer than request timeout"),
    TU_FIRES("e8e5bf3a429d",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 1h, backendRequest: 1h1ms}\n",
             "spec.rules[0].timeouts: Invalid value: backendRequest timeout cannot be longer than request timeout"),
    TU_HOLDS("timeouts",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 1m, backendRequest: 60s}\n"),
    TU_HOLDS("timeouts",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 0s, backendRequest: 20s}\n"),
    TU_HOLDS("timeouts",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 1h30m, backendRequest: 90m}\n"),
    TU_FIRES("e8e5bf3a429d",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 500ms, backendRequest: 1s}\n",
             "spec.rules[0].timeouts: Invalid value: backendRequest timeout cannot be longer than request timeout"),
    /* duration() of a string Go cannot parse ("1d" breaks the pattern,
     * which does not block CEL) is a CEL runtime error... */
    TU_FIRES("e8e5bf3a429d",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 1d, backendRequest: 1s}\n",
             "spec.rules[0].timeouts.request: Invalid value: \"1d\": spec.rules[0].timeouts.request in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.rules[0].timeouts: Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: backendRequest timeout cannot be longer than request timeout"),
    TU_FIRES_STD("e8e5bf3a429d",
                 HTTPROUTE
                 "  rules:\n"
                 "  - timeouts: {request: 1s, backendRequest: 1d}\n",
                 "spec.rules[0].timeouts.backendRequest: Invalid value: \"1d\": spec.rules[0].timeouts.backendRequest in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
                 "spec.rules[0].timeouts: Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: backendRequest timeout cannot be longer than request timeout"),
    /* ...unless a conjunct is false: request 0s absorbs it, and so does an
     * absent backendRequest */
    TU_FIRES("timeouts",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 0s, backendRequest: 1d}\n",
             "spec.rules[0].timeouts.backendRequest: Invalid value: \"1d\": spec.rules[0].timeouts.backendRequest in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'"),
    TU_FIRES("timeouts",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 1d}\n",
             "spec.rules[0].timeouts.request: Invalid value: \"1d\": spec.rules[0].timeouts.request in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'"),
};

static void timeouts(void **state)
{
    (void)state;
    TU_RUN(timeouts_cases);
}

/* HTTPRouteRule: redirect vs backendRefs; ReplacePrefixMatch needs exactly one PathPrefix match. */
static const tu_case http_rule_cases[] = {
    TU_FIRES("f767fd2f27d0",
             HTTPROUTE
             "  rules:\n"
             "  - backendRefs:\n"
             "    - {name: s, port: 80}\n"
             "    filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect: {statusCode: 301}\n",
             "spec.rules[0]: Invalid value: RequestRedirect filter must not be used together with backendRefs"),
    TU_HOLDS("http_rule",
             HTTPROUTE
             "  rules:\n"
             "  - backendRefs:\n"
             "    - {name: s, port: 80}\n"
             "    filters:\n"
             "    - type: URLRewrite\n"
             "      urlRewrite: {hostname: a.example.com}\n"),
    TU_FIRES("d46a2ea5b04f",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: /a}\n"
             "    - path: {type: PathPrefix, value: /b}\n"
             "    filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect:\n"
             "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
             "spec.rules[0]: Invalid value: When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
    TU_FIRES("b0b9c81473a1",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: Exact, value: /a}\n"
             "    filters:\n"
             "    - type: URLRewrite\n"
             "      urlRewrite:\n"
             "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
             "spec.rules[0]: Invalid value: When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
    TU_FIRES("dbdb1e8b403c",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: /a}\n"
             "    - path: {type: PathPrefix, value: /b}\n"
             "    backendRefs:\n"
             "    - name: s\n"
             "      port: 80\n"
             "      filters:\n"
             "      - type: RequestRedirect\n"
             "        requestRedirect:\n"
             "          path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
             "spec.rules[0]: Invalid value: Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
    TU_FIRES_STD("b0b9c81473a1 bfd4dd36c22b",
                 HTTPROUTE
                 "  rules:\n"
                 "  - matches:\n"
                 "    - path: {type: Exact, value: /a}\n"
                 "    backendRefs:\n"
                 "    - name: s\n"
                 "      port: 80\n"
                 "      filters:\n"
                 "      - type: URLRewrite\n"
                 "        urlRewrite:\n"
                 "          path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
                 "spec.rules[0]: Invalid value: Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
    TU_HOLDS("http_rule",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: /a}\n"
             "    filters:\n"
             "    - type: RequestRedirect\n"
             "      requestRedirect:\n"
             "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n"),
    TU_FIRES("b0b9c81473a1",
             HTTPROUTE
             "  rules:\n"
             "  - matches: []\n"
             "    filters:\n"
             "    - type: URLRewrite\n"
             "      urlRewrite:\n"
             "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
             "spec.rules[0]: Invalid value: When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
    TU_HOLDS("http_rule",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: URLRewrite\n"
             "      urlRewrite:\n"
             "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n"),
    TU_HOLDS("http_rule",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: /a}\n"
             "    backendRefs:\n"
             "    - name: s\n"
             "      port: 80\n"
             "      filters:\n"
             "      - type: URLRewrite\n"
             "        urlRewrite:\n"
             "          path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n"),
    TU_HOLDS("http_rule",
             HTTPROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - path: {type: PathPrefix, value: /a}\n"
             "    - path: {type: PathPrefix, value: /b}\n"
             "    backendRefs:\n"
             "    - name: s\n"
             "      port: 80\n"
             "      filters:\n"
             "      - type: URLRewrite\n"
             "        urlRewrite:\n"
             "          path: {type: ReplaceFullPath, replaceFullPath: /x}\n"),
};

static void http_rule(void **state)
{
    (void)state;
    TU_RUN(http_rule_cases);
}

/* Rule lists: at most 128 matches over all rules of a route. */
static char *route_with_matches(const char *kind, const int *counts, size_t nrules)
{
    size_t cap = 8192, len = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    len += (size_t)snprintf(s + len, cap - len,
                            "apiVersion: gateway.networking.k8s.io/v1\nkind: %s\n"
                            "metadata: {name: r, namespace: ns}\nspec:\n  rules:\n", kind);
    for (size_t r = 0; r < nrules; r++) {
        len += (size_t)snprintf(s + len, cap - len, "  - matches:\n");
        for (int m = 0; m < counts[r]; m++) {
            if (strcmp(kind, "HTTPRoute") == 0)
                len += (size_t)snprintf(s + len, cap - len, "    - path: {value: /p%d}\n", m);
            else
                len += (size_t)snprintf(s + len, cap - len, "    - method: {service: s%d}\n", m);
            assert_true(len < cap);
        }
    }
    return s;
}

#define TOTAL_MATCHES \
    "spec.rules: Invalid value: While 16 rules and 64 matches per rule are allowed, " \
    "the total number of matches across all rules in a route must be less than 128"

/* Case c on the route route_with_matches() generates. */
static void check_matches(const char *kind, const int *counts, size_t nrules, tu_case c)
{
    char *yaml = route_with_matches(kind, counts, nrules);
    c.yaml = yaml;
    tu_check_case(__FILE__, &c);
    free(yaml);
}

static void total_matches(void **state)
{
    (void)state;
    check_matches("HTTPRoute", (const int[]){ 43, 43, 43 }, 3,
                  (tu_case)TU_FIRES("99801cf66224", NULL, TOTAL_MATCHES));
    check_matches("HTTPRoute", (const int[]){ 64, 64 }, 2,
                  (tu_case)TU_HOLDS_STD("99801cf66224", NULL));
    check_matches("GRPCRoute", (const int[]){ 64, 64, 1 }, 3,
                  (tu_case)TU_FIRES("22f2481411df", NULL, TOTAL_MATCHES));
    check_matches("GRPCRoute", (const int[]){ 64, 63, 1 }, 3,
                  (tu_case)TU_HOLDS_STD("22f2481411df", NULL));
}

/* Rule lists: unique rule names (HTTP, GRPC, TLS v1alpha2). */
static const tu_case rule_lists_cases[] = {
    TU_FIRES("791949621e2b",
             HTTPROUTE
             "  rules:\n"
             "  - name: a\n"
             "  - name: b\n"
             "  - name: a\n",
             "spec.rules: Invalid value: Rule name must be unique within the route"),
    TU_HOLDS("rule_lists",
             HTTPROUTE
             "  rules:\n"
             "  - name: a\n"
             "  - {}\n"
             "  - name: b\n"
             "  - {}\n"),
    TU_FIRES("78d7e297db5e",
             GRPCROUTE
             "  rules:\n"
             "  - name: a\n"
             "  - name: a\n",
             "spec.rules: Invalid value: Rule name must be unique within the route"),
    TU_HOLDS("rule_lists",
             GRPCROUTE
             "  rules:\n"
             "  - name: a\n"
             "  - name: b\n"),
    TU_FIRES("03f33c9ed5a5",
             TLSROUTE_V1ALPHA2
             "  hostnames: [a.example.com]\n"
             "  rules:\n"
             "  - name: a\n"
             "    backendRefs: [{name: s, port: 443}]\n"
             "  - name: a\n"
             "    backendRefs: [{name: s, port: 443}]\n",
             "spec.rules: Invalid value: Rule name must be unique within the route"),
    TU_HOLDS("rule_lists",
             TLSROUTE_V1ALPHA2
             "  hostnames: [a.example.com]\n"
             "  rules:\n"
             "  - name: a\n"
             "    backendRefs: [{name: s, port: 443}]\n"
             "  - backendRefs: [{name: s, port: 443}]\n"),
};

static void rule_lists(void **state)
{
    (void)state;
    TU_RUN(rule_lists_cases);
}

/* ExternalAuth: protocol and grpc/http agree. */
static const tu_case external_auth_cases[] = {
    TU_FIRES("22a22da1e540",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExternalAuth\n"
             "      externalAuth:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        protocol: GRPC\n",
             "spec.rules[0].filters[0].externalAuth: Invalid value: grpc must be specified when protocol is set to 'GRPC'"),
    TU_FIRES("d219facd8fab 18a5e4d482e3",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExternalAuth\n"
             "      externalAuth:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        protocol: HTTP\n"
             "        grpc: {}\n",
             "spec.rules[0].filters[0].externalAuth: Invalid value: protocol must be 'GRPC' when grpc is set",
             "spec.rules[0].filters[0].externalAuth: Invalid value: http must be specified when protocol is set to 'HTTP'"),
    TU_FIRES("22a22da1e540 98d7b7e3fb54",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExternalAuth\n"
             "      externalAuth:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        protocol: GRPC\n"
             "        http: {}\n",
             "spec.rules[0].filters[0].externalAuth: Invalid value: grpc must be specified when protocol is set to 'GRPC'",
             "spec.rules[0].filters[0].externalAuth: Invalid value: protocol must be 'HTTP' when http is set"),
    TU_HOLDS("external_auth",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExternalAuth\n"
             "      externalAuth:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        protocol: GRPC\n"
             "        grpc: {}\n"),
    TU_HOLDS("external_auth",
             HTTPROUTE
             "  rules:\n"
             "  - filters:\n"
             "    - type: ExternalAuth\n"
             "      externalAuth:\n"
             "        backendRef: {name: s, port: 80}\n"
             "        protocol: HTTP\n"
             "        http: {path: /auth}\n"),
};

static void external_auth(void **state)
{
    (void)state;
    TU_RUN(external_auth_cases);
}

/* SessionPersistence: Permanent cookies need absoluteTimeout; cookieConfig only with Cookie. */
static const tu_case session_persistence_cases[] = {
    TU_FIRES("f6e2361a7256",
             HTTPROUTE
             "  rules:\n"
             "  - sessionPersistence:\n"
             "      sessionName: s\n"
             "      cookieConfig: {lifetimeType: Permanent}\n",
             "spec.rules[0].sessionPersistence: Invalid value: AbsoluteTimeout must be specified when cookie lifetimeType is Permanent"),
    TU_FIRES("e6d35318eb4b",
             GRPCROUTE
             "  rules:\n"
             "  - sessionPersistence:\n"
             "      type: Header\n"
             "      sessionName: s\n"
             "      cookieConfig: {lifetimeType: Session}\n",
             "spec.rules[0].sessionPersistence: Invalid value: cookieConfig can only be set with type Cookie"),
    TU_HOLDS("session_persistence",
             HTTPROUTE
             "  rules:\n"
             "  - sessionPersistence:\n"
             "      sessionName: s\n"
             "      absoluteTimeout: 1h\n"
             "      cookieConfig: {lifetimeType: Permanent}\n"),
    TU_HOLDS("session_persistence",
             GRPCROUTE
             "  rules:\n"
             "  - sessionPersistence:\n"
             "      type: Header\n"
             "      sessionName: s\n"),
    TU_HOLDS("session_persistence",
             HTTPROUTE
             "  rules:\n"
             "  - sessionPersistence:\n"
             "      sessionName: s\n"
             "      cookieConfig: {lifetimeType: Session}\n"),
};

static void session_persistence(void **state)
{
    (void)state;
    TU_RUN(session_persistence_cases);
}

/* GRPCMethodMatch: service or method; valid characters for Exact. */
static const tu_case grpc_method_cases[] = {
    TU_FIRES("43acc0013085",
             GRPCROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - method: {type: Exact}\n",
             "spec.rules[0].matches[0].method: Invalid value: One or both of 'service' or 'method' must be specified"),
    TU_FIRES_STD("82e2170193ea",
                 GRPCROUTE
                 "  rules:\n"
                 "  - matches:\n"
                 "    - method: {service: 1bad}\n",
                 "spec.rules[0].matches[0].method: Invalid value: service must only contain valid characters (matching ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)"),
    TU_FIRES("5ef190dc83cf",
             GRPCROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - method: {method: Get.Thing}\n",
             "spec.rules[0].matches[0].method: Invalid value: method must only contain valid characters (matching ^[A-Za-z_][A-Za-z_0-9]*$)"),
    TU_HOLDS("grpc_method",
             GRPCROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - method: {service: .Foo.bar_1, method: Get_2}\n"),
    TU_HOLDS("grpc_method",
             GRPCROUTE
             "  rules:\n"
             "  - matches:\n"
             "    - method: {type: RegularExpression, service: '1bad.*', method: 'Get.*'}\n"),
};

static void grpc_method(void **state)
{
    (void)state;
    TU_RUN(grpc_method_cases);
}

/* TLSRoute hostnames: no IPs, RFC 1123, wildcard only as first label. */
static const tu_case tls_hostnames_cases[] = {
    TU_FIRES("a929ba32e2db",
             TLSROUTE
             "  hostnames: [a.example.com, 1.2.3.4]\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames: Invalid value: Hostnames cannot contain an IP"),
    TU_FIRES_STD("a929ba32e2db 4d5cdfe1ee2d",
                 TLSROUTE
                 "  hostnames: ['::1']\n"
                 "  rules:\n"
                 "  - backendRefs: [{name: s, port: 443}]\n",
                 "spec.hostnames[0]: Invalid value: \"::1\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
                 "spec.hostnames: Invalid value: Hostnames cannot contain an IP",
                 "spec.hostnames: Invalid value: Hostnames must be valid based on RFC-1123"),
    TU_FIRES("4d5cdfe1ee2d",
             TLSROUTE
             "  hostnames: ['::ffff:1.2.3.4']\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"::ffff:1.2.3.4\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Hostnames must be valid based on RFC-1123"),
    TU_FIRES("4d5cdfe1ee2d",
             TLSROUTE
             "  hostnames: [Foo.example.com]\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"Foo.example.com\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Hostnames must be valid based on RFC-1123"),
    TU_FIRES("66bb8ab2de1d",
             TLSROUTE
             "  hostnames: ['foo.*.example.com']\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"foo.*.example.com\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123"),
    TU_FIRES("66bb8ab2de1d",
             TLSROUTE
             "  hostnames: ['*.Example.com']\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"*.Example.com\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123"),
    TU_HOLDS("tls_hostnames",
             TLSROUTE
             "  hostnames: [a.example.com, '*.b.example.com', 1.2.3.4.example.com, 1-2.com]\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n"),
};

static void tls_hostnames(void **state)
{
    (void)state;
    TU_RUN(tls_hostnames_cases);
}

/* Edge cases of isIP() and duration(), checked against the API server (tests/oracle). */
static const tu_case edge_cases[] = {
    TU_FIRES("a929ba32e2db 4d5cdfe1ee2d",
             TLSROUTE
             "  hostnames: ['::']\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"::\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Hostnames cannot contain an IP",
             "spec.hostnames: Invalid value: Hostnames must be valid based on RFC-1123"),
    TU_FIRES("a929ba32e2db 4d5cdfe1ee2d",
             TLSROUTE
             "  hostnames: ['1:2:3:4:5:6:7::']\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"1:2:3:4:5:6:7::\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Hostnames cannot contain an IP",
             "spec.hostnames: Invalid value: Hostnames must be valid based on RFC-1123"),
    TU_FIRES("4d5cdfe1ee2d",
             TLSROUTE
             "  hostnames: ['fe80::1%eth0']\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"fe80::1%eth0\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Hostnames must be valid based on RFC-1123"),
    TU_FIRES("4d5cdfe1ee2d",
             TLSROUTE
             "  hostnames: ['0:0:0:0:0:ffff:102:304']\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"0:0:0:0:0:ffff:102:304\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Hostnames must be valid based on RFC-1123"),
    TU_FIRES("a929ba32e2db 4d5cdfe1ee2d",
             TLSROUTE
             "  hostnames: ['::ffff:0:1.2.3.4']\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n",
             "spec.hostnames[0]: Invalid value: \"::ffff:0:1.2.3.4\": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
             "spec.hostnames: Invalid value: Hostnames cannot contain an IP",
             "spec.hostnames: Invalid value: Hostnames must be valid based on RFC-1123"),
    TU_HOLDS("edge",
             TLSROUTE
             "  hostnames: ['01.2.3.4', 1.2.3.04]\n"
             "  rules:\n"
             "  - backendRefs: [{name: s, port: 443}]\n"),
    TU_HOLDS("edge",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 1s1s, backendRequest: 2s}\n"),
    TU_FIRES("e8e5bf3a429d",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 1s1s, backendRequest: 2s1ms}\n",
             "spec.rules[0].timeouts: Invalid value: backendRequest timeout cannot be longer than request timeout"),
    TU_FIRES("e8e5bf3a429d",
             HTTPROUTE
             "  rules:\n"
             "  - timeouts: {request: 99999h, backendRequest: 99999h99999h}\n",
             "spec.rules[0].timeouts: Invalid value: backendRequest timeout cannot be longer than request timeout"),
};

static void edge(void **state)
{
    (void)state;
    TU_RUN(edge_cases);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parent_refs),
        cmocka_unit_test(cors),
        cmocka_unit_test(backend_port),
        cmocka_unit_test(mirror),
        cmocka_unit_test(path_modifier),
        cmocka_unit_test(http_filter_members),
        cmocka_unit_test(grpc_filter_members),
        cmocka_unit_test(filter_lists),
        cmocka_unit_test(path_match),
        cmocka_unit_test(timeouts),
        cmocka_unit_test(http_rule),
        cmocka_unit_test(total_matches),
        cmocka_unit_test(rule_lists),
        cmocka_unit_test(external_auth),
        cmocka_unit_test(session_persistence),
        cmocka_unit_test(grpc_method),
        cmocka_unit_test(tls_hostnames),
        cmocka_unit_test(edge),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
