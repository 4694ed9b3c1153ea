/* Lowering pieces as pure functions: route precedence keys and order, the
 * JSON/YAML tree writer, RE2 compatibility, match lowering and route
 * filter processing (checks, messages and effects). */
#include "testutil.h"
#include "../../lib/ir/order.h"
#include "../../lib/ir/match.h"
#include "../../lib/emit/tree_writer.h"
#include "../../lib/util/re2.h"
#include "../../lib/filter/filter.h"
#include "../../lib/model/model.h"

#include <string.h>

/* ---- precedence ------------------------------------------------------- */

static gwapi_ir_match http_match(gwapi_ir_path_type t, const char *path, const char *method,
                                 size_t nh, size_t nh_exact)
{
    static gwapi_ir_string_match hs[8];
    gwapi_ir_match m;
    memset(&m, 0, sizeof m);
    m.path.type = t;
    m.path.value = path;
    m.method = method;
    for (size_t i = 0; i < nh; i++)
        hs[i] = (gwapi_ir_string_match){ "h", i < nh_exact ? GWAPI_IR_MATCH_EXACT : GWAPI_IR_MATCH_REGEX, "v", false };
    m.headers.items = hs;
    m.headers.count = nh;
    return m;
}

static void order_keys(void **state)
{
    (void)state;
    ir_order_key k;
    gwapi_ir_match m = http_match(GWAPI_IR_PATH_PREFIX, "/", "GET", 2, 1);
    ir_order_key_http(&k, &m);
    assert_int_equal(k.path_rank, 1);
    assert_int_equal(k.path_len, 0);          /* PathPrefix "/" counts 0 */
    assert_int_equal(k.headers, 3);           /* the method is one Exact header */
    assert_int_equal(k.exact_headers, 2);
    m = http_match(GWAPI_IR_PATH_EXACT, "/", NULL, 0, 0);
    ir_order_key_http(&k, &m);
    assert_int_equal(k.path_rank, 3);
    assert_int_equal(k.path_len, 1);
    m = http_match(GWAPI_IR_PATH_REGEX, "/a.*", NULL, 0, 0);
    ir_order_key_http(&k, &m);
    assert_int_equal(k.path_rank, 2);
    assert_int_equal(k.path_len, 4);

    gwapi_ir_grpc_method g = { GWAPI_IR_MATCH_EXACT, "pkg.Svc", "Get" };
    memset(&m, 0, sizeof m);
    m.grpc_method = &g;
    ir_order_key_grpc(&k, &m);
    assert_int_equal(k.path_rank, 3);
    assert_int_equal(k.path_len, strlen("/pkg.Svc/Get"));
    g.method = NULL;
    ir_order_key_grpc(&k, &m);
    assert_int_equal(k.path_rank, 1);
    assert_int_equal(k.path_len, strlen("/pkg.Svc"));
    g.service = NULL;
    g.method = "Get";
    ir_order_key_grpc(&k, &m);
    assert_int_equal(k.path_rank, 1);
    assert_int_equal(k.path_len, 0);
    assert_int_equal(k.headers, 1);           /* the method suffix, not Exact */
    assert_int_equal(k.exact_headers, 0);
    g.type = GWAPI_IR_MATCH_REGEX;
    ir_order_key_grpc(&k, &m);
    assert_int_equal(k.path_rank, 2);
    assert_int_equal(k.path_len, 2 + strlen(ir_grpc_any_service) + strlen("Get"));
    m.grpc_method = NULL;
    ir_order_key_grpc(&k, &m);
    assert_int_equal(k.path_rank, 1);
    assert_int_equal(k.path_len, 0);
}

static ir_order_item item(gwapi_ir_match m, bool grpc, bool has_time, int64_t t, const char *ns,
                          const char *name, int rule, int match, size_t seq)
{
    ir_order_item it;
    memset(&it, 0, sizeof it);
    if (grpc)
        ir_order_key_grpc(&it.key, &m);
    else
        ir_order_key_http(&it.key, &m);
    it.origin = (ir_order_origin){ grpc, has_time, t, ns, name, rule, match };
    it.seq = seq;
    it.payload = (void *)(uintptr_t)(seq + 1);
    return it;
}

static void order_sort(void **state)
{
    (void)state;
    ir_order_item it[9];
    /* given in the reverse of the expected order */
    it[0] = item(http_match(GWAPI_IR_PATH_PREFIX, "/", NULL, 0, 0), true, false, 0, "a", "g", 0, 0, 0);
    it[1] = item(http_match(GWAPI_IR_PATH_PREFIX, "/", NULL, 0, 0), false, false, 0, "b", "r", 0, 0, 1);
    it[2] = item(http_match(GWAPI_IR_PATH_PREFIX, "/", NULL, 0, 0), false, false, 0, "a", "r", 1, 0, 2);
    it[3] = item(http_match(GWAPI_IR_PATH_PREFIX, "/", NULL, 0, 0), false, false, 0, "a", "r", 0, 1, 3);
    it[4] = item(http_match(GWAPI_IR_PATH_PREFIX, "/", NULL, 0, 0), false, true, 100, "a", "a", 0, 0, 4);
    it[5] = item(http_match(GWAPI_IR_PATH_PREFIX, "/", NULL, 1, 0), false, false, 0, "z", "z", 0, 0, 5);
    it[6] = item(http_match(GWAPI_IR_PATH_PREFIX, "/", "GET", 0, 0), false, false, 0, "z", "z", 0, 0, 6);
    it[7] = item(http_match(GWAPI_IR_PATH_PREFIX, "/api", NULL, 0, 0), false, false, 0, "z", "z", 0, 0, 7);
    it[8] = item(http_match(GWAPI_IR_PATH_EXACT, "/", NULL, 0, 0), false, false, 0, "z", "z", 0, 0, 8);
    ir_order_sort(it, 9);
    /* Exact, longer prefix, method (Exact header) before a regex header,
     * then ties: no creationTimestamp counts as oldest, namespace/name,
     * rule, match; HTTPRoute before GRPCRoute. */
    const size_t want[9] = { 8, 7, 6, 5, 3, 2, 1, 4, 0 };
    for (size_t i = 0; i < 9; i++)
        assert_int_equal(it[i].seq, want[i]);
}

/* ---- tree writer ------------------------------------------------------ */

static void write_doc(tw *w)
{
    tw_obj_begin(w);
    tw_kv_str(w, "name", "web");
    tw_kv_str(w, "host", "*.example.com");
    tw_kv_int(w, "port", 8080);
    tw_key(w, "pct");
    tw_num(w, 33.5);
    tw_key(w, "list");
    tw_arr_begin(w);
    tw_str(w, "yes");
    tw_obj_begin(w);
    tw_kv_bool(w, "ok", true);
    tw_kv_str(w, "v", "/a/b");
    tw_obj_end(w);
    tw_arr_begin(w);
    tw_int(w, 1);
    tw_arr_end(w);
    tw_arr_end(w);
    tw_key(w, "empty");
    tw_obj_begin(w);
    tw_obj_end(w);
    tw_key(w, "none");
    tw_arr_begin(w);
    tw_arr_end(w);
    tw_obj_end(w);
    tw_finish(w);
}

static void tree_writer(void **state)
{
    (void)state;
    strbuf b;
    tw w;
    strbuf_init(&b, NULL);
    tw_init(&w, &b, TW_JSON);
    write_doc(&w);
    assert_string_equal(strbuf_str(&b),
        "{\n  \"name\": \"web\",\n  \"host\": \"*.example.com\",\n  \"port\": 8080,\n"
        "  \"pct\": 33.5,\n  \"list\": [\n    \"yes\",\n    {\n      \"ok\": true,\n"
        "      \"v\": \"/a/b\"\n    },\n    [\n      1\n    ]\n  ],\n  \"empty\": {},\n"
        "  \"none\": []\n}\n");
    strbuf_truncate(&b, 0);
    tw_init(&w, &b, TW_YAML);
    write_doc(&w);
    assert_string_equal(strbuf_str(&b),
        "name: web\nhost: \"*.example.com\"\nport: 8080\npct: 33.5\nlist:\n- \"yes\"\n"
        "- ok: true\n  v: /a/b\n- - 1\nempty: {}\nnone: []\n");
    strbuf_free(&b);
}

/* ---- RE2 -------------------------------------------------------------- */

static void re2(void **state)
{
    (void)state;
    const char *ok[] = { "a.*b", "(?i)^/api/v[0-9]+$", "[(?=]x", "\\.", "(?P<n>a)", "a{2,3}",
                         "(?-i)a", "(?i-s:a)", "[\\1]" };
    const char *bad[] = { "(?=x)", "(?!x)", "(?<=x)y", "(a)\\1", "a*+", "(?>a)", "(?(1)a|b)",
                          "(?R)", "\\C", "*.foo.bar.com", "(", "(a)(?-1)", "(a)(?+1)",
                          "(?P<n>a)(?P=n)", "(?P<n>a)(?P>n)", "(?C1)a", "a\\Kb", "(?1)(a)" };
    const char *why;
    bool oom = false;
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        if (!re2_valid(NULL, ok[i], strlen(ok[i]), &why, &oom))
            fail_msg("%s refused: %s", ok[i], why);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (re2_valid(NULL, bad[i], strlen(bad[i]), &why, &oom))
            fail_msg("%s accepted", bad[i]);
    assert_false(oom);
    assert_true(re2_valid(NULL, "a", 1, &why, &oom));
    assert_false(re2_valid(NULL, "(?=a)", 5, &why, &oom));
    assert_string_equal(why, "lookahead is not supported");
    re2_error e;
    assert_false(re2_check(NULL, "(a)(?-1)", 8, &e));
    assert_string_equal(e.why, "recursion and subroutine calls are not supported");
    assert_int_equal(e.syntax_code, 0);
    /* a syntax error: PCRE2's words and offset, for route status */
    assert_false(re2_check(NULL, "a(b", 3, &e));
    assert_string_equal(e.why, "invalid syntax");
    assert_int_not_equal(e.syntax_code, 0);
    char text[320];
    re2_error_text(&e, text, sizeof text);
    assert_string_equal(text, "error parsing regexp at offset 3: missing closing parenthesis");
}

/* ---- matches ---------------------------------------------------------- */

static void matches(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r, namespace: d}\n"
        "spec:\n  rules:\n  - matches:\n    - headers:\n      - {name: X-B, value: two}\n"
        "      - {name: X-A, type: RegularExpression, value: 'o+'}\n"
        "      queryParams:\n      - {name: Q, value: v}\n      method: GET\n", GWAPI_CHANNEL_EXPERIMENTAL);
    tu_assert_valid(r);
    const gwapi_http_route *hr = gwapi_object_as_http_route(tu_object(r, GWAPI_KIND_HTTP_ROUTE));
    arena a;
    arena_init(&a, NULL);
    gwapi_ir_match m;
    assert_true(ir_http_match(&a, &m, &hr->spec->rules.items[0].matches.items[0], NULL));
    assert_int_equal(m.path.type, GWAPI_IR_PATH_PREFIX);   /* the CRD default */
    assert_string_equal(m.path.value, "/");
    assert_string_equal(m.method, "GET");
    assert_int_equal(m.headers.count, 2);
    assert_string_equal(m.headers.items[0].name, "x-a");   /* lower-cased, sorted */
    assert_int_equal(m.headers.items[0].type, GWAPI_IR_MATCH_REGEX);
    assert_string_equal(m.headers.items[1].name, "x-b");
    assert_string_equal(m.query.items[0].name, "Q");       /* query names as written */
    assert_true(ir_http_match(&a, &m, NULL, NULL));         /* a rule without matches */
    assert_int_equal(m.headers.count + m.query.count + m.cookies.count, 0);
    assert_null(m.method);
    arena_free(&a);
    tu_free(r);
}

/* ---- filters ---------------------------------------------------------- */

static const char filter_input[] =
    "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r, namespace: d}\n"
    "spec:\n  rules:\n"
    /* 0: duplicate header names (case-insensitive), add taken before set */
    "  - filters:\n"
    "    - type: RequestHeaderModifier\n      requestHeaderModifier:\n"
    "        set: [{name: X-A, value: s1}, {name: X-B, value: b2}, {name: X-D, value: d}]\n"
    "        add: [{name: x-a, value: a1}, {name: X-B, value: b}]\n"
    "        remove: [x-c, X-C]\n"
    /* 1: a redirect without port or status */
    "  - filters:\n    - type: RequestRedirect\n      requestRedirect: {scheme: https, hostname: x.com}\n"
    /* 2: an ExtensionRef to a missing HTTPRouteFilter */
    "  - filters:\n    - type: ExtensionRef\n"
    "      extensionRef: {group: gateway.envoyproxy.io, kind: HTTPRouteFilter, name: nope}\n"
    /* 3: an HTTPRouteFilter rewrite next to a URLRewrite of the other part */
    "  - filters:\n    - type: URLRewrite\n      urlRewrite: {hostname: a.example.com}\n"
    "    - type: ExtensionRef\n"
    "      extensionRef: {group: gateway.envoyproxy.io, kind: HTTPRouteFilter, name: rx}\n"
    "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: HTTPRouteFilter\nmetadata: {name: rx, namespace: d}\n"
    "spec:\n  urlRewrite:\n    path:\n      type: ReplaceRegexMatch\n"
    "      replaceRegexMatch: {pattern: '^/a/(.*)', substitution: '/\\1'}\n";

static void filters(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(filter_input, GWAPI_CHANNEL_EXPERIMENTAL);
    tu_assert_valid(r);
    arena a;
    arena_init(&a, NULL);
    gw_model m;
    assert_true(gw_model_build(&m, &a, r));
    const gwapi_http_route *hr = NULL;
    for (size_t i = 0; i < gwapi_result_object_count(r); i++)
        if (!hr)
            hr = gwapi_object_as_http_route(gwapi_result_object(r, i));
    assert_non_null(hr);
    gw_rule_filters f;
    const gwapi_http_route_rule *rules = hr->spec->rules.items;

    const gwapi_http_route_rule_filter_list *l = &rules[0].filters;
    assert_true(gw_filters_process(&f, &a, &m, "d", gw_filter_views_http(&a, l), l->count, GW_FILTERS_HTTP_RULE));
    assert_null(f.error_reason);
    const gwapi_ir_header_mods *h = f.request_headers;
    assert_non_null(h);
    assert_int_equal(h->add.count, 2);
    assert_string_equal(h->add.items[0].name, "x-a");      /* the add wins over the set */
    assert_string_equal(h->add.items[0].value, "a1");
    assert_string_equal(h->add.items[1].name, "X-B");
    assert_int_equal(h->set.count, 1);
    assert_string_equal(h->set.items[0].name, "X-D");
    assert_int_equal(h->remove.count, 1);
    assert_string_equal(h->remove.items[0].ptr, "x-c");

    l = &rules[1].filters;
    assert_true(gw_filters_process(&f, &a, &m, "d", gw_filter_views_http(&a, l), l->count, GW_FILTERS_HTTP_RULE));
    assert_null(f.error_reason);
    assert_non_null(f.redirect);
    assert_string_equal(f.redirect->scheme, "https");
    assert_int_equal(f.redirect->port, 0);                 /* resolved per listener */
    assert_int_equal(f.redirect->status_code, 302);

    l = &rules[2].filters;
    assert_true(gw_filters_process(&f, &a, &m, "d", gw_filter_views_http(&a, l), l->count, GW_FILTERS_HTTP_RULE));
    assert_string_equal(f.error_reason, "UnsupportedValue");
    assert_string_equal(f.error_message, "Unable to translate HTTPRouteFilter: d/nope.");

    l = &rules[3].filters;
    assert_true(gw_filters_process(&f, &a, &m, "d", gw_filter_views_http(&a, l), l->count, GW_FILTERS_HTTP_RULE));
    assert_null(f.error_reason);
    assert_int_equal(f.rewrite->host, GWAPI_IR_HOST_REPLACE);
    assert_string_equal(f.rewrite->host_value, "a.example.com");
    assert_int_equal(f.rewrite->path, GWAPI_IR_PATH_REGEX_MATCH);
    assert_string_equal(f.rewrite->path_pattern, "^/a/(.*)");
    arena_free(&a);
    tu_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(order_keys),
        cmocka_unit_test(order_sort),
        cmocka_unit_test(tree_writer),
        cmocka_unit_test(re2),
        cmocka_unit_test(matches),
        cmocka_unit_test(filters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
