/* CEL rules of HTTPRoute, GRPCRoute and TLSRoute: for every rule, a case
 * where it fires (with the CRD's message at the API server's path) and one
 * where it holds. Every case here gave the same verdict on the real API
 * server code (tests/oracle/oracle). */
#include <stdlib.h>
#include <string.h>
#include "testutil.h"

/* Validates yaml, asserts each (path, message) diagnostic (all paths and
 * messages NULL-terminated), or no error at all when there is none. */
static void check(gwapi_channel channel, const char *yaml, const char *const *expect)
{
    gwapi_result *r = tu_validate(yaml, channel);
    if (!expect[0]) {
        tu_assert_valid(r);
    } else {
        for (size_t i = 0; expect[i]; i += 2)
            tu_assert_diag(r, expect[i], expect[i + 1]);
    }
    tu_free(r);
}

#define EXPECT(...) ((const char *const[]){ __VA_ARGS__, NULL })
#define VALID ((const char *const[]){ NULL })
#define STD GWAPI_CHANNEL_STANDARD
#define EXP GWAPI_CHANNEL_EXPERIMENTAL

/* parentRefs: sectionName (standard) / sectionName or port (experimental) specified and unique. */
static void parent_refs(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "  - name: gw\n"
          "    sectionName: a\n",
          EXPECT("spec.parentRefs",
               "Invalid value: sectionName or port must be specified when parentRefs includes 2 or more references to the same parent"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "    sectionName: a\n"
          "  - name: gw\n"
          "    sectionName: a\n",
          EXPECT("spec.parentRefs",
               "Invalid value: sectionName or port must be unique when parentRefs includes 2 or more references to the same parent"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "  - name: gw\n"
          "    namespace: other\n"
          "  - name: gw2\n"
          "    sectionName: a\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "    sectionName: a\n"
          "  - name: gw\n"
          "    sectionName: b\n",
          VALID);
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "  - name: gw\n"
          "    sectionName: a\n",
          EXPECT("spec.parentRefs",
               "Invalid value: sectionName must be specified when parentRefs includes 2 or more references to the same parent"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "    sectionName: a\n"
          "  - name: gw\n"
          "    sectionName: a\n",
          EXPECT("spec.parentRefs",
               "Invalid value: sectionName must be unique when parentRefs includes 2 or more references to the same parent"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "  - name: gw\n"
          "    namespace: other\n"
          "  - name: gw2\n"
          "    sectionName: a\n",
          VALID);
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "    sectionName: a\n"
          "  - name: gw\n"
          "    sectionName: b\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "    port: 80\n"
          "  - name: gw\n"
          "    port: 81\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "    port: 80\n"
          "  - name: gw\n"
          "    port: 80\n",
          EXPECT("spec.parentRefs",
               "Invalid value: sectionName or port must be unique when parentRefs includes 2 or more references to the same parent"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "    port: 80\n"
          "  - name: gw\n"
          "    sectionName: a\n",
          EXPECT("spec.parentRefs",
               "Invalid value: sectionName or port must be specified when parentRefs includes 2 or more references to the same parent"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "    namespace: ''\n"
          "  - name: gw\n",
          EXPECT("spec.parentRefs",
               "Invalid value: sectionName or port must be unique when parentRefs includes 2 or more references to the same parent"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  parentRefs:\n"
          "  - name: gw\n"
          "  - name: gw\n"
          "    sectionName: a\n",
          EXPECT("spec.parentRefs",
               "Invalid value: sectionName or port must be specified when parentRefs includes 2 or more references to the same parent"));
}

/* CORS allowHeaders/allowMethods/allowOrigins: '*' must stand alone. */
static void cors(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors:\n"
          "        allowHeaders: ['*', 'x-a']\n",
          EXPECT("spec.rules[0].filters[0].cors.allowHeaders",
               "Invalid value: AllowHeaders cannot contain '*' alongside other methods"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors:\n"
          "        allowHeaders: ['*']\n",
          VALID);
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n"
          "      port: 80\n"
          "      filters:\n"
          "      - type: CORS\n"
          "        cors:\n"
          "          allowHeaders: ['x-a', '*']\n",
          EXPECT("spec.rules[0].backendRefs[0].filters[0].cors.allowHeaders",
               "Invalid value: AllowHeaders cannot contain '*' alongside other methods"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors:\n"
          "        allowMethods: ['*', 'GET']\n",
          EXPECT("spec.rules[0].filters[0].cors.allowMethods",
               "Invalid value: AllowMethods cannot contain '*' alongside other methods"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors:\n"
          "        allowMethods: ['*']\n",
          VALID);
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n"
          "      port: 80\n"
          "      filters:\n"
          "      - type: CORS\n"
          "        cors:\n"
          "          allowMethods: ['GET', '*']\n",
          EXPECT("spec.rules[0].backendRefs[0].filters[0].cors.allowMethods",
               "Invalid value: AllowMethods cannot contain '*' alongside other methods"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors:\n"
          "        allowOrigins: ['*', 'https://a.example.com']\n",
          EXPECT("spec.rules[0].filters[0].cors.allowOrigins",
               "Invalid value: AllowOrigins cannot contain '*' alongside other origins"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors:\n"
          "        allowOrigins: ['*']\n",
          VALID);
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n"
          "      port: 80\n"
          "      filters:\n"
          "      - type: CORS\n"
          "        cors:\n"
          "          allowOrigins: ['https://a.example.com', '*']\n",
          EXPECT("spec.rules[0].backendRefs[0].filters[0].cors.allowOrigins",
               "Invalid value: AllowOrigins cannot contain '*' alongside other origins"));
}

/* Must have port for Service reference: HTTP/GRPC/TLS backendRefs, requestMirror and externalAuth backendRef. */
static void backend_port(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef:\n"
          "          name: s\n",
          EXPECT("spec.rules[0].filters[0].requestMirror.backendRef",
               "Invalid value: Must have port for Service reference"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef:\n"
          "          name: s\n"
          "          port: 80\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef:\n"
          "          name: s\n",
          EXPECT("spec.rules[0].filters[0].requestMirror.backendRef",
               "Invalid value: Must have port for Service reference"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExternalAuth\n"
          "      externalAuth:\n"
          "        protocol: HTTP\n"
          "        http: {}\n"
          "        backendRef:\n"
          "          name: s\n",
          EXPECT("spec.rules[0].filters[0].externalAuth.backendRef",
               "Invalid value: Must have port for Service reference"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n",
          EXPECT("spec.rules[0].backendRefs[0]",
               "Invalid value: Must have port for Service reference"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n"
          "      port: 80\n"
          "    - name: b\n"
          "      group: example.com\n"
          "      kind: Bucket\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: [a.example.com]\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n",
          EXPECT("spec.rules[0].backendRefs[0]",
               "Invalid value: Must have port for Service reference"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: [a.example.com]\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n"
          "      port: 443\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n",
          EXPECT("spec.rules[0].backendRefs[0]",
               "Invalid value: Must have port for Service reference"));
}

/* RequestMirror: fraction numerator <= denominator; percent xor fraction. */
static void mirror(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        fraction: {numerator: 5, denominator: 2}\n",
          EXPECT("spec.rules[0].filters[0].requestMirror.fraction",
               "Invalid value: numerator must be less than or equal to denominator"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        fraction: {numerator: 101}\n",
          EXPECT("spec.rules[0].filters[0].requestMirror.fraction",
               "Invalid value: numerator must be less than or equal to denominator"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        fraction: {numerator: 2, denominator: 2}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        fraction: {numerator: 100}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        percent: 5\n"
          "        fraction: {numerator: 1}\n",
          EXPECT("spec.rules[0].filters[0].requestMirror",
               "Invalid value: Only one of percent or fraction may be specified in HTTPRequestMirrorFilter"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        percent: 5\n",
          VALID);
}

/* HTTPPathModifier: type and replaceFullPath/replacePrefixMatch agree. */
static void path_modifier(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect:\n"
          "        path: {type: ReplaceFullPath}\n",
          EXPECT("spec.rules[0].filters[0].requestRedirect.path",
               "Invalid value: replaceFullPath must be specified when type is set to 'ReplaceFullPath'"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect:\n"
          "        path: {type: ReplacePrefixMatch, replaceFullPath: /x}\n",
          EXPECT("spec.rules[0].filters[0].requestRedirect.path",
               "Invalid value: type must be 'ReplaceFullPath' when replaceFullPath is set",
           "spec.rules[0].filters[0].requestRedirect.path",
               "Invalid value: replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: URLRewrite\n"
          "      urlRewrite:\n"
          "        path: {type: ReplaceFullPath, replacePrefixMatch: /x}\n",
          EXPECT("spec.rules[0].filters[0].urlRewrite.path",
               "Invalid value: replaceFullPath must be specified when type is set to 'ReplaceFullPath'",
           "spec.rules[0].filters[0].urlRewrite.path",
               "Invalid value: type must be 'ReplacePrefixMatch' when replacePrefixMatch is set"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect:\n"
          "        path: {type: ReplaceFullPath, replaceFullPath: /x}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: URLRewrite\n"
          "      urlRewrite:\n"
          "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
          VALID);
}

/* HTTPRoute filters: the member of filter.type is set, the others are nil. */
static void http_filter_members(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      cors: {}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.cors must be nil if the filter.type is not CORS"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.cors must be specified for CORS filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors: {}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      requestHeaderModifier: {set: [{name: a, value: b}]}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {set: [{name: a, value: b}]}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {remove: [x-a]}\n"
          "      responseHeaderModifier: {remove: [x-a]}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.responseHeaderModifier must be nil if the filter.type is not ResponseHeaderModifier"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      requestMirror: {backendRef: {name: s, port: 80}}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestMirror must be nil if the filter.type is not RequestMirror"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestMirror must be specified for RequestMirror filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror: {backendRef: {name: s, port: 80}}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      requestRedirect: {statusCode: 301}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestRedirect must be nil if the filter.type is not RequestRedirect"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestRedirect\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestRedirect must be specified for RequestRedirect filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect: {statusCode: 301}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      urlRewrite: {hostname: a.example.com}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.urlRewrite must be nil if the filter.type is not URLRewrite"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: URLRewrite\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.urlRewrite must be specified for URLRewrite filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: URLRewrite\n"
          "      urlRewrite: {hostname: a.example.com}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      extensionRef: {group: example.com, kind: K, name: ext}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.extensionRef must be nil if the filter.type is not ExtensionRef"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExtensionRef\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.extensionRef must be specified for ExtensionRef filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExtensionRef\n"
          "      extensionRef: {group: example.com, kind: K, name: ext}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      externalAuth: {protocol: HTTP, http: {}, backendRef: {name: s, port: 80}}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.externalAuth must be nil if the filter.type is not ExternalAuth"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExternalAuth\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.externalAuth must be specified for ExternalAuth filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExternalAuth\n"
          "      externalAuth: {protocol: HTTP, http: {}, backendRef: {name: s, port: 80}}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - name: s\n"
          "      port: 80\n"
          "      filters:\n"
          "      - type: CORS\n",
          EXPECT("spec.rules[0].backendRefs[0].filters[0]",
               "Invalid value: filter.cors must be specified for CORS filter.type"));
}

/* GRPCRoute filters: the member of filter.type is set, the others are nil. */
static void grpc_filter_members(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      requestHeaderModifier: {set: [{name: a, value: b}]}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {set: [{name: a, value: b}]}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {remove: [x-a]}\n"
          "      responseHeaderModifier: {remove: [x-a]}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.responseHeaderModifier must be nil if the filter.type is not ResponseHeaderModifier"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      requestMirror: {backendRef: {name: s, port: 80}}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestMirror must be nil if the filter.type is not RequestMirror"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.requestMirror must be specified for RequestMirror filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestMirror\n"
          "      requestMirror: {backendRef: {name: s, port: 80}}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "      extensionRef: {group: example.com, kind: K, name: ext}\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.extensionRef must be nil if the filter.type is not ExtensionRef"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExtensionRef\n",
          EXPECT("spec.rules[0].filters[0]",
               "Invalid value: filter.extensionRef must be specified for ExtensionRef filter.type"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExtensionRef\n"
          "      extensionRef: {group: example.com, kind: K, name: ext}\n",
          VALID);
}

/* Filter lists: filters that cannot be repeated; RequestRedirect xor URLRewrite. */
static void filter_lists(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors: {}\n"
          "    - type: CORS\n"
          "      cors: {}\n",
          EXPECT("spec.rules[0].filters",
               "Invalid value: CORS filter cannot be repeated"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {remove: [x-a]}\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {remove: [x-a]}\n",
          EXPECT("spec.rules[0].filters",
               "Invalid value: RequestHeaderModifier filter cannot be repeated"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n",
          EXPECT("spec.rules[0].filters",
               "Invalid value: ResponseHeaderModifier filter cannot be repeated"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect: {statusCode: 301}\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect: {statusCode: 301}\n",
          EXPECT("spec.rules[0].filters",
               "Invalid value: RequestRedirect filter cannot be repeated"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: URLRewrite\n"
          "      urlRewrite: {hostname: a.example.com}\n"
          "    - type: URLRewrite\n"
          "      urlRewrite: {hostname: a.example.com}\n",
          EXPECT("spec.rules[0].filters",
               "Invalid value: URLRewrite filter cannot be repeated"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect: {statusCode: 301}\n"
          "    - type: URLRewrite\n"
          "      urlRewrite: {hostname: a.example.com}\n",
          EXPECT("spec.rules[0].filters",
               "Invalid value: May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: CORS\n"
          "      cors: {}\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {remove: [x-a]}\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "    - type: URLRewrite\n"
          "      urlRewrite: {hostname: a.example.com}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect: {statusCode: 301}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {remove: [x-a]}\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {remove: [x-a]}\n",
          EXPECT("spec.rules[0].filters",
               "Invalid value: RequestHeaderModifier filter cannot be repeated"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n",
          EXPECT("spec.rules[0].filters",
               "Invalid value: ResponseHeaderModifier filter cannot be repeated"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: RequestHeaderModifier\n"
          "      requestHeaderModifier: {remove: [x-a]}\n"
          "    - type: ResponseHeaderModifier\n"
          "      responseHeaderModifier: {remove: [x-a]}\n",
          VALID);
}

/* HTTPPathMatch value checks for Exact/PathPrefix (type itself is guarded by its enum). */
static void path_match(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: PathPrefix, value: 'foo'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Exact, value: '/a//b'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must not contain '//' when type one of ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Exact, value: '/a/./b'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must not contain '/./' when type one of ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: PathPrefix, value: '/a/../b'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must not contain '/../' when type one of ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: PathPrefix, value: '/a%2fb'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must not contain '%2f' when type one of ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: PathPrefix, value: '/a%2Fb'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must not contain '%2F' when type one of ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: PathPrefix, value: '/a#b'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must not contain '#' when type one of ['Exact', 'PathPrefix']",
           "spec.rules[0].matches[0].path",
               "Invalid value: must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Exact, value: '/a/..'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must not end with '/..' when type one of ['Exact', 'PathPrefix']"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Exact, value: '/a/.'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must not end with '/.' when type one of ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Exact, value: '/a b'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Exact, value: '/a%zz'}\n",
          EXPECT("spec.rules[0].matches[0].path",
               "Invalid value: must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Exact, value: '/a%2e/b~c@d'}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: RegularExpression, value: 'a//b/../#%2f/.'}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Regex, value: '/a'}\n",
          EXPECT("spec.rules[0].matches[0].path.type",
               "Unsupported value: \"Regex\""));
}

/* HTTPRouteTimeouts: backendRequest <= request (unless request is 0s). */
static void timeouts(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 10s, backendRequest: 20s}\n",
          EXPECT("spec.rules[0].timeouts",
               "Invalid value: backendRequest timeout cannot be longer than request timeout"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 1m, backendRequest: 61s}\n",
          EXPECT("spec.rules[0].timeouts",
               "Invalid value: backendRequest timeout cannot be longer than request timeout"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 1h, backendRequest: 1h1ms}\n",
          EXPECT("spec.rules[0].timeouts",
               "Invalid value: backendRequest timeout cannot be longer than request timeout"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 1m, backendRequest: 60s}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 0s, backendRequest: 20s}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 1h30m, backendRequest: 90m}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 500ms, backendRequest: 1s}\n",
          EXPECT("spec.rules[0].timeouts",
               "Invalid value: backendRequest timeout cannot be longer than request timeout"));
    /* duration() of a string Go cannot parse ("1d" breaks the pattern,
     * which does not block CEL) is a CEL runtime error... */
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 1d, backendRequest: 1s}\n",
          EXPECT("spec.rules[0].timeouts.request", "in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
                 "spec.rules[0].timeouts",
                 "Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: backendRequest timeout cannot be longer than request timeout"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 1s, backendRequest: 1d}\n",
          EXPECT("spec.rules[0].timeouts",
                 "Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: backendRequest timeout cannot be longer than request timeout"));
    /* ...unless a conjunct is false: request 0s absorbs it, and so does an
     * absent backendRequest */
    static const char *const absorbed[] = {
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: HTTPRoute\n"
        "metadata: {name: r, namespace: ns}\n"
        "spec:\n"
        "  rules:\n"
        "  - timeouts: {request: 0s, backendRequest: 1d}\n",
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: HTTPRoute\n"
        "metadata: {name: r, namespace: ns}\n"
        "spec:\n"
        "  rules:\n"
        "  - timeouts: {request: 1d}\n",
    };
    for (size_t i = 0; i < sizeof absorbed / sizeof absorbed[0]; i++) {
        gwapi_result *r = tu_validate(absorbed[i], EXP);
        tu_assert_diag(r, NULL, "in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'");
        tu_assert_no_diag(r, "backendRequest timeout cannot be longer than request timeout");
        tu_free(r);
    }
}

/* HTTPRouteRule: redirect vs backendRefs; ReplacePrefixMatch needs exactly one PathPrefix match. */
static void http_rule(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - {name: s, port: 80}\n"
          "    filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect: {statusCode: 301}\n",
          EXPECT("spec.rules[0]",
               "Invalid value: RequestRedirect filter must not be used together with backendRefs"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - backendRefs:\n"
          "    - {name: s, port: 80}\n"
          "    filters:\n"
          "    - type: URLRewrite\n"
          "      urlRewrite: {hostname: a.example.com}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: PathPrefix, value: /a}\n"
          "    - path: {type: PathPrefix, value: /b}\n"
          "    filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect:\n"
          "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
          EXPECT("spec.rules[0]",
               "Invalid value: When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: Exact, value: /a}\n"
          "    filters:\n"
          "    - type: URLRewrite\n"
          "      urlRewrite:\n"
          "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
          EXPECT("spec.rules[0]",
               "Invalid value: When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
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
          EXPECT("spec.rules[0]",
               "Invalid value: Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
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
          EXPECT("spec.rules[0]",
               "Invalid value: Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: PathPrefix, value: /a}\n"
          "    filters:\n"
          "    - type: RequestRedirect\n"
          "      requestRedirect:\n"
          "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches: []\n"
          "    filters:\n"
          "    - type: URLRewrite\n"
          "      urlRewrite:\n"
          "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
          EXPECT("spec.rules[0]",
               "Invalid value: When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: URLRewrite\n"
          "      urlRewrite:\n"
          "        path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - path: {type: PathPrefix, value: /a}\n"
          "    backendRefs:\n"
          "    - name: s\n"
          "      port: 80\n"
          "      filters:\n"
          "      - type: URLRewrite\n"
          "        urlRewrite:\n"
          "          path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
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
          "          path: {type: ReplaceFullPath, replaceFullPath: /x}\n",
          VALID);
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

static void total_matches(void **state)
{
    static const char msg[] = "Invalid value: While 16 rules and 64 matches per rule are allowed, "
                              "the total number of matches across all rules in a route must be less than 128";
    (void)state;
    char *yaml = route_with_matches("HTTPRoute", (const int[]){ 43, 43, 43 }, 3);
    check(EXP, yaml, EXPECT("spec.rules", msg));
    free(yaml);
    yaml = route_with_matches("HTTPRoute", (const int[]){ 64, 64 }, 2);
    check(STD, yaml, VALID);
    free(yaml);
    yaml = route_with_matches("GRPCRoute", (const int[]){ 64, 64, 1 }, 3);
    check(EXP, yaml, EXPECT("spec.rules", msg));
    free(yaml);
    yaml = route_with_matches("GRPCRoute", (const int[]){ 64, 63, 1 }, 3);
    check(STD, yaml, VALID);
    free(yaml);
}

/* Rule lists: unique rule names (HTTP, GRPC, TLS v1alpha2). */
static void rule_lists(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - name: a\n"
          "  - name: b\n"
          "  - name: a\n",
          EXPECT("spec.rules",
               "Invalid value: Rule name must be unique within the route"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - name: a\n"
          "  - {}\n"
          "  - name: b\n"
          "  - {}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - name: a\n"
          "  - name: a\n",
          EXPECT("spec.rules",
               "Invalid value: Rule name must be unique within the route"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - name: a\n"
          "  - name: b\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1alpha2\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: [a.example.com]\n"
          "  rules:\n"
          "  - name: a\n"
          "    backendRefs: [{name: s, port: 443}]\n"
          "  - name: a\n"
          "    backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.rules",
               "Invalid value: Rule name must be unique within the route"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1alpha2\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: [a.example.com]\n"
          "  rules:\n"
          "  - name: a\n"
          "    backendRefs: [{name: s, port: 443}]\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          VALID);
}

/* ExternalAuth: protocol and grpc/http agree. */
static void external_auth(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExternalAuth\n"
          "      externalAuth:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        protocol: GRPC\n",
          EXPECT("spec.rules[0].filters[0].externalAuth",
               "Invalid value: grpc must be specified when protocol is set to 'GRPC'"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExternalAuth\n"
          "      externalAuth:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        protocol: HTTP\n"
          "        grpc: {}\n",
          EXPECT("spec.rules[0].filters[0].externalAuth",
               "Invalid value: protocol must be 'GRPC' when grpc is set",
           "spec.rules[0].filters[0].externalAuth",
               "Invalid value: http must be specified when protocol is set to 'HTTP'"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExternalAuth\n"
          "      externalAuth:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        protocol: GRPC\n"
          "        http: {}\n",
          EXPECT("spec.rules[0].filters[0].externalAuth",
               "Invalid value: grpc must be specified when protocol is set to 'GRPC'",
           "spec.rules[0].filters[0].externalAuth",
               "Invalid value: protocol must be 'HTTP' when http is set"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExternalAuth\n"
          "      externalAuth:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        protocol: GRPC\n"
          "        grpc: {}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - filters:\n"
          "    - type: ExternalAuth\n"
          "      externalAuth:\n"
          "        backendRef: {name: s, port: 80}\n"
          "        protocol: HTTP\n"
          "        http: {path: /auth}\n",
          VALID);
}

/* SessionPersistence: Permanent cookies need absoluteTimeout; cookieConfig only with Cookie. */
static void session_persistence(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - sessionPersistence:\n"
          "      sessionName: s\n"
          "      cookieConfig: {lifetimeType: Permanent}\n",
          EXPECT("spec.rules[0].sessionPersistence",
               "Invalid value: AbsoluteTimeout must be specified when cookie lifetimeType is Permanent"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - sessionPersistence:\n"
          "      type: Header\n"
          "      sessionName: s\n"
          "      cookieConfig: {lifetimeType: Session}\n",
          EXPECT("spec.rules[0].sessionPersistence",
               "Invalid value: cookieConfig can only be set with type Cookie"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - sessionPersistence:\n"
          "      sessionName: s\n"
          "      absoluteTimeout: 1h\n"
          "      cookieConfig: {lifetimeType: Permanent}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - sessionPersistence:\n"
          "      type: Header\n"
          "      sessionName: s\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - sessionPersistence:\n"
          "      sessionName: s\n"
          "      cookieConfig: {lifetimeType: Session}\n",
          VALID);
}

/* GRPCMethodMatch: service or method; valid characters for Exact. */
static void grpc_method(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - method: {type: Exact}\n",
          EXPECT("spec.rules[0].matches[0].method",
               "Invalid value: One or both of 'service' or 'method' must be specified"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - method: {service: 1bad}\n",
          EXPECT("spec.rules[0].matches[0].method",
               "Invalid value: service must only contain valid characters (matching ^(?i)"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - method: {method: Get.Thing}\n",
          EXPECT("spec.rules[0].matches[0].method",
               "Invalid value: method must only contain valid characters (matching ^[A-Za-z_][A-Za-z_0-9]*$)"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - method: {service: .Foo.bar_1, method: Get_2}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: GRPCRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - matches:\n"
          "    - method: {type: RegularExpression, service: '1bad.*', method: 'Get.*'}\n",
          VALID);
}

/* TLSRoute hostnames: no IPs, RFC 1123, wildcard only as first label. */
static void tls_hostnames(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: [a.example.com, 1.2.3.4]\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames cannot contain an IP"));
    check(STD,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['::1']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames cannot contain an IP"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['::ffff:1.2.3.4']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames must be valid based on RFC-1123"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: [Foo.example.com]\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames must be valid based on RFC-1123"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['foo.*.example.com']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['*.Example.com']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: [a.example.com, '*.b.example.com', 1.2.3.4.example.com, 1-2.com]\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          VALID);
}

/* Edge cases of isIP() and duration(), checked against the API server (tests/oracle). */
static void edge(void **state)
{
    (void)state;
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['::']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames cannot contain an IP"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['1:2:3:4:5:6:7::']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames cannot contain an IP"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['fe80::1%eth0']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames must be valid based on RFC-1123"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['0:0:0:0:0:ffff:102:304']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames must be valid based on RFC-1123"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['::ffff:0:1.2.3.4']\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          EXPECT("spec.hostnames",
               "Invalid value: Hostnames cannot contain an IP"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: TLSRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  hostnames: ['01.2.3.4', 1.2.3.04]\n"
          "  rules:\n"
          "  - backendRefs: [{name: s, port: 443}]\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 1s1s, backendRequest: 2s}\n",
          VALID);
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 1s1s, backendRequest: 2s1ms}\n",
          EXPECT("spec.rules[0].timeouts",
               "Invalid value: backendRequest timeout cannot be longer than request timeout"));
    check(EXP,
          "apiVersion: gateway.networking.k8s.io/v1\n"
          "kind: HTTPRoute\n"
          "metadata: {name: r, namespace: ns}\n"
          "spec:\n"
          "  rules:\n"
          "  - timeouts: {request: 99999h, backendRequest: 99999h99999h}\n",
          EXPECT("spec.rules[0].timeouts",
               "Invalid value: backendRequest timeout cannot be longer than request timeout"));
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
