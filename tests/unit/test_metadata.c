/* ObjectMeta as the API server decodes and validates it on create for a
 * custom resource (lib/validate/metadata.c); the expected messages were
 * taken from the oracle (tests/oracle, Kubernetes 1.37 server code). */
#include "testutil.h"
#include "validate/metadata.h"
#include "util/gotime.h"
#include "util/k8s_names.h"

#include <stdlib.h>
#include <string.h>

#define EXP GWAPI_CHANNEL_EXPERIMENTAL
#define SKIPPED "some validation rules were not checked"

/* An HTTPRoute with the given flow-style metadata and extra spec text. */
static gwapi_result *route(const char *meta, const char *rules)
{
    char buf[8192];
    snprintf(buf, sizeof buf,
             "apiVersion: gateway.networking.k8s.io/v1\n"
             "kind: HTTPRoute\n"
             "metadata: %s\n"
             "spec:\n"
             "  parentRefs: [{name: gw}]\n%s",
             meta, rules ? rules : "");
    return tu_validate(buf, EXP);
}

static size_t error_count(const gwapi_result *r)
{
    return gwapi_result_error_count(r);
}

static void names(void **state)
{
    (void)state;
    gwapi_result *r = route("{name: a/b}", NULL);
    tu_assert_diag(r, "metadata.name",
                   "Invalid value: \"a/b\": a lowercase RFC 1123 subdomain must consist of lower "
                   "case alphanumeric characters, '-' or '.', and must start and end with an "
                   "alphanumeric character (e.g. 'example.com', regex used for validation is "
                   "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    tu_free(r);

    /* no name: Required, which keeps the CEL rules from running */
    r = route("{namespace: ns}", NULL);
    tu_assert_diag(r, "metadata.name", "Required value: name or generateName is required");
    tu_assert_diag(r, "<nil>", SKIPPED);
    tu_free(r);

    /* generateName: checked with a masked trailing dash, and the generated
     * name (base + 5 characters) checked too */
    r = route("{generateName: Bad_}", NULL);
    tu_assert_diag(r, "metadata.generateName", "Invalid value: \"Bad_\": a lowercase RFC 1123");
    tu_assert_diag(r, "metadata.name", "Invalid value: \"Bad_xxxxx\": a lowercase RFC 1123");
    assert_int_equal(error_count(r), 2);
    tu_free(r);
    r = route("{generateName: gen-}", NULL);
    tu_assert_valid(r);
    tu_free(r);
    r = route("{generateName: ''}", NULL);
    tu_assert_diag(r, "metadata.name", "Required value: name or generateName is required");
    tu_free(r);
}

static void namespaces(void **state)
{
    (void)state;
    gwapi_result *r = route("{name: a, namespace: a.b}", NULL);
    tu_assert_diag(r, "metadata.namespace", "Invalid value: \"a.b\": must not contain dots");
    assert_int_equal(error_count(r), 1);
    tu_free(r);
    r = route("{name: a, namespace: Bad_NS}", NULL);
    tu_assert_diag(r, "metadata.namespace",
                   "Invalid value: \"Bad_NS\": a lowercase RFC 1123 label must consist of lower "
                   "case alphanumeric characters or '-', and must start and end with an "
                   "alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
                   "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    tu_free(r);
    /* empty or null: the request's namespace is used */
    r = route("{name: a, namespace: ''}", NULL);
    tu_assert_valid(r);
    tu_free(r);
    r = route("{name: a, namespace: null}", NULL);
    tu_assert_valid(r);
    tu_free(r);
}

static void labels_and_annotations(void **state)
{
    (void)state;
    gwapi_result *r = route("{name: a, labels: {'a/b/c': x, k: bad value, '-k': v, '/x': v,"
                            " nk: null}}",
                            NULL);
    tu_assert_diag(r, "metadata.labels",
                   "Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric "
                   "characters, '-', '_' or '.', and must start and end with an alphanumeric "
                   "character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for "
                   "validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional "
                   "DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
    tu_assert_diag(r, "metadata.labels",
                   "Invalid value: \"bad value\": a valid label must be an empty string or "
                   "consist of alphanumeric characters, '-', '_' or '.', and must start and end "
                   "with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or "
                   "'12345', regex used for validation is "
                   "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    tu_assert_diag(r, "metadata.labels", "Invalid value: \"-k\": name part must consist of");
    tu_assert_diag(r, "metadata.labels", "Invalid value: \"/x\": prefix part must be non-empty");
    assert_int_equal(error_count(r), 4); /* a null value is "" */
    tu_free(r);

    r = route("{name: a, labels: {k: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
              "xxxx}}",
              NULL);
    tu_assert_diag(r, "metadata.labels", "\": must be no more than 63 bytes");
    tu_free(r);

    /* annotation keys are checked lowercased; values are free */
    r = route("{name: a, annotations: {'UPPER/x': 'any value', '': v, 'A_B/c': yes-value}}", NULL);
    tu_assert_diag(r, "metadata.annotations", "Invalid value: \"\": name part must be non-empty");
    tu_assert_diag(r, "metadata.annotations", "Invalid value: \"A_B/c\": prefix part a lowercase "
                                              "RFC 1123 subdomain");
    tu_assert_no_diag(r, "UPPER/x");
    tu_free(r);
}

static void annotations_size(void **state)
{
    (void)state;
    static char meta[300000];
    strcpy(meta, "{name: a, annotations: {k: ");
    size_t n = strlen(meta);
    memset(meta + n, 'v', 262144);
    strcpy(meta + n + 262144, "}}");
    char *yaml = malloc(strlen(meta) + 256);
    assert_non_null(yaml);
    sprintf(yaml, "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: %s\n"
                  "spec: {parentRefs: [{name: gw}]}\n", meta);
    gwapi_result *r = tu_validate(yaml, EXP);
    tu_assert_diag(r, "metadata.annotations", "Too long: may not be more than 262144 bytes");
    tu_assert_diag(r, "<nil>", SKIPPED); /* TooLong blocks the CEL rules */
    tu_free(r);
    free(yaml);
}

static void finalizers_owners_managed_fields(void **state)
{
    (void)state;
    gwapi_result *r = route("{name: a, finalizers: [a/b, bad finalizer, null]}", NULL);
    tu_assert_diag(r, "metadata.finalizers", "Invalid value: \"bad finalizer\": name part must "
                                             "consist of");
    tu_assert_diag(r, "metadata.finalizers", "Invalid value: \"\": name part must be non-empty");
    tu_free(r);
    r = route("{name: a, finalizers: [orphan, foregroundDeletion]}", NULL);
    tu_assert_diag(r, "metadata.finalizers",
                   "Invalid value: [\"orphan\",\"foregroundDeletion\"]: finalizer orphan and "
                   "foregroundDeletion cannot be both set");
    tu_free(r);

    r = route("{name: a, ownerReferences: [{apiVersion: a/b/c, kind: Event, name: 'n', uid: u},"
              " {apiVersion: v1, kind: Event, name: 'n', uid: u, controller: true},"
              " {apiVersion: v1, kind: K, name: m, uid: u, controller: true}, {}]}",
              NULL);
    tu_assert_diag(r, "metadata.ownerReferences[0].apiVersion",
                   "Invalid value: \"a/b/c\": must be <group>/<version> or <version>");
    tu_assert_diag(r, "metadata.ownerReferences[1]",
                   "Invalid value: {\"apiVersion\":\"v1\",\"kind\":\"Event\",\"name\":\"n\","
                   "\"uid\":\"u\",\"controller\":true}: /v1, Kind=Event is disallowed from being "
                   "an owner");
    tu_assert_diag(r, "metadata.ownerReferences",
                   "Only one reference can have Controller set to true. Found \"true\" in "
                   "references for Event/n and K/m");
    tu_assert_diag(r, "metadata.ownerReferences[3].uid", "Required value: must not be empty");
    tu_assert_diag(r, "<nil>", SKIPPED);
    tu_free(r);

    r = route("{name: a, managedFields: [{manager: m, operation: Bogus, fieldsType: x}, {}]}",
              NULL);
    tu_assert_diag(r, "metadata.managedFields[0].operation",
                   "Unsupported value: \"Bogus\": supported values: \"Apply\", \"Update\"");
    tu_assert_diag(r, "metadata.managedFields[0].fieldsType",
                   "Invalid value: \"x\": must be `FieldsV1`");
    tu_assert_diag(r, "metadata.managedFields[1].operation", "Required value: must not be empty");
    tu_free(r);
    r = route("{name: a, managedFields: [{manager: \"a\\ab\", operation: Update}]}", NULL);
    tu_assert_diag(r, "metadata.managedFields[0].manager",
                   "Invalid value: \"a\\ab\": invalid character U+0007 (at position 1)");
    tu_free(r);
}

static void set_by_the_server(void **state)
{
    (void)state;
    /* generation is reset to 1, uid/resourceVersion/timestamps are
     * overwritten or ignored on create */
    gwapi_result *r = route("{name: a, generation: -5, uid: x, resourceVersion: x,"
                            " creationTimestamp: '2020-01-01T00:00:00Z', selfLink: /x}",
                            NULL);
    tu_assert_valid(r);
    tu_free(r);
}

static void decode_errors(void **state)
{
    (void)state;
    /* the server answers 400 with only the decoding error */
    gwapi_result *r = route("{name: 5, labels: {k: 1}}",
                            "  rules: [{matches: [{path: {type: PathPrefix, value: nope}}]}]\n");
    tu_assert_diag(r, "metadata", "json: cannot unmarshal number into Go struct field "
                                  "ObjectMeta.labels of type string");
    assert_int_equal(error_count(r), 1);
    tu_free(r);

    static const struct { const char *meta, *msg; } cases[] = {
        { "str", "json: cannot unmarshal string into Go value of type v1.ObjectMeta" },
        { "[]", "json: cannot unmarshal array into Go value of type v1.ObjectMeta" },
        { "{name: a, namespace: 7}",
          "json: cannot unmarshal number into Go struct field ObjectMeta.namespace of type string" },
        { "{name: a, labels: str}", "json: cannot unmarshal string into Go struct field "
                                    "ObjectMeta.labels of type map[string]string" },
        { "{name: a, finalizers: [1]}", "json: cannot unmarshal number into Go struct field "
                                        "ObjectMeta.finalizers of type string" },
        { "{name: a, uid: 1}", "json: cannot unmarshal number into Go struct field ObjectMeta.uid "
                               "of type types.UID" },
        { "{name: a, generation: 1.5}", "json: cannot unmarshal number 1.5 into Go struct field "
                                        "ObjectMeta.generation of type int64" },
        { "{name: a, ownerReferences: {}}", "json: cannot unmarshal object into Go struct field "
                                            "ObjectMeta.ownerReferences of type "
                                            "[]v1.OwnerReference" },
        { "{name: a, ownerReferences: [{kind: 5}]}",
          "json: cannot unmarshal number into Go struct field OwnerReference.ownerReferences.kind "
          "of type string" },
        { "{name: a, managedFields: [{operation: 1}]}",
          "json: cannot unmarshal number into Go struct field "
          "ManagedFieldsEntry.managedFields.operation of type v1.ManagedFieldsOperationType" },
        { "{name: a, creationTimestamp: 1}", "json: cannot unmarshal number into Go struct field "
                                             "ObjectMeta.creationTimestamp of type string" },
        /* time errors stop decoding and win over earlier type errors */
        { "{name: 5, creationTimestamp: x}",
          "parsing time \"x\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"x\" as \"2006\"" },
        { "{name: a, creationTimestamp: '2020-01-01'}",
          "parsing time \"2020-01-01\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\" as "
          "\"T\"" },
        { "{name: a, creationTimestamp: '2020-13-01T00:00:00Z'}",
          "parsing time \"2020-13-01T00:00:00Z\": month out of range" },
        { "{name: a, creationTimestamp: '2020-02-30T00:00:00Z'}",
          "parsing time \"2020-02-30T00:00:00Z\": day out of range" },
        { "{name: a, deletionTimestamp: '2020-01-01T00:00:00Zx'}",
          "parsing time \"2020-01-01T00:00:00Zx\": extra text: \"x\"" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        r = route(cases[i].meta, NULL);
        tu_assert_diag(r, "metadata", cases[i].msg);
        assert_int_equal(error_count(r), 1);
        tu_free(r);
    }

    /* nulls are zero values */
    r = route("{name: a, labels: null, annotations: {k: null}, creationTimestamp: null,"
              " namespace: null}",
              NULL);
    tu_assert_valid(r);
    tu_free(r);
}

static void unknown_fields(void **state)
{
    (void)state;
    gwapi_result *r = route("{name: a, foo: {bar: 1}, Name: x,"
                            " ownerReferences: [{apiVersion: v1, kind: K, name: m, uid: u, zzz: 1}]}",
                            NULL);
    tu_assert_diag(r, NULL, "unknown field \"metadata.foo\"");
    tu_assert_diag(r, NULL, "unknown field \"metadata.Name\"");
    tu_assert_diag(r, NULL, "unknown field \"metadata.ownerReferences[0].zzz\"");
    tu_assert_no_diag(r, "metadata.foo.bar");
    /* top-level keys are reported at the key, nested ones at the metadata */
    const gwapi_diag *d = tu_find(r, NULL, "unknown field \"metadata.foo\"");
    assert_int_equal(d->pos.line, 3);
    assert_int_equal(d->pos.column, 21);
    d = tu_find(r, NULL, "unknown field \"metadata.Name\"");
    assert_int_equal(d->pos.line, 3);
    assert_int_equal(d->pos.column, 36);
    d = tu_find(r, NULL, "unknown field \"metadata.ownerReferences[0].zzz\"");
    assert_int_equal(d->pos.line, 3);
    assert_int_equal(d->pos.column, 11);
    tu_free(r);
}

static void metadata_does_not_block_cel_when_invalid(void **state)
{
    (void)state;
    /* Invalid-type metadata errors leave the CEL rules running */
    gwapi_result *r = route("{name: a, labels: {k: bad value}}",
                            "  rules: [{matches: [{path: {type: PathPrefix, value: nope}}]}]\n");
    tu_assert_diag(r, "metadata.labels", "Invalid value: \"bad value\"");
    tu_assert_diag(r, "spec.rules[0].matches[0].path", "must be an absolute path");
    tu_assert_no_diag(r, SKIPPED);
    tu_free(r);
}

static void cluster_scoped(void **state)
{
    (void)state;
    /* the server clears the namespace of cluster-scoped kinds */
    gwapi_result *r = tu_validate("apiVersion: gateway.networking.k8s.io/v1\n"
                                  "kind: GatewayClass\n"
                                  "metadata: {name: a, namespace: Bad_NS}\n"
                                  "spec: {controllerName: example.com/c}\n",
                                  EXP);
    tu_assert_valid(r);
    tu_free(r);
}

static void name_helpers(void **state)
{
    (void)state;
    const char *msgs[4];
    assert_int_equal(k8s_qualified_name_errors("example.com/MyName", 18, msgs), 0);
    assert_int_equal(k8s_qualified_name_errors("a/", 2, msgs), 2);
    assert_string_equal(msgs[0], "name part must be non-empty");
    assert_int_equal(k8s_label_value_errors("", 0, msgs), 0);
    assert_int_equal(k8s_dns1123_label_errors("a.b", 3, msgs), 1);
    assert_string_equal(msgs[0], "must not contain dots");
    strbuf b;
    strbuf_init(&b, NULL);
    assert_true(go_parse_rfc3339(gwapi_str_of("2020-01-01T00:00:00.5+01:00"), &b, NULL));
    assert_true(go_parse_rfc3339(gwapi_str_of("2020-01-01T1:00:00Z"), &b, NULL)); /* hour: one digit is fine */
    assert_false(go_parse_rfc3339(gwapi_str_of("2020-01-01t00:00:00Z"), &b, NULL));
    assert_string_equal(strbuf_str(&b), "parsing time \"2020-01-01t00:00:00Z\" as "
                                        "\"2006-01-02T15:04:05Z07:00\": cannot parse "
                                        "\"t00:00:00Z\" as \"T\"");
    strbuf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names),
        cmocka_unit_test(namespaces),
        cmocka_unit_test(labels_and_annotations),
        cmocka_unit_test(annotations_size),
        cmocka_unit_test(finalizers_owners_managed_fields),
        cmocka_unit_test(set_by_the_server),
        cmocka_unit_test(decode_errors),
        cmocka_unit_test(unknown_fields),
        cmocka_unit_test(metadata_does_not_block_cel_when_invalid),
        cmocka_unit_test(cluster_scoped),
        cmocka_unit_test(name_helpers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
