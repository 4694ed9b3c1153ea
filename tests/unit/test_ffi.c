/* The FFI surface (include/gwapi/json.h): options as JSON, bytes in and a
 * versioned JSON document out, and lifetimes a binding can rely on: results,
 * inputs and returned strings stay valid after their context is freed (run
 * under ASan in scripts/test, so a use after free fails). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

static const char tcp_route[] =
    "apiVersion: gateway.networking.k8s.io/v1alpha2\n"
    "kind: TCPRoute\n"
    "metadata: {name: t}\n"
    "spec: {rules: [{backendRefs: [{name: s, port: 1}]}], bogus: 1}\n";

static char *validate_json(const gwapi_ctx *ctx, const char *text, const char *opts)
{
    char *out = (char *)1;
    size_t len = 0;
    assert_int_equal(gwapi_validate_json(&out, &len, ctx, text, strlen(text), opts), GWAPI_OK);
    assert_non_null(out);
    assert_int_equal(strlen(out), len);
    return out;
}

static void options_json_applied(void **state)
{
    (void)state;
    gwapi_ctx *ctx = NULL;
    assert_int_equal(gwapi_ctx_new_json(&ctx, "{\"unknownFields\": \"warn\", "
                                              "\"defaultNamespace\": \"apps\", "
                                              "\"discardSource\": true, "
                                              "\"limits\": {\"maxDepth\": 50, \"maxItems\": 0}}"),
                     GWAPI_OK);
    assert_int_equal(gwapi_ctx_limits(ctx)->max_depth, 50);
    assert_int_equal(gwapi_ctx_limits(ctx)->max_items, 100000);
    char *out = validate_json(ctx, tcp_route, "{\"file\": \"t.yaml\", \"format\": \"yaml\"}");
    assert_string_equal(out,
        "{\"apiVersion\":\"gwapi.dev/v1alpha1\",\"kind\":\"ValidationResult\",\n"
        "\"summary\":{\"objects\":1,\"errors\":0,\"warnings\":1},\n"
        "\"diagnostics\":[\n"
        "{\"severity\":\"warning\",\"code\":\"unknown-field\",\"kind\":\"TCPRoute\","
        "\"namespace\":\"apps\",\"name\":\"t\",\"path\":\"spec.bogus\",\"file\":\"t.yaml\","
        "\"line\":4,\"column\":54,\"message\":\"unknown field \\\"spec.bogus\\\"\",\"related\":null}\n"
        "]}\n");
    gwapi_free(out);
    gwapi_ctx_free(ctx);

    assert_int_equal(gwapi_ctx_new_json(&ctx, "{\"channel\": \"standard\"}"), GWAPI_OK);
    out = validate_json(ctx, tcp_route, NULL);
    assert_string_equal(out,
        "{\"apiVersion\":\"gwapi.dev/v1alpha1\",\"kind\":\"ValidationResult\",\n"
        "\"summary\":{\"objects\":1,\"errors\":1,\"warnings\":0},\n"
        "\"diagnostics\":[\n"
        "{\"severity\":\"error\",\"code\":\"unknown-kind\",\"kind\":\"TCPRoute\","
        "\"namespace\":\"default\",\"name\":\"t\",\"path\":\"\",\"file\":\"<input>\","
        "\"line\":1,\"column\":1,\"message\":\"no matches for kind \\\"TCPRoute\\\" in version "
        "\\\"gateway.networking.k8s.io/v1alpha2\\\"\",\"related\":null}\n"
        "]}\n");
    gwapi_free(out);
    /* Empty input: no objects, still a versioned document. */
    out = validate_json(ctx, "", "");
    assert_string_equal(out,
        "{\"apiVersion\":\"gwapi.dev/v1alpha1\",\"kind\":\"ValidationResult\",\n"
        "\"summary\":{\"objects\":0,\"errors\":0,\"warnings\":0},\n"
        "\"diagnostics\":[]}\n");
    gwapi_free(out);
    gwapi_ctx_free(ctx);

    assert_int_equal(gwapi_ctx_new_json(&ctx, NULL), GWAPI_OK);
    assert_int_equal(gwapi_ctx_limits(ctx)->max_depth, 100);
    gwapi_ctx_free(ctx);
}

static void options_json_refused(void **state)
{
    (void)state;
    static const char *const bad_ctx[] = {
        "[]", "1", "null", "{", "{\"channel\": \"standard\",}", "{'channel': 'standard'}",
        "{\"bogus\": 1}", "{\"channel\": \"beta\"}", "{\"channel\": 1}",
        "{\"unknownFields\": \"ignore\"}", "{\"defaultNamespace\": 5}",
        "{\"defaultNamespace\": \"a\\u0000b\"}", "{\"limits\": []}", "{\"limits\": {\"nope\": 1}}",
        "{\"limits\": {\"maxDepth\": -1}}", "{\"limits\": {\"maxDepth\": 1.5}}",
        "{\"limits\": {\"maxDepth\": 4294967296}}", "{\"limits\": {\"maxNodes\": \"10\"}}",
        "{} {}", "{\"discardSource\": 1}", "{\"discardSource\": \"true\"}",
    };
    for (size_t i = 0; i < sizeof bad_ctx / sizeof *bad_ctx; i++) {
        gwapi_ctx *ctx = (gwapi_ctx *)1;
        if (gwapi_ctx_new_json(&ctx, bad_ctx[i]) != GWAPI_EINVAL)
            fail_msg("accepted options %s", bad_ctx[i]);
        assert_null(ctx);
    }
    assert_int_equal(gwapi_ctx_new_json(NULL, NULL), GWAPI_EINVAL);

    gwapi_ctx *ctx = NULL;
    assert_int_equal(gwapi_ctx_new_json(&ctx, "{}"), GWAPI_OK);
    static const char *const bad_call[] = {
        "{\"format\": \"xml\"}", "{\"file\": null}", "{\"channel\": \"standard\"}", "[1]",
    };
    for (size_t i = 0; i < sizeof bad_call / sizeof *bad_call; i++) {
        char *out = (char *)1;
        if (gwapi_validate_json(&out, NULL, ctx, "a: 1", 4, bad_call[i]) != GWAPI_EINVAL)
            fail_msg("accepted call options %s", bad_call[i]);
        assert_null(out);
    }
    char *out = (char *)1;
    assert_int_equal(gwapi_validate_json(&out, NULL, NULL, "a: 1", 4, NULL), GWAPI_EINVAL);
    assert_null(out);
    assert_int_equal(gwapi_validate_json(&out, NULL, ctx, NULL, 4, NULL), GWAPI_EINVAL);
    assert_int_equal(gwapi_validate_json(NULL, NULL, ctx, "a: 1", 4, NULL), GWAPI_EINVAL);
    gwapi_ctx_free(ctx);
}

/* Everything a caller holds outlives gwapi_ctx_free: the result (objects,
 * defaulted values from the context's CRD defaults, diagnostics), the
 * input, and JSON strings. */
static void outlives_context(void **state)
{
    (void)state;
    static const char gw[] =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\n"
        "spec:\n  gatewayClassName: eg\n  listeners:\n  - {name: h, port: 80, protocol: HTTP}\n"
        "  bogus: 1\n";
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, "gw.yaml", gw, strlen(gw), GWAPI_FORMAT_AUTO), GWAPI_OK);
    assert_int_equal(gwapi_validate(&r, ctx, in), GWAPI_OK);
    gwapi_result *r2 = NULL;
    assert_int_equal(gwapi_validate(&r2, ctx, in), GWAPI_OK);
    char *json = NULL;
    assert_int_equal(gwapi_result_json(r, &json, NULL), GWAPI_OK);
    /* The caller's reference goes first, then the input's. */
    gwapi_ctx_free(ctx);
    gwapi_input_free(in);
    assert_int_equal(gwapi_result_diag_count(r2), 1);
    /* Both results still read, defaults included. */
    for (int pass = 0; pass < 2; pass++) {
        const gwapi_result *res = pass ? r2 : r;
        const gwapi_gateway *g = gwapi_object_as_gateway(gwapi_result_object(res, 0));
        assert_non_null(g);
        assert_string_equal(g->metadata->name.ptr, "g");
        assert_int_equal(g->spec->listeners.count, 1);
        /* allowedRoutes.namespaces.from is defaulted from the CRD. */
        assert_string_equal(g->spec->listeners.items[0].allowed_routes->namespaces->from.ptr, "Same");
        const gwapi_diag *d = gwapi_result_diag(res, 0);
        assert_string_equal(d->path.ptr, "spec.bogus");
        assert_string_equal(d->message, "unknown field \"spec.bogus\"");
        assert_string_equal(d->pos.file, "gw.yaml");
    }
    char *json2 = NULL;
    assert_int_equal(gwapi_result_json(r2, &json2, NULL), GWAPI_OK);
    assert_string_equal(json, json2);
    gwapi_result_free(r);
    gwapi_free(json);
    gwapi_result_free(r2);
    gwapi_free(json2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(options_json_applied),
        cmocka_unit_test(options_json_refused),
        cmocka_unit_test(outlives_context),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
