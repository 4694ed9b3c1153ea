/* The core kinds (Namespace, Service, Secret, ConfigMap, EndpointSlice,
 * ServiceImport) decode from schemas generated from the Kubernetes 1.32
 * OpenAPI and the ServiceImport CRD: every schema check applies (unknown
 * fields, types, required fields, formats, list types), and the typed
 * model holds what a translator reads. Each case lists every diagnostic. */
#include "testutil.h"

#include <string.h>

static gwapi_result *run(const char *yaml, gwapi_severity unknown)
{
    return tu_run(yaml, GWAPI_FORMAT_YAML, unknown);
}

#define SERVICE(spec) \
    "apiVersion: v1\nkind: Service\nmetadata: {name: svc, namespace: default}\nspec:\n" spec

/* spec.bogus on a Service is an unknown field: an error under
 * --unknown-fields error (kubectl's strict validation), a warning under warn. */
static void service_unknown_field(void **state)
{
    (void)state;
    const char *yaml = SERVICE("  bogus: 1\n  ports: [{port: 80}]\n");
    gwapi_result *r = run(yaml, GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r, TU_W(UNKNOWN_FIELD, "spec.bogus", "unknown field \"spec.bogus\""));
    assert_int_equal(gwapi_result_diag(r, 0)->severity, GWAPI_SEVERITY_ERROR);
    assert_int_equal(gwapi_result_error_count(r), 1);
    gwapi_result_free(r);

    r = run(yaml, GWAPI_SEVERITY_WARNING);
    TU_EXPECT(r, TU_W(UNKNOWN_FIELD, "spec.bogus", "unknown field \"spec.bogus\""));
    assert_int_equal(gwapi_result_diag(r, 0)->severity, GWAPI_SEVERITY_WARNING);
    assert_int_equal(gwapi_result_error_count(r), 0);
    gwapi_result_free(r);

    /* unknown at every depth, and at the root */
    r = run("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\n"
            "data: {a: b}\nspec: {}\n---\n"
            SERVICE("  ports: [{port: 80, targetPort: 8080, nodeport: 1}]\n"
                    "  sessionAffinityConfig: {clientIP: {timeout: 3}}\n"),
            GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r, TU_W(UNKNOWN_FIELD, "spec", "unknown field \"spec\""),
                 TU_W(UNKNOWN_FIELD, "spec.ports[0].nodeport", "unknown field \"spec.ports[0].nodeport\""),
                 TU_W(UNKNOWN_FIELD, "spec.sessionAffinityConfig.clientIP.timeout",
                      "unknown field \"spec.sessionAffinityConfig.clientIP.timeout\""));
    gwapi_result_free(r);
}

/* Wrong types, int32 bounds and list-map keys (port + protocol, protocol
 * defaulted to TCP) on a Service. */
static void service_types(void **state)
{
    (void)state;
    gwapi_result *r = run(SERVICE("  clusterIP: 10\n"
                                  "  externalIPs: 1.2.3.4\n"
                                  "  ports:\n"
                                  "  - {port: \"80\"}\n"
                                  "  - {port: 3000000000}\n"
                                  "  - {name: a, port: 81}\n"
                                  "  - {name: b, port: 81, protocol: TCP}\n"
                                  "  selector: {app: 5}\n"
                                  "  sessionAffinityConfig: {clientIP: {timeoutSeconds: x}}\n"),
                          GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r,
        TU_W(TYPE, "spec.clusterIP",
             "Invalid value: \"integer\": spec.clusterIP in body must be of type string: \"integer\""),
        TU_W(TYPE, "spec.externalIPs",
             "Invalid value: \"string\": spec.externalIPs in body must be of type array: \"string\""),
        TU_W(TYPE, "spec.ports[0].port",
             "Invalid value: \"string\": spec.ports[0].port in body must be of type integer: "
             "\"string\""),
        TU_W(INVALID, "<nil>",
             "Invalid value: \"\": Checked value must be of type integer with format int32 in "
             "spec.ports[1].port"),
        TU_W(TYPE, "spec.selector.app",
             "Invalid value: \"integer\": spec.selector.app in body must be of type string: "
             "\"integer\""),
        TU_W(TYPE, "spec.sessionAffinityConfig.clientIP.timeoutSeconds",
             "Invalid value: \"string\": spec.sessionAffinityConfig.clientIP.timeoutSeconds in "
             "body must be of type integer: \"string\""),
        TU_W(DUPLICATE, "spec.ports[3]", "Duplicate value: {\"port\":81,\"protocol\":\"TCP\"}"));
    gwapi_result_free(r);
}

/* Formats (byte), required fields and types on the other core kinds. */
static void other_kinds_checks(void **state)
{
    (void)state;
    gwapi_result *r = run(
        "apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: default}\n"
        "type: kubernetes.io/tls\ndata: {tls.crt: \"not base64!\"}\nstringData: {a: 1}\n"
        "---\n"
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\n"
        "data: {a: [b]}\nbinaryData: {b: \"!!\"}\nimmutable: \"yes\"\n"
        "---\n"
        "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n"
        "metadata: {name: e, namespace: default}\naddressType: IPv4\n"
        "endpoints:\n- conditions: {ready: \"yes\"}\nports: [{port: 80}]\n"
        "---\n"
        "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n"
        "metadata: {name: e2, namespace: default}\naddressType: IPv4\n"
        "---\n"
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: ns1}\nspec: {finalizers: kubernetes}\n"
        "---\n"
        "apiVersion: multicluster.x-k8s.io/v1alpha1\nkind: ServiceImport\n"
        "metadata: {name: si, namespace: default}\nspec: {type: ClusterIP}\n",
        GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r,
        TU_W(TYPE, "data.tls.crt",
             "Invalid value: \"not base64!\": data.tls.crt in body must be of type byte: "
             "\"not base64!\""),
        TU_W(TYPE, "stringData.a",
             "Invalid value: \"integer\": stringData.a in body must be of type string: "
             "\"integer\""),
        TU_W(TYPE, "binaryData.b",
             "Invalid value: \"!!\": binaryData.b in body must be of type byte: \"!!\""),
        TU_W(TYPE, "data.a",
             "Invalid value: \"array\": data.a in body must be of type string: \"array\""),
        TU_W(TYPE, "immutable",
             "Invalid value: \"string\": immutable in body must be of type boolean: \"string\""),
        TU_W(REQUIRED, "endpoints[0].addresses", "Required value"),
        TU_W(TYPE, "endpoints[0].conditions.ready",
             "Invalid value: \"string\": endpoints[0].conditions.ready in body must be of type "
             "boolean: \"string\""),
        TU_W(REQUIRED, "endpoints", "Required value"),
        TU_W(TYPE, "spec.finalizers",
             "Invalid value: \"string\": spec.finalizers in body must be of type array: "
             "\"string\""),
        TU_W(REQUIRED, "spec.ports", "Required value"),
        TU_W(UNSUPPORTED, "spec.type",
             "Unsupported value: \"ClusterIP\": supported values: \"ClusterSetIP\", \"Headless\""));
    gwapi_result_free(r);
}

/* What a translator reads, from each core kind. */
static void typed_model(void **state)
{
    (void)state;
    gwapi_result *r = run(
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: apps, labels: {team: a}}\n---\n"
        SERVICE("  type: LoadBalancer\n  clusterIP: 10.96.0.10\n  selector: {app: cart}\n"
                "  ports:\n  - {name: http, port: 80, targetPort: web, appProtocol: h2c}\n"
                "  - {port: 53, protocol: UDP, targetPort: 5353}\n"
                "  sessionAffinity: ClientIP\n"
                "  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n")
        "---\n"
        "apiVersion: v1\nkind: Secret\nmetadata: {name: tls, namespace: default}\n"
        "type: kubernetes.io/tls\ndata: {tls.crt: YWJj, tls.key: ZGVm}\n---\n"
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ca, namespace: default}\n"
        "data: {ca.crt: pem}\n---\n"
        "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n"
        "metadata: {name: svc-1, namespace: default,"
        " labels: {kubernetes.io/service-name: svc}}\n"
        "addressType: IPv4\n"
        "endpoints:\n- addresses: [10.1.0.5]\n  conditions: {ready: true}\n  zone: z1\n"
        "ports: [{name: http, port: 8080, protocol: TCP}]\n---\n"
        "apiVersion: multicluster.x-k8s.io/v1beta1\nkind: ServiceImport\n"
        "metadata: {name: si, namespace: default}\n"
        "spec: {type: ClusterSetIP, ips: [10.2.0.1], ports: [{port: 443, protocol: TCP}]}\n",
        GWAPI_SEVERITY_ERROR);
    tu_expect(r, NULL, 0);

    const gwapi_namespace *ns = gwapi_object_as_namespace(tu_object(r, GWAPI_KIND_NAMESPACE));
    assert_str(gwapi_string_map_get(&ns->metadata->labels, "team"), "a");

    const gwapi_service *svc = gwapi_object_as_service(tu_object(r, GWAPI_KIND_SERVICE));
    assert_str(svc->spec->type, "LoadBalancer");
    assert_str(svc->spec->cluster_ip, "10.96.0.10");
    assert_str(gwapi_string_map_get(&svc->spec->selector, "app"), "cart");
    assert_int_equal(svc->spec->ports.count, 2);
    const gwapi_service_port *p = &svc->spec->ports.items[0];
    assert_str(p->name, "http");
    assert_int_equal(p->port.value, 80);
    assert_str(p->protocol, "TCP"); /* defaulted */
    assert_str(p->app_protocol, "h2c");
    assert_int_equal(p->target_port.type, GWAPI_IOS_STRING);
    assert_str(p->target_port.string, "web");
    assert_int_equal(svc->spec->ports.items[1].target_port.type, GWAPI_IOS_INT);
    assert_int_equal(svc->spec->ports.items[1].target_port.integer, 5353);
    assert_str(svc->spec->ports.items[1].protocol, "UDP");
    assert_int_equal(svc->spec->session_affinity_config->client_ip->timeout_seconds.value, 60);

    const gwapi_secret *sec = gwapi_object_as_secret(tu_object(r, GWAPI_KIND_SECRET));
    assert_str(sec->type, "kubernetes.io/tls");
    assert_str(gwapi_string_map_get(&sec->data, "tls.key"), "ZGVm");

    const gwapi_config_map *cm = gwapi_object_as_config_map(tu_object(r, GWAPI_KIND_CONFIG_MAP));
    assert_str(gwapi_string_map_get(&cm->data, "ca.crt"), "pem");

    const gwapi_endpoint_slice *es =
        gwapi_object_as_endpoint_slice(tu_object(r, GWAPI_KIND_ENDPOINT_SLICE));
    assert_str(es->address_type, "IPv4");
    assert_str(gwapi_string_map_get(&es->metadata->labels, "kubernetes.io/service-name"), "svc");
    assert_str(es->endpoints.items[0].addresses.items[0], "10.1.0.5");
    assert_true(es->endpoints.items[0].conditions->ready.value);
    assert_str(es->endpoints.items[0].zone, "z1");
    assert_str(es->ports.items[0].name, "http");
    assert_int_equal(es->ports.items[0].port.value, 8080);

    const gwapi_service_import *si =
        gwapi_object_as_service_import(tu_object(r, GWAPI_KIND_SERVICE_IMPORT));
    assert_str(si->spec->type, "ClusterSetIP");
    assert_str(si->spec->ips.items[0], "10.2.0.1");
    assert_int_equal(si->spec->ports.items[0].port.value, 443);
    assert_str(si->spec->ports.items[0].protocol, "TCP");
    gwapi_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(service_unknown_field),
        cmocka_unit_test(service_types),
        cmocka_unit_test(other_kinds_checks),
        cmocka_unit_test(typed_model),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    tu_run_contexts_free();
    return failed;
}
