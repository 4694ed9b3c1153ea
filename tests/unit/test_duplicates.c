/* Duplicate keys in any mapping (struct fields, labels, annotations,
 * ConfigMap data, selectors, schema-free values, maps inside list items),
 * in YAML and in JSON: `duplicate field "PATH"` as the API server's strict
 * decoding words it, once per repeated key, at the repeat with the first
 * occurrence as the related position; the last value wins. Each case
 * asserts the exact text of every diagnostic. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

static gwapi_result *run(const char *name, const char *text)
{
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, name, text, strlen(text), GWAPI_FORMAT_AUTO), GWAPI_OK);
    assert_int_equal(gwapi_validate(&r, ctx, in), GWAPI_OK);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx); /* the result keeps what it needs */
    return r;
}

/* Every diagnostic's text, one per line. */
static void expect_lines(const gwapi_result *r, const char *want)
{
    char all[8192] = "";
    for (size_t i = 0; i < gwapi_result_diag_count(r); i++) {
        char *line = NULL;
        assert_int_equal(gwapi_result_diag_text(r, i, &line, NULL), GWAPI_OK);
        strncat(all, line, sizeof all - strlen(all) - 2);
        strcat(all, "\n");
        gwapi_free(line);
    }
    assert_string_equal(all, want);
}

static void yaml_maps(void **state)
{
    (void)state;
    gwapi_result *r = run("cm.yaml",
        "apiVersion: v1\n"
        "kind: ConfigMap\n"
        "metadata:\n"
        "  name: cm\n"
        "  labels: {app: a, tier: web, app: b}\n"
        "  annotations:\n"
        "    note: x1\n"
        "    note: x2\n"
        "    note: x3\n"
        "data:\n"
        "  k: one\n"
        "  k: two\n");
    expect_lines(r,
        "cm.yaml:5:31: error: ConfigMap default/cm: metadata.labels.app: duplicate field \"metadata.labels.app\" (first at 5:12)\n"
        "cm.yaml:8:5: error: ConfigMap default/cm: metadata.annotations.note: duplicate field \"metadata.annotations.note\" (first at 7:5)\n"
        "cm.yaml:12:3: error: ConfigMap default/cm: data.k: duplicate field \"data.k\" (first at 11:3)\n");
    const gwapi_object *o = gwapi_result_object(r, 0);
    assert_non_null(o);
    /* The last occurrence is what the object holds. */
    const gwapi_config_map *cm = gwapi_object_as_config_map(o);
    assert_non_null(cm);
    gwapi_str v = gwapi_string_map_find(&cm->data, gwapi_str_of("k"));
    assert_str(v, "two");
    gwapi_str l = gwapi_string_map_find(&o->meta->labels, gwapi_str_of("app"));
    assert_str(l, "b");
    gwapi_result_free(r);
}

static void json_maps(void **state)
{
    (void)state;
    gwapi_result *r = run("svc.json",
        "{\"apiVersion\": \"v1\", \"kind\": \"Service\",\n"
        " \"metadata\": {\"name\": \"s\", \"namespace\": \"n\", \"annotations\": {\"a\": \"1\", \"a\": \"2\"}},\n"
        " \"spec\": {\"selector\": {\"app\": \"x\", \"app\": \"y\"},\n"
        "          \"ports\": [{\"port\": 80, \"port\": 81}],\n"
        "          \"type\": \"ClusterIP\", \"type\": \"ClusterIP\"}}\n");
    expect_lines(r,
        "svc.json:2:72: error: Service n/s: metadata.annotations.a: duplicate field \"metadata.annotations.a\" (first at 2:62)\n"
        "svc.json:3:36: error: Service n/s: spec.selector.app: duplicate field \"spec.selector.app\" (first at 3:24)\n"
        "svc.json:4:34: error: Service n/s: spec.ports[0].port: duplicate field \"spec.ports[0].port\" (first at 4:22)\n"
        "svc.json:5:32: error: Service n/s: spec.type: duplicate field \"spec.type\" (first at 5:11)\n");
    gwapi_result_free(r);
}

/* Struct fields of a CRD kind, schema-free values (x-kubernetes-preserve-
 * unknown-fields) and maps in list items, in both formats. */
static void crd_fields_and_free_form(void **state)
{
    (void)state;
    static const char yaml[] =
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: EnvoyExtensionPolicy\n"
        "metadata: {name: e, namespace: ns}\n"
        "spec:\n"
        "  targetRefs:\n"
        "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r, name: r}\n"
        "  wasm:\n"
        "  - code: {type: HTTP, http: {url: 'https://x'}}\n"
        "    config: {a: {b: 1, b: 2}}\n";
    gwapi_result *r = run("e.yaml", yaml);
    expect_lines(r,
        "e.yaml:6:66: error: EnvoyExtensionPolicy ns/e: spec.targetRefs[0].name: duplicate field \"spec.targetRefs[0].name\" (first at 6:57)\n"
        "e.yaml:9:24: error: EnvoyExtensionPolicy ns/e: spec.wasm[0].config.a.b: duplicate field \"spec.wasm[0].config.a.b\" (first at 9:18)\n");
    gwapi_result_free(r);
    static const char json[] =
        "{\"apiVersion\": \"gateway.envoyproxy.io/v1alpha1\", \"kind\": \"EnvoyExtensionPolicy\",\n"
        "\"metadata\": {\"name\": \"e\", \"namespace\": \"ns\"},\n"
        "\"spec\": {\"targetRefs\": [{\"group\": \"gateway.networking.k8s.io\", \"kind\": \"HTTPRoute\", \"name\": \"r\"}],\n"
        "\"wasm\": [{\"code\": {\"type\": \"HTTP\", \"http\": {\"url\": \"https://x\"}},\n"
        "          \"config\": {\"a\": [{\"b\": 1, \"b\": 2}]}}]}}\n";
    r = run("e.json", json);
    expect_lines(r,
        "e.json:5:37: error: EnvoyExtensionPolicy ns/e: spec.wasm[0].config.a[0].b: duplicate field \"spec.wasm[0].config.a[0].b\" (first at 5:29)\n");
    gwapi_result_free(r);
}

/* A map past the pairwise size (sorted path): each repeated key once, in
 * the order of its first repeat. */
static void large_map(void **state)
{
    (void)state;
    char text[4096];
    size_t n = (size_t)snprintf(text, sizeof text,
                                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n");
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "  k%02d: v\n", i);
    n += (size_t)snprintf(text + n, sizeof text - n, "  k07: w\n  k03: w\n  k07: x\n");
    gwapi_result *r = run("big.yaml", text);
    expect_lines(r,
        "big.yaml:45:3: error: ConfigMap default/big: data.k07: duplicate field \"data.k07\" (first at 12:3)\n"
        "big.yaml:46:3: error: ConfigMap default/big: data.k03: duplicate field \"data.k03\" (first at 8:3)\n");
    gwapi_result_free(r);
}

/* JSON output carries the related position; unknown fields as warnings
 * turn duplicates into warnings too. */
static void json_output_and_severity(void **state)
{
    (void)state;
    gwapi_ctx *ctx = NULL;
    assert_int_equal(gwapi_ctx_new_json(&ctx, "{\"unknownFields\": \"warn\"}"), GWAPI_OK);
    static const char text[] = "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n"
                               "stringData: {a: x1, a: x2}\n";
    char *out = NULL;
    assert_int_equal(gwapi_validate_json(&out, NULL, ctx, text, strlen(text),
                                         "{\"file\": \"s.yaml\"}"), GWAPI_OK);
    assert_string_equal(out,
        "{\"apiVersion\":\"gwapi.dev/v1alpha1\",\"kind\":\"ValidationResult\",\n"
        "\"summary\":{\"objects\":1,\"errors\":0,\"warnings\":1},\n"
        "\"diagnostics\":[\n"
        "{\"severity\":\"warning\",\"code\":\"duplicate-field\",\"kind\":\"Secret\","
        "\"namespace\":\"default\",\"name\":\"s\",\"path\":\"stringData.a\",\"file\":\"s.yaml\","
        "\"line\":4,\"column\":21,\"message\":\"duplicate field \\\"stringData.a\\\"\","
        "\"related\":{\"file\":\"s.yaml\",\"line\":4,\"column\":14}}\n"
        "]}\n");
    gwapi_free(out);
    gwapi_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(yaml_maps),
        cmocka_unit_test(json_maps),
        cmocka_unit_test(crd_fields_and_free_form),
        cmocka_unit_test(large_map),
        cmocka_unit_test(json_output_and_severity),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
