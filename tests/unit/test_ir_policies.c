/* The policy sections of the IR as C structs (include/gwapi/ir.h): typed
 * settings (merged specs decoded again, defaults included), provenance
 * (winner, mergedWith, overridden, rejected, invalid, failOpen),
 * ClientTrafficPolicy per listener and EnvoyPatchPolicy patches per
 * Gateway in order. */
#include "testutil.h"

#include <string.h>

static const char input[] =
    "apiVersion: gateway.networking.k8s.io/v1\n"
    "kind: GatewayClass\n"
    "metadata: {name: eg}\n"
    "spec: {controllerName: example.com/gw}\n"
    "---\n"
    "apiVersion: gateway.networking.k8s.io/v1\n"
    "kind: Gateway\n"
    "metadata: {name: gw, namespace: ns}\n"
    "spec:\n"
    "  gatewayClassName: eg\n"
    "  listeners:\n"
    "  - {name: a, protocol: HTTP, port: 80}\n"
    "  - {name: b, protocol: HTTP, port: 81}\n"
    "---\n"
    "apiVersion: gateway.networking.k8s.io/v1\n"
    "kind: HTTPRoute\n"
    "metadata: {name: r, namespace: ns}\n"
    "spec:\n"
    "  parentRefs: [{name: gw}]\n"
    "  rules:\n"
    "  - backendRefs: [{name: svc, port: 8080}]\n"
    "---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: BackendTrafficPolicy\n"
    "metadata: {name: gw-faults, namespace: ns, creationTimestamp: \"2026-01-01T00:00:00Z\"}\n"
    "spec:\n"
    "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gw}]\n"
    "  faultInjection: {abort: {httpStatus: 503}}\n"
    "  timeout: {tcp: {connectTimeout: 5s}}\n"
    "---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: BackendTrafficPolicy\n"
    "metadata: {name: gw-later, namespace: ns, creationTimestamp: \"2026-02-01T00:00:00Z\"}\n"
    "spec:\n"
    "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gw}]\n"
    "---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: BackendTrafficPolicy\n"
    "metadata: {name: listener-b, namespace: ns, creationTimestamp: \"2026-01-01T00:00:00Z\"}\n"
    "spec:\n"
    "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gw, sectionName: b}]\n"
    "  retry: {numRetries: 0}\n"
    "  timeout: {tcp: {connectTimeout: 7s}}\n"
    "---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: BackendTrafficPolicy\n"
    "metadata: {name: route, namespace: ns, creationTimestamp: \"2026-01-01T00:00:00Z\"}\n"
    "spec:\n"
    "  mergeType: JSONMerge\n"
    "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n"
    "  timeout: {http: {requestTimeout: 20s}}\n"
    "---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: ClientTrafficPolicy\n"
    "metadata: {name: client, namespace: ns}\n"
    "spec:\n"
    "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gw, sectionName: a}]\n"
    "  timeout: {http: {idleTimeout: 30s}}\n"
    "---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: EnvoyPatchPolicy\n"
    "metadata: {name: second, namespace: ns, creationTimestamp: \"2026-01-01T00:00:00Z\"}\n"
    "spec:\n"
    "  type: JSONPatch\n"
    "  priority: 5\n"
    "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: gw}\n"
    "  jsonPatches:\n"
    "  - {type: x, name: y, operation: {op: add, path: /a, value: {k: [1]}}}\n"
    "---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
    "kind: EnvoyPatchPolicy\n"
    "metadata: {name: first, namespace: ns, creationTimestamp: \"2026-02-01T00:00:00Z\"}\n"
    "spec:\n"
    "  type: JSONPatch\n"
    "  priority: -5\n"
    "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: gw}\n"
    "  jsonPatches: []\n";

static const gwapi_ir_listener *listener(const gwapi_ir *ir, const char *name)
{
    for (size_t i = 0; i < ir->gateways.items[0].listeners.count; i++)
        if (!strcmp(ir->gateways.items[0].listeners.items[i].src.section, name))
            return &ir->gateways.items[0].listeners.items[i];
    return NULL;
}

static bool str_is(gwapi_str s, const char *want)
{
    return s.ptr && s.len == strlen(want) && !memcmp(s.ptr, want, s.len);
}

static void policy_sections(void **state)
{
    (void)state;
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_translation *t = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, "in.yaml", input, strlen(input), GWAPI_FORMAT_AUTO), GWAPI_OK);
    gwapi_translate_options o = GWAPI_TRANSLATE_OPTIONS_INIT;
    o.controller_name = "example.com/gw";
    assert_int_equal(gwapi_translate(&t, ctx, in, &o), GWAPI_OK);
    const gwapi_ir *ir = gwapi_translation_ir(t);
    assert_int_equal(ir->gateways.count, 1);

    /* listener a: its own ClientTrafficPolicy; b: none */
    const gwapi_ir_listener *a = listener(ir, "a"), *b = listener(ir, "b");
    assert_non_null(a);
    assert_non_null(b);
    assert_null(b->client);
    assert_non_null(a->client);
    assert_string_equal(a->client->provenance.winner.policy.name, "client");
    assert_string_equal(a->client->provenance.winner.scope, "Listener");
    assert_true(str_is(a->client->settings->timeout->http->idle_timeout, "30s"));

    /* on a: the route policy merged into the Gateway's (JSONMerge); the
     * merged spec keeps the parent's faultInjection with its default
     * percentage and its tcp timeout, and adds the route's http timeout */
    const gwapi_ir_http_route *ra = &a->virtual_hosts.items[0].routes.items[0];
    const gwapi_ir_traffic_policy *tp = ra->policies.traffic;
    assert_non_null(tp);
    assert_null(ra->policies.security);
    assert_string_equal(tp->provenance.winner.policy.name, "route");
    assert_string_equal(tp->provenance.winner.scope, "Route");
    assert_non_null(tp->provenance.merged_with);
    assert_string_equal(tp->provenance.merged_with->policy.name, "gw-faults");
    assert_string_equal(tp->provenance.merged_with->scope, "Gateway");
    assert_string_equal(tp->provenance.merge_type, "JSONMerge");
    assert_int_equal(tp->provenance.overridden.count, 0);
    assert_int_equal(tp->provenance.rejected.count, 0);
    assert_null(tp->provenance.invalid);
    assert_true(str_is(tp->settings->timeout->http->request_timeout, "20s"));
    assert_true(str_is(tp->settings->timeout->tcp->connect_timeout, "5s"));
    assert_non_null(tp->settings->fault_injection);
    assert_true(tp->settings->fault_injection->abort->percentage.set);
    assert_true(tp->settings->fault_injection->abort->percentage.value == 100);

    /* on b: merged with the listener policy; the Gateway's is overridden */
    const gwapi_ir_http_route *rb = &b->virtual_hosts.items[0].routes.items[0];
    tp = rb->policies.traffic;
    assert_string_equal(tp->provenance.merged_with->policy.name, "listener-b");
    assert_string_equal(tp->provenance.merged_with->scope, "Listener");
    assert_int_equal(tp->provenance.overridden.count, 1);
    assert_string_equal(tp->provenance.overridden.items[0].policy.name, "gw-faults");
    assert_true(str_is(tp->settings->timeout->tcp->connect_timeout, "7s"));
    assert_null(tp->settings->fault_injection);

    /* patches by priority, not age */
    const gwapi_ir_patch_list *p = &ir->gateways.items[0].patches;
    assert_int_equal(p->count, 2);
    assert_string_equal(p->items[0].policy.name, "first");
    assert_int_equal(p->items[0].priority, -5);
    assert_int_equal(p->items[0].json_patches.count, 0);
    assert_string_equal(p->items[1].policy.name, "second");
    assert_string_equal(p->items[1].type, "JSONPatch");
    assert_int_equal(p->items[1].json_patches.count, 1);

    gwapi_translation_free(t);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
}

/* The Conflicted loser on the winner's target is listed as rejected. */
static void rejected(void **state)
{
    (void)state;
    const char *y = strstr(input, "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata: {name: listener-b");
    assert_non_null(y);
    char *only_gateway = test_malloc((size_t)(y - input) + 1);
    memcpy(only_gateway, input, (size_t)(y - input));
    only_gateway[y - input] = 0;
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_translation *t = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, "in.yaml", only_gateway, strlen(only_gateway), GWAPI_FORMAT_AUTO),
                     GWAPI_OK);
    gwapi_translate_options o = GWAPI_TRANSLATE_OPTIONS_INIT;
    o.controller_name = "example.com/gw";
    assert_int_equal(gwapi_translate(&t, ctx, in, &o), GWAPI_OK);
    const gwapi_ir_listener *a = listener(gwapi_translation_ir(t), "a");
    const gwapi_ir_traffic_policy *tp = a->virtual_hosts.items[0].routes.items[0].policies.traffic;
    assert_string_equal(tp->provenance.winner.policy.name, "gw-faults");
    assert_null(tp->provenance.merged_with);
    assert_int_equal(tp->provenance.rejected.count, 1);
    assert_string_equal(tp->provenance.rejected.items[0].policy.name, "gw-later");
    assert_string_equal(tp->provenance.rejected.items[0].scope, "Gateway");
    /* the Gateway policy applies as written: its spec, defaults included */
    assert_true(tp->settings->fault_injection->abort->percentage.set);
    assert_null(tp->settings->timeout->http);
    gwapi_translation_free(t);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    test_free(only_gateway);
}

/* An EnvoyExtensionPolicy translates with failures only where failOpen is
 * set: Invalid, yet the route forwards with the extensions that translated;
 * without failOpen on one of them the route answers 500. */
static const gwapi_ir_http_route *extension_route(gwapi_translation **t, gwapi_ctx **ctx, gwapi_input **in,
                                                  const char *second_fail_open)
{
    char *y = NULL;
    const char *head = strstr(input, "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy");
    assert_non_null(head);
    const char *eep =
        "---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: Backend\n"
        "metadata: {name: proc, namespace: ns}\n"
        "spec: {endpoints: [{ip: {address: 10.0.0.1, port: 9000}}]}\n"
        "---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: EnvoyExtensionPolicy\n"
        "metadata: {name: ext, namespace: ns}\n"
        "spec:\n"
        "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n"
        "  extProc:\n"
        "  - {backendRefs: [{name: absent, port: 9000}], failOpen: true}\n"
        "  - {backendRefs: [{group: gateway.envoyproxy.io, kind: Backend, name: proc}]}\n"
        "  - {backendRefs: [{name: absent-too, port: 9000}], failOpen: ";
    size_t n = (size_t)(head - input);
    size_t len = n + strlen(eep) + strlen(second_fail_open) + 3;
    y = test_malloc(len);
    memcpy(y, input, n);
    snprintf(y + n, len - n, "%s%s}\n", eep, second_fail_open);
    assert_int_equal(gwapi_ctx_new(ctx, NULL), GWAPI_OK);
    assert_int_equal(gwapi_input_new(in, *ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(*in, "in.yaml", y, strlen(y), GWAPI_FORMAT_AUTO), GWAPI_OK);
    test_free(y);
    gwapi_translate_options o = GWAPI_TRANSLATE_OPTIONS_INIT;
    o.controller_name = "example.com/gw";
    assert_int_equal(gwapi_translate(t, *ctx, *in, &o), GWAPI_OK);
    const gwapi_ir_listener *a = listener(gwapi_translation_ir(*t), "a");
    assert_non_null(a);
    return &a->virtual_hosts.items[0].routes.items[0];
}

static void fail_open(void **state)
{
    (void)state;
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_translation *t = NULL;
    const gwapi_ir_http_route *r = extension_route(&t, &ctx, &in, "true");
    const gwapi_ir_extension_policy *x = r->policies.extension;
    assert_non_null(x);
    assert_non_null(x->provenance.invalid);
    assert_true(x->provenance.fail_open);
    /* (the route's own backend is absent here: no 500 for the policy) */
    assert_true(!r->direct_reason || !strstr(r->direct_reason, "ExtProc"));
    assert_non_null(x->settings);
    assert_int_equal(x->settings->ext_proc.count, 1);
    assert_true(str_is(x->settings->ext_proc.items[0].backend_refs.items[0].name, "proc"));
    gwapi_translation_free(t);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);

    r = extension_route(&t, &ctx, &in, "false");
    x = r->policies.extension;
    assert_non_null(x->provenance.invalid);
    assert_false(x->provenance.fail_open);
    assert_null(x->settings);
    assert_int_equal(r->direct_status, 500);
    assert_string_equal(r->direct_reason, x->provenance.invalid);
    gwapi_translation_free(t);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(policy_sections),
        cmocka_unit_test(rejected),
        cmocka_unit_test(fail_open),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
