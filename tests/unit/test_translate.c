/* gwapi_translate: the status List exactly, a translation that outlives its
 * context, allocation failure at every allocation of resolution, and the
 * model's pieces (identity index, selector matcher, hostname intersection)
 * table-driven. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model/model.h"
#include "resolve/resolve_impl.h"
#include "schema/merge.h"
#include "util/strbuf.h"

static const char *const small =
    "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: c}\n"
    "spec: {controllerName: example.com/gw}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g, namespace: ns1}\n"
    "spec: {gatewayClassName: c, listeners: [{name: l, protocol: TCP, port: 9}]}\n---\n"
    "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TCPRoute\nmetadata: {name: r, namespace: ns1}\n"
    "spec: {parentRefs: [{name: g}], rules: [{backendRefs: [{name: nope, port: 1}]}]}\n";

static const char *const small_status =
    "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":["
    "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"GatewayClass\",\"metadata\":{\"name\":\"c\"},"
    "\"status\":{\"conditions\":["
    "{\"type\":\"Accepted\",\"status\":\"True\",\"observedGeneration\":1,\"reason\":\"Accepted\",\"message\":\"Valid GatewayClass\"},"
    "{\"type\":\"SupportedVersion\",\"status\":\"True\",\"observedGeneration\":1,\"reason\":\"SupportedVersion\",\"message\":\"Gateway API CRD version is supported\"}]}},"
    "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"Gateway\",\"metadata\":{\"name\":\"g\",\"namespace\":\"ns1\"},"
    "\"status\":{\"conditions\":["
    "{\"type\":\"Accepted\",\"status\":\"True\",\"observedGeneration\":1,\"reason\":\"Accepted\",\"message\":\"The Gateway has been accepted\"},"
    "{\"type\":\"Programmed\",\"status\":\"True\",\"observedGeneration\":1,\"reason\":\"Programmed\",\"message\":\"The Gateway has been programmed\"}],"
    "\"listeners\":[{\"name\":\"l\",\"supportedKinds\":[{\"group\":\"gateway.networking.k8s.io\",\"kind\":\"TCPRoute\"}],"
    "\"attachedRoutes\":1,\"conditions\":["
    "{\"type\":\"Programmed\",\"status\":\"True\",\"observedGeneration\":1,\"reason\":\"Programmed\",\"message\":\"Sending translated listener configuration to the data plane\"},"
    "{\"type\":\"Accepted\",\"status\":\"True\",\"observedGeneration\":1,\"reason\":\"Accepted\",\"message\":\"Listener has been successfully translated\"},"
    "{\"type\":\"ResolvedRefs\",\"status\":\"True\",\"observedGeneration\":1,\"reason\":\"ResolvedRefs\",\"message\":\"Listener references have been resolved\"}]}]}},"
    "{\"apiVersion\":\"gateway.networking.k8s.io/v1alpha2\",\"kind\":\"TCPRoute\",\"metadata\":{\"name\":\"r\",\"namespace\":\"ns1\"},"
    "\"status\":{\"parents\":[{\"parentRef\":{\"group\":\"gateway.networking.k8s.io\",\"kind\":\"Gateway\",\"name\":\"g\"},"
    "\"controllerName\":\"example.com/gw\",\"conditions\":["
    "{\"type\":\"Accepted\",\"status\":\"True\",\"observedGeneration\":1,\"reason\":\"Accepted\",\"message\":\"Route is accepted\"},"
    "{\"type\":\"ResolvedRefs\",\"status\":\"False\",\"observedGeneration\":1,\"reason\":\"BackendNotFound\","
    "\"message\":\"Failed to process route rule 0 backendRef 0: service ns1/nope not found.\"}]}]}}]}";

static gwapi_status translate_text(gwapi_translation **t, gwapi_ctx *ctx, const char *yaml,
                                   const char *controller)
{
    gwapi_input *in = NULL;
    gwapi_status st = gwapi_input_new(&in, ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_add(in, "in.yaml", yaml, strlen(yaml), GWAPI_FORMAT_AUTO);
    gwapi_translate_options o = GWAPI_TRANSLATE_OPTIONS_INIT;
    o.controller_name = controller;
    if (st == GWAPI_OK)
        st = gwapi_translate(t, ctx, in, &o);
    gwapi_input_free(in);
    return st;
}

static void status_list_exact(void **state)
{
    (void)state;
    gwapi_ctx *ctx = NULL;
    gwapi_translation *t = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    assert_int_equal(translate_text(&t, ctx, small, "example.com/gw"), GWAPI_OK);
    /* the translation keeps what it needs of the context */
    gwapi_ctx_free(ctx);
    char *json = NULL;
    size_t len = 0;
    assert_int_equal(gwapi_translation_status(t, GWAPI_OUTPUT_JSON, &json, &len), GWAPI_OK);
    assert_string_equal(json, small_status);
    assert_int_equal(len, strlen(small_status));
    gwapi_free(json);
    assert_int_equal(gwapi_translation_status(t, 7, &json, NULL), GWAPI_EINVAL);
    gwapi_translation_free(t);
}

static void translate_json_one_call(void **state)
{
    (void)state;
    gwapi_ctx *ctx = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(gwapi_translate_json(&out, &len, ctx, small, strlen(small),
                                          "{\"controllerName\": \"example.com/gw\", \"file\": \"x.yaml\"}"),
                     GWAPI_OK);
    /* the IR and the route table are those of the translation API (their
     * bytes are checked by tests/cases), each without its final newline */
    gwapi_translation *t = NULL;
    assert_int_equal(translate_text(&t, ctx, small, "example.com/gw"), GWAPI_OK);
    char *ir = NULL, *routes = NULL;
    assert_int_equal(gwapi_translation_ir_output(t, GWAPI_OUTPUT_JSON, &ir, NULL), GWAPI_OK);
    assert_int_equal(gwapi_translation_routes_output(t, GWAPI_OUTPUT_JSON, &routes, NULL), GWAPI_OK);
    ir[strlen(ir) - 1] = routes[strlen(routes) - 1] = '\0';
    char want[32768];
    snprintf(want, sizeof want,
             "{\"apiVersion\":\"gwapi.dev/v1alpha1\",\"kind\":\"TranslationResult\",\n"
             "\"summary\":{\"objects\":3,\"errors\":0,\"warnings\":0},\n"
             "\"diagnostics\":[],\n\"status\":%s,\n\"ir\":%s,\n\"routes\":%s}\n",
             small_status, ir, routes);
    gwapi_free(ir);
    gwapi_free(routes);
    gwapi_translation_free(t);
    assert_string_equal(out, want);
    assert_int_equal(len, strlen(want));
    gwapi_free(out);
    assert_int_equal(gwapi_translate_json(&out, NULL, ctx, small, strlen(small), "{\"controller\": \"x\"}"),
                     GWAPI_EINVAL);
    assert_null(out);
    assert_int_equal(gwapi_translate_json(&out, NULL, ctx, small, strlen(small), "{\"controllerName\": 1}"),
                     GWAPI_EINVAL);
    gwapi_ctx_free(ctx);
}

static void not_managed_is_a_diagnostic(void **state)
{
    (void)state;
    gwapi_ctx *ctx = NULL;
    gwapi_translation *t = NULL;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    assert_int_equal(translate_text(&t, ctx, small, "other.example.com/gw"), GWAPI_OK);
    char *json = NULL;
    assert_int_equal(gwapi_translation_status(t, GWAPI_OUTPUT_JSON, &json, NULL), GWAPI_OK);
    assert_string_equal(json, "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[]}");
    gwapi_free(json);
    assert_int_equal(gwapi_translation_diag_count(t), 2);
    const gwapi_diag *d0 = gwapi_translation_diag(t, 0), *d1 = gwapi_translation_diag(t, 1);
    assert_str(d0->kind, "GatewayClass");
    assert_string_equal(d0->message, "GatewayClass c is managed by controller example.com/gw, not "
                                     "other.example.com/gw; it gets no status");
    assert_str(d1->kind, "Gateway");
    assert_string_equal(d1->message, "Gateway ns1/g: GatewayClass c is not managed by this controller; "
                                     "the Gateway gets no status");
    assert_null(gwapi_translation_diag(t, 2));
    gwapi_translation_free(t);
    gwapi_ctx_free(ctx);
}

static char *read_cases(void)
{
    /* Between them every resolution stage: listeners and TLS Secrets,
     * attachment, references, L4, filters, BackendTLSPolicy, policies. */
    static const char *const names[] = { "listeners", "routes-attachment", "backends", "listenersets",
                                          "btls", "isolation-grants", "routes-actions", "routes-l4",
                                          "filters-and-overlaps", "policy-precedence", "policy-kinds",
                                          "policy-extension", "policy-rule-merge" };
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s/input.yaml", CASES_DIR, names[i]);
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        len += (size_t)snprintf(buf + len, cap - len, "\n---\n");
        size_t n;
        while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
            len += n;
            if (cap - len < 4096) {
                cap *= 2;
                buf = realloc(buf, cap);
                assert_non_null(buf);
            }
        }
        fclose(f);
    }
    buf[len] = '\0';
    return buf;
}

typedef struct run {
    gwapi_status status;
    size_t calls;
    char *out;   /* malloc'd status JSON of a successful run */
} run;

/* Translates text with an allocator failing its fail_at-th call (0:
 * never), counting from after context creation; checks nothing leaked. */
static run translate_failing(const char *text, size_t fail_at, bool validate_only)
{
    static tu_counting c; /* its live-block table is large */
    memset(&c, 0, sizeof c);
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    o.allocator = tu_counting_allocator(&c);
    gwapi_ctx *ctx = NULL;
    run out = { GWAPI_OK, 0, NULL };
    assert_int_equal(gwapi_ctx_new(&ctx, &o), GWAPI_OK);
    c.calls = 0;
    c.fail_at = fail_at;
    gwapi_input *in = NULL;
    gwapi_status st = gwapi_input_new(&in, ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_add(in, "cases.yaml", text, strlen(text), GWAPI_FORMAT_AUTO);
    if (validate_only) {
        gwapi_result *r = NULL;
        if (st == GWAPI_OK)
            st = gwapi_validate(&r, ctx, in);
        gwapi_result_free(r);
    } else {
        gwapi_translation *t = NULL;
        gwapi_translate_options to = GWAPI_TRANSLATE_OPTIONS_INIT;
        to.controller_name = "example.com/gateway";
        if (st == GWAPI_OK)
            st = gwapi_translate(&t, ctx, in, &to);
        char *json = NULL;
        if (st == GWAPI_OK)
            st = gwapi_translation_status(t, GWAPI_OUTPUT_YAML, &json, NULL);
        if (st == GWAPI_OK)
            out.out = strdup(json);
        gwapi_free(json);
        gwapi_translation_free(t);
    }
    gwapi_input_free(in);
    out.calls = c.calls;
    gwapi_ctx_free(ctx);
    assert_int_equal(c.live_blocks, 0);
    assert_int_equal(c.wrong_sizes, 0);
    out.status = st;
    return out;
}

/* Every allocation made by resolution and the status output fails in turn
 * (and every 97th of the validation before it): ENOMEM each time, never a
 * leak, never a different output. */
static void allocation_failure_in_translate(void **state)
{
    (void)state;
    char *text = read_cases();
    run clean = translate_failing(text, 0, false);
    assert_int_equal(clean.status, GWAPI_OK);
    run validate = translate_failing(text, 0, true);
    assert_true(validate.calls < clean.calls);
    size_t tried = 0;
    for (size_t n = 1; n <= clean.calls; n += n + 97 <= validate.calls ? 97 : 1) {
        run o = translate_failing(text, n, false);
        if (o.status == GWAPI_OK)
            assert_string_equal(o.out, clean.out);
        else if (o.status != GWAPI_ENOMEM)
            fail_msg("allocation %zu of %zu: status %d, want ENOMEM", n, clean.calls, o.status);
        free(o.out);
        tried++;
    }
    print_message("translate: failure injected at %zu of %zu allocations (%zu in resolution)\n",
                  tried, clean.calls, clean.calls - validate.calls);
    free(clean.out);
    free(text);
}

static void selector_matcher(void **state)
{
    (void)state;
#define S(lit) { lit, sizeof(lit) - 1 }
    gwapi_kv kv[] = { { S("env"), S("prod") }, { S("tier"), S("web") } };
    gwapi_string_map labels = { kv, 2 };
    gwapi_kv want_prod[] = { { S("env"), S("prod") } }, want_dev[] = { { S("env"), S("dev") } };
    gwapi_string_map ml_prod = { want_prod, 1 }, ml_dev = { want_dev, 1 }, ml_empty = { kv, 0 };
    const gwapi_str prod_dev[] = { S("prod"), S("dev") }, dev[] = { S("dev") };
    const gwapi_str none = { NULL, 0 };
    gwapi_label_selector_requirement req[] = {
        { NULL, S("env"), S("In"), { prod_dev, 2 } },       /* 0 */
        { NULL, S("env"), S("NotIn"), { prod_dev, 2 } },    /* 1 */
        { NULL, S("env"), S("NotIn"), { dev, 1 } },         /* 2 */
        { NULL, S("tier"), S("Exists"), { NULL, 0 } },      /* 3 */
        { NULL, S("zone"), S("Exists"), { NULL, 0 } },      /* 4 */
        { NULL, S("zone"), S("DoesNotExist"), { NULL, 0 } },/* 5 */
        { NULL, S("env"), S("Matches"), { dev, 1 } },       /* 6 */
        { NULL, S("env"), S("In"), { NULL, 0 } },           /* 7 */
        { NULL, none, S("Exists"), { NULL, 0 } },           /* 8: no key */
    };
#undef S
    /* match: against env=prod,tier=web; bare: against no labels at all */
    struct { const gwapi_string_map *ml; int expr; bool match; bool bare; bool valid; } cases[] = {
        { &ml_prod, -1, true, false, true },  { &ml_dev, -1, false, false, true },
        { &ml_empty, -1, true, true, true },  { NULL, 0, true, false, true },
        { NULL, 1, false, true, true },       { NULL, 2, true, true, true },
        { NULL, 3, true, false, true },       { NULL, 4, false, false, true },
        { NULL, 5, true, true, true },        { NULL, 6, false, false, false },
        { NULL, 7, false, false, false },     { &ml_prod, 4, false, false, true },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        gwapi_label_selector_requirement_list l = { cases[i].expr >= 0 ? &req[cases[i].expr] : NULL,
                                                    cases[i].expr >= 0 ? 1 : 0 };
        gw_selector s = { cases[i].ml, cases[i].expr >= 0 ? &l : NULL };
        const char *why = NULL;
        if (gw_selector_matches(s, &labels) != cases[i].match)
            fail_msg("selector case %zu: match should be %d", i, cases[i].match);
        if (gw_selector_valid(s, &why) != cases[i].valid)
            fail_msg("selector case %zu: validity should be %d", i, cases[i].valid);
        if (gw_selector_matches(s, NULL) != cases[i].bare)
            fail_msg("selector case %zu against no labels should be %d", i, cases[i].bare);
    }
    gw_selector nothing = { NULL, NULL };
    assert_false(gw_selector_matches(nothing, &labels));
}

static void hostname_intersection(void **state)
{
    (void)state;
    struct { const char *listener, *route, *want; } cases[] = {
        { NULL, "a.example.com", "a.example.com" },
        { "a.example.com", NULL, "a.example.com" },
        { "a.example.com", "a.example.com", "a.example.com" },
        { "*.example.com", "a.example.com", "a.example.com" },
        { "*.example.com", "a.b.example.com", "a.b.example.com" },
        { "a.example.com", "*.example.com", "a.example.com" },
        { "*.example.com", "*.a.example.com", "*.a.example.com" },
        { "*.a.example.com", "*.example.com", "*.a.example.com" },
        { "*.example.com", "*.example.com", "*.example.com" },
        { "*.example.com", "example.com", NULL },
        { "a.example.com", "b.example.com", NULL },
        { "*.example.com", "a.example.org", NULL },
        { "*.example.com", "aexample.com", NULL },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *out = NULL;
        bool ok = hostname_intersect(cases[i].listener, cases[i].route, &out);
        if (ok != (cases[i].want != NULL) || (ok && strcmp(out, cases[i].want)))
            fail_msg("hostname case %zu: %s x %s gave %s", i, cases[i].listener ? cases[i].listener : "-",
                     cases[i].route ? cases[i].route : "-", ok ? out : "(none)");
    }
}

static void duplicate_identity(void **state)
{
    (void)state;
    const char *yaml =
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {v: one}}\n---\n"
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n---\n"
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {v: two}}\n";
    gwapi_result *r = tu_validate(yaml, GWAPI_CHANNEL_EXPERIMENTAL);
    arena a;
    arena_init(&a, NULL);
    gw_model m;
    assert_true(gw_model_build(&m, &a, r));
    assert_int_equal(m.by_kind[GWAPI_KIND_NAMESPACE].count, 2);
    /* the later one wins, at its own position */
    assert_string_equal(m.by_kind[GWAPI_KIND_NAMESPACE].items[0]->name, "b");
    assert_str(gwapi_string_map_get(gw_model_namespace_labels(&m, "a"), "v"), "two");
    assert_int_equal(m.notes.count, 1);
    assert_string_equal(m.notes.items[0].message,
                        "Namespace a is defined twice (test.yaml:3:11 and test.yaml:11:11); the later one is used");
    assert_null(gw_model_find_kind(&m, GWAPI_KIND_NAMESPACE, NULL, "c"));
    arena_free(&a);
    tu_free(r);
}

/* ---- listeners sharing a port: the name index gives what pairs give ---- */

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    b[n] = '\0';
    fclose(f);
    return b;
}

static bool same_text(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

static uint64_t next_random(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* A Gateway and ListenerSets putting many listeners on a few ports, with
 * hostnames and certificates that meet in every way (equal, wildcard over
 * name, wildcard over wildcard), protocols that share a port or clash. */
static char *port_manifest(uint64_t seed, const char *secrets)
{
    static const char *const hosts[] = { NULL, "a.example.com", "*.example.com", "shop.example.com",
                                         "x.shop.example.com", "*.shop.example.com", "other.org",
                                         "*.a.example.com", "b.a.example.com" };
    static const char *const certs[] = { "wild", "a", "shop", "org", "deep" };
    static const int ports[] = { 80, 443, 8443 };
    strbuf b;
    strbuf_init(&b, NULL);
    strbuf_puts(&b, secrets);
    strbuf_puts(&b, "\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: c}\n"
                    "spec: {controllerName: example.com/gw}\n---\n"
                    "apiVersion: v1\nkind: Namespace\nmetadata: {name: infra}\n---\n"
                    "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw, namespace: infra}\n"
                    "spec:\n  gatewayClassName: c\n  allowedListeners: {namespaces: {from: Same}}\n  listeners:\n"
                    "  - {name: own, protocol: HTTP, port: 80}\n");
    /* mixed: port 443 may also get HTTP and TCP listeners (pairs then) */
    bool mixed = next_random(&seed) % 4 == 0;
    size_t sets = 20 + next_random(&seed) % 30;
    for (size_t i = 0; i < sets; i++) {
        strbuf_printf(&b, "---\napiVersion: gateway.networking.k8s.io/v1\nkind: ListenerSet\n"
                          "metadata: {name: ls-%02zu, namespace: infra}\n"
                          "spec:\n  parentRef: {name: gw}\n  listeners:\n", i);
        size_t n = 1 + next_random(&seed) % 3;
        for (size_t k = 0; k < n; k++) {
            int port = ports[next_random(&seed) % 3];
            const char *host = hosts[next_random(&seed) % (sizeof hosts / sizeof *hosts)];
            strbuf_printf(&b, "  - name: l%zu\n    port: %d\n", k, port);
            if (host)
                strbuf_printf(&b, "    hostname: \"%s\"\n", host);
            uint64_t kind = next_random(&seed) % 10;
            if (port == 80 || (mixed && kind == 0)) {
                strbuf_puts(&b, "    protocol: HTTP\n");
            } else if (mixed && kind == 1) {
                strbuf_puts(&b, "    protocol: TCP\n");
            } else if (kind == 2 && host) {
                strbuf_puts(&b, "    protocol: TLS\n    tls: {mode: Passthrough}\n");
            } else {
                strbuf_printf(&b, "    protocol: HTTPS\n    tls:\n      certificateRefs:\n      - {name: %s}\n",
                              certs[next_random(&seed) % 5]);
                if (next_random(&seed) % 3 == 0)
                    strbuf_printf(&b, "      - {name: %s}\n", certs[next_random(&seed) % 5]);
            }
        }
    }
    assert_false(b.failed);
    char *out = strdup(b.s);
    assert_non_null(out);
    strbuf_free(&b);
    return out;
}

static void port_conflicts_indexed_as_pairwise(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/tests/unit/x509/port-secrets.yaml", SOURCE_DIR);
    char *secrets = read_file(path);
    size_t indexed_ports = 0, marked = 0;
    for (uint64_t seed = 1; seed <= 40; seed++) {
        char *yaml = port_manifest(seed * 0x9e3779b97f4a7c15u, secrets);
        gwapi_result *r = tu_validate(yaml, GWAPI_CHANNEL_EXPERIMENTAL);
        arena a;
        arena_init(&a, NULL);
        gw_model m;
        gw_graph g[2];
        assert_true(gw_model_build(&m, &a, r));
        for (int pairwise = 0; pairwise < 2; pairwise++) {
            gw_resolve_options o = { .controller_name = "example.com/gw", .pairwise_listeners = pairwise };
            assert_true(gw_resolve(&g[pairwise], &a, &m, &o));
        }
        assert_int_equal(g[0].gateway_count, 1);
        const gw_gateway *x = &g[0].gateways[0], *y = &g[1].gateways[0];
        assert_int_equal(x->listener_count, y->listener_count);
        assert_true(x->listener_count > 40);
        indexed_ports++;
        for (size_t i = 0; i < x->listener_count; i++) {
            const gw_listener *p = &x->listeners[i], *q = &y->listeners[i];
            assert_int_equal(p->conflicted, q->conflicted);
            assert_true(same_text(p->conflict_reason, q->conflict_reason));
            assert_true(same_text(p->conflict_message, q->conflict_message));
            assert_true(same_text(p->overlap_reason, q->overlap_reason));
            assert_true(same_text(p->overlap_message, q->overlap_message));
            marked += p->conflicted || p->overlap_reason;
        }
        arena_free(&a);
        tu_free(r);
        free(yaml);
    }
    /* the manifests do make conflicts and overlaps to compare */
    assert_true(marked > 100);
    print_message("port conflicts: %zu manifests, %zu listeners marked, same either way\n", indexed_ports, marked);
    free(secrets);
}

/* Keys matched to fields as Go's encoding/json matches them: exact first,
 * else ToUpper(ToLower(rune)) per rune, which folds ASCII case and the four
 * non-ASCII runes that reach ASCII; nothing else. */
static void go_key_folding(void **state)
{
    (void)state;
    const gw_schema *s = schema_of_kind(GWAPI_KIND_HTTP_ROUTE, "gateway.networking.k8s.io/v1");
    assert_non_null(s);
    static const struct { const char *key; size_t len; const char *want; bool folded; } cases[] = {
        { "spec", 4, "spec", false },
        { "SPEC", 4, "spec", true },
        { "Kind", 4, "kind", true },
        { "\xC5\xBFpec", 5, "spec", true },          /* U+017F long s */
        { "\xE2\x84\xAAind", 6, "kind", true },      /* U+212A Kelvin sign */
        { "k\xC4\xB1nd", 5, "kind", true },          /* U+0131 dotless i */
        { "K\xC4\xB0ND", 5, "kind", true },          /* U+0130 capital I with dot */
        { "apiversion", 10, "apiVersion", true },
        { "spe", 3, NULL, false },
        { "spec\0", 5, NULL, false },
        { "sp_ec", 5, NULL, false },
        { "\xC3\xA9pec", 5, NULL, false },           /* U+00E9 is no s */
        { "\xC5", 1, NULL, false },                  /* truncated UTF-8 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bool folded = !cases[i].folded;
        const gw_field *f = schema_field_go(s, cases[i].key, cases[i].len, &folded);
        if ((f == NULL) != (cases[i].want == NULL) || (f && strcmp(f->name, cases[i].want)) ||
            (f && folded != cases[i].folded))
            fail_msg("fold case %zu: got %s (folded %d)", i, f ? f->name : "(none)", folded);
    }
}

/* The golden client-validation case (tests/cases/), read whole. */
static char *client_validation_case(size_t *len)
{
    char *text = read_file(CASES_DIR "/policy-ctp-client-validation/input.yaml");
    *len = strlen(text);
    return text;
}

static char *translate_at(gwapi_ctx *ctx, const char *text, size_t len, const char *options)
{
    char *out = NULL;
    assert_int_equal(gwapi_translate_json(&out, NULL, ctx, text, len, options), GWAPI_OK);
    return out;
}

#define EXPIRED "ca-expired-ca: certificate expired.example has expired since 2020-01-02 00:00:00 +0000 UTC"
#define NOT_YET "ca-expired-ca: certificate expired.example is not valid until 2020-01-01 00:00:00 +0000 UTC"

/* Certificate dates are checked at the option's instant: the same input
 * gives the same status at the same now, another at another; 0 / a
 * version 1 struct means the current time (after 2020-01-02 here). */
static void validity_checked_at_now(void **state)
{
    (void)state;
    gwapi_ctx *ctx;
    assert_int_equal(gwapi_ctx_new(&ctx, NULL), GWAPI_OK);
    size_t len;
    char *text = client_validation_case(&len);
    char *later = translate_at(ctx, text, len, "{\"now\": 1800000000}");      /* 2027-01-15 */
    char *again = translate_at(ctx, text, len, "{\"now\": 1800000000}");
    char *during = translate_at(ctx, text, len, "{\"now\": 1577880000}");     /* 2020-01-01T12:00Z */
    char *before = translate_at(ctx, text, len, "{\"now\": 1}");
    char *current = translate_at(ctx, text, len, NULL);
    assert_string_equal(later, again);
    assert_non_null(strstr(later, EXPIRED));
    assert_null(strstr(during, "ca-expired-ca:"));          /* inside its validity: accepted */
    assert_non_null(strstr(during, "ca-not-yet-valid-ca: certificate future.example is not valid until 2099"));
    assert_non_null(strstr(before, NOT_YET));
    assert_non_null(strstr(current, EXPIRED));
    gwapi_free(later);
    gwapi_free(again);
    gwapi_free(during);
    gwapi_free(before);
    gwapi_free(current);

    static const char *const bad[] = { "{\"now\": \"2027-01-15T00:00:00Z\"}", "{\"now\": -5}",
                                       "{\"now\": 0}", "{\"now\": 1.5}" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *out = (char *)1;
        assert_int_equal(gwapi_translate_json(&out, NULL, ctx, text, len, bad[i]), GWAPI_EINVAL);
        assert_null(out);
    }

    /* a version 1 struct has no now: the field is not read */
    gwapi_input *in;
    assert_int_equal(gwapi_input_new(&in, ctx), GWAPI_OK);
    assert_int_equal(gwapi_input_add(in, "in.yaml", text, len, GWAPI_FORMAT_AUTO), GWAPI_OK);
    gwapi_translate_options o = GWAPI_TRANSLATE_OPTIONS_INIT;
    o.version = 1;
    o.now = 1;
    gwapi_translation *t;
    assert_int_equal(gwapi_translate(&t, ctx, in, &o), GWAPI_OK);
    char *st;
    assert_int_equal(gwapi_translation_status(t, GWAPI_OUTPUT_JSON, &st, NULL), GWAPI_OK);
    assert_non_null(strstr(st, EXPIRED));
    gwapi_free(st);
    gwapi_translation_free(t);
    o.version = 2;
    assert_int_equal(gwapi_translate(&t, ctx, in, &o), GWAPI_OK);
    assert_int_equal(gwapi_translation_status(t, GWAPI_OUTPUT_JSON, &st, NULL), GWAPI_OK);
    assert_non_null(strstr(st, NOT_YET));
    gwapi_free(st);
    gwapi_translation_free(t);
    gwapi_input_free(in);
    free(text);
    gwapi_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(status_list_exact),
        cmocka_unit_test(translate_json_one_call),
        cmocka_unit_test(not_managed_is_a_diagnostic),
        cmocka_unit_test(selector_matcher),
        cmocka_unit_test(hostname_intersection),
        cmocka_unit_test(duplicate_identity),
        cmocka_unit_test(go_key_folding),
        cmocka_unit_test(port_conflicts_indexed_as_pairwise),
        cmocka_unit_test(allocation_failure_in_translate),
        cmocka_unit_test(validity_checked_at_now),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
