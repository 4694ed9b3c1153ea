/* Strings are bytes with a length: NUL bytes inside names, namespaces,
 * kinds, label keys and values, CEL-checked and pattern-checked fields and
 * field keys are data in YAML ("\0") and JSON ("\u0000"), with the API
 * server's verdicts and messages; text output quotes control characters as
 * Go's %q does. Each case lists every diagnostic it must produce, exactly. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#define SUBDOMAIN_MSG                                                                       \
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, "   \
    "'-' or '.', and must start and end with an alphanumeric character (e.g. "             \
    "'example.com', regex used for validation is "                                         \
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
#define LABEL_MSG                                                                           \
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or "     \
    "'-', and must start and end with an alphanumeric character (e.g. 'my-name',  or "      \
    "'123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
#define NAME_PART_MSG                                                                       \
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start "  \
    "and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "           \
    "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
#define LABEL_VALUE_MSG                                                                     \
    "a valid label must be an empty string or consist of alphanumeric characters, '-', "   \
    "'_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  " \
    "or 'my_value',  or '12345', regex used for validation is "                            \
    "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
#define HOSTNAME_PATTERN                                                                    \
    "'^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'"
#define PATH_CHARS_MSG                                                                      \
    "Invalid value: must only contain valid characters (matching "                         \
    "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', "         \
    "'PathPrefix']"

#define ROUTE(meta, spec)                                   \
    "apiVersion: gateway.networking.k8s.io/v1\n"            \
    "kind: HTTPRoute\n"                                     \
    "metadata: " meta "\n"                                  \
    "spec: {parentRefs: [{name: gw}]" spec "}\n"
#define JROUTE(meta, spec)                                                     \
    "{\"apiVersion\": \"gateway.networking.k8s.io/v1\", \"kind\": \"HTTPRoute\", " \
    "\"metadata\": " meta ", \"spec\": {\"parentRefs\": [{\"name\": \"gw\"}]" spec "}}"

/* metadata.name and metadata.namespace: the whole name is checked, and the
 * typed model holds all its bytes. */
static void nul_in_name_and_namespace(void **state)
{
    (void)state;
    const char *texts[] = {
        ROUTE("{name: \"ok\\0UPPER\", namespace: default}", ""),
        JROUTE("{\"name\": \"ok\\u0000UPPER\", \"namespace\": \"default\"}", ""),
    };
    for (int i = 0; i < 2; i++) {
        gwapi_result *r = tu_run(texts[i], GWAPI_FORMAT_AUTO, GWAPI_SEVERITY_ERROR);
        TU_EXPECT(r, TU_W(METADATA, "metadata.name", "Invalid value: \"ok\\x00UPPER\": " SUBDOMAIN_MSG));
        const gwapi_object *o = gwapi_result_object(r, 0);
        assert_str(o->meta->name, "ok\0UPPER");
        assert_str(gwapi_result_diag(r, 0)->name, "ok\0UPPER");
        gwapi_result_free(r);
    }
    const char *ns[] = {
        ROUTE("{name: rt, namespace: \"ok\\0lower\"}", ""),
        JROUTE("{\"name\": \"rt\", \"namespace\": \"ok\\u0000lower\"}", ""),
    };
    for (int i = 0; i < 2; i++) {
        gwapi_result *r = tu_run(ns[i], GWAPI_FORMAT_AUTO, GWAPI_SEVERITY_ERROR);
        TU_EXPECT(r, TU_W(METADATA, "metadata.namespace", "Invalid value: \"ok\\x00lower\": " LABEL_MSG));
        assert_str(gwapi_result_object(r, 0)->meta->ns, "ok\0lower");
        gwapi_result_free(r);
    }
}

/* Label keys and values, annotation keys: the whole key and value. */
static void nul_in_labels(void **state)
{
    (void)state;
    const char *texts[] = {
        ROUTE("{name: rt, namespace: default, labels: {\"ok\\0key\": v, k: \"ok\\0val\"},"
              " annotations: {\"a\\0b\": x}}", ""),
        JROUTE("{\"name\": \"rt\", \"namespace\": \"default\","
               " \"labels\": {\"ok\\u0000key\": \"v\", \"k\": \"ok\\u0000val\"},"
               " \"annotations\": {\"a\\u0000b\": \"x\"}}", ""),
    };
    for (int i = 0; i < 2; i++) {
        gwapi_result *r = tu_run(texts[i], GWAPI_FORMAT_AUTO, GWAPI_SEVERITY_ERROR);
        TU_EXPECT(r, TU_W(METADATA, "metadata.labels", "Invalid value: \"ok\\x00key\": " NAME_PART_MSG),
                  TU_W(METADATA, "metadata.labels", "Invalid value: \"ok\\x00val\": " LABEL_VALUE_MSG),
                  TU_W(METADATA, "metadata.annotations", "Invalid value: \"a\\x00b\": " NAME_PART_MSG));
        const gwapi_object_meta *m = gwapi_result_object(r, 0)->meta;
        gwapi_str key = { "ok\0key", 6 };
        assert_str(gwapi_string_map_find(&m->labels, key), "v");
        assert_str_absent(gwapi_string_map_get(&m->labels, "ok")); /* not cut at the NUL */
        assert_str(gwapi_string_map_get(&m->labels, "k"), "ok\0val");
        gwapi_result_free(r);
    }
}

/* A CEL rule on a string (HTTPPathMatch: no "//", valid characters) and a
 * pattern (hostnames) see the bytes after the NUL. */
static void nul_in_checked_strings(void **state)
{
    (void)state;
    const char *paths[] = {
        ROUTE("{name: rt, namespace: default}",
              ", rules: [{matches: [{path: {type: PathPrefix, value: \"/ok\\0//x\"}}]}]"),
        JROUTE("{\"name\": \"rt\", \"namespace\": \"default\"}",
               ", \"rules\": [{\"matches\": [{\"path\": {\"type\": \"Exact\","
               " \"value\": \"/ok\\u0000//x\"}}]}]"),
    };
    for (int i = 0; i < 2; i++) {
        gwapi_result *r = tu_run(paths[i], GWAPI_FORMAT_AUTO, GWAPI_SEVERITY_ERROR);
        TU_EXPECT(r, TU_W(INVALID, "spec.rules[0].matches[0].path",
                    "Invalid value: must not contain '//' when type one of ['Exact', 'PathPrefix']"),
                  TU_W(INVALID, "spec.rules[0].matches[0].path", PATH_CHARS_MSG));
        const gwapi_http_route *hr = gwapi_object_as_http_route(gwapi_result_object(r, 0));
        assert_str(hr->spec->rules.items[0].matches.items[0].path->value, "/ok\0//x");
        gwapi_result_free(r);
    }
    /* without the NUL the same bytes pass the character rule, and "//" is
     * still found: the verdict depends on every byte */
    gwapi_result *r = tu_run(ROUTE("{name: rt, namespace: default}",
                                ", rules: [{matches: [{path: {value: \"/ok/x\"}}]}]"),
                          GWAPI_FORMAT_AUTO, GWAPI_SEVERITY_ERROR);
    tu_expect(r, NULL, 0);
    gwapi_result_free(r);

    const char *hosts[] = {
        ROUTE("{name: rt, namespace: default}", ", hostnames: [\"ok\\0.example.com\"]"),
        JROUTE("{\"name\": \"rt\", \"namespace\": \"default\"}",
               ", \"hostnames\": [\"ok\\u0000.example.com\"]"),
    };
    for (int i = 0; i < 2; i++) {
        r = tu_run(hosts[i], GWAPI_FORMAT_AUTO, GWAPI_SEVERITY_ERROR);
        TU_EXPECT(r, TU_W(INVALID, "spec.hostnames[0]",
                    "Invalid value: \"ok\\x00.example.com\": spec.hostnames[0] in body should "
                    "match " HOSTNAME_PATTERN));
        gwapi_result_free(r);
    }
}

/* CEL duration() of "10s\0" is Go's time.ParseDuration error (unknown unit
 * "s\x00"), an evaluation error; the pattern sees the NUL too. */
static void nul_in_duration(void **state)
{
    (void)state;
    gwapi_result *r = tu_run(ROUTE("{name: rt, namespace: default}",
                                ", rules: [{timeouts: {request: \"10s\\0\", backendRequest: 20s}}]"),
                          GWAPI_FORMAT_YAML, GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r, TU_W(INVALID, "spec.rules[0].timeouts.request",
                "Invalid value: \"10s\\x00\": spec.rules[0].timeouts.request in body should match "
                "'^([0-9]{1,5}(h|m|s|ms)){1,4}$'"),
              TU_W(INVALID, "spec.rules[0].timeouts",
                "Invalid value: \"object\": type conversion error from 'string' to "
                "'google.protobuf.Duration' evaluating rule: backendRequest timeout cannot be "
                "longer than request timeout"));
    gwapi_result_free(r);
}

/* A field key with a NUL is no known field: "hostnames\0" is not
 * hostnames. The API server prints the path raw; a message being a C
 * string, its NUL reads \x00. */
static void nul_in_field_key(void **state)
{
    (void)state;
    const char *texts[] = {
        ROUTE("{name: rt, namespace: default}", ", \"hostnames\\0\": [x]"),
        JROUTE("{\"name\": \"rt\", \"namespace\": \"default\"}", ", \"hostnames\\u0000\": [\"x\"]"),
    };
    for (int i = 0; i < 2; i++) {
        gwapi_result *r = tu_run(texts[i], GWAPI_FORMAT_AUTO, GWAPI_SEVERITY_ERROR);
        TU_EXPECT(r, TU_W(UNKNOWN_FIELD, "spec.hostnames\0", "unknown field \"spec.hostnames\\x00\""));
        const gwapi_http_route *hr = gwapi_object_as_http_route(gwapi_result_object(r, 0));
        assert_null(hr->spec->hostnames.items);
        gwapi_result_free(r);
    }
    /* metadata keys (ObjectMeta's strict decoding) */
    gwapi_result *r = tu_run(ROUTE("{name: rt, namespace: default, \"name\\0\": x}", ""),
                          GWAPI_FORMAT_YAML, GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r, TU_W(UNKNOWN_FIELD, "metadata", "unknown field \"metadata.name\\x00\""));
    assert_str(gwapi_result_object(r, 0)->meta->name, "rt");
    gwapi_result_free(r);
}

/* "Gateway\0" is no Gateway: kubectl finds no such kind in the group. */
static void nul_in_kind(void **state)
{
    (void)state;
    const char *texts[] = {
        "apiVersion: gateway.networking.k8s.io/v1\nkind: \"Gateway\\0\"\n"
        "metadata: {name: g, namespace: default}\nspec: {gatewayClassName: eg, listeners: []}\n",
        "{\"apiVersion\": \"gateway.networking.k8s.io/v1\", \"kind\": \"Gateway\\u0000\","
        " \"metadata\": {\"name\": \"g\", \"namespace\": \"default\"},"
        " \"spec\": {\"gatewayClassName\": \"eg\", \"listeners\": []}}",
    };
    for (int i = 0; i < 2; i++) {
        gwapi_result *r = tu_run(texts[i], GWAPI_FORMAT_AUTO, GWAPI_SEVERITY_ERROR);
        TU_EXPECT(r, TU_W(UNKNOWN_KIND, "", "no matches for kind \"Gateway\\x00\" in version "
                                      "\"gateway.networking.k8s.io/v1\""));
        const gwapi_object *o = gwapi_result_object(r, 0);
        assert_int_equal(o->kind, GWAPI_KIND_UNKNOWN);
        assert_null(gwapi_object_as_gateway(o));
        assert_str(o->kind_name, "Gateway\0");
        assert_int_equal(gwapi_result_error_count(r), 1);
        gwapi_result_free(r);
    }
    /* a group whose kinds are not all known here keeps the warning */
    gwapi_result *r = tu_run("apiVersion: v1\nkind: \"Pod\\0\"\nmetadata: {name: p, namespace: d}\n",
                          GWAPI_FORMAT_YAML, GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r, TU_W(UNKNOWN_KIND, "", "no schema for kind \"Pod\\x00\" in version \"v1\"; kept "
                                  "without validation"));
    assert_int_equal(gwapi_result_error_count(r), 0);
    gwapi_result_free(r);
}

/* A set's duplicate check compares every byte: "a\0x" and "a\0y" differ
 * (header names to remove have no pattern, so only the duplicate fails). */
static void nul_in_list_set(void **state)
{
    (void)state;
    gwapi_result *r = tu_run(ROUTE("{name: rt, namespace: default}",
                                ", rules: [{filters: [{type: RequestHeaderModifier,"
                                " requestHeaderModifier: {remove: [\"a\\0x\", \"a\\0y\", \"a\\0x\"]}}]}]"),
                          GWAPI_FORMAT_YAML, GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r, TU_W(DUPLICATE, "spec.rules[0].filters[0].requestHeaderModifier.remove[2]",
                "Duplicate value: \"a\\x00x\""));
    gwapi_result_free(r);
}

/* One diagnostic line as the CLI prints it. */
static void expect_text(const gwapi_result *r, size_t i, const char *line_want)
{
    char *line = NULL;
    size_t len = 0;
    assert_int_equal(gwapi_result_diag_text(r, i, &line, &len), GWAPI_OK);
    assert_int_equal(len, strlen(line));
    assert_string_equal(line, line_want);
    gwapi_free(line);
}

/* ESC sequences and other control characters in names, label values,
 * unknown field keys (spec and metadata) and paths never reach text raw.
 * Messages keep the API server's bytes: values %q-quoted, unknown field
 * paths raw (as sigs.k8s.io/json prints them); the text line quotes any
 * field holding one and escapes them in the message. */
static void control_characters_in_text(void **state)
{
    (void)state;
    gwapi_result *r = tu_run(
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: HTTPRoute\n"
        "metadata: {name: \"\\e[31mred\", namespace: default, labels: {k: \"a\\e[0m\"},"
        " \"\\e[1mx\": 1}\n"
        "spec:\n"
        "  \"\\e[2J\": true\n"
        "  parentRefs: [{name: gw}]\n",
        GWAPI_FORMAT_YAML, GWAPI_SEVERITY_ERROR);
    TU_EXPECT(r, TU_W(UNKNOWN_FIELD, "metadata", "unknown field \"metadata.\x1b[1mx\""),
              TU_W(UNKNOWN_FIELD, "spec.\x1b[2J", "unknown field \"spec.\x1b[2J\""),
              TU_W(METADATA, "metadata.name", "Invalid value: \"\\x1b[31mred\": " SUBDOMAIN_MSG),
              TU_W(METADATA, "metadata.labels", "Invalid value: \"a\\x1b[0m\": " LABEL_VALUE_MSG));
    expect_text(r, 0, "t:3:74: error: HTTPRoute default/\"\\x1b[31mred\": metadata: "
                      "unknown field \"metadata.\\x1b[1mx\"");
    expect_text(r, 1, "t:5:3: error: HTTPRoute default/\"\\x1b[31mred\": \"spec.\\x1b[2J\": "
                      "unknown field \"spec.\\x1b[2J\"");
    gwapi_result_free(r);

    /* a message Go prints with a raw control character (json.Marshal keeps
     * DEL) keeps it; the text line escapes it */
    r = tu_run("apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\n"
            "metadata: {name: g, namespace: default}\n"
            "spec:\n  gatewayClassName: eg\n  listeners:\n"
            "  - {name: \"a\\x7f\", port: 80, protocol: HTTP}\n"
            "  - {name: \"a\\x7f\", port: 81, protocol: HTTP}\n",
            GWAPI_FORMAT_YAML, GWAPI_SEVERITY_ERROR);
    size_t dup = 0;
    while (dup < gwapi_result_diag_count(r) &&
           gwapi_result_diag(r, dup)->code != GWAPI_DIAG_DUPLICATE)
        dup++;
    assert_true(dup < gwapi_result_diag_count(r));
    assert_string_equal(gwapi_result_diag(r, dup)->message,
                        "Duplicate value: {\"name\":\"a\x7f\"}");
    expect_text(r, dup, "t:8:5: error: Gateway default/g: spec.listeners[1]: "
                        "Duplicate value: {\"name\":\"a\\x7f\"}");
    gwapi_result_free(r);
}

/* JSON text of s as the library writes strings (for the expected output). */
static void json_escape(char *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            out += sprintf(out, "\\%c", c);
        else if (c < 0x20)
            out += sprintf(out, "\\u%04x", c);
        else
            *out++ = (char)c;
    }
    *out = '\0';
}

/* The JSON output carries every byte (JSON escapes a NUL as \u0000). */
static void nul_in_json_output(void **state)
{
    (void)state;
    gwapi_result *r = tu_run(ROUTE("{name: \"ok\\0UPPER\", namespace: default}", ""),
                          GWAPI_FORMAT_YAML, GWAPI_SEVERITY_ERROR);
    char *json = NULL;
    assert_int_equal(gwapi_result_json(r, &json, NULL), GWAPI_OK);
    static const char msg[] = "Invalid value: \"ok\\x00UPPER\": " SUBDOMAIN_MSG;
    char esc[2 * sizeof msg];
    json_escape(esc, msg, sizeof msg - 1);
    char expected[4096];
    snprintf(expected, sizeof expected,
             "{\"apiVersion\":\"gwapi.dev/v1alpha1\",\"kind\":\"ValidationResult\",\n"
             "\"summary\":{\"objects\":1,\"errors\":1,\"warnings\":0},\n"
             "\"diagnostics\":[\n"
             "{\"severity\":\"error\",\"code\":\"metadata\",\"kind\":\"HTTPRoute\","
             "\"namespace\":\"default\",\"name\":\"ok\\u0000UPPER\","
             "\"path\":\"metadata.name\",\"file\":\"t\",\"line\":3,\"column\":11,"
             "\"message\":\"%s\",\"related\":null}\n]}\n", esc);
    assert_string_equal(json, expected);
    gwapi_free(json);
    gwapi_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nul_in_name_and_namespace),
        cmocka_unit_test(nul_in_labels),
        cmocka_unit_test(nul_in_checked_strings),
        cmocka_unit_test(nul_in_duration),
        cmocka_unit_test(nul_in_field_key),
        cmocka_unit_test(nul_in_kind),
        cmocka_unit_test(nul_in_list_set),
        cmocka_unit_test(control_characters_in_text),
        cmocka_unit_test(nul_in_json_output),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    tu_run_contexts_free();
    return failed;
}
