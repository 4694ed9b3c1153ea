/* Decoding into the typed model: one object of every kind read back field
 * by field, CRD defaulting, served versions, Lists and JSON, and the
 * positions of unknown-field and wrong-type diagnostics. */
#include "testutil.h"
#include "schema/schema.h"

#include <string.h>

#define EXP GWAPI_CHANNEL_EXPERIMENTAL

static void gateway_api_kinds(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: GatewayClass\n"
        "metadata: {name: eg, labels: {tier: edge}, annotations: {note: x}}\n"
        "spec:\n"
        "  controllerName: example.com/gateway-controller\n"
        "  description: the class\n"
        "  parametersRef: {group: example.com, kind: Config, name: cfg, namespace: infra}\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: Gateway\n"
        "metadata: {name: gw, namespace: infra, generation: 3,"
        " creationTimestamp: '2024-01-02T03:04:05Z', uid: u-1}\n"
        "spec:\n"
        "  gatewayClassName: eg\n"
        "  addresses: [{type: IPAddress, value: 10.0.0.1}]\n"
        "  listeners:\n"
        "  - name: https\n"
        "    hostname: '*.example.com'\n"
        "    port: 443\n"
        "    protocol: HTTPS\n"
        "    tls: {mode: Terminate, certificateRefs: [{name: cert}]}\n"
        "    allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {team: a}}},"
        " kinds: [{kind: HTTPRoute}]}\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: HTTPRoute\n"
        "metadata: {name: store, namespace: apps}\n"
        "spec:\n"
        "  parentRefs: [{name: gw, namespace: infra, sectionName: https, port: 443}]\n"
        "  hostnames: [store.example.com, '*.shop.example.com']\n"
        "  rules:\n"
        "  - name: cart\n"
        "    matches:\n"
        "    - path: {type: Exact, value: /cart}\n"
        "      method: POST\n"
        "      headers: [{name: x-env, value: prod}]\n"
        "      queryParams: [{type: RegularExpression, name: id, value: '[0-9]+'}]\n"
        "    filters:\n"
        "    - type: RequestHeaderModifier\n"
        "      requestHeaderModifier: {set: [{name: a, value: b}], remove: [c]}\n"
        "    backendRefs:\n"
        "    - {name: cart, port: 8080, weight: 3}\n"
        "    - {group: example.com, kind: Bucket, name: b}\n"
        "    timeouts: {request: 10s, backendRequest: 2s}\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: GRPCRoute\n"
        "metadata: {name: g, namespace: apps}\n"
        "spec:\n"
        "  parentRefs: [{name: gw}]\n"
        "  rules: [{matches: [{method: {service: foo.Bar, method: Get}}],"
        " backendRefs: [{name: grpc, port: 9000}]}]\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: TLSRoute\n"
        "metadata: {name: t, namespace: apps}\n"
        "spec:\n"
        "  parentRefs: [{name: gw}]\n"
        "  hostnames: [tls.example.com]\n"
        "  rules: [{backendRefs: [{name: tls, port: 8443}]}]\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1alpha2\n"
        "kind: TCPRoute\n"
        "metadata: {name: tcp, namespace: apps}\n"
        "spec: {parentRefs: [{name: gw}], rules: [{backendRefs: [{name: db, port: 5432}]}]}\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1alpha2\n"
        "kind: UDPRoute\n"
        "metadata: {name: udp, namespace: apps}\n"
        "spec: {parentRefs: [{name: gw}], rules: [{backendRefs: [{name: dns, port: 53}]}]}\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1beta1\n"
        "kind: ReferenceGrant\n"
        "metadata: {name: rg, namespace: infra}\n"
        "spec:\n"
        "  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}]\n"
        "  to: [{group: '', kind: Service, name: cart}]\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: BackendTLSPolicy\n"
        "metadata: {name: btls, namespace: apps}\n"
        "spec:\n"
        "  targetRefs: [{group: '', kind: Service, name: cart, sectionName: https}]\n"
        "  validation: {hostname: cart.apps.svc, wellKnownCACertificates: System}\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: ListenerSet\n"
        "metadata: {name: ls, namespace: apps}\n"
        "spec:\n"
        "  parentRef: {name: gw, namespace: infra}\n"
        "  listeners: [{name: extra, port: 8080, protocol: HTTP}]\n"
        "---\n"
        "apiVersion: gateway.networking.x-k8s.io/v1alpha1\n"
        "kind: XBackendTrafficPolicy\n"
        "metadata: {name: xb, namespace: apps}\n"
        "spec:\n"
        "  targetRefs: [{group: '', kind: Service, name: cart}]\n"
        "  retryConstraint: {budget: {percent: 20, interval: 10s}, minRetryRate: {count: 3, interval: 1s}}\n",
        EXP);
    tu_assert_valid(r);
    assert_int_equal(gwapi_result_object_count(r), 11);

    const gwapi_gateway_class *gc = gwapi_object_as_gateway_class(tu_object(r, GWAPI_KIND_GATEWAY_CLASS));
    assert_non_null(gc);
    assert_str(gc->metadata->name, "eg");
    assert_str_absent(gc->metadata->ns); /* cluster-scoped */
    assert_str(gwapi_string_map_get(&gc->metadata->labels, "tier"), "edge");
    assert_str(gwapi_string_map_get(&gc->metadata->annotations, "note"), "x");
    assert_str(gc->spec->controller_name, "example.com/gateway-controller");
    assert_str(gc->spec->description, "the class");
    assert_str(gc->spec->parameters_ref->group, "example.com");
    assert_str(gc->spec->parameters_ref->kind, "Config");
    assert_str(gc->spec->parameters_ref->name, "cfg");
    assert_str(gc->spec->parameters_ref->ns, "infra");

    const gwapi_gateway *gw = gwapi_object_as_gateway(tu_object(r, GWAPI_KIND_GATEWAY));
    assert_str(gw->metadata->ns, "infra");
    assert_true(gw->metadata->generation.set);
    assert_int_equal(gw->metadata->generation.value, 3);
    assert_true(gw->metadata->creation_time.set);
    assert_int_equal(gw->metadata->creation_time.value, 1704164645);
    assert_str(gw->metadata->uid, "u-1");
    assert_str(gw->spec->gateway_class_name, "eg");
    assert_int_equal(gw->spec->addresses.count, 1);
    assert_str(gw->spec->addresses.items[0].type, "IPAddress");
    assert_str(gw->spec->addresses.items[0].value, "10.0.0.1");
    assert_int_equal(gw->spec->listeners.count, 1);
    const gwapi_listener *l = &gw->spec->listeners.items[0];
    assert_str(l->name, "https");
    assert_str(l->hostname, "*.example.com");
    assert_true(l->port.set);
    assert_int_equal(l->port.value, 443);
    assert_str(l->protocol, "HTTPS");
    assert_str(l->tls->mode, "Terminate");
    assert_int_equal(l->tls->certificate_refs.count, 1);
    assert_str(l->tls->certificate_refs.items[0].name, "cert");
    assert_str(l->tls->certificate_refs.items[0].kind, "Secret"); /* default */
    assert_str(l->allowed_routes->namespaces->from, "Selector");
    assert_str(gwapi_string_map_get(&l->allowed_routes->namespaces->selector->match_labels, "team"), "a");
    assert_int_equal(l->allowed_routes->kinds.count, 1);
    assert_str(l->allowed_routes->kinds.items[0].kind, "HTTPRoute");
    assert_str(l->allowed_routes->kinds.items[0].group, "gateway.networking.k8s.io");

    const gwapi_http_route *hr = gwapi_object_as_http_route(tu_object(r, GWAPI_KIND_HTTP_ROUTE));
    assert_str(hr->metadata->ns, "apps");
    assert_int_equal(hr->spec->parent_refs.count, 1);
    const gwapi_parent_reference *pr = &hr->spec->parent_refs.items[0];
    assert_str(pr->name, "gw");
    assert_str(pr->ns, "infra");
    assert_str(pr->section_name, "https");
    assert_int_equal(pr->port.value, 443);
    assert_str(pr->group, "gateway.networking.k8s.io");
    assert_str(pr->kind, "Gateway");
    assert_int_equal(hr->spec->hostnames.count, 2);
    assert_str(hr->spec->hostnames.items[1], "*.shop.example.com");
    assert_int_equal(hr->spec->rules.count, 1);
    const gwapi_http_route_rule *rule = &hr->spec->rules.items[0];
    assert_str(rule->name, "cart");
    const gwapi_http_route_match *m = &rule->matches.items[0];
    assert_str(m->path->type, "Exact");
    assert_str(m->path->value, "/cart");
    assert_str(m->method, "POST");
    assert_str(m->headers.items[0].name, "x-env");
    assert_str(m->headers.items[0].type, "Exact");
    assert_str(m->headers.items[0].value, "prod");
    assert_str(m->query_params.items[0].type, "RegularExpression");
    assert_str(m->query_params.items[0].value, "[0-9]+");
    const gwapi_http_route_rule_filter *f = &rule->filters.items[0];
    assert_str(f->type, "RequestHeaderModifier");
    assert_str(f->request_header_modifier->set.items[0].name, "a");
    assert_str(f->request_header_modifier->set.items[0].value, "b");
    assert_str(f->request_header_modifier->remove.items[0], "c");
    assert_int_equal(rule->backend_refs.count, 2);
    assert_str(rule->backend_refs.items[0].name, "cart");
    assert_str(rule->backend_refs.items[0].kind, "Service");
    assert_str(rule->backend_refs.items[0].group, "");
    assert_int_equal(rule->backend_refs.items[0].port.value, 8080);
    assert_int_equal(rule->backend_refs.items[0].weight.value, 3);
    assert_int_equal(rule->backend_refs.items[1].weight.value, 1); /* default */
    assert_false(rule->backend_refs.items[1].port.set);
    assert_str(rule->timeouts->request, "10s");
    assert_str(rule->timeouts->backend_request, "2s");

    const gwapi_grpc_route *gr = gwapi_object_as_grpc_route(tu_object(r, GWAPI_KIND_GRPC_ROUTE));
    assert_str(gr->spec->rules.items[0].matches.items[0].method->service, "foo.Bar");
    assert_str(gr->spec->rules.items[0].matches.items[0].method->method, "Get");
    assert_str(gr->spec->rules.items[0].matches.items[0].method->type, "Exact");
    assert_int_equal(gr->spec->rules.items[0].backend_refs.items[0].port.value, 9000);

    const gwapi_tls_route *tr = gwapi_object_as_tls_route(tu_object(r, GWAPI_KIND_TLS_ROUTE));
    assert_str(tr->spec->hostnames.items[0], "tls.example.com");
    assert_int_equal(tr->spec->rules.items[0].backend_refs.items[0].port.value, 8443);

    const gwapi_tcp_route *tcp = gwapi_object_as_tcp_route(tu_object(r, GWAPI_KIND_TCP_ROUTE));
    assert_str(tcp->spec->rules.items[0].backend_refs.items[0].name, "db");
    const gwapi_udp_route *udp = gwapi_object_as_udp_route(tu_object(r, GWAPI_KIND_UDP_ROUTE));
    assert_int_equal(udp->spec->rules.items[0].backend_refs.items[0].port.value, 53);

    const gwapi_object *rgo = tu_object(r, GWAPI_KIND_REFERENCE_GRANT);
    assert_str(rgo->api_version, "gateway.networking.k8s.io/v1beta1");
    const gwapi_reference_grant *rg = gwapi_object_as_reference_grant(rgo);
    assert_str(rg->spec->from.items[0].kind, "HTTPRoute");
    assert_str(rg->spec->from.items[0].ns, "apps");
    assert_str(rg->spec->to.items[0].group, "");
    assert_str(rg->spec->to.items[0].name, "cart");

    const gwapi_backend_tls_policy *bt = gwapi_object_as_backend_tls_policy(tu_object(r, GWAPI_KIND_BACKEND_TLS_POLICY));
    assert_str(bt->spec->target_refs.items[0].section_name, "https");
    assert_str(bt->spec->validation->hostname, "cart.apps.svc");
    assert_str(bt->spec->validation->well_known_ca_certificates, "System");

    const gwapi_listener_set *ls = gwapi_object_as_listener_set(tu_object(r, GWAPI_KIND_LISTENER_SET));
    assert_str(ls->spec->parent_ref->name, "gw");
    assert_str(ls->spec->listeners.items[0].name, "extra");

    const gwapi_x_backend_traffic_policy *xb =
        gwapi_object_as_x_backend_traffic_policy(tu_object(r, GWAPI_KIND_X_BACKEND_TRAFFIC_POLICY));
    assert_int_equal(xb->spec->retry_constraint->budget->percent.value, 20);
    assert_str(xb->spec->retry_constraint->min_retry_rate->interval, "1s");
    tu_free(r);
}

static void envoy_gateway_and_core_kinds(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: ClientTrafficPolicy\n"
        "metadata: {name: ctp, namespace: infra}\n"
        "spec:\n"
        "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gw}]\n"
        "  enableProxyProtocol: true\n"
        "  timeout: {http: {requestReceivedTimeout: 5s}}\n"
        "---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: BackendTrafficPolicy\n"
        "metadata: {name: btp, namespace: apps}\n"
        "spec:\n"
        "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: store}]\n"
        "  timeout: {http: {requestTimeout: 5s}}\n"
        "  retry: {numRetries: 3}\n"
        "---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: SecurityPolicy\n"
        "metadata: {name: sp, namespace: apps}\n"
        "spec:\n"
        "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: store}]\n"
        "  cors: {allowOrigins: ['https://a.example.com'], allowMethods: [GET]}\n"
        "---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: EnvoyExtensionPolicy\n"
        "metadata: {name: eep, namespace: apps}\n"
        "spec:\n"
        "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: store}]\n"
        "  wasm: [{name: w, code: {type: HTTP, http: {url: 'https://x/w.wasm'}}, config: {a: [1, 2]}}]\n"
        "---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: EnvoyPatchPolicy\n"
        "metadata: {name: epp, namespace: infra}\n"
        "spec:\n"
        "  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: gw}\n"
        "  type: JSONPatch\n"
        "  jsonPatches: [{type: type.googleapis.com/envoy.config.listener.v3.Listener,"
        " name: l, operation: {op: add, path: /a, value: {k: v}}}]\n"
        "---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: HTTPRouteFilter\n"
        "metadata: {name: hrf, namespace: apps}\n"
        "spec: {directResponse: {statusCode: 503}}\n"
        "---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: Backend\n"
        "metadata: {name: be, namespace: apps}\n"
        "spec: {endpoints: [{fqdn: {hostname: api.example.com, port: 443}}]}\n"
        "---\n"
        "apiVersion: v1\n"
        "kind: Service\n"
        "metadata: {name: cart, namespace: apps}\n"
        "spec: {type: ClusterIP, clusterIP: 10.96.0.10, ports: [{name: http, port: 8080, targetPort: web}],"
        " selector: {app: cart}, sessionAffinity: None}\n"
        "---\n"
        "apiVersion: v1\n"
        "kind: Secret\n"
        "metadata: {name: cert, namespace: infra}\n"
        "type: kubernetes.io/tls\n"
        "data: {tls.crt: YWJj, tls.key: ZGVm}\n"
        "---\n"
        "apiVersion: v1\n"
        "kind: ConfigMap\n"
        "metadata: {name: ca, namespace: infra}\n"
        "data: {ca.crt: pem}\n"
        "---\n"
        "apiVersion: v1\n"
        "kind: Namespace\n"
        "metadata: {name: apps, labels: {team: a}}\n"
        "---\n"
        "apiVersion: discovery.k8s.io/v1\n"
        "kind: EndpointSlice\n"
        "metadata: {name: cart-1, namespace: apps}\n"
        "addressType: IPv4\n"
        "endpoints: [{addresses: [10.1.0.5], conditions: {ready: true}}]\n"
        "ports: [{name: http, port: 8080, protocol: TCP}]\n"
        "---\n"
        "apiVersion: multicluster.x-k8s.io/v1alpha1\n"
        "kind: ServiceImport\n"
        "metadata: {name: cart, namespace: apps}\n"
        "spec: {type: ClusterSetIP, ips: [10.2.0.1], ports: [{port: 8080, protocol: TCP}]}\n",
        EXP);
    tu_assert_valid(r);
    assert_int_equal(gwapi_result_object_count(r), 13);

    const gwapi_client_traffic_policy *ctp =
        gwapi_object_as_client_traffic_policy(tu_object(r, GWAPI_KIND_CLIENT_TRAFFIC_POLICY));
    assert_str(ctp->spec->target_refs.items[0].kind, "Gateway");
    assert_true(ctp->spec->enable_proxy_protocol.set && ctp->spec->enable_proxy_protocol.value);
    assert_str(ctp->spec->timeout->http->request_received_timeout, "5s");

    const gwapi_backend_traffic_policy *btp =
        gwapi_object_as_backend_traffic_policy(tu_object(r, GWAPI_KIND_BACKEND_TRAFFIC_POLICY));
    assert_str(btp->spec->target_refs.items[0].name, "store");
    assert_str(btp->spec->timeout->http->request_timeout, "5s");
    assert_int_equal(btp->spec->retry->num_retries.value, 3);

    const gwapi_security_policy *sp = gwapi_object_as_security_policy(tu_object(r, GWAPI_KIND_SECURITY_POLICY));
    assert_str(sp->spec->cors->allow_origins.items[0], "https://a.example.com");
    assert_str(sp->spec->cors->allow_methods.items[0], "GET");

    const gwapi_envoy_extension_policy *eep =
        gwapi_object_as_envoy_extension_policy(tu_object(r, GWAPI_KIND_ENVOY_EXTENSION_POLICY));
    assert_int_equal(eep->spec->wasm.count, 1);
    assert_str(eep->spec->wasm.items[0].code->http->url, "https://x/w.wasm");
    /* x-kubernetes-preserve-unknown-fields stays a generic value, intact. */
    const gwapi_value *cfg = eep->spec->wasm.items[0].config;
    assert_non_null(cfg);
    assert_int_equal(gwapi_value_get(cfg, "a")->u.seq.count, 2);

    const gwapi_envoy_patch_policy *epp =
        gwapi_object_as_envoy_patch_policy(tu_object(r, GWAPI_KIND_ENVOY_PATCH_POLICY));
    assert_str(epp->spec->type, "JSONPatch");
    assert_str(epp->spec->json_patches.items[0].operation->op, "add");
    assert_string_equal(gwapi_value_get(epp->spec->json_patches.items[0].operation->value, "k")->u.string.ptr, "v");

    const gwapi_http_route_filter *hrf =
        gwapi_object_as_http_route_filter(tu_object(r, GWAPI_KIND_HTTP_ROUTE_FILTER));
    assert_int_equal(hrf->spec->direct_response->status_code.value, 503);

    const gwapi_backend *be = gwapi_object_as_backend(tu_object(r, GWAPI_KIND_BACKEND));
    assert_str(be->spec->endpoints.items[0].fqdn->hostname, "api.example.com");
    assert_int_equal(be->spec->endpoints.items[0].fqdn->port.value, 443);

    const gwapi_service *svc = gwapi_object_as_service(tu_object(r, GWAPI_KIND_SERVICE));
    assert_str(svc->spec->type, "ClusterIP");
    assert_str(svc->spec->cluster_ip, "10.96.0.10");
    assert_int_equal(svc->spec->ports.items[0].port.value, 8080);
    assert_int_equal(svc->spec->ports.items[0].target_port.type, GWAPI_IOS_STRING);
    assert_str(svc->spec->ports.items[0].target_port.string, "web");
    assert_str(gwapi_string_map_get(&svc->spec->selector, "app"), "cart");

    const gwapi_secret *sec = gwapi_object_as_secret(tu_object(r, GWAPI_KIND_SECRET));
    assert_str(sec->type, "kubernetes.io/tls");
    assert_str(gwapi_string_map_get(&sec->data, "tls.crt"), "YWJj");

    const gwapi_config_map *cm = gwapi_object_as_config_map(tu_object(r, GWAPI_KIND_CONFIG_MAP));
    assert_str(gwapi_string_map_get(&cm->data, "ca.crt"), "pem");

    const gwapi_namespace *ns = gwapi_object_as_namespace(tu_object(r, GWAPI_KIND_NAMESPACE));
    assert_str_absent(ns->metadata->ns);
    assert_str(gwapi_string_map_get(&ns->metadata->labels, "team"), "a");

    const gwapi_endpoint_slice *es = gwapi_object_as_endpoint_slice(tu_object(r, GWAPI_KIND_ENDPOINT_SLICE));
    assert_str(es->address_type, "IPv4");
    assert_str(es->endpoints.items[0].addresses.items[0], "10.1.0.5");
    assert_true(es->endpoints.items[0].conditions->ready.value);

    const gwapi_service_import *si = gwapi_object_as_service_import(tu_object(r, GWAPI_KIND_SERVICE_IMPORT));
    assert_str(si->spec->ips.items[0], "10.2.0.1");
    tu_free(r);
}

/* Defaults are applied as the API server applies them: inside present
 * parents only, through list items, and never over a written value. */
static void defaulting(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: HTTPRoute\n"
        "metadata: {name: d}\n"
        "spec:\n"
        "  parentRefs: [{name: gw}]\n"
        "  rules:\n"
        "  - backendRefs: [{name: a, port: 80}]\n"
        "  - matches: [{headers: [{name: x, value: z}]}]\n"
        "    backendRefs: [{name: b, port: 80, weight: 0}]\n",
        EXP);
    tu_assert_valid(r);
    const gwapi_http_route *hr = gwapi_object_as_http_route(tu_object(r, GWAPI_KIND_HTTP_ROUTE));
    assert_str(hr->metadata->ns, "default");
    /* spec.rules[].matches defaults to [{path: {type: PathPrefix, value: /}}]. */
    const gwapi_http_route_rule *r0 = &hr->spec->rules.items[0];
    assert_int_equal(r0->matches.count, 1);
    assert_str(r0->matches.items[0].path->type, "PathPrefix");
    assert_str(r0->matches.items[0].path->value, "/");
    assert_int_equal(r0->backend_refs.items[0].weight.value, 1);
    /* A match that is written gets its own defaults (path), not the list's. */
    const gwapi_http_route_rule *r1 = &hr->spec->rules.items[1];
    assert_str(r1->matches.items[0].path->type, "PathPrefix");
    assert_str(r1->matches.items[0].headers.items[0].type, "Exact");
    assert_int_equal(r1->backend_refs.items[0].weight.value, 0);
    /* Absent optional objects stay absent. */
    assert_null(r0->timeouts);
    assert_null(hr->spec->hostnames.items);
    tu_free(r);
}

static void unknown_fields_and_types(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: Gateway\n"
        "metadata: {name: gw}\n"
        "spec:\n"
        "  gatewayClassName: eg\n"
        "  colour: blue\n"
        "  listeners:\n"
        "  - name: http\n"
        "    protocol: HTTP\n"
        "    port: eighty\n"
        "    bogus: {a: 1}\n",
        EXP);
    const gwapi_diag *d = tu_find(r, "spec.colour", "unknown field \"spec.colour\"");
    assert_non_null(d);
    assert_int_equal(d->code, GWAPI_DIAG_UNKNOWN_FIELD);
    assert_int_equal(d->severity, GWAPI_SEVERITY_ERROR);
    assert_int_equal(d->pos.line, 6);
    assert_int_equal(d->pos.column, 3);
    assert_string_equal(d->pos.file, "test.yaml");
    assert_str(d->kind, "Gateway");
    assert_str(d->ns, "default");
    assert_str(d->name, "gw");
    d = tu_find(r, "spec.listeners[0].bogus", "unknown field \"spec.listeners[0].bogus\"");
    assert_non_null(d);
    assert_int_equal(d->pos.line, 11);
    assert_int_equal(d->pos.column, 5);
    d = tu_find(r, "spec.listeners[0].port",
                "Invalid value: \"string\": spec.listeners[0].port in body must be of type integer: \"string\"");
    assert_non_null(d);
    assert_int_equal(d->code, GWAPI_DIAG_TYPE);
    assert_int_equal(d->pos.line, 10);
    assert_int_equal(d->pos.column, 11);
    /* A type error blocks the CEL rules, as on the API server. */
    tu_assert_diag(r, "<nil>", "some validation rules were not checked");
    tu_free(r);
}

static void duplicate_keys(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: GatewayClass\n"
        "metadata: {name: eg}\n"
        "spec:\n"
        "  controllerName: a.example.com/one\n"
        "  controllerName: b.example.com/two\n",
        EXP);
    const gwapi_diag *d = tu_find(r, "spec.controllerName", "duplicate field \"spec.controllerName\"");
    assert_non_null(d);
    assert_int_equal(d->pos.line, 6);
    const gwapi_gateway_class *gc = gwapi_object_as_gateway_class(tu_object(r, GWAPI_KIND_GATEWAY_CLASS));
    assert_str(gc->spec->controller_name, "b.example.com/two"); /* last wins */
    tu_free(r);
}

/* v1beta1 and v1 decode into one model; a version the channel does not
 * serve is an error; an unknown kind is kept with a warning. */
static void versions_and_kinds(void **state)
{
    (void)state;
    const char *doc =
        "apiVersion: gateway.networking.k8s.io/v1alpha2\n"
        "kind: TLSRoute\n"
        "metadata: {name: t}\n"
        "spec: {parentRefs: [{name: gw}], hostnames: [a.example.com], rules: [{backendRefs: [{name: s, port: 443}]}]}\n"
        "---\n"
        "apiVersion: apps/v1\n"
        "kind: Deployment\n"
        "metadata: {name: web}\n"
        "spec: {replicas: 2}\n";
    gwapi_result *r = tu_validate(doc, GWAPI_CHANNEL_EXPERIMENTAL);
    tu_assert_valid(r);
    const gwapi_object *dep = tu_object(r, GWAPI_KIND_UNKNOWN);
    assert_null(dep->typed);
    assert_str(dep->meta->name, "web");
    tu_assert_diag(r, "", "no schema for kind \"Deployment\" in version \"apps/v1\"");
    tu_free(r);

    r = tu_validate(doc, GWAPI_CHANNEL_STANDARD);
    tu_assert_diag(r, "", "no matches for kind \"TLSRoute\" in version \"gateway.networking.k8s.io/v1alpha2\"");
    tu_free(r);
}

/* Under the standard channel, experimental-only fields are unknown. */
static void channels(void **state)
{
    (void)state;
    const char *doc =
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: HTTPRoute\n"
        "metadata: {name: r}\n"
        "spec:\n"
        "  rules:\n"
        "  - backendRefs: [{name: s, port: 80}]\n"
        "    retry: {attempts: 2}\n";
    gwapi_result *r = tu_validate(doc, GWAPI_CHANNEL_EXPERIMENTAL);
    tu_assert_valid(r);
    const gwapi_http_route *hr = gwapi_object_as_http_route(tu_object(r, GWAPI_KIND_HTTP_ROUTE));
    assert_int_equal(hr->spec->rules.items[0].retry->attempts.value, 2);
    tu_free(r);
    r = tu_validate(doc, GWAPI_CHANNEL_STANDARD);
    const gwapi_diag *d = tu_find(r, "spec.rules[0].retry", "unknown field \"spec.rules[0].retry\"");
    assert_non_null(d);
    assert_int_equal(d->pos.line, 7);
    hr = gwapi_object_as_http_route(tu_object(r, GWAPI_KIND_HTTP_ROUTE));
    assert_null(hr->spec->rules.items[0].retry);
    tu_free(r);
}

static void lists_and_json(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n"
        "  {\"apiVersion\": \"gateway.networking.k8s.io/v1\", \"kind\": \"GatewayClass\",\n"
        "   \"metadata\": {\"name\": \"a\"}, \"spec\": {\"controllerName\": \"x.io/c\"}},\n"
        "  {\"apiVersion\": \"gateway.networking.k8s.io/v1\", \"kind\": \"GatewayClass\",\n"
        "   \"metadata\": {\"name\": \"b\"}, \"spec\": {\"controllerName\": 7}}\n"
        "]}\n",
        EXP);
    assert_int_equal(gwapi_result_object_count(r), 2);
    const gwapi_diag *d = tu_find(r, "spec.controllerName", "must be of type string: \"integer\"");
    assert_non_null(d);
    assert_str(d->name, "b");
    assert_int_equal(d->pos.line, 5);
    tu_free(r);
}

static void metadata_rules(void **state)
{
    (void)state;
    gwapi_result *r = tu_validate(
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: GatewayClass\n"
        "metadata: {name: Bad_Name}\n"
        "spec: {controllerName: x.io/c}\n"
        "---\n"
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: HTTPRoute\n"
        "metadata: {namespace: UPPER}\n"
        "spec: {}\n",
        EXP);
    tu_assert_diag(r, "metadata.name",
                   "Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of");
    tu_assert_diag(r, "metadata.name", "Required value: name or generateName is required");
    tu_assert_diag(r, "metadata.namespace",
                   "Invalid value: \"UPPER\": a lowercase RFC 1123 label must consist of");
    tu_free(r);
}

/* Every CEL rule of every table is bound to its C function. */
static size_t unbound_rules(const gw_schema *s, unsigned depth, size_t *total)
{
    if (!s || depth > 64)
        return 0;
    size_t n = 0;
    for (uint32_t i = 0; i < s->nrules; i++) {
        (*total)++;
        n += s->rules[i].fn == NULL;
    }
    for (uint32_t i = 0; i < s->nfields; i++)
        n += unbound_rules(s->fields[i].schema, depth + 1, total);
    return n + unbound_rules(s->items, depth + 1, total);
}

static void all_rules_bound(void **state)
{
    (void)state;
    size_t total = 0, unbound = 0;
    for (uint32_t k = 0; k < gw_nkinds; k++)
        for (uint32_t v = 0; v < gw_kinds[k].nversions; v++) {
            unbound += unbound_rules(gw_kinds[k].versions[v].standard, 0, &total);
            unbound += unbound_rules(gw_kinds[k].versions[v].experimental, 0, &total);
        }
    assert_true(total > 900);
    assert_int_equal(unbound, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gateway_api_kinds),
        cmocka_unit_test(envoy_gateway_and_core_kinds),
        cmocka_unit_test(defaulting),
        cmocka_unit_test(unknown_fields_and_types),
        cmocka_unit_test(duplicate_keys),
        cmocka_unit_test(versions_and_kinds),
        cmocka_unit_test(channels),
        cmocka_unit_test(lists_and_json),
        cmocka_unit_test(metadata_rules),
        cmocka_unit_test(all_rules_bound),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
