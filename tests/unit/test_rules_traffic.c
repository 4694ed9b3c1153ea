/* CEL rules of BackendTrafficPolicy and EnvoyExtensionPolicy: for every
 * rule, a case where it fires and one where it holds; M_<id> is the CRD
 * message of rule <id>.
 * The firing cases list every line the object gets, as the API server
 * prints them (tests/oracle gives exactly these lines for each case); the
 * holding cases are valid. Harness: rulecase.h. */
#include "rulecase.h"

#define HEAD(kind) \
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n" \
    "kind: " kind "\n" \
    "metadata: {name: p, namespace: ns}\n" \
    "spec:\n"
#define BTP HEAD("BackendTrafficPolicy")
#define EEP HEAD("EnvoyExtensionPolicy")
/* The usual target, an HTTPRoute. */
#define ROUTE "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n"

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
#define M_da98c22e75b5 "reportingPeriod must be greater than 0"
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
#define M_fa027d182945 "Replace is not a valid MergeType for BackendTrafficPolicySpec"
#define M_a59b9549b930 "at least one of headers, methods, path, sourceCIDR or queryParams must be specified"
#define M_3094248ceb3c "only one of number or metadata can be specified"
#define M_a5050d0de99a "response cost is not supported for Local Rate Limits"
#define M_7b5e0e7a1299 "limit fromMetadata is not supported for Local Rate Limits"
#define M_fab9b36a15b7 "end must be greater than start"
#define M_cb0e2d1453ab "value must be set for type Value"
#define M_590d26d311b6 "range must be set for type Range"
#define M_fa1901415fc7 "at least one of statusCodes or responseHeaders must be specified"
#define M_03ee2615cfbb "only ReplaceFullPath is supported for path.type"
#define M_eb753b89e247 "inline must be set for type Inline"
#define M_31975fee3dde "valueRef must be set for type ValueRef"
#define M_e4e8c378c906 "only ConfigMap is supported for ValueRef"
#define M_2b9786e0cbc2 "Remove is not supported for header in CustomResponse"
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
#define M_dcbd7b834f7a "Replace is not a valid MergeType for EnvoyExtensionPolicy"
#define M_235289b9ab80 "only support Secret kind."
#define M_9f732acf784e "If type is HTTP, http field needs to be set."
#define M_0d02e6f90836 "If type is Image, image field needs to be set."
#define M_600c3a006a0e "either targetRef or targetRefs must be used"
#define M_84d25c17d351 "this policy can only have a targetRef.group of gateway.networking.k8s.io"
#define M_e9fc27f9b898 "this policy can only have a targetRef.kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute"
#define M_cbd8461e4751 "this policy can only have a targetRefs[*].group of gateway.networking.k8s.io"
#define M_5083e301fbcb "this policy can only have a targetRefs[*].kind of Gateway/ListenerSet/HTTPRoute/GRPCRoute/TCPRoute/UDPRoute/TLSRoute"
#define M_d15f818e2260 "mergeType can only be used with xRoute targets"

/* admissionControl, bandwidthLimit and faultInjection of BackendTrafficPolicy. */
static const tu_case admission_bandwidth_fault_cases[] = {
    TU_FIRES("f971ccefa7f1 14bbde6f0738 0732117adab3",
             BTP ROUTE
             "  admissionControl: {minSuccessRate: 0, maxRejectionPercent: 101, samplingWindow: 500ms}\n",
             "spec.admissionControl.maxRejectionPercent: Invalid value: 101: spec.admissionControl.maxRejectionPercent in body should be less than or equal to 100",
             "spec.admissionControl.minSuccessRate: Invalid value: 0: spec.admissionControl.minSuccessRate in body should be greater than or equal to 1",
             "spec.admissionControl: Invalid value: " M_f971ccefa7f1,
             "spec.admissionControl: Invalid value: " M_14bbde6f0738,
             "spec.admissionControl: Invalid value: " M_0732117adab3),
    TU_HOLDS("f971ccefa7f1 14bbde6f0738 0732117adab3",
             BTP ROUTE
             "  admissionControl: {minSuccessRate: 100, maxRejectionPercent: 0, samplingWindow: 1s}\n"),
    TU_HOLDS("0732117adab3",
             BTP ROUTE
             "  admissionControl: {samplingWindow: 999ms1ms}\n"),
    /* duration() of a string Go cannot parse: a CEL runtime error, beside
     * the (non-blocking) pattern error */
    TU_FIRES("0732117adab3",
             BTP ROUTE
             "  admissionControl: {samplingWindow: 1d}\n",
             "spec.admissionControl.samplingWindow: Invalid value: \"1d\": spec.admissionControl.samplingWindow in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.admissionControl: Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: " M_0732117adab3),
    TU_FIRES("0732117adab3",
             BTP ROUTE
             "  admissionControl: {samplingWindow: ''}\n",
             "spec.admissionControl.samplingWindow: Invalid value: \"\": spec.admissionControl.samplingWindow in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.admissionControl: Invalid value: \"object\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: " M_0732117adab3),
    TU_FIRES("4f25551b73ff",
             BTP ROUTE
             "  bandwidthLimit: {}\n",
             "spec.bandwidthLimit: Invalid value: " M_4f25551b73ff),
    TU_HOLDS("4f25551b73ff",
             BTP ROUTE
             "  bandwidthLimit: {response: {limit: {unit: Second, value: 1Mi}}}\n"),
    TU_FIRES("3f6f073fd7f1",
             BTP ROUTE
             "  faultInjection: {abort: {httpStatus: 503, grpcStatus: 14}}\n",
             "spec.faultInjection.abort: Invalid value: " M_3f6f073fd7f1),
    TU_FIRES("ef4555fc600f",
             BTP ROUTE
             "  faultInjection: {abort: {percentage: 50}}\n",
             "spec.faultInjection.abort: Invalid value: " M_ef4555fc600f),
    TU_FIRES("1c18cb812909",
             BTP ROUTE
             "  faultInjection: {}\n",
             "spec.faultInjection: Invalid value: " M_1c18cb812909),
    TU_HOLDS("3f6f073fd7f1 ef4555fc600f 1c18cb812909",
             BTP ROUTE
             "  faultInjection: {abort: {grpcStatus: 14}, delay: {fixedDelay: 1s}}\n"),
};

static void admission_bandwidth_fault(void **state)
{
    (void)state;
    TU_RUN(admission_bandwidth_fault_cases);
}

/* Active health checks (also under EnvoyExtensionPolicy extProc backendSettings). */
static const tu_case health_check_cases[] = {
    TU_FIRES("a5027f82a9f5 330a596d1e2a",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: HTTP\n"
             "      http: {path: /}\n"
             "      healthCheckLog: {matches: [Failure], sinks: [{type: File}]}\n",
             "spec.healthCheck.active.healthCheckLog.matches: Invalid value: " M_a5027f82a9f5,
             "spec.healthCheck.active.healthCheckLog.sinks[0]: Invalid value: " M_330a596d1e2a),
    TU_FIRES("a5027f82a9f5",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: HTTP\n"
             "      http: {path: /}\n"
             "      healthCheckLog: {matches: [HealthyTransition]}\n",
             "spec.healthCheck.active.healthCheckLog.matches: Invalid value: " M_a5027f82a9f5),
    TU_HOLDS("a5027f82a9f5 330a596d1e2a",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: HTTP\n"
             "      http: {path: /}\n"
             "      healthCheckLog: {matches: [FailureSeriesStart, Success], sinks: [{type: File, file: {path: /var/log/hc}}]}\n"),
    TU_FIRES("8a66263fb184 b4bd00bd556c a4fb0637ad37",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: HTTP\n"
             "      http: {path: /, expectedResponse: {type: Text}, requestBody: {type: Binary, text: x}}\n",
             "spec.healthCheck.active.http: Invalid value: " M_8a66263fb184,
             "spec.healthCheck.active.http.expectedResponse: Invalid value: " M_b4bd00bd556c,
             "spec.healthCheck.active.http.requestBody: Invalid value: " M_b4bd00bd556c,
             "spec.healthCheck.active.http.requestBody: Invalid value: " M_a4fb0637ad37),
    TU_FIRES("8a66263fb184 a4fb0637ad37",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: HTTP\n"
             "      http: {path: /, method: get, expectedResponse: {type: Binary}, requestBody: {type: Text, text: x}}\n",
             "spec.healthCheck.active.http: Invalid value: " M_8a66263fb184,
             "spec.healthCheck.active.http.expectedResponse: Invalid value: " M_a4fb0637ad37),
    TU_HOLDS("b4bd00bd556c a4fb0637ad37 8a66263fb184",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: HTTP\n"
             "      http: {path: /, method: post, expectedResponse: {type: Binary, binary: AAAA}, requestBody: {type: Text, text: x}}\n"),
    TU_FIRES("a4fb0637ad37",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: TCP\n"
             "      tcp: {send: {type: Text, text: ping}, receive: {type: Binary}}\n",
             "spec.healthCheck.active.tcp.receive: Invalid value: " M_a4fb0637ad37),
    TU_HOLDS("b4bd00bd556c a4fb0637ad37 86d6da0a44f2 20e9a0967b54 4bd462410e66",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: TCP\n"
             "      tcp: {send: {type: Text, text: ping}, receive: {type: Binary, binary: AAAA}}\n"),
    /* format byte (govalidator.IsBase64): whole groups of four, padding
     * only at the end; a failing format blocks the CEL rules */
    TU_FIRES("format byte",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: TCP\n"
             "      tcp: {send: {type: Binary, binary: ''}, receive: {type: Binary, binary: AB=C}}\n",
             "spec.healthCheck.active.tcp.receive.binary: Invalid value: \"AB=C\": spec.healthCheck.active.tcp.receive.binary in body must be of type byte: \"AB=C\"",
             "spec.healthCheck.active.tcp.send.binary: Invalid value: \"\": spec.healthCheck.active.tcp.send.binary in body must be of type byte: \"\"",
             "<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation"),
    TU_FIRES("format byte",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: TCP\n"
             "      tcp: {send: {type: Binary, binary: AA=A}, receive: {type: Binary, binary: AAA}}\n",
             "spec.healthCheck.active.tcp.receive.binary: Invalid value: \"AAA\": spec.healthCheck.active.tcp.receive.binary in body must be of type byte: \"AAA\"",
             "spec.healthCheck.active.tcp.send.binary: Invalid value: \"AA=A\": spec.healthCheck.active.tcp.send.binary in body must be of type byte: \"AA=A\"",
             "<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation"),
    TU_HOLDS("format byte",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: TCP\n"
             "      tcp: {send: {type: Binary, binary: AA==}, receive: {type: Binary, binary: AAA=}}\n"),
    TU_FIRES("86d6da0a44f2 4bd462410e66",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: HTTP\n"
             "      grpc: {}\n",
             "spec.healthCheck.active: Invalid value: " M_86d6da0a44f2,
             "spec.healthCheck.active: Invalid value: " M_4bd462410e66),
    TU_FIRES("86d6da0a44f2 20e9a0967b54",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: TCP\n"
             "      http: {path: /}\n",
             "spec.healthCheck.active: Invalid value: " M_86d6da0a44f2,
             "spec.healthCheck.active: Invalid value: " M_20e9a0967b54),
    TU_HOLDS("86d6da0a44f2 20e9a0967b54 4bd462410e66",
             BTP ROUTE
             "  healthCheck:\n"
             "    active:\n"
             "      type: GRPC\n"
             "      grpc: {service: s}\n"),
    TU_FIRES("86d6da0a44f2",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}]\n"
             "    backendSettings:\n"
             "      healthCheck:\n"
             "        active: {type: HTTP}\n",
             "spec.extProc[0].backendSettings.healthCheck.active: Invalid value: " M_86d6da0a44f2),
};

static void health_check(void **state)
{
    (void)state;
    TU_RUN(health_check_cases);
}

/* httpUpgrade, compression/compressor, requestBuffer and preconnect of BackendTrafficPolicy. */
static const tu_case btp_misc_cases[] = {
    TU_FIRES("3ac4b8d45651",
             BTP ROUTE
             "  httpUpgrade: [{type: websocket, connect: {}}]\n",
             "spec.httpUpgrade[0]: Invalid value: " M_3ac4b8d45651),
    TU_HOLDS("3ac4b8d45651",
             BTP ROUTE
             "  httpUpgrade: [{type: websocket}, {type: CONNECT, connect: {terminate: true}}]\n"),
    TU_FIRES("50a0d1105b9e",
             BTP ROUTE
             "  compression: [{type: Gzip}]\n"
             "  compressor: [{type: Brotli}]\n",
             "spec: Invalid value: " M_50a0d1105b9e),
    TU_HOLDS("50a0d1105b9e",
             BTP ROUTE
             "  compressor: [{type: Brotli}]\n"),
    TU_FIRES("60cbdd06d0fa",
             BTP ROUTE
             "  requestBuffer: {limit: 1Mi}\n"
             "  httpUpgrade: [{type: websocket}]\n",
             "spec: Invalid value: " M_60cbdd06d0fa),
    TU_HOLDS("60cbdd06d0fa",
             BTP ROUTE
             "  requestBuffer: {limit: 1Mi}\n"
             "  httpUpgrade: []\n"),
    TU_FIRES("b69163e6a6c1",
             BTP ROUTE
             "  connection: {preconnect: {predictivePercent: 150}}\n",
             "spec: Invalid value: " M_b69163e6a6c1),
    TU_FIRES("b69163e6a6c1",
             BTP ROUTE
             "  connection: {preconnect: {predictivePercent: 150}}\n"
             "  loadBalancer: {type: LeastRequest}\n",
             "spec: Invalid value: " M_b69163e6a6c1),
    TU_HOLDS("b69163e6a6c1",
             BTP ROUTE
             "  connection: {preconnect: {predictivePercent: 150}}\n"
             "  loadBalancer: {type: Random}\n"),
    TU_HOLDS("b69163e6a6c1",
             BTP ROUTE
             "  connection: {preconnect: {perEndpointPercent: 150}}\n"),
};

static void btp_misc(void **state)
{
    (void)state;
    TU_RUN(btp_misc_cases);
}

/* loadBalancer and consistentHash (also under extProc backendSettings). */
static const tu_case load_balancer_cases[] = {
    TU_FIRES("da98c22e75b5",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: BackendUtilization\n"
             "    backendUtilization: {outOfBand: {reportingPeriod: 0s}}\n",
             "spec.loadBalancer.backendUtilization.outOfBand.reportingPeriod: Invalid value: \"0s\": " M_da98c22e75b5),
    TU_HOLDS("da98c22e75b5 2ce82650cff7",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: BackendUtilization\n"
             "    backendUtilization: {outOfBand: {reportingPeriod: 0h0m1ms}}\n"),
    TU_FIRES("da98c22e75b5",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: BackendUtilization\n"
             "    backendUtilization: {outOfBand: {reportingPeriod: 1d}}\n",
             "spec.loadBalancer.backendUtilization.outOfBand.reportingPeriod: Invalid value: \"1d\": spec.loadBalancer.backendUtilization.outOfBand.reportingPeriod in body should match '^([0-9]{1,5}(h|m|s|ms)){1,4}$'",
             "spec.loadBalancer.backendUtilization.outOfBand.reportingPeriod: Invalid value: \"string\": type conversion error from 'string' to 'google.protobuf.Duration' evaluating rule: " M_da98c22e75b5),
    TU_FIRES("87dfe1925720",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: Header}\n",
             "spec.loadBalancer.consistentHash: Invalid value: " M_87dfe1925720),
    TU_FIRES("87dfe1925720 0ad9d49e1fcf 15d02324c5e6 d09d4b19da32",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: SourceIP, header: {name: x}, headers: [{name: h}], cookie: {name: c}, queryParams: [{name: q}]}\n",
             "spec.loadBalancer.consistentHash: Invalid value: " M_87dfe1925720,
             "spec.loadBalancer.consistentHash: Invalid value: " M_0ad9d49e1fcf,
             "spec.loadBalancer.consistentHash: Invalid value: " M_15d02324c5e6,
             "spec.loadBalancer.consistentHash: Invalid value: " M_d09d4b19da32),
    TU_FIRES("0ad9d49e1fcf",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: Headers}\n",
             "spec.loadBalancer.consistentHash: Invalid value: " M_0ad9d49e1fcf),
    TU_FIRES("15d02324c5e6",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: Cookie}\n",
             "spec.loadBalancer.consistentHash: Invalid value: " M_15d02324c5e6),
    TU_FIRES("d09d4b19da32",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: QueryParams}\n",
             "spec.loadBalancer.consistentHash: Invalid value: " M_d09d4b19da32),
    TU_HOLDS("87dfe1925720 0ad9d49e1fcf 15d02324c5e6 d09d4b19da32 87a38aba2c2d",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: Header, header: {name: x}}\n"),
    TU_HOLDS("0ad9d49e1fcf",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: Headers, headers: [{name: x}]}\n"),
    TU_HOLDS("15d02324c5e6",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: Cookie, cookie: {name: x}}\n"),
    TU_HOLDS("d09d4b19da32",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: QueryParams, queryParams: [{name: x}]}\n"),
    TU_FIRES("87a38aba2c2d",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n",
             "spec.loadBalancer: Invalid value: " M_87a38aba2c2d),
    TU_FIRES("2ce82650cff7",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: BackendUtilization\n",
             "spec.loadBalancer: Invalid value: " M_2ce82650cff7),
    TU_FIRES("87a38aba2c2d 2ce82650cff7 660869327c90",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: RoundRobin\n"
             "    backendUtilization: {}\n"
             "    consistentHash: {type: SourceIP}\n"
             "    dynamicModule: {name: m, lbPolicyName: p}\n",
             "spec.loadBalancer: Invalid value: " M_87a38aba2c2d,
             "spec.loadBalancer: Invalid value: " M_2ce82650cff7,
             "spec.loadBalancer: Invalid value: " M_660869327c90),
    TU_FIRES("660869327c90",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: DynamicModule\n",
             "spec.loadBalancer: Invalid value: " M_660869327c90),
    TU_HOLDS("660869327c90 f2ad86cb8fb6 30ab075902be",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: DynamicModule\n"
             "    dynamicModule: {name: m, lbPolicyName: p}\n"),
    TU_FIRES("940028a90a6a",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: Random\n"
             "    slowStart: {window: 1s}\n",
             "spec.loadBalancer: Invalid value: " M_940028a90a6a),
    TU_HOLDS("940028a90a6a",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: LeastRequest\n"
             "    slowStart: {window: 1s}\n"),
    TU_FIRES("6aa38bd4ce70",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: SourceIP}\n"
             "    zoneAware: {preferLocal: {}}\n",
             "spec.loadBalancer: Invalid value: " M_6aa38bd4ce70),
    TU_HOLDS("6aa38bd4ce70",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: ConsistentHash\n"
             "    consistentHash: {type: SourceIP}\n"
             "    zoneAware: {weightedZones: [{zone: a, weight: 1}]}\n"),
    TU_FIRES("dc38d9f4833c",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: BackendUtilization\n"
             "    backendUtilization: {}\n"
             "    zoneAware: {preferLocal: {}}\n",
             "spec.loadBalancer: Invalid value: " M_dc38d9f4833c),
    TU_HOLDS("dc38d9f4833c 6aa38bd4ce70 88167f92ee3a",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: RoundRobin\n"
             "    zoneAware: {preferLocal: {}}\n"),
    TU_FIRES("30ab075902be f2ad86cb8fb6",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: DynamicModule\n"
             "    dynamicModule: {name: m, lbPolicyName: p}\n"
             "    zoneAware: {}\n"
             "    endpointOverride: {extractFrom: [{header: x-ep}]}\n",
             "spec.loadBalancer: Invalid value: " M_30ab075902be,
             "spec.loadBalancer: Invalid value: " M_f2ad86cb8fb6),
    TU_FIRES("88167f92ee3a",
             BTP ROUTE
             "  loadBalancer:\n"
             "    type: RoundRobin\n"
             "    zoneAware: {preferLocal: {}, weightedZones: [{zone: a, weight: 1}]}\n"
             "    endpointOverride: {extractFrom: [{header: x-ep}]}\n",
             "spec.loadBalancer: Invalid value: " M_88167f92ee3a),
    TU_FIRES("940028a90a6a",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}]\n"
             "    backendSettings:\n"
             "      loadBalancer: {type: Random, slowStart: {window: 1s}}\n",
             "spec.extProc[0].backendSettings.loadBalancer: Invalid value: " M_940028a90a6a),
};

static void load_balancer(void **state)
{
    (void)state;
    TU_RUN(load_balancer_cases);
}

/* Global and local rate limit rules. */
static const tu_case rate_limit_cases[] = {
    TU_FIRES("a59b9549b930",
             BTP ROUTE
             "  rateLimit:\n"
             "    local:\n"
             "      rules:\n"
             "      - {clientSelectors: [{}], limit: {requests: 1, unit: Second}}\n",
             "spec.rateLimit.local.rules[0].clientSelectors[0]: Invalid value: " M_a59b9549b930),
    TU_FIRES("a59b9549b930",
             BTP ROUTE
             "  rateLimit:\n"
             "    global:\n"
             "      rules:\n"
             "      - {clientSelectors: [{headers: [{name: x, value: v}]}, {}], limit: {requests: 1, unit: Second}}\n",
             "spec.rateLimit.global.rules[0].clientSelectors[1]: Invalid value: " M_a59b9549b930),
    TU_HOLDS("a59b9549b930",
             BTP ROUTE
             "  rateLimit:\n"
             "    local:\n"
             "      rules:\n"
             "      - {clientSelectors: [{methods: [{value: GET}]}, {path: {value: /a}}, {sourceCIDR: {value: 10.0.0.0/8}}, {queryParams: [{name: q}]}, {headers: [{name: h}]}], limit: {requests: 1, unit: Second}}\n"),
    TU_FIRES("3094248ceb3c",
             BTP ROUTE
             "  rateLimit:\n"
             "    global:\n"
             "      rules:\n"
             "      - limit: {requests: 1, unit: Second, fromMetadata: {namespace: a, key: b}}\n"
             "        cost: {request: {from: Number, number: 1, metadata: {namespace: a, key: b}}, response: {from: Metadata, metadata: {namespace: a, key: b}}}\n",
             "spec.rateLimit.global.rules[0].cost.request: Invalid value: " M_3094248ceb3c),
    TU_FIRES("a5050d0de99a 3094248ceb3c",
             BTP ROUTE
             "  rateLimit:\n"
             "    local:\n"
             "      rules:\n"
             "      - limit: {requests: 1, unit: Second}\n"
             "      - limit: {requests: 1, unit: Second}\n"
             "        cost: {response: {from: Number, number: 2, metadata: {namespace: a, key: b}}}\n",
             "spec.rateLimit.local.rules: Invalid value: " M_a5050d0de99a,
             "spec.rateLimit.local.rules[1].cost.response: Invalid value: " M_3094248ceb3c),
    TU_FIRES("7b5e0e7a1299",
             BTP ROUTE
             "  rateLimit:\n"
             "    local:\n"
             "      rules:\n"
             "      - limit: {requests: 1, unit: Second, fromMetadata: {namespace: a, key: b}}\n",
             "spec.rateLimit.local.rules: Invalid value: " M_7b5e0e7a1299),
    TU_HOLDS("3094248ceb3c a5050d0de99a 7b5e0e7a1299",
             BTP ROUTE
             "  rateLimit:\n"
             "    local:\n"
             "      rules:\n"
             "      - limit: {requests: 1, unit: Second}\n"
             "        cost: {request: {from: Number, number: 2}}\n"),
};

static void rate_limit(void **state)
{
    (void)state;
    TU_RUN(rate_limit_cases);
}

/* responseOverride of BackendTrafficPolicy. */
static const tu_case response_override_cases[] = {
    TU_FIRES("fab9b36a15b7 cb0e2d1453ab 590d26d311b6",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{type: Range, range: {start: 500, end: 500}}, {type: Value}, {type: Range}]}\n"
             "    response: {statusCode: 200}\n",
             "spec.responseOverride[0].match.statusCodes[0].range: Invalid value: " M_fab9b36a15b7,
             "spec.responseOverride[0].match.statusCodes[1]: Invalid value: " M_cb0e2d1453ab,
             "spec.responseOverride[0].match.statusCodes[2]: Invalid value: " M_590d26d311b6),
    TU_HOLDS("fab9b36a15b7 cb0e2d1453ab 590d26d311b6 fa1901415fc7",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{type: Range, range: {start: 500, end: 599}}, {value: 404}]}\n"
             "    response: {statusCode: 200}\n"),
    TU_FIRES("fa1901415fc7 03ee2615cfbb",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {}\n"
             "    redirect: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}}\n",
             "spec.responseOverride[0].match: Invalid value: " M_fa1901415fc7,
             "spec.responseOverride[0].redirect.path: Invalid value: " M_03ee2615cfbb),
    TU_HOLDS("fa1901415fc7 03ee2615cfbb",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {responseHeaders: [{name: x-a, value: {value: b}}]}\n"
             "    redirect: {path: {type: ReplaceFullPath, replaceFullPath: /x}}\n"),
    TU_FIRES("eb753b89e247 2b9786e0cbc2",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{value: 404}]}\n"
             "    response: {body: {type: Inline}, header: {remove: [x-a]}}\n",
             "spec.responseOverride[0].response.body: Invalid value: " M_eb753b89e247,
             "spec.responseOverride[0].response.header: Invalid value: " M_2b9786e0cbc2),
    TU_FIRES("31975fee3dde",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{value: 404}]}\n"
             "    response: {body: {type: ValueRef}}\n",
             "spec.responseOverride[0].response.body: Invalid value: " M_31975fee3dde),
    TU_FIRES("e4e8c378c906",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{value: 404}]}\n"
             "    response: {body: {type: ValueRef, valueRef: {group: '', kind: Secret, name: s}}}\n",
             "spec.responseOverride[0].response.body: Invalid value: " M_e4e8c378c906),
    TU_HOLDS("31975fee3dde e4e8c378c906 2b9786e0cbc2",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{value: 404}]}\n"
             "    response: {body: {type: ValueRef, valueRef: {group: '', kind: ConfigMap, name: s}}, header: {remove: []}}\n"),
    TU_HOLDS("eb753b89e247",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{value: 404}]}\n"
             "    response: {body: {inline: hi}}\n"),
    TU_FIRES("018299618caf",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{value: 404}]}\n",
             "spec.responseOverride[0]: Invalid value: " M_018299618caf),
    TU_FIRES("018299618caf",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{value: 404}]}\n"
             "    response: {statusCode: 200}\n"
             "    redirect: {statusCode: 301}\n",
             "spec.responseOverride[0]: Invalid value: " M_018299618caf),
    TU_HOLDS("018299618caf",
             BTP ROUTE
             "  responseOverride:\n"
             "  - match: {statusCodes: [{value: 404}]}\n"
             "    redirect: {statusCode: 301}\n"),
};

static void response_override(void **state)
{
    (void)state;
    TU_RUN(response_override_cases);
}

/* targetRef(s)/targetSelectors and mergeType of BackendTrafficPolicy. */
static const tu_case btp_targets_cases[] = {
    TU_FIRES("c2bf833d33c5",
             BTP
             "  rateLimit: {type: Local}\n",
             "spec: Invalid value: " M_c2bf833d33c5),
    TU_FIRES("c2bf833d33c5",
             BTP
             "  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n"
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n",
             "spec: Invalid value: " M_c2bf833d33c5),
    TU_HOLDS("c2bf833d33c5",
             BTP
             "  targetSelectors: [{kind: HTTPRoute, matchLabels: {app: a}}]\n"),
    TU_HOLDS("c2bf833d33c5 4535ce792135 2ec5493639a8",
             BTP
             "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"),
    TU_FIRES("4535ce792135 2ec5493639a8",
             BTP
             "  targetRef: {group: example.com, kind: Service, name: r}\n",
             "spec: Invalid value: " M_4535ce792135,
             "spec: Invalid value: " M_2ec5493639a8),
    TU_FIRES("618a9f9a97f3 508cc00eb839",
             BTP
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: TLSRoute, name: r}, {group: example.com, kind: Backend, name: r}]\n",
             "spec: Invalid value: " M_618a9f9a97f3,
             "spec: Invalid value: " M_508cc00eb839),
    TU_HOLDS("618a9f9a97f3 508cc00eb839",
             BTP
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: ListenerSet, name: r}, {group: gateway.networking.k8s.io, kind: UDPRoute, name: r}]\n"),
    TU_FIRES("fa027d182945",
             BTP ROUTE
             "  mergeType: Replace\n",
             "spec.mergeType: Invalid value: \"Replace\": " M_fa027d182945),
    TU_FIRES("597f6382f0de",
             BTP
             "  mergeType: StrategicMerge\n"
             "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n",
             "spec: Invalid value: " M_597f6382f0de),
    TU_FIRES("597f6382f0de",
             BTP
             "  mergeType: JSONMerge\n"
             "  targetSelectors: [{kind: GRPCRoute}, {kind: ListenerSet}]\n",
             "spec: Invalid value: " M_597f6382f0de),
    TU_HOLDS("597f6382f0de fa027d182945",
             BTP
             "  mergeType: JSONMerge\n"
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: TCPRoute, name: r}]\n"
             "  targetSelectors: [{kind: GRPCRoute}]\n"),
    TU_FIRES("5a420c5792fb",
             BTP
             "  admissionControl: {}\n"
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: TCPRoute, name: r}]\n",
             "spec: Invalid value: " M_5a420c5792fb),
    TU_FIRES("5a420c5792fb",
             BTP
             "  admissionControl: {}\n"
             "  targetRef: {group: gateway.networking.k8s.io, kind: GRPCRoute, name: r}\n"
             "  targetSelectors: [{kind: UDPRoute}]\n",
             "spec: Invalid value: " M_5a420c5792fb),
    TU_HOLDS("5a420c5792fb",
             BTP
             "  admissionControl: {}\n"
             "  targetRef: {group: gateway.networking.k8s.io, kind: ListenerSet, name: r}\n"),
};

static void btp_targets(void **state)
{
    (void)state;
    TU_RUN(btp_targets_cases);
}

/* extProc of EnvoyExtensionPolicy. */
static const tu_case ext_proc_cases[] = {
    TU_FIRES("1061dcf1203d",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}]\n"
             "    metadata: {writableNamespaces: [my.ns, envoy.filters.http.ext_authz]}\n",
             "spec.extProc[0].metadata.writableNamespaces: Invalid value: " M_1061dcf1203d),
    TU_HOLDS("1061dcf1203d",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}]\n"
             "    metadata: {writableNamespaces: [my.ns, envoy.filters.network], accessibleNamespaces: [envoy.filters.http.x]}\n"),
    TU_FIRES("0c3c8382876a",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRef: {name: svc, port: 9000}\n",
             "spec.extProc[0]: Invalid value: " M_0c3c8382876a),
    TU_FIRES("6217c017200a 2484e63b347c",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}, {name: p, kind: Pod}, {group: example.com, kind: Backend, name: b}]\n",
             "spec.extProc[0]: Invalid value: " M_6217c017200a,
             "spec.extProc[0]: Invalid value: " M_2484e63b347c),
    TU_HOLDS("0c3c8382876a 6217c017200a 2484e63b347c",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}, {group: multicluster.x-k8s.io, kind: ServiceImport, name: p, port: 1}, {group: gateway.envoyproxy.io, kind: Backend, name: b}]\n"),
    TU_FIRES("3e3c8fdb0704",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}]\n"
             "    failOpen: true\n"
             "    processingMode: {request: {body: Streamed}, response: {body: FullDuplexStreamed}}\n",
             "spec.extProc[0]: Invalid value: " M_3e3c8fdb0704),
    TU_HOLDS("3e3c8fdb0704",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}]\n"
             "    processingMode: {request: {body: FullDuplexStreamed}}\n"),
    TU_FIRES("a41f0f1628c9",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}]\n"
             "    shadowMode: true\n"
             "    processingMode: {request: {body: Streamed}, response: {body: Buffered}}\n",
             "spec.extProc[0]: Invalid value: " M_a41f0f1628c9),
    TU_HOLDS("a41f0f1628c9",
             EEP ROUTE
             "  extProc:\n"
             "  - backendRefs: [{name: svc, port: 9000}]\n"
             "    shadowMode: true\n"
             "    processingMode: {request: {body: Streamed}, response: {}}\n"),
};

static void ext_proc(void **state)
{
    (void)state;
    TU_RUN(ext_proc_cases);
}

/* lua and wasm of EnvoyExtensionPolicy. */
static const tu_case lua_wasm_cases[] = {
    TU_FIRES("d5e9427fda40 b148800871e2",
             EEP ROUTE
             "  lua:\n"
             "  - {type: ValueRef, valueRef: {group: '', kind: Secret, name: s}}\n"
             "  - {type: Inline, inline: x, valueRef: {group: v1, kind: ConfigMap, name: c}}\n"
             "  - {type: Inline}\n",
             "spec.lua[0].valueRef: Invalid value: " M_d5e9427fda40,
             "spec.lua[1]: Invalid value: " M_b148800871e2,
             "spec.lua[2]: Invalid value: " M_b148800871e2),
    TU_FIRES("d5e9427fda40",
             EEP ROUTE
             "  lua:\n"
             "  - {type: ValueRef, valueRef: {group: apps, kind: ConfigMap, name: s}}\n",
             "spec.lua[0].valueRef: Invalid value: " M_d5e9427fda40),
    TU_HOLDS("d5e9427fda40 b148800871e2",
             EEP ROUTE
             "  lua:\n"
             "  - {type: ValueRef, valueRef: {group: v1, kind: ConfigMap, name: s}}\n"
             "  - {type: ValueRef, valueRef: {group: '', kind: ConfigMap, name: s}}\n"
             "  - {inline: 'print(1)'}\n"),
    TU_FIRES("235289b9ab80",
             EEP ROUTE
             "  wasm:\n"
             "  - code: {type: Image, image: {url: oci://x/y, pullSecretRef: {kind: ConfigMap, name: s}}}\n",
             "spec.wasm[0].code.image.pullSecretRef: Invalid value: " M_235289b9ab80),
    TU_HOLDS("235289b9ab80 9f732acf784e 0d02e6f90836",
             EEP ROUTE
             "  wasm:\n"
             "  - code: {type: Image, image: {url: oci://x/y, pullSecretRef: {name: s}}}\n"),
    TU_FIRES("9f732acf784e 0d02e6f90836",
             EEP ROUTE
             "  wasm:\n"
             "  - code: {type: HTTP}\n"
             "  - code: {type: Image}\n"
             "  - code: {type: Image, http: {url: 'https://x/y.wasm'}, image: {url: oci://x/y}}\n",
             "spec.wasm[0].code: Invalid value: " M_9f732acf784e,
             "spec.wasm[1].code: Invalid value: " M_0d02e6f90836,
             "spec.wasm[2].code: Invalid value: " M_9f732acf784e),
    TU_HOLDS("9f732acf784e 0d02e6f90836",
             EEP ROUTE
             "  wasm:\n"
             "  - code: {type: HTTP, http: {url: 'https://x/y.wasm'}}\n"),
};

static void lua_wasm(void **state)
{
    (void)state;
    TU_RUN(lua_wasm_cases);
}

/* targetRef(s)/targetSelectors and mergeType of EnvoyExtensionPolicy. */
static const tu_case eep_targets_cases[] = {
    TU_FIRES("600c3a006a0e",
             EEP
             "  lua: [{inline: x}]\n",
             "spec: Invalid value: " M_600c3a006a0e),
    TU_FIRES("600c3a006a0e",
             EEP
             "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: g}\n"
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n",
             "spec: Invalid value: " M_600c3a006a0e),
    TU_HOLDS("600c3a006a0e",
             EEP
             "  targetSelectors: [{kind: Gateway}]\n"),
    TU_FIRES("84d25c17d351 e9fc27f9b898",
             EEP
             "  targetRef: {group: example.com, kind: Service, name: r}\n",
             "spec: Invalid value: " M_84d25c17d351,
             "spec: Invalid value: " M_e9fc27f9b898),
    TU_HOLDS("600c3a006a0e 84d25c17d351 e9fc27f9b898",
             EEP
             "  targetRef: {group: gateway.networking.k8s.io, kind: TCPRoute, name: r}\n"),
    TU_FIRES("cbd8461e4751 5083e301fbcb",
             EEP
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: r}, {group: '', kind: Secret, name: r}]\n",
             "spec: Invalid value: " M_cbd8461e4751,
             "spec: Invalid value: " M_5083e301fbcb),
    TU_HOLDS("cbd8461e4751 5083e301fbcb",
             EEP
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: r}, {group: gateway.networking.k8s.io, kind: GRPCRoute, name: r}]\n"),
    TU_FIRES("dcbd7b834f7a",
             EEP ROUTE
             "  mergeType: Replace\n",
             "spec.mergeType: Invalid value: \"Replace\": " M_dcbd7b834f7a),
    TU_FIRES("d15f818e2260",
             EEP
             "  mergeType: StrategicMerge\n"
             "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}, {group: gateway.networking.k8s.io, kind: Gateway, name: r}]\n",
             "spec: Invalid value: " M_d15f818e2260),
    TU_FIRES("d15f818e2260",
             EEP
             "  mergeType: StrategicMerge\n"
             "  targetSelectors: [{kind: Gateway}]\n",
             "spec: Invalid value: " M_d15f818e2260),
    TU_HOLDS("d15f818e2260 dcbd7b834f7a",
             EEP
             "  mergeType: StrategicMerge\n"
             "  targetRef: {group: gateway.networking.k8s.io, kind: TLSRoute, name: r}\n"),
};

static void eep_targets(void **state)
{
    (void)state;
    TU_RUN(eep_targets_cases);
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
