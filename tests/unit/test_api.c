/* The public API contract: options and their validation, version and
 * status texts, JSON diagnostics, allocator hooks, and allocation-failure
 * injection (every allocation of a load + validate call fails in turn). */
#include "testutil.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static void version_and_status(void **state)
{
    (void)state;
    assert_string_equal(gwapi_version(), GWAPI_VERSION_STRING);
    assert_true(GWAPI_VERSION_NUMBER >= 100);
    assert_string_equal(gwapi_status_str(GWAPI_OK), "ok");
    assert_string_equal(gwapi_status_str(GWAPI_ENOMEM), "out of memory");
    assert_string_equal(gwapi_status_str((gwapi_status)999), "unknown status");
    assert_string_equal(gwapi_severity_str(GWAPI_SEVERITY_WARNING), "warning");
    assert_string_equal(gwapi_diag_code_str(GWAPI_DIAG_UNKNOWN_FIELD), "unknown-field");
    assert_string_equal(gwapi_kind_name(GWAPI_KIND_HTTP_ROUTE), "HTTPRoute");
}

static void *plain_alloc(void *user, size_t size)
{
    (void)user;
    return malloc(size);
}

static void options(void **state)
{
    (void)state;
    gwapi_ctx *ctx = (gwapi_ctx *)1;
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    o.version = 99;
    assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_EVERSION);
    assert_null(ctx);
    o = (gwapi_ctx_options)GWAPI_CTX_OPTIONS_INIT;
    o.allocator.alloc = plain_alloc; /* incomplete hooks */
    assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_EINVAL);
    assert_int_equal(gwapi_ctx_new(NULL, NULL), GWAPI_EINVAL);
    o = (gwapi_ctx_options)GWAPI_CTX_OPTIONS_INIT;
    o.limits.max_depth = 7;
    assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_OK);
    assert_int_equal(gwapi_ctx_limits(ctx)->max_depth, 7);
    assert_int_equal(gwapi_ctx_limits(ctx)->max_document_bytes, 3 * 1024 * 1024);
    gwapi_input *in = NULL;
    assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, "x", NULL, 5, GWAPI_FORMAT_AUTO), GWAPI_EINVAL);
    gwapi_result *r = NULL;
    assert_int_equal(gwapi_validate(&r, ctx, NULL), GWAPI_EINVAL);
    assert_int_equal(gwapi_validate(&r, ctx, in), GWAPI_OK);
    assert_int_equal(gwapi_result_object_count(r), 0);
    assert_null(gwapi_result_object(r, 0));
    assert_null(gwapi_result_diag(r, 0));
    gwapi_result_free(r);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    gwapi_ctx_free(NULL);
    gwapi_result_free(NULL);
    gwapi_input_free(NULL);
    gwapi_free(NULL);
}

static void result_json(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate("apiVersion: gateway.networking.k8s.io/v1\n"
                                  "kind: GatewayClass\n"
                                  "metadata: {name: eg}\n"
                                  "spec: {controllerName: \"a \\\"q\\\"\\n\", x: 1}\n",
                                  GWAPI_CHANNEL_EXPERIMENTAL);
    char *json = (char *)1;
    size_t len = 0;
    assert_int_equal(gwapi_result_json(NULL, &json, &len), GWAPI_EINVAL);
    assert_null(json);
    assert_int_equal(gwapi_result_json(r, &json, &len), GWAPI_OK);
    assert_int_equal(strlen(json), len);
    cJSON *doc = cJSON_Parse(json);
    assert_non_null(doc);
    assert_int_equal(cJSON_GetArraySize(doc), 4);
    assert_string_equal(cJSON_GetObjectItem(doc, "apiVersion")->valuestring, "gwapi.dev/v1alpha1");
    assert_string_equal(cJSON_GetObjectItem(doc, "kind")->valuestring, "ValidationResult");
    cJSON *sum = cJSON_GetObjectItem(doc, "summary");
    assert_int_equal(cJSON_GetObjectItem(sum, "objects")->valueint, 1);
    assert_int_equal(cJSON_GetObjectItem(sum, "errors")->valueint, gwapi_result_error_count(r));
    assert_int_equal(cJSON_GetObjectItem(sum, "warnings")->valueint, 0);
    cJSON *arr = cJSON_GetObjectItem(doc, "diagnostics");
    assert_int_equal(cJSON_GetArraySize(arr), gwapi_result_diag_count(r));
    int found = 0;
    cJSON *d;
    cJSON_ArrayForEach(d, arr) {
        const char *path = cJSON_GetObjectItem(d, "path")->valuestring;
        if (!strcmp(path, "spec.x")) {
            found++;
            assert_string_equal(cJSON_GetObjectItem(d, "severity")->valuestring, "error");
            assert_string_equal(cJSON_GetObjectItem(d, "code")->valuestring, "unknown-field");
            assert_string_equal(cJSON_GetObjectItem(d, "kind")->valuestring, "GatewayClass");
            assert_string_equal(cJSON_GetObjectItem(d, "name")->valuestring, "eg");
            assert_true(cJSON_IsNull(cJSON_GetObjectItem(d, "namespace")));
            assert_string_equal(cJSON_GetObjectItem(d, "message")->valuestring,
                                "unknown field \"spec.x\"");
            assert_int_equal(cJSON_GetObjectItem(d, "line")->valueint, 4);
            assert_int_equal(cJSON_GetObjectItem(d, "column")->valueint, 37);
        }
        if (!strcmp(path, "spec.controllerName")) {
            found++;
            assert_non_null(strstr(cJSON_GetObjectItem(d, "message")->valuestring, "\"a \\\"q\\\"\\n\""));
        }
    }
    assert_int_equal(found, 2);
    cJSON_Delete(doc);
    gwapi_free(json);
    tu_free(r);
}

/* Options versions: 1 up to the library's own are accepted, others refused;
 * enums outside their range are caller errors. */
static void option_versions_and_enums(void **state)
{
    (void)state;
    gwapi_ctx *ctx = (gwapi_ctx *)1;
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    for (unsigned v = 1; v <= GWAPI_CTX_OPTIONS_VERSION; v++) {
        o.version = v;
        assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_OK);
        gwapi_ctx_free(ctx);
    }
    static const unsigned bad_versions[] = { 0, GWAPI_CTX_OPTIONS_VERSION + 1, 99, ~0u };
    for (size_t i = 0; i < sizeof bad_versions / sizeof *bad_versions; i++) {
        o.version = bad_versions[i];
        ctx = (gwapi_ctx *)1;
        assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_EVERSION);
        assert_null(ctx);
    }
    static const int bad_enums[] = { -1, 3, 42, 0x7fffffff };
    for (size_t i = 0; i < sizeof bad_enums / sizeof *bad_enums; i++) {
        o = (gwapi_ctx_options)GWAPI_CTX_OPTIONS_INIT;
        o.unknown_field_severity = (gwapi_severity)bad_enums[i];
        ctx = (gwapi_ctx *)1;
        assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_EINVAL);
        assert_null(ctx);
        o = (gwapi_ctx_options)GWAPI_CTX_OPTIONS_INIT;
        o.channel = (gwapi_channel)(bad_enums[i] == 3 ? 2 : bad_enums[i]);
        assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_EINVAL);
        assert_null(ctx);
    }
}

/* Case i's result: exactly one diagnostic with this code and message
 * (and `objects` objects), or, with message NULL, one valid object. */
static void expect_outcome(const gwapi_result *r, size_t i, gwapi_diag_code code,
                           const char *message, size_t objects)
{
    if (!message) {
        if (gwapi_result_diag_count(r))
            fail_msg("case %zu: %s", i, gwapi_result_diag(r, 0)->message);
        assert_int_equal(gwapi_result_object_count(r), 1);
        return;
    }
    if (gwapi_result_diag_count(r) != 1)
        fail_msg("case %zu: %zu diagnostics", i, gwapi_result_diag_count(r));
    assert_int_equal(gwapi_result_diag(r, 0)->code, code);
    assert_string_equal(gwapi_result_diag(r, 0)->message, message);
    assert_int_equal(gwapi_result_object_count(r), objects);
}

/* The caller's limits apply to the caller's input only, never to the
 * library's own CRD defaults: the tightest limits still make a context, and
 * each one then bounds the input with its own diagnostic. */
static void restrictive_limits(void **state)
{
    (void)state;
    static const char doc[] = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"
                              "data: {a: b, c: dddddddddd}\n";
    static const struct { size_t field; size_t value; const char *message; } cases[] = {
        { 0, 1, "document exceeds max_depth (1 levels of nesting)" },
        { 0, 4, NULL },
        { 1, 1, "mapping exceeds max_items (1 entries)" },
        { 2, 1, "document exceeds max_nodes (1 nodes)" },
        { 2, 15, NULL },
        { 3, 1, "document exceeds max_document_bytes (1 bytes)" },
        { 3, 63, "document exceeds max_document_bytes (63 bytes)" },
        { 4, 8, "scalar exceeds max_scalar_bytes (8 bytes)" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
        switch (cases[i].field) {
        case 0: o.limits.max_depth = (uint32_t)cases[i].value; break;
        case 1: o.limits.max_items = cases[i].value; break;
        case 2: o.limits.max_nodes = cases[i].value; break;
        case 3: o.limits.max_document_bytes = cases[i].value; break;
        default: o.limits.max_scalar_bytes = cases[i].value; break;
        }
        gwapi_ctx *ctx = NULL;
        gwapi_input *in = NULL;
        gwapi_result *r = NULL;
        assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_OK);
        assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
        assert_int_equal(gwapi_input_add(in, "c.yaml", doc, strlen(doc), GWAPI_FORMAT_YAML),
                         GWAPI_OK);
        assert_int_equal(gwapi_validate(&r, ctx, in), GWAPI_OK);
        expect_outcome(r, i, GWAPI_DIAG_LIMIT, cases[i].message, 0);
        gwapi_result_free(r);
        gwapi_input_free(in);
        gwapi_ctx_free(ctx);
    }
}

/* Past max_diagnostics one note says how many were dropped; like every
 * diagnostic its path, message and file are strings, never NULL. */
static void dropped_note(void **state)
{
    (void)state;
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    o.limits.max_diagnostics = 2;
    static const char doc[] = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"
                              "a: 1\nb: 2\nc: 3\nd: 4\n";
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_OK);
    assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, "c.yaml", doc, strlen(doc), GWAPI_FORMAT_YAML), GWAPI_OK);
    assert_int_equal(gwapi_validate(&r, ctx, in), GWAPI_OK);
    assert_int_equal(gwapi_result_diag_count(r), 3);
    assert_int_equal(gwapi_result_error_count(r), 4);
    for (size_t i = 0; i < 3; i++) {
        const gwapi_diag *d = gwapi_result_diag(r, i);
        assert_non_null(d->path.ptr);
        assert_non_null(d->message);
        assert_non_null(d->pos.file);
    }
    const gwapi_diag *note = gwapi_result_diag(r, 2);
    assert_string_equal(note->message, "2 more diagnostics were dropped (limit max_diagnostics)");
    assert_string_equal(note->pos.file, "");
    assert_int_equal(note->path.len, 0);
    assert_int_equal(note->pos.line, 0);
    assert_string_equal(gwapi_result_diag(r, 0)->pos.file, "c.yaml");
    gwapi_result_free(r);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
}

/* gwapi_kind values are the append-only registry's (scripts/kind-values.tsv):
 * each listed value names its kind, and every kind up to COUNT is listed. */
static void kind_values(void **state)
{
    (void)state;
    FILE *f = fopen(SOURCE_DIR "/scripts/kind-values.tsv", "r");
    assert_non_null(f);
    char line[256];
    int listed = 0, retired = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        int value;
        char name[128], extra[32] = "";
        assert_true(sscanf(line, "%d\t%127s\t%31s", &value, name, extra) >= 2);
        assert_true(value > 0 && value < GWAPI_KIND_COUNT);
        if (!strcmp(extra, "retired")) {
            assert_null(gwapi_kind_name((gwapi_kind)value));
            retired++;
        } else {
            assert_non_null(gwapi_kind_name((gwapi_kind)value));
            assert_string_equal(gwapi_kind_name((gwapi_kind)value), name);
        }
        listed++;
    }
    fclose(f);
    assert_int_equal(listed, GWAPI_KIND_COUNT - 1);
    assert_true(listed - retired >= 26);
    /* The ABI: values that bindings mirror never move. */
    assert_int_equal(GWAPI_KIND_GATEWAY_CLASS, 1);
    assert_int_equal(GWAPI_KIND_HTTP_ROUTE, 4);
    assert_int_equal(GWAPI_KIND_CONFIG_MAP, 26);
    assert_null(gwapi_kind_name(GWAPI_KIND_UNKNOWN));
    assert_null(gwapi_kind_name(GWAPI_KIND_COUNT));
}

/* GWAPI_FORMAT_AUTO: a .json name or a first byte of '{' / '[' means JSON,
 * strictly (no YAML fallback); explicit YAML reads flow style. */
static void auto_format(void **state)
{
    (void)state;
    static const char flow[] = "{apiVersion: v1, kind: ConfigMap, metadata: {name: a}, "
                               "data: {'k': 'v',}}\n";
    static const char block[] = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n";
    static const char strict[] = "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", "
                                 "\"metadata\": {\"name\": \"a\"}, \"data\": {\"k\": 0x50}}";
    static const struct {
        const char *name, *text;
        gwapi_format format;
        const char *message; /* NULL: one valid object */
    } cases[] = {
        { "a.yaml", flow, GWAPI_FORMAT_AUTO,
          "json: offset 2: invalid character 'a' looking for beginning of object key string" },
        { "a.yaml", flow, GWAPI_FORMAT_YAML, NULL },
        { "a.yaml", flow, GWAPI_FORMAT_JSON,
          "json: offset 2: invalid character 'a' looking for beginning of object key string" },
        { "a.json", block, GWAPI_FORMAT_AUTO,
          "json: offset 1: invalid character 'a' looking for beginning of value" },
        { "a.yaml", block, GWAPI_FORMAT_AUTO, NULL },
        { "a.json", block, GWAPI_FORMAT_YAML, NULL },
        { "-", strict, GWAPI_FORMAT_AUTO,
          "json: offset 85: invalid character 'x' after object key:value pair" },
        { "-", "\xEF\xBB\xBF  \n[1,]", GWAPI_FORMAT_AUTO,
          "json: offset 7: invalid character ']' looking for beginning of value" },
    };
    gwapi_ctx *ctx = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        gwapi_input *in = NULL;
        gwapi_result *r = NULL;
        assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
        assert_int_equal(gwapi_input_add(in, cases[i].name, cases[i].text, strlen(cases[i].text),
                                         cases[i].format), GWAPI_OK);
        assert_int_equal(gwapi_validate(&r, ctx, in), GWAPI_OK);
        expect_outcome(r, i, GWAPI_DIAG_SYNTAX, cases[i].message, 0);
        gwapi_result_free(r);
        gwapi_input_free(in);
    }
    gwapi_ctx_free(ctx);
}

/* --- allocator hooks ---------------------------------------------------- */

/* Touches every kind, defaults, CEL rules, diagnostics and a List. */
static const char *const every_kind =
    "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: eg}\n"
    "spec: {controllerName: x.io/c}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\n"
    "spec: {gatewayClassName: eg, listeners: [{name: h, port: 80, protocol: HTTP},"
    " {name: h, port: 70000, protocol: HTTP}]}\n---\n"
    "apiVersion: v1\nkind: List\nitems:\n"
    "- apiVersion: gateway.networking.k8s.io/v1\n  kind: HTTPRoute\n  metadata: {name: r}\n"
    "  spec: {parentRefs: [{name: gw}], rules: [{backendRefs: [{name: s}]}], bogus: 1}\n"
    "- apiVersion: gateway.networking.k8s.io/v1\n  kind: GRPCRoute\n  metadata: {name: g}\n"
    "  spec: {rules: [{backendRefs: [{name: s, port: 1}]}]}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1\nkind: TLSRoute\nmetadata: {name: t}\n"
    "spec: {hostnames: [a.b], rules: [{backendRefs: [{name: s, port: 1}]}]}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TCPRoute\nmetadata: {name: t}\n"
    "spec: {rules: [{backendRefs: [{name: s, port: 1}]}]}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: UDPRoute\nmetadata: {name: u}\n"
    "spec: {rules: [{backendRefs: [{name: s, port: 1}]}]}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1\nkind: ReferenceGrant\nmetadata: {name: rg}\n"
    "spec: {from: [{group: '', kind: Service, namespace: a}], to: [{group: '', kind: Service}]}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1\nkind: BackendTLSPolicy\nmetadata: {name: b}\n"
    "spec: {targetRefs: [{group: '', kind: Service, name: s}], validation: {hostname: a.b,"
    " wellKnownCACertificates: System}}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1\nkind: ListenerSet\nmetadata: {name: ls}\n"
    "spec: {parentRef: {name: gw}, listeners: [{name: a, port: 81, protocol: HTTP}]}\n---\n"
    "apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackendTrafficPolicy\nmetadata: {name: x}\n"
    "spec: {targetRefs: [{group: '', kind: Service, name: s}]}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata: {name: b}\n"
    "spec: {targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}], retry: {numRetries: 2}}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: ClientTrafficPolicy\nmetadata: {name: c}\n"
    "spec: {targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gw}]}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: SecurityPolicy\nmetadata: {name: s}\n"
    "spec: {targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}],"
    " cors: {allowOrigins: ['*']}}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: EnvoyExtensionPolicy\nmetadata: {name: e}\n"
    "spec: {targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}],"
    " wasm: [{code: {type: HTTP, http: {url: 'https://x'}}, config: {a: 1}}]}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: EnvoyPatchPolicy\nmetadata: {name: p}\n"
    "spec: {targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: gw}, type: JSONPatch}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: HTTPRouteFilter\nmetadata: {name: f}\n"
    "spec: {directResponse: {statusCode: 200}}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: b}\n"
    "spec: {endpoints: [{ip: {address: 10.0.0.1, port: 80}}]}\n---\n"
    "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n---\n"
    "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: YQ==}\n---\n"
    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n---\n"
    "apiVersion: v1\nkind: Namespace\nmetadata: {name: ns1}\n---\n"
    "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: e}\naddressType: IPv4\n"
    "endpoints: [{addresses: [10.0.0.2]}]\n---\n"
    "apiVersion: multicluster.x-k8s.io/v1alpha1\nkind: ServiceImport\nmetadata: {name: s}\n"
    "spec: {type: ClusterSetIP}\n---\n"
    "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n---\n"
    "x: [unterminated\n";

typedef struct outcome {
    gwapi_status status;
    size_t calls;    /* allocator calls made */
    size_t objects;
    size_t diags;
} outcome;

/* Runs context creation + load + validate + JSON with the Nth allocation
 * failing (0: none) and checks that nothing leaked. With in_call, N counts
 * from the first allocation after the context exists. */
static outcome run_with_failure(size_t fail_at, bool in_call, bool discard)
{
    static tu_counting c; /* its live-block table is large */
    memset(&c, 0, sizeof c);
    c.fail_at = in_call ? 0 : fail_at;
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    o.discard_source = discard;
    o.allocator = tu_counting_allocator(&c);
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    char *json = NULL;
    outcome out = { 0 };
    gwapi_status st = gwapi_ctx_new(&ctx, &o);
    if (in_call) {
        c.calls = 0;
        c.fail_at = fail_at;
    }
    if (st == GWAPI_OK)
        st = gwapi_input_new(&in, ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_add(in, "all.yaml", every_kind, strlen(every_kind), GWAPI_FORMAT_AUTO);
    if (st == GWAPI_OK)
        st = gwapi_validate(&r, ctx, in);
    if (st == GWAPI_OK) {
        out.objects = gwapi_result_object_count(r);
        out.diags = gwapi_result_diag_count(r);
        st = gwapi_result_json(r, &json, NULL);
    }
    gwapi_free(json);
    gwapi_result_free(r);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    assert_int_equal(c.live_blocks, 0);
    assert_int_equal(c.wrong_sizes, 0);
    out.status = st;
    out.calls = c.calls;
    return out;
}

/* every_kind validated with the options given; the caller frees. */
static gwapi_result *validate_every_kind(gwapi_ctx **ctx, bool discard)
{
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    o.discard_source = discard;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    assert_int_equal(gwapi_ctx_new(ctx, &o), GWAPI_OK);
    assert_int_equal(gwapi_input_new(&in, *ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, "all.yaml", every_kind, strlen(every_kind),
                                     GWAPI_FORMAT_AUTO), GWAPI_OK);
    assert_int_equal(gwapi_validate(&r, *ctx, in), GWAPI_OK);
    gwapi_input_free(in);
    return r;
}

static const gwapi_object *object_of(const gwapi_result *r, gwapi_kind kind)
{
    for (size_t i = 0; i < gwapi_result_object_count(r); i++)
        if (gwapi_result_object(r, i)->kind == kind)
            return gwapi_result_object(r, i);
    fail_msg("no object of kind %d", (int)kind);
    return NULL;
}

/* discard_source: the same diagnostics and typed model, without the input
 * trees; free-form values are copies that outlive their document. */
static void discard_source(void **state)
{
    (void)state;
    gwapi_ctx *kctx, *dctx;
    gwapi_result *keep = validate_every_kind(&kctx, false);
    gwapi_result *drop = validate_every_kind(&dctx, true);
    char *kj, *dj;
    assert_int_equal(gwapi_result_json(keep, &kj, NULL), GWAPI_OK);
    assert_int_equal(gwapi_result_json(drop, &dj, NULL), GWAPI_OK);
    assert_string_equal(dj, kj);
    gwapi_free(kj);
    gwapi_free(dj);
    assert_int_equal(gwapi_result_object_count(drop), gwapi_result_object_count(keep));
    for (size_t i = 0; i < gwapi_result_object_count(drop); i++) {
        assert_non_null(gwapi_result_object(keep, i)->source);
        assert_null(gwapi_result_object(drop, i)->source);
    }

    const gwapi_http_route *k = gwapi_object_as_http_route(object_of(keep, GWAPI_KIND_HTTP_ROUTE));
    const gwapi_http_route *d = gwapi_object_as_http_route(object_of(drop, GWAPI_KIND_HTTP_ROUTE));
    assert_non_null(k->src);
    assert_non_null(k->spec->src);
    assert_null(d->src);
    assert_null(d->spec->src);
    assert_null(d->spec->parent_refs.items[0].src);
    assert_true(gwapi_str_equal(d->spec->parent_refs.items[0].name,
                                k->spec->parent_refs.items[0].name));
    assert_true(gwapi_str_equal(d->metadata->name, gwapi_str_of("r")));
    assert_int_equal(d->metadata->pos.line, k->metadata->pos.line);

    /* wasm[0].config {a: 1}: copied, intact after later documents reused
     * the freed nodes' memory */
    const gwapi_envoy_extension_policy *e = gwapi_object_as_envoy_extension_policy(
        object_of(drop, GWAPI_KIND_ENVOY_EXTENSION_POLICY));
    const gwapi_value *cfg = e->spec->wasm.items[0].config;
    assert_non_null(cfg);
    assert_int_equal(cfg->type, GWAPI_VALUE_MAP);
    assert_int_equal(cfg->u.map.count, 1);
    assert_true(gwapi_str_equal(cfg->u.map.items[0].key->u.string, gwapi_str_of("a")));
    assert_int_equal(gwapi_value_get(cfg, "a")->u.integer, 1);
    assert_int_equal(gwapi_value_get(cfg, "a")->pos.line,
                     gwapi_value_get(gwapi_object_as_envoy_extension_policy(
                         object_of(keep, GWAPI_KIND_ENVOY_EXTENSION_POLICY))
                         ->spec->wasm.items[0].config, "a")->pos.line);

    gwapi_result_free(keep);
    gwapi_result_free(drop);
    gwapi_ctx_free(kctx);
    gwapi_ctx_free(dctx);
}

static void allocator_hooks_balance(void **state)
{
    (void)state;
    outcome clean = run_with_failure(0, false, false);
    assert_int_equal(clean.status, GWAPI_OK);
    assert_true(clean.objects >= 25);
    assert_true(clean.diags > 3);
}

/* Every allocation of a load + validate (+ JSON) call fails in turn: each
 * run reports GWAPI_ENOMEM and leaks nothing. */
static void allocation_failure_in_calls(void **state)
{
    (void)state;
    for (int discard = 0; discard < 2; discard++) {
        outcome clean = run_with_failure(0, true, discard);
        for (size_t n = 1; n <= clean.calls; n++) {
            outcome o = run_with_failure(n, true, discard);
            if (o.status != GWAPI_ENOMEM)
                fail_msg("allocation %zu of %zu%s: status %d, want ENOMEM", n, clean.calls,
                         discard ? " (discard_source)" : "", o.status);
        }
        print_message("load+validate%s: failure injected at each of %zu allocations\n",
                      discard ? " (discard_source)" : "", clean.calls);
    }
}

/* Context creation: each failure gives ENOMEM, except where the library
 * can do without the memory (PCRE2's JIT compiler) — then the results
 * must be exactly the clean run's. Never a leak. */
static void allocation_failure_in_context(void **state)
{
    (void)state;
    outcome clean = run_with_failure(0, false, false);
    outcome call = run_with_failure(0, true, false);
    size_t ctx_calls = clean.calls - call.calls;
    size_t nomem = 0;
    for (size_t n = 1; n <= ctx_calls; n++) {
        outcome o = run_with_failure(n, false, false);
        if (o.status == GWAPI_OK) {
            assert_int_equal(o.objects, clean.objects);
            assert_int_equal(o.diags, clean.diags);
        } else {
            assert_int_equal(o.status, GWAPI_ENOMEM);
            nomem++;
        }
    }
    assert_true(nomem > 0);
    print_message("context: failure injected at each of %zu allocations (%zu gave ENOMEM)\n",
                  ctx_calls, nomem);
}

/* Each diagnostic knows its object and each object its diagnostics, even
 * for two objects of the same kind and name, an object whose metadata did
 * not decode, List items, and problems that belong to no object. */
static void diag_object_link(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: fine}\n"
        "---\n"
        "just a scalar\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\n"
        "spec: {gatewayClassName: eg, listeners: [{name: a, protocol: HTTP, port: 0}]}\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\n"
        "spec: {gatewayClassName: eg, listeners: [{name: a, protocol: HTTP, port: 70000, bogus: 1}]}\n"
        "---\n"
        "apiVersion: v1\nkind: List\nitems:\n"
        "- 7\n"
        "- {apiVersion: v1, kind: ConfigMap, metadata: {name: Bad_Name}}\n"
        "- {apiVersion: v1, kind: ConfigMap, metadata: {name: [x]}}\n",
        GWAPI_CHANNEL_EXPERIMENTAL);
    assert_int_equal(gwapi_result_object_count(r), 5);
    /* objects: 0 ConfigMap fine, 1 Gateway, 2 Gateway (same name), 3 and 4 ConfigMaps */
    size_t want_counts[5] = { 0, 1, 2, 1, 1 };
    size_t seen[5] = { 0 };
    size_t none = 0;
    for (size_t i = 0; i < gwapi_result_diag_count(r); i++) {
        const gwapi_diag *d = gwapi_result_diag(r, i);
        size_t k = gwapi_result_diag_object(r, i);
        if (k == GWAPI_NO_OBJECT) {
            assert_int_equal(d->code, GWAPI_DIAG_NOT_OBJECT);
            none++;
            continue;
        }
        assert_true(k < 5);
        seen[k]++;
        size_t first = 99, n = gwapi_result_object_diags(r, k, &first);
        assert_true(first <= i && i < first + n);
        assert_true(gwapi_str_equal(d->kind, gwapi_result_object(r, k)->kind_name));
    }
    assert_int_equal(none, 2); /* the scalar and the List item 7 */
    for (size_t k = 0; k < 5; k++) {
        size_t first = 0;
        if (gwapi_result_object_diags(r, k, &first) != want_counts[k] || seen[k] != want_counts[k]) {
            tu_dump(r);
            fail_msg("object %zu: %zu diagnostics linked, %zu seen, %zu wanted", k,
                     gwapi_result_object_diags(r, k, NULL), seen[k], want_counts[k]);
        }
    }
    /* the second Gateway's diagnostics are its own, not the first's */
    size_t first = 0;
    assert_int_equal(gwapi_result_object_diags(r, 2, &first), 2);
    assert_int_equal(gwapi_result_diag(r, first)->pos.line, 15);
    assert_int_equal(gwapi_result_diag(r, first + 1)->pos.line, 15);
    assert_null(gwapi_result_object(r, 4)->meta);
    assert_int_equal(gwapi_result_diag_object(r, gwapi_result_diag_count(r)), GWAPI_NO_OBJECT);
    assert_int_equal(gwapi_result_diag_object(NULL, 0), GWAPI_NO_OBJECT);
    assert_int_equal(gwapi_result_object_diags(r, 5, &first), 0);
    assert_int_equal(first, 0);
    tu_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(version_and_status),
        cmocka_unit_test(options),
        cmocka_unit_test(result_json),
        cmocka_unit_test(option_versions_and_enums),
        cmocka_unit_test(restrictive_limits),
        cmocka_unit_test(dropped_note),
        cmocka_unit_test(diag_object_link),
        cmocka_unit_test(kind_values),
        cmocka_unit_test(auto_format),
        cmocka_unit_test(discard_source),
        cmocka_unit_test(allocator_hooks_balance),
        cmocka_unit_test(allocation_failure_in_calls),
        cmocka_unit_test(allocation_failure_in_context),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
