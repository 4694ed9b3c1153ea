/* CEL rules of BackendTrafficPolicy and EnvoyExtensionPolicy: for every
 * rule, a case where it fires (with the CRD's message at the API server's
 * path) and one where it holds. Every document was checked with the oracle
 * (tests/oracle) to give exactly these verdicts on the real API server. */
#include "testutil.h"

#define HEAD(kind) \
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n" \
    "kind: " kind "\n" \
    "metadata: {name: p, namespace: ns}\n" \
    "spec:\n"
#define BTP HEAD("BackendTrafficPolicy")
#define EEP HEAD("EnvoyExtensionPolicy")
/* The usual target, an HTTPRoute. */
#define ROUTE "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n"

/* Asserts the rule diagnostic "<path>: Invalid value: <message>". */
#define FIRES(r, path, message) tu_assert_diag((r), (path), "Invalid value: " message)
/* Rules on scalars: the API server also prints the value ("Invalid value:
 * \"Replace\": <message>"), so only the message is asserted. */
#define FIRES_SCALAR(r, path, message) tu_assert_diag((r), (path), message)
#define HOLDS(r, message) tu_assert_no_diag((r), message)

/* Messages of the rules, by CRD rule id. */
#define M_f971ccefa7f1 "minSuccessRate must be between 1 and 100"
#define M_14bbde6f0738 "maxRejectionPercent must be between 0 and 100"
#define M_0732117adab3 "samplingWindow must be at least 1s"
#define M_4f25551b73ff "at least one of request or response must be specified"
#define M_3f6f073fd7f1 "httpStatus and grpcStatus cannot be simultaneously defined."
#define M_ef4555fc600f "httpStatus and grpcStatus are set at least one."
#define M_1c18cb812909 "Delay and abort faults are set at least one."
#define M_a5027f82a9f5 "a failure type and a success type must both be specified together"
#define M_330a596d1e2a "If ProxyHealthCheckLogSink type is File, file field needs to be set."
#define M_b4bd00bd556c "If payload type is Text, text field needs to be set."
#define M_a4fb0637ad37 "If payload type is Binary, binary field needs to be set."
#define M_8a66263fb184 "The requestBody field can only be set when method is POST or PUT."
#define M_86d6da0a44f2 "If Health Checker type is HTTP, http field needs to be set."
#define M_20e9a0967b54 "If Health Checker type is TCP, tcp field needs to be set."
#define M_4bd462410e66 "The grpc field can only be set if the Health Checker type is GRPC."
#define M_3ac4b8d45651 "The connect configuration is only allowed when the type is CONNECT."
#define M_73db7c3f1b44 "reportingPeriod must be greater than 0"
#define M_87dfe1925720 "If consistent hash type is header, the header field must be set."
#define M_0ad9d49e1fcf "If consistent hash type is headers, the headers field must be set."
#define M_15d02324c5e6 "If consistent hash type is cookie, the cookie field must be set."
#define M_d09d4b19da32 "If consistent hash type is queryParams, the queryParams field must be set."
#define M_87a38aba2c2d "If LoadBalancer type is consistentHash, consistentHash field needs to be set."
#define M_2ce82650cff7 "If LoadBalancer type is BackendUtilization, backendUtilization field needs to be set."
#define M_660869327c90 "If LoadBalancer type is DynamicModule, dynamicModule field needs to be set."
#define M_940028a90a6a "Currently SlowStart is only supported for RoundRobin, LeastRequest, and BackendUtilization load balancers."
#define M_6aa38bd4ce70 "PreferLocal zone-aware routing is not supported for ConsistentHash load balancers. Use weightedZones instead."
#define M_dc38d9f4833c "PreferLocal zone-aware routing is not currently supported for BackendUtilization load balancers. Only WeightedZones can be used with BackendUtilization."
#define M_30ab075902be "ZoneAware routing is not supported for DynamicModule load balancers."
#define M_88167f92ee3a "ZoneAware PreferLocal and WeightedZones cannot be specified together."
#define M_f2ad86cb8fb6 "EndpointOverride is not supported for DynamicModule load balancers."
#define M_3f2d64caf485 "Replace is not a valid MergeType for BackendTrafficPolicySpec"
#define M_a59b9549b930 "at least one of headers, methods, path, sourceCIDR or queryParams must be specified"
#define M_3cfbad3c6946 "only one of number or metadata can be specified"
#define M_a5050d0de99a "response cost is not supported for Local Rate Limits"
#define M_7b5e0e7a1299 "limit fromMetadata is not supported for Local Rate Limits"
#define M_fab9b36a15b7 "end must be greater than start"
#define M_cb0e2d1453ab "value must be set for type Value"
#define M_590d26d311b6 "range must be set for type Range"
#define M_fa1901415fc7 "at least one of statusCodes or responseHeaders must be specified"
#define M_03ee2615cfbb "only ReplaceFullPath is supported for path.type"
#define M_3b554269a6f6 "inline must be set for type Inline"
#define M_cf8b27953780 "valueRef must be set for type ValueRef"
#define M_75ed37260d0a "only ConfigMap is supported for ValueRef"
#define M_7466f40eea93 "Remove is not supported for header in CustomResponse"
#define M_018299618caf "exactly one of response or redirect must be specified"
#define M_c2bf833d33c5 "either targetRef or targetRefs must be used"
#define M_4535ce792135 "this policy can only have a targetRef.group of gateway.networking.k8s.io"
#define M_2ec5493639a8 "this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute"
#define M_618a9f9a97f3 "this policy can only have a targetRefs[*].group of gateway.networking.k8s.io"
#define M_508cc00eb839 "this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute"
#define M_597f6382f0de "mergeType can only be used with xRoute targets"
#define M_50a0d1105b9e "either compression or compressor can be set, not both"
#define M_60cbdd06d0fa "requestBuffer cannot be used together with httpUpgrade"
#define M_5a420c5792fb "admissionControl can only be used with HTTPRoute, GRPCRoute, Gateway, or ListenerSet targets"
#define M_b69163e6a6c1 "predictivePercent in preconnect policy only works with RoundRobin or Random load balancers"
#define M_1061dcf1203d "writableNamespaces cannot contain well-known Envoy HTTP filter namespaces"
#define M_0c3c8382876a "BackendRefs must be used, backendRef is not supported."
#define M_6217c017200a "BackendRefs only supports Service, ServiceImport, and Backend kind."
#define M_2484e63b347c "BackendRefs only supports Core, multicluster.x-k8s.io, and gateway.envoyproxy.io groups."
#define M_3e3c8fdb0704 "If FullDuplexStreamed body processing mode is used, FailOpen must be false."
#define M_a41f0f1628c9 "If shadowMode is enabled, body processing mode must be Streamed or unset."
#define M_d5e9427fda40 "Only a reference to an object of kind ConfigMap belonging to default v1 API group is supported."
#define M_b148800871e2 "Exactly one of inline or valueRef must be set with correct type."
#define M_bb744d82387b "Replace is not a valid MergeType for EnvoyExtensionPolicy"
#define M_3608013320c7 "only support Secret kind."
#define M_9f732acf784e "If type is HTTP, http field needs to be set."
#define M_0d02e6f90836 "If type is Image, image field needs to be set."
#define M_600c3a006a0e "either targetRef or targetRefs must be used"
#define M_84d25c17d351 "this policy can only have a targetRef.group of gateway.networking.k8s.io"
#define M_e9fc27f9b898 "this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute"
#define M_cbd8461e4751 "this policy can only have a targetRefs[*].group of gateway.networking.k8s.io"
#define M_5083e301fbcb "this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute"
#define M_d15f818e2260 "mergeType can only be used with xRoute targets"

/* admissionControl, bandwidthLimit and faultInjection of BackendTrafficPolicy. */
static void admission_bandwidth_fault(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(BTP ROUTE
                    "  admissionControl: {minSuccessRate: 0, maxRejectionPercent: 101, samplingWindow: 500ms}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.admissionControl", M_f971ccefa7f1);
    FIRES(r, "spec.admissionControl", M_14bbde6f0738);
    FIRES(r, "spec.admissionControl", M_0732117adab3);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  admissionControl: {minSuccessRate: 100, maxRejectionPercent: 0, samplingWindow: 1s}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_f971ccefa7f1);
    HOLDS(r, M_14bbde6f0738);
    HOLDS(r, M_0732117adab3);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  admissionControl: {samplingWindow: 999ms1ms}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_0732117adab3);
    tu_assert_valid(r);
    tu_free(r);

    /* duration() of a string Go cannot parse: a CEL runtime error, beside
     * the (non-blocking) pattern error */
    r = tu_validate(BTP ROUTE
                    "  admissionControl: {samplingWindow: 1d}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    tu_assert_diag(r, "spec.admissionControl.samplingWindow", "in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'");
    FIRES(r, "spec.admissionControl", "\"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: " M_0732117adab3);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  admissionControl: {samplingWindow: ''}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.admissionControl", "\"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: " M_0732117adab3);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  bandwidthLimit: {}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.bandwidthLimit", M_4f25551b73ff);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  bandwidthLimit: {response: {limit: {unit: Second, value: 1Mi}}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_4f25551b73ff);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  faultInjection: {abort: {httpStatus: 503, grpcStatus: 14}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.faultInjection.abort", M_3f6f073fd7f1);
    HOLDS(r, M_ef4555fc600f);
    HOLDS(r, M_1c18cb812909);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  faultInjection: {abort: {percentage: 50}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.faultInjection.abort", M_ef4555fc600f);
    HOLDS(r, M_3f6f073fd7f1);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  faultInjection: {}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.faultInjection", M_1c18cb812909);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  faultInjection: {abort: {grpcStatus: 14}, delay: {fixedDelay: 1s}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_3f6f073fd7f1);
    HOLDS(r, M_ef4555fc600f);
    HOLDS(r, M_1c18cb812909);
    tu_assert_valid(r);
    tu_free(r);
}

/* Active health checks (also under EnvoyExtensionPolicy extProc backendSettings). */
static void health_check(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: HTTP\n"
                    "      http: {path: /}\n"
                    "      healthCheckLog: {matches: [Failure], sinks: [{type: File}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.healthCheck.active.healthCheckLog.matches", M_a5027f82a9f5);
    FIRES(r, "spec.healthCheck.active.healthCheckLog.sinks[0]", M_330a596d1e2a);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: HTTP\n"
                    "      http: {path: /}\n"
                    "      healthCheckLog: {matches: [HealthyTransition]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.healthCheck.active.healthCheckLog.matches", M_a5027f82a9f5);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: HTTP\n"
                    "      http: {path: /}\n"
                    "      healthCheckLog: {matches: [FailureSeriesStart, Success], sinks: [{type: File, file: {path: /var/log/hc}}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_a5027f82a9f5);
    HOLDS(r, M_330a596d1e2a);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: HTTP\n"
                    "      http: {path: /, expectedResponse: {type: Text}, requestBody: {type: Binary, text: x}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.healthCheck.active.http.expectedResponse", M_b4bd00bd556c);
    FIRES(r, "spec.healthCheck.active.http.requestBody", M_b4bd00bd556c);
    FIRES(r, "spec.healthCheck.active.http.requestBody", M_a4fb0637ad37);
    FIRES(r, "spec.healthCheck.active.http", M_8a66263fb184);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: HTTP\n"
                    "      http: {path: /, method: get, expectedResponse: {type: Binary}, requestBody: {type: Text, text: x}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.healthCheck.active.http.expectedResponse", M_a4fb0637ad37);
    FIRES(r, "spec.healthCheck.active.http", M_8a66263fb184);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: HTTP\n"
                    "      http: {path: /, method: post, expectedResponse: {type: Binary, binary: AAAA}, requestBody: {type: Text, text: x}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_b4bd00bd556c);
    HOLDS(r, M_a4fb0637ad37);
    HOLDS(r, M_8a66263fb184);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: TCP\n"
                    "      tcp: {send: {type: Text, text: ping}, receive: {type: Binary}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.healthCheck.active.tcp.receive", M_a4fb0637ad37);
    HOLDS(r, M_b4bd00bd556c);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: TCP\n"
                    "      tcp: {send: {type: Text, text: ping}, receive: {type: Binary, binary: AAAA}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_b4bd00bd556c);
    HOLDS(r, M_a4fb0637ad37);
    HOLDS(r, M_86d6da0a44f2);
    HOLDS(r, M_20e9a0967b54);
    HOLDS(r, M_4bd462410e66);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: HTTP\n"
                    "      grpc: {}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.healthCheck.active", M_86d6da0a44f2);
    FIRES(r, "spec.healthCheck.active", M_4bd462410e66);
    HOLDS(r, M_20e9a0967b54);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: TCP\n"
                    "      http: {path: /}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.healthCheck.active", M_86d6da0a44f2);
    FIRES(r, "spec.healthCheck.active", M_20e9a0967b54);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  healthCheck:\n"
                    "    active:\n"
                    "      type: GRPC\n"
                    "      grpc: {service: s}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_86d6da0a44f2);
    HOLDS(r, M_20e9a0967b54);
    HOLDS(r, M_4bd462410e66);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}]\n"
                    "    backendSettings:\n"
                    "      healthCheck:\n"
                    "        active: {type: HTTP}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.extProc[0].backendSettings.healthCheck.active", M_86d6da0a44f2);
    tu_free(r);
}

/* httpUpgrade, compression/compressor, requestBuffer and preconnect of BackendTrafficPolicy. */
static void btp_misc(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(BTP ROUTE
                    "  httpUpgrade: [{type: websocket, connect: {}}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.httpUpgrade[0]", M_3ac4b8d45651);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  httpUpgrade: [{type: websocket}, {type: CONNECT, connect: {terminate: true}}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_3ac4b8d45651);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  compression: [{type: Gzip}]\n"
                    "  compressor: [{type: Brotli}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_50a0d1105b9e);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  compressor: [{type: Brotli}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_50a0d1105b9e);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  requestBuffer: {limit: 1Mi}\n"
                    "  httpUpgrade: [{type: websocket}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_60cbdd06d0fa);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  requestBuffer: {limit: 1Mi}\n"
                    "  httpUpgrade: []\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_60cbdd06d0fa);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  connection: {preconnect: {predictivePercent: 150}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_b69163e6a6c1);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  connection: {preconnect: {predictivePercent: 150}}\n"
                    "  loadBalancer: {type: LeastRequest}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_b69163e6a6c1);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  connection: {preconnect: {predictivePercent: 150}}\n"
                    "  loadBalancer: {type: Random}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_b69163e6a6c1);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  connection: {preconnect: {perEndpointPercent: 150}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_b69163e6a6c1);
    tu_assert_valid(r);
    tu_free(r);
}

/* loadBalancer and consistentHash (also under extProc backendSettings). */
static void load_balancer(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: BackendUtilization\n"
                    "    backendUtilization: {outOfBand: {reportingPeriod: 0s}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES_SCALAR(r, "spec.loadBalancer.backendUtilization.outOfBand.reportingPeriod", M_73db7c3f1b44);
    HOLDS(r, M_2ce82650cff7);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: BackendUtilization\n"
                    "    backendUtilization: {outOfBand: {reportingPeriod: 0h0m1ms}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_73db7c3f1b44);
    HOLDS(r, M_2ce82650cff7);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: BackendUtilization\n"
                    "    backendUtilization: {outOfBand: {reportingPeriod: 1d}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer.backendUtilization.outOfBand.reportingPeriod",
          "\"string\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: " M_73db7c3f1b44);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: Header}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer.consistentHash", M_87dfe1925720);
    HOLDS(r, M_87a38aba2c2d);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: SourceIP, header: {name: x}, headers: [{name: h}], cookie: {name: c}, queryParams: [{name: q}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer.consistentHash", M_87dfe1925720);
    FIRES(r, "spec.loadBalancer.consistentHash", M_0ad9d49e1fcf);
    FIRES(r, "spec.loadBalancer.consistentHash", M_15d02324c5e6);
    FIRES(r, "spec.loadBalancer.consistentHash", M_d09d4b19da32);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: Headers}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer.consistentHash", M_0ad9d49e1fcf);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: Cookie}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer.consistentHash", M_15d02324c5e6);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: QueryParams}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer.consistentHash", M_d09d4b19da32);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: Header, header: {name: x}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_87dfe1925720);
    HOLDS(r, M_0ad9d49e1fcf);
    HOLDS(r, M_15d02324c5e6);
    HOLDS(r, M_d09d4b19da32);
    HOLDS(r, M_87a38aba2c2d);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: Headers, headers: [{name: x}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_0ad9d49e1fcf);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: Cookie, cookie: {name: x}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_15d02324c5e6);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: QueryParams, queryParams: [{name: x}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_d09d4b19da32);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_87a38aba2c2d);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: BackendUtilization\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_2ce82650cff7);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: RoundRobin\n"
                    "    backendUtilization: {}\n"
                    "    consistentHash: {type: SourceIP}\n"
                    "    dynamicModule: {name: m, lbPolicyName: p}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_2ce82650cff7);
    FIRES(r, "spec.loadBalancer", M_87a38aba2c2d);
    FIRES(r, "spec.loadBalancer", M_660869327c90);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: DynamicModule\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_660869327c90);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: DynamicModule\n"
                    "    dynamicModule: {name: m, lbPolicyName: p}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_660869327c90);
    HOLDS(r, M_f2ad86cb8fb6);
    HOLDS(r, M_30ab075902be);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: Random\n"
                    "    slowStart: {window: 1s}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_940028a90a6a);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: LeastRequest\n"
                    "    slowStart: {window: 1s}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_940028a90a6a);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: SourceIP}\n"
                    "    zoneAware: {preferLocal: {}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_6aa38bd4ce70);
    HOLDS(r, M_dc38d9f4833c);
    HOLDS(r, M_88167f92ee3a);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: ConsistentHash\n"
                    "    consistentHash: {type: SourceIP}\n"
                    "    zoneAware: {weightedZones: [{zone: a, weight: 1}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_6aa38bd4ce70);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: BackendUtilization\n"
                    "    backendUtilization: {}\n"
                    "    zoneAware: {preferLocal: {}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_dc38d9f4833c);
    HOLDS(r, M_6aa38bd4ce70);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: RoundRobin\n"
                    "    zoneAware: {preferLocal: {}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_dc38d9f4833c);
    HOLDS(r, M_6aa38bd4ce70);
    HOLDS(r, M_88167f92ee3a);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: DynamicModule\n"
                    "    dynamicModule: {name: m, lbPolicyName: p}\n"
                    "    zoneAware: {}\n"
                    "    endpointOverride: {extractFrom: [{header: x-ep}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_30ab075902be);
    FIRES(r, "spec.loadBalancer", M_f2ad86cb8fb6);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  loadBalancer:\n"
                    "    type: RoundRobin\n"
                    "    zoneAware: {preferLocal: {}, weightedZones: [{zone: a, weight: 1}]}\n"
                    "    endpointOverride: {extractFrom: [{header: x-ep}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.loadBalancer", M_88167f92ee3a);
    HOLDS(r, M_f2ad86cb8fb6);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}]\n"
                    "    backendSettings:\n"
                    "      loadBalancer: {type: Random, slowStart: {window: 1s}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.extProc[0].backendSettings.loadBalancer", M_940028a90a6a);
    tu_free(r);
}

/* Global and local rate limit rules. */
static void rate_limit(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(BTP ROUTE
                    "  rateLimit:\n"
                    "    local:\n"
                    "      rules:\n"
                    "      - {clientSelectors: [{}], limit: {requests: 1, unit: Second}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.rateLimit.local.rules[0].clientSelectors[0]", M_a59b9549b930);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  rateLimit:\n"
                    "    global:\n"
                    "      rules:\n"
                    "      - {clientSelectors: [{headers: [{name: x, value: v}]}, {}], limit: {requests: 1, unit: Second}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.rateLimit.global.rules[0].clientSelectors[1]", M_a59b9549b930);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  rateLimit:\n"
                    "    local:\n"
                    "      rules:\n"
                    "      - {clientSelectors: [{methods: [{value: GET}]}, {path: {value: /a}}, {sourceCIDR: {value: 10.0.0.0/8}}, {queryParams: [{name: q}]}, {headers: [{name: h}]}], limit: {requests: 1, unit: Second}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_a59b9549b930);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  rateLimit:\n"
                    "    global:\n"
                    "      rules:\n"
                    "      - limit: {requests: 1, unit: Second, fromMetadata: {namespace: a, key: b}}\n"
                    "        cost: {request: {from: Number, number: 1, metadata: {namespace: a, key: b}}, response: {from: Metadata, metadata: {namespace: a, key: b}}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.rateLimit.global.rules[0].cost.request", M_3cfbad3c6946);
    HOLDS(r, M_a5050d0de99a);
    HOLDS(r, M_7b5e0e7a1299);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  rateLimit:\n"
                    "    local:\n"
                    "      rules:\n"
                    "      - limit: {requests: 1, unit: Second}\n"
                    "      - limit: {requests: 1, unit: Second}\n"
                    "        cost: {response: {from: Number, number: 2, metadata: {namespace: a, key: b}}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.rateLimit.local.rules[1].cost.response", M_3cfbad3c6946);
    FIRES(r, "spec.rateLimit.local.rules", M_a5050d0de99a);
    HOLDS(r, M_7b5e0e7a1299);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  rateLimit:\n"
                    "    local:\n"
                    "      rules:\n"
                    "      - limit: {requests: 1, unit: Second, fromMetadata: {namespace: a, key: b}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.rateLimit.local.rules", M_7b5e0e7a1299);
    HOLDS(r, M_a5050d0de99a);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  rateLimit:\n"
                    "    local:\n"
                    "      rules:\n"
                    "      - limit: {requests: 1, unit: Second}\n"
                    "        cost: {request: {from: Number, number: 2}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_3cfbad3c6946);
    HOLDS(r, M_a5050d0de99a);
    HOLDS(r, M_7b5e0e7a1299);
    tu_assert_valid(r);
    tu_free(r);
}

/* responseOverride of BackendTrafficPolicy. */
static void response_override(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{type: Range, range: {start: 500, end: 500}}, {type: Value}, {type: Range}]}\n"
                    "    response: {statusCode: 200}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.responseOverride[0].match.statusCodes[0].range", M_fab9b36a15b7);
    FIRES(r, "spec.responseOverride[0].match.statusCodes[1]", M_cb0e2d1453ab);
    FIRES(r, "spec.responseOverride[0].match.statusCodes[2]", M_590d26d311b6);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{type: Range, range: {start: 500, end: 599}}, {value: 404}]}\n"
                    "    response: {statusCode: 200}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_fab9b36a15b7);
    HOLDS(r, M_cb0e2d1453ab);
    HOLDS(r, M_590d26d311b6);
    HOLDS(r, M_fa1901415fc7);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {}\n"
                    "    redirect: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.responseOverride[0].match", M_fa1901415fc7);
    FIRES(r, "spec.responseOverride[0].redirect.path", M_03ee2615cfbb);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {responseHeaders: [{name: x-a, value: {value: b}}]}\n"
                    "    redirect: {path: {type: ReplaceFullPath, replaceFullPath: /x}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_fa1901415fc7);
    HOLDS(r, M_03ee2615cfbb);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{value: 404}]}\n"
                    "    response: {body: {type: Inline}, header: {remove: [x-a]}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.responseOverride[0].response.body", M_3b554269a6f6);
    FIRES(r, "spec.responseOverride[0].response.header", M_7466f40eea93);
    HOLDS(r, M_cf8b27953780);
    HOLDS(r, M_75ed37260d0a);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{value: 404}]}\n"
                    "    response: {body: {type: ValueRef}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.responseOverride[0].response.body", M_cf8b27953780);
    HOLDS(r, M_3b554269a6f6);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{value: 404}]}\n"
                    "    response: {body: {type: ValueRef, valueRef: {group: '', kind: Secret, name: s}}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.responseOverride[0].response.body", M_75ed37260d0a);
    HOLDS(r, M_cf8b27953780);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{value: 404}]}\n"
                    "    response: {body: {type: ValueRef, valueRef: {group: '', kind: ConfigMap, name: s}}, header: {remove: []}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_cf8b27953780);
    HOLDS(r, M_75ed37260d0a);
    HOLDS(r, M_7466f40eea93);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{value: 404}]}\n"
                    "    response: {body: {inline: hi}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_3b554269a6f6);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{value: 404}]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.responseOverride[0]", M_018299618caf);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{value: 404}]}\n"
                    "    response: {statusCode: 200}\n"
                    "    redirect: {statusCode: 301}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.responseOverride[0]", M_018299618caf);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  responseOverride:\n"
                    "  - match: {statusCodes: [{value: 404}]}\n"
                    "    redirect: {statusCode: 301}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_018299618caf);
    tu_assert_valid(r);
    tu_free(r);
}

/* targetRef(s)/targetSelectors and mergeType of BackendTrafficPolicy. */
static void btp_targets(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(BTP
                    "  rateLimit: {type: Local}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_c2bf833d33c5);
    tu_free(r);

    r = tu_validate(BTP
                    "  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_c2bf833d33c5);
    tu_free(r);

    r = tu_validate(BTP
                    "  targetSelectors: [{kind: HTTPRoute, matchLabels: {app: a}}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_c2bf833d33c5);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP
                    "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_c2bf833d33c5);
    HOLDS(r, M_4535ce792135);
    HOLDS(r, M_2ec5493639a8);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP
                    "  targetRef: {group: example.com, kind: Service, name: r}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_4535ce792135);
    FIRES(r, "spec", M_2ec5493639a8);
    tu_free(r);

    r = tu_validate(BTP
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: TLSRoute, name: r}, {group: example.com, kind: Backend, name: r}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_618a9f9a97f3);
    FIRES(r, "spec", M_508cc00eb839);
    tu_free(r);

    r = tu_validate(BTP
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: ListenerSet, name: r}, {group: gateway.networking.k8s.io, kind: UDPRoute, name: r}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_618a9f9a97f3);
    HOLDS(r, M_508cc00eb839);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP ROUTE
                    "  mergeType: Replace\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES_SCALAR(r, "spec.mergeType", M_3f2d64caf485);
    HOLDS(r, M_597f6382f0de);
    tu_free(r);

    r = tu_validate(BTP
                    "  mergeType: StrategicMerge\n"
                    "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_597f6382f0de);
    HOLDS(r, M_3f2d64caf485);
    tu_free(r);

    r = tu_validate(BTP
                    "  mergeType: JSONMerge\n"
                    "  targetSelectors: [{kind: GRPCRoute}, {kind: ListenerSet}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_597f6382f0de);
    tu_free(r);

    r = tu_validate(BTP
                    "  mergeType: JSONMerge\n"
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: TCPRoute, name: r}]\n"
                    "  targetSelectors: [{kind: GRPCRoute}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_597f6382f0de);
    HOLDS(r, M_3f2d64caf485);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(BTP
                    "  admissionControl: {}\n"
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: TCPRoute, name: r}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_5a420c5792fb);
    tu_free(r);

    r = tu_validate(BTP
                    "  admissionControl: {}\n"
                    "  targetRef: {group: gateway.networking.k8s.io, kind: GRPCRoute, name: r}\n"
                    "  targetSelectors: [{kind: UDPRoute}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_5a420c5792fb);
    tu_free(r);

    r = tu_validate(BTP
                    "  admissionControl: {}\n"
                    "  targetRef: {group: gateway.networking.k8s.io, kind: ListenerSet, name: r}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_5a420c5792fb);
    tu_assert_valid(r);
    tu_free(r);
}

/* extProc of EnvoyExtensionPolicy. */
static void ext_proc(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}]\n"
                    "    metadata: {writableNamespaces: [my.ns, envoy.filters.http.ext_authz]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.extProc[0].metadata.writableNamespaces", M_1061dcf1203d);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}]\n"
                    "    metadata: {writableNamespaces: [my.ns, envoy.filters.network], accessibleNamespaces: [envoy.filters.http.x]}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_1061dcf1203d);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRef: {name: svc, port: 9000}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.extProc[0]", M_0c3c8382876a);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}, {name: p, kind: Pod}, {group: example.com, kind: Backend, name: b}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.extProc[0]", M_6217c017200a);
    FIRES(r, "spec.extProc[0]", M_2484e63b347c);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}, {group: multicluster.x-k8s.io, kind: ServiceImport, name: p, port: 1}, {group: gateway.envoyproxy.io, kind: Backend, name: b}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_0c3c8382876a);
    HOLDS(r, M_6217c017200a);
    HOLDS(r, M_2484e63b347c);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}]\n"
                    "    failOpen: true\n"
                    "    processingMode: {request: {body: Streamed}, response: {body: FullDuplexStreamed}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.extProc[0]", M_3e3c8fdb0704);
    HOLDS(r, M_a41f0f1628c9);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}]\n"
                    "    processingMode: {request: {body: FullDuplexStreamed}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_3e3c8fdb0704);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}]\n"
                    "    shadowMode: true\n"
                    "    processingMode: {request: {body: Streamed}, response: {body: Buffered}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.extProc[0]", M_a41f0f1628c9);
    HOLDS(r, M_3e3c8fdb0704);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  extProc:\n"
                    "  - backendRefs: [{name: svc, port: 9000}]\n"
                    "    shadowMode: true\n"
                    "    processingMode: {request: {body: Streamed}, response: {}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_a41f0f1628c9);
    tu_assert_valid(r);
    tu_free(r);
}

/* lua and wasm of EnvoyExtensionPolicy. */
static void lua_wasm(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(EEP ROUTE
                    "  lua:\n"
                    "  - {type: ValueRef, valueRef: {group: '', kind: Secret, name: s}}\n"
                    "  - {type: Inline, inline: x, valueRef: {group: v1, kind: ConfigMap, name: c}}\n"
                    "  - {type: Inline}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.lua[0].valueRef", M_d5e9427fda40);
    FIRES(r, "spec.lua[1]", M_b148800871e2);
    FIRES(r, "spec.lua[2]", M_b148800871e2);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  lua:\n"
                    "  - {type: ValueRef, valueRef: {group: apps, kind: ConfigMap, name: s}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.lua[0].valueRef", M_d5e9427fda40);
    HOLDS(r, M_b148800871e2);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  lua:\n"
                    "  - {type: ValueRef, valueRef: {group: v1, kind: ConfigMap, name: s}}\n"
                    "  - {type: ValueRef, valueRef: {group: '', kind: ConfigMap, name: s}}\n"
                    "  - {inline: 'print(1)'}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_d5e9427fda40);
    HOLDS(r, M_b148800871e2);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  wasm:\n"
                    "  - code: {type: Image, image: {url: oci://x/y, pullSecretRef: {kind: ConfigMap, name: s}}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.wasm[0].code.image.pullSecretRef", M_3608013320c7);
    HOLDS(r, M_9f732acf784e);
    HOLDS(r, M_0d02e6f90836);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  wasm:\n"
                    "  - code: {type: Image, image: {url: oci://x/y, pullSecretRef: {name: s}}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_3608013320c7);
    HOLDS(r, M_9f732acf784e);
    HOLDS(r, M_0d02e6f90836);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  wasm:\n"
                    "  - code: {type: HTTP}\n"
                    "  - code: {type: Image}\n"
                    "  - code: {type: Image, http: {url: 'https://x/y.wasm'}, image: {url: oci://x/y}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec.wasm[0].code", M_9f732acf784e);
    FIRES(r, "spec.wasm[1].code", M_0d02e6f90836);
    FIRES(r, "spec.wasm[2].code", M_9f732acf784e);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  wasm:\n"
                    "  - code: {type: HTTP, http: {url: 'https://x/y.wasm'}}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_9f732acf784e);
    HOLDS(r, M_0d02e6f90836);
    tu_assert_valid(r);
    tu_free(r);
}

/* targetRef(s)/targetSelectors and mergeType of EnvoyExtensionPolicy. */
static void eep_targets(void **state)
{
    gwapi_result *r;
    (void)state;

    r = tu_validate(EEP
                    "  lua: [{inline: x}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_600c3a006a0e);
    tu_free(r);

    r = tu_validate(EEP
                    "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_600c3a006a0e);
    tu_free(r);

    r = tu_validate(EEP
                    "  targetSelectors: [{kind: Gateway}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_600c3a006a0e);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP
                    "  targetRef: {group: example.com, kind: Service, name: r}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_84d25c17d351);
    FIRES(r, "spec", M_e9fc27f9b898);
    tu_free(r);

    r = tu_validate(EEP
                    "  targetRef: {group: gateway.networking.k8s.io, kind: TCPRoute, name: r}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_600c3a006a0e);
    HOLDS(r, M_84d25c17d351);
    HOLDS(r, M_e9fc27f9b898);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: r}, {group: '', kind: Secret, name: r}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_cbd8461e4751);
    FIRES(r, "spec", M_5083e301fbcb);
    tu_free(r);

    r = tu_validate(EEP
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: r}, {group: gateway.networking.k8s.io, kind: GRPCRoute, name: r}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_cbd8461e4751);
    HOLDS(r, M_5083e301fbcb);
    tu_assert_valid(r);
    tu_free(r);

    r = tu_validate(EEP ROUTE
                    "  mergeType: Replace\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES_SCALAR(r, "spec.mergeType", M_bb744d82387b);
    HOLDS(r, M_d15f818e2260);
    tu_free(r);

    r = tu_validate(EEP
                    "  mergeType: StrategicMerge\n"
                    "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}, {group: gateway.networking.k8s.io, kind: Gateway, name: r}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_d15f818e2260);
    HOLDS(r, M_bb744d82387b);
    tu_free(r);

    r = tu_validate(EEP
                    "  mergeType: StrategicMerge\n"
                    "  targetSelectors: [{kind: Gateway}]\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    FIRES(r, "spec", M_d15f818e2260);
    tu_free(r);

    r = tu_validate(EEP
                    "  mergeType: StrategicMerge\n"
                    "  targetRef: {group: gateway.networking.k8s.io, kind: TLSRoute, name: r}\n",
                    GWAPI_CHANNEL_EXPERIMENTAL);
    HOLDS(r, M_d15f818e2260);
    HOLDS(r, M_bb744d82387b);
    tu_assert_valid(r);
    tu_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(admission_bandwidth_fault),
        cmocka_unit_test(health_check),
        cmocka_unit_test(btp_misc),
        cmocka_unit_test(load_balancer),
        cmocka_unit_test(rate_limit),
        cmocka_unit_test(response_override),
        cmocka_unit_test(btp_targets),
        cmocka_unit_test(ext_proc),
        cmocka_unit_test(lua_wasm),
        cmocka_unit_test(eep_targets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
