/* mergeType merges (lib/schema/merge.c): RFC 7386's own examples for
 * JSONMerge, strategic merge by list-map keys, sets and atomic lists, and
 * a route BackendTrafficPolicy merged with its Gateway's policy end to end
 * (lib/resolve/policy_merge.c). */
#include "testutil.h"

#include <string.h>
#include "../../lib/schema/merge.h"
#include "../../lib/model/model.h"
#include "../../lib/resolve/policy.h"

/* Compact JSON of a value, keys in order. */
static void json(char *out, size_t cap, const gwapi_value *v)
{
    size_t n = strlen(out);
    switch (v ? v->type : GWAPI_VALUE_NULL) {
    case GWAPI_VALUE_NULL: snprintf(out + n, cap - n, "null"); break;
    case GWAPI_VALUE_BOOL: snprintf(out + n, cap - n, v->u.boolean ? "true" : "false"); break;
    case GWAPI_VALUE_INT: snprintf(out + n, cap - n, "%lld", (long long)v->u.integer); break;
    case GWAPI_VALUE_FLOAT: snprintf(out + n, cap - n, "%g", v->u.number); break;
    case GWAPI_VALUE_STRING: snprintf(out + n, cap - n, "\"%s\"", v->u.string.ptr); break;
    case GWAPI_VALUE_MAP:
        snprintf(out + n, cap - n, "{");
        for (size_t i = 0; i < v->u.map.count; i++) {
            n = strlen(out);
            snprintf(out + n, cap - n, "%s\"%s\":", i ? "," : "", v->u.map.items[i].key->u.string.ptr);
            json(out, cap, v->u.map.items[i].value);
        }
        n = strlen(out);
        snprintf(out + n, cap - n, "}");
        break;
    case GWAPI_VALUE_SEQ:
        snprintf(out + n, cap - n, "[");
        for (size_t i = 0; i < v->u.seq.count; i++) {
            n = strlen(out);
            snprintf(out + n, cap - n, "%s", i ? "," : "");
            json(out, cap, v->u.seq.items[i]);
        }
        n = strlen(out);
        snprintf(out + n, cap - n, "]");
        break;
    }
}

/* Merges patch into target (flow-style YAML values) and compares the
 * compact JSON of the result. */
static void check(const gw_schema *s, bool strategic, const char *target, const char *patch,
                  const char *want)
{
    char doc[512];
    /* Objects of a kind without a schema keep their source: the values
     * ride in member v of two such objects. */
    snprintf(doc, sizeof doc,
             "apiVersion: example.com/v1\nkind: X\nmetadata: {name: t}\nv: %s\n---\n"
             "apiVersion: example.com/v1\nkind: X\nmetadata: {name: p}\nv: %s\n", target, patch);
    gwapi_result *r = tu_validate(doc, GWAPI_CHANNEL_EXPERIMENTAL);
    assert_int_equal(gwapi_result_object_count(r), 2);
    arena a;
    arena_init(&a, NULL);
    const gwapi_value *m = schema_merge(&a, s, gwapi_value_get(gwapi_result_object(r, 0)->source, "v"),
                                        gwapi_value_get(gwapi_result_object(r, 1)->source, "v"), strategic);
    char got[1024] = "";
    json(got, sizeof got, m);
    assert_string_equal(got, want);
    arena_free(&a);
    tu_free(r);
}

/* RFC 7386 appendix A. */
static void test_json_merge_rfc7386(void **state)
{
    (void)state;
    check(NULL, false, "{a: b}", "{a: c}", "{\"a\":\"c\"}");
    check(NULL, false, "{a: b}", "{b: c}", "{\"a\":\"b\",\"b\":\"c\"}");
    check(NULL, false, "{a: b}", "{a: null}", "{}");
    check(NULL, false, "{a: b, b: c}", "{a: null}", "{\"b\":\"c\"}");
    check(NULL, false, "{a: [b]}", "{a: c}", "{\"a\":\"c\"}");
    check(NULL, false, "{a: c}", "{a: [b]}", "{\"a\":[\"b\"]}");
    check(NULL, false, "{a: {b: c}}", "{a: {b: d, c: null}}",
          "{\"a\":{\"b\":\"d\"}}");
    check(NULL, false, "{a: [{b: c}]}", "{a: [1]}", "{\"a\":[1]}");
    check(NULL, false, "{e: null}", "{a: 1}", "{\"e\":null,\"a\":1}");
    check(NULL, false, "{a: {b: c}}", "{a: {bb: {c: null}}}",
          "{\"a\":{\"b\":\"c\",\"bb\":{}}}");
}

/* A schema with a list-map keyed by name, a set and an atomic list. */
static const char *const name_key[] = { "name" };
static const gw_schema s_str = { .type = GW_T_STRING };
static const gw_field item_fields[] = { { "name", &s_str, 0, true }, { "value", &s_str, 0, false } };
static const gw_schema s_item = { .type = GW_T_OBJECT, .fields = item_fields, .nfields = 2 };
static const gw_schema s_map_list = { .type = GW_T_ARRAY, .list_type = GW_LIST_MAP, .items = &s_item,
                                      .map_keys = name_key, .nmap_keys = 1 };
static const gw_schema s_set = { .type = GW_T_ARRAY, .list_type = GW_LIST_SET, .items = &s_str };
static const gw_schema s_atomic = { .type = GW_T_ARRAY, .list_type = GW_LIST_ATOMIC, .items = &s_str };
static const gw_field top_fields[] = {
    { "headers", &s_map_list, 0, false },
    { "codes", &s_set, 0, false }, { "hosts", &s_atomic, 0, false },
};
static const gw_schema s_top = { .type = GW_T_OBJECT, .fields = top_fields, .nfields = 3 };

static void test_strategic_merge_lists(void **state)
{
    (void)state;
    /* items with the same key merge, new ones are appended */
    check(&s_top, true, "{headers: [{name: a, value: '1'}, {name: b, value: '2'}]}",
          "{headers: [{name: b, value: '3'}, {name: c, value: '4'}]}",
          "{\"headers\":[{\"name\":\"a\",\"value\":\"1\"},{\"name\":\"b\",\"value\":\"3\"},"
          "{\"name\":\"c\",\"value\":\"4\"}]}");
    /* sets are unioned, atomic lists replaced */
    check(&s_top, true, "{codes: [a, b], hosts: [x, y]}", "{codes: [b, c], hosts: [z]}",
          "{\"codes\":[\"a\",\"b\",\"c\"],\"hosts\":[\"z\"]}");
    /* JSONMerge replaces every list */
    check(&s_top, false, "{headers: [{name: a, value: '1'}]}", "{headers: [{name: b}]}",
          "{\"headers\":[{\"name\":\"b\"}]}");
    /* null still deletes */
    check(&s_top, true, "{codes: [a], hosts: [x]}", "{hosts: null}",
          "{\"codes\":[\"a\"]}");
}

static const char policies[] =
    "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: eg}\n"
    "spec: {controllerName: example.com/gw}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {namespace: ns, name: gw}\n"
    "spec: {gatewayClassName: eg, listeners: [{name: http, protocol: HTTP, port: 80}]}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {namespace: ns, name: r}\n"
    "spec: {parentRefs: [{name: gw}], rules: [{backendRefs: [{name: s, port: 80}]}]}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata: {namespace: ns, name: parent}\n"
    "spec: {targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gw}],\n"
    "  timeout: {http: {requestTimeout: 10s}, tcp: {connectTimeout: 2s}},\n"
    "  retry: {numRetries: 3}}\n---\n"
    "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata: {namespace: ns, name: child}\n"
    "spec: {mergeType: %s, targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}],\n"
    "  timeout: {http: {requestTimeout: 5s}}, retry: null}\n";

static void merged_child(const char *merge_type, char *got, size_t cap)
{
    char doc[2048];
    snprintf(doc, sizeof doc, policies, merge_type);
    gwapi_result *r = tu_validate(doc, GWAPI_CHANNEL_EXPERIMENTAL);
    arena a;
    arena_init(&a, NULL);
    gw_model m;
    gw_graph g;
    gw_resolve_options ro = { .controller_name = "example.com/gw" };
    assert_true(gw_model_build(&m, &a, r));
    assert_true(gw_resolve(&g, &a, &m, &ro));
    const gw_policy *child = NULL;
    for (size_t i = 0; i < g.policies->count; i++)
        if (!strcmp(g.policies->items[i].obj->name, "child"))
            child = &g.policies->items[i];
    assert_non_null(child);
    assert_int_equal(child->merge_count, 1);
    assert_string_equal(child->merges[0].parent->obj->name, "parent");
    const gwapi_value *spec = gw_policy_merged_spec(&a, child, child->merges[0].parent);
    got[0] = 0;
    json(got, cap, gwapi_value_get(spec, "timeout"));
    size_t n = strlen(got);
    snprintf(got + n, cap - n, " retry=");
    json(got, cap, gwapi_value_get(spec, "retry"));
    arena_free(&a);
    tu_free(r);
}

static void test_route_policy_merges_with_gateway_policy(void **state)
{
    (void)state;
    char got[512];
    merged_child("JSONMerge", got, sizeof got);
    assert_string_equal(got, "{\"http\":{\"requestTimeout\":\"5s\"},\"tcp\":{\"connectTimeout\":\"2s\"}} retry=null");
    merged_child("StrategicMerge", got, sizeof got);
    assert_string_equal(got, "{\"http\":{\"requestTimeout\":\"5s\"},\"tcp\":{\"connectTimeout\":\"2s\"}} retry=null");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_merge_rfc7386),
        cmocka_unit_test(test_strategic_merge_lists),
        cmocka_unit_test(test_route_policy_merges_with_gateway_policy),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
