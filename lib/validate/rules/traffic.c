/* CEL rule functions of BackendTrafficPolicy and EnvoyExtensionPolicy: one function per rule,
 * bound to the schema tables through registry-traffic.tsv. */
#include "rule_env.h"
#include "cel_lib.h"
#include "../../schema/gen/rules.h"

#include <stdint.h>
#include <gwapi/resources.h>

/* Regular expressions of this file's rules (see rule_regexes.h). */
const char *const rx_traffic[] = { NULL };
const size_t rx_traffic_count = 0;

/* ---------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------- */

/* `self.type == T ? has(field) : !has(field)`; an absent type cannot equal T,
 * so it reduces to requiring the field to be absent. (type is required on
 * every schema this is used on, so a missing type never reaches CEL.) */
static bool type_iff(gwapi_str type, const char *want, bool has_field)
{
    return rule_streq(type, want) ? has_field : !has_field;
}

/* ---------------------------------------------------------------------------
 * BackendTrafficPolicy
 * ------------------------------------------------------------------------- */

/* !has(self.minSuccessRate) || (self.minSuccessRate >= 1 && self.minSuccessRate <= 100) */
bool rule_admission_control_min_success_rate(const gw_rule_env *env,
                                             const gwapi_backend_traffic_policy_admission_control *self)
{
    const gwapi_backend_traffic_policy_admission_control *ac = self;
    (void)env;
    return !ac->min_success_rate.set ||
           (ac->min_success_rate.value >= 1 && ac->min_success_rate.value <= 100);
}

/* !has(self.maxRejectionPercent) || (self.maxRejectionPercent >= 0 && <= 100) */
bool rule_admission_control_max_rejection_percent(const gw_rule_env *env,
                                                  const gwapi_backend_traffic_policy_admission_control *self)
{
    const gwapi_backend_traffic_policy_admission_control *ac = self;
    (void)env;
    return !ac->max_rejection_percent.set ||
           (ac->max_rejection_percent.value >= 0 && ac->max_rejection_percent.value <= 100);
}

/* !has(self.samplingWindow) || duration(self.samplingWindow) >= duration('1s')
 * An unparsable duration is a CEL runtime error (the pattern is not
 * blocking, so e.g. "1d" gets both the pattern and this error). */
bool rule_admission_control_sampling_window(const gw_rule_env *env,
                                            const gwapi_backend_traffic_policy_admission_control *self)
{
    const gwapi_backend_traffic_policy_admission_control *ac = self;
    int64_t ns;
    if (!ac->sampling_window.ptr)
        return true;
    if (!cel_parse_duration(ac->sampling_window, &ns))
        return rule_eval_error(env, CEL_ERR_DURATION);
    return ns >= 1000000000LL;
}

/* has(self.request) || has(self.response) */
bool rule_bandwidth_limit_request_or_response(const gw_rule_env *env,
                                              const gwapi_backend_traffic_policy_bandwidth_limit *self)
{
    const gwapi_backend_traffic_policy_bandwidth_limit *bl = self;
    (void)env;
    return bl->request || bl->response;
}

/* !(has(self.httpStatus) && has(self.grpcStatus)) */
bool rule_fault_abort_not_both_statuses(const gw_rule_env *env,
                                        const gwapi_fault_injection_abort *self)
{
    const gwapi_fault_injection_abort *a = self;
    (void)env;
    return !(a->http_status.set && a->grpc_status.set);
}

/* has(self.httpStatus) || has(self.grpcStatus) */
bool rule_fault_abort_one_status(const gw_rule_env *env, const gwapi_fault_injection_abort *self)
{
    const gwapi_fault_injection_abort *a = self;
    (void)env;
    return a->http_status.set || a->grpc_status.set;
}

/* has(self.delay) || has(self.abort) */
bool rule_fault_injection_delay_or_abort(const gw_rule_env *env, const gwapi_fault_injection *self)
{
    const gwapi_fault_injection *fi = self;
    (void)env;
    return fi->delay || fi->abort;
}

/* self.exists(e, e == 'Failure' || e == 'FailureSeriesStart') ==
 * self.exists(e, e == 'Success' || e == 'HealthyTransition') */
bool rule_health_check_log_matches_pair(const gw_rule_env *env, const gwapi_string_list *self)
{
    static const char *const failure[] = { "Failure", "FailureSeriesStart", NULL };
    static const char *const success[] = { "Success", "HealthyTransition", NULL };
    const gwapi_string_list *l = self;
    bool f = false, s = false;
    (void)env;
    for (size_t i = 0; l->items && i < l->count; i++) {
        f = f || cel_str_in(l->items[i], failure);
        s = s || cel_str_in(l->items[i], success);
    }
    return f == s;
}

/* self.type == 'File' ? has(self.file) : !has(self.file) */
bool rule_health_check_log_sink_file(const gw_rule_env *env,
                                     const gwapi_proxy_health_check_log_sink *self)
{
    const gwapi_proxy_health_check_log_sink *sink = self;
    (void)env;
    return type_iff(sink->type, "File", sink->file != NULL);
}

/* self.type == 'Text' ? has(self.text) : !has(self.text) */
bool rule_health_check_payload_text(const gw_rule_env *env,
                                    const gwapi_active_health_check_payload *self)
{
    const gwapi_active_health_check_payload *p = self;
    (void)env;
    return type_iff(p->type, "Text", p->text.ptr != NULL);
}

/* self.type == 'Binary' ? has(self.binary) : !has(self.binary) */
bool rule_health_check_payload_binary(const gw_rule_env *env,
                                      const gwapi_active_health_check_payload *self)
{
    const gwapi_active_health_check_payload *p = self;
    (void)env;
    return type_iff(p->type, "Binary", p->binary.ptr != NULL);
}

/* !has(self.requestBody) || (has(self.method) && self.method.upperAscii() in ['POST','PUT']) */
bool rule_http_health_check_request_body_method(const gw_rule_env *env,
                                                const gwapi_http_active_health_checker *self)
{
    const gwapi_http_active_health_checker *h = self;
    char up[4];
    size_t n;
    (void)env;
    if (!h->request_body)
        return true;
    if (!h->method.ptr)
        return false;
    n = h->method.len;
    if (n > 4)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = h->method.ptr[i];
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    gwapi_str upper = { up, n };
    return rule_streq(upper, "POST") || rule_streq(upper, "PUT");
}

/* self.type == 'HTTP' ? has(self.http) : !has(self.http) */
bool rule_active_health_check_http(const gw_rule_env *env, const gwapi_active_health_check *self)
{
    const gwapi_active_health_check *a = self;
    (void)env;
    return type_iff(a->type, "HTTP", a->http != NULL);
}

/* self.type == 'TCP' ? has(self.tcp) : !has(self.tcp) */
bool rule_active_health_check_tcp(const gw_rule_env *env, const gwapi_active_health_check *self)
{
    const gwapi_active_health_check *a = self;
    (void)env;
    return type_iff(a->type, "TCP", a->tcp != NULL);
}

/* has(self.grpc) ? self.type == 'GRPC' : true */
bool rule_active_health_check_grpc(const gw_rule_env *env, const gwapi_active_health_check *self)
{
    const gwapi_active_health_check *a = self;
    (void)env;
    return !a->grpc || rule_streq(a->type, "GRPC");
}

/* !has(self.connect) || self.type == 'CONNECT' */
bool rule_http_upgrade_connect_type(const gw_rule_env *env,
                                    const gwapi_protocol_upgrade_config *self)
{
    const gwapi_protocol_upgrade_config *u = self;
    (void)env;
    return !u->connect || rule_streq(u->type, "CONNECT");
}

/* duration(self) > duration('0s') */
bool rule_reporting_period_positive(const gw_rule_env *env, const gwapi_str *self)
{
    gwapi_str s = *self;
    int64_t ns;
    if (!cel_parse_duration(s, &ns))
        return rule_eval_error(env, CEL_ERR_DURATION);
    return ns > 0;
}

/* self.type == 'Header' ? has(self.header) : !has(self.header) */
bool rule_consistent_hash_header(const gw_rule_env *env, const gwapi_consistent_hash *self)
{
    const gwapi_consistent_hash *c = self;
    (void)env;
    return type_iff(c->type, "Header", c->header != NULL);
}

/* self.type == 'Headers' ? has(self.headers) : !has(self.headers) */
bool rule_consistent_hash_headers(const gw_rule_env *env, const gwapi_consistent_hash *self)
{
    const gwapi_consistent_hash *c = self;
    (void)env;
    return type_iff(c->type, "Headers", c->headers.items != NULL);
}

/* self.type == 'Cookie' ? has(self.cookie) : !has(self.cookie) */
bool rule_consistent_hash_cookie(const gw_rule_env *env, const gwapi_consistent_hash *self)
{
    const gwapi_consistent_hash *c = self;
    (void)env;
    return type_iff(c->type, "Cookie", c->cookie != NULL);
}

/* self.type == 'QueryParams' ? has(self.queryParams) : !has(self.queryParams) */
bool rule_consistent_hash_query_params(const gw_rule_env *env, const gwapi_consistent_hash *self)
{
    const gwapi_consistent_hash *c = self;
    (void)env;
    return type_iff(c->type, "QueryParams", c->query_params.items != NULL);
}

/* self.type == 'ConsistentHash' ? has(self.consistentHash) : !has(self.consistentHash) */
bool rule_load_balancer_consistent_hash(const gw_rule_env *env, const gwapi_load_balancer *self)
{
    const gwapi_load_balancer *lb = self;
    (void)env;
    return type_iff(lb->type, "ConsistentHash", lb->consistent_hash != NULL);
}

/* self.type == 'BackendUtilization' ? has(self.backendUtilization) : !has(...) */
bool rule_load_balancer_backend_utilization(const gw_rule_env *env, const gwapi_load_balancer *self)
{
    const gwapi_load_balancer *lb = self;
    (void)env;
    return type_iff(lb->type, "BackendUtilization", lb->backend_utilization != NULL);
}

/* self.type == 'DynamicModule' ? has(self.dynamicModule) : !has(self.dynamicModule) */
bool rule_load_balancer_dynamic_module(const gw_rule_env *env, const gwapi_load_balancer *self)
{
    const gwapi_load_balancer *lb = self;
    (void)env;
    return type_iff(lb->type, "DynamicModule", lb->dynamic_module != NULL);
}

/* self.type in ['Random', 'ConsistentHash', 'DynamicModule'] ? !has(self.slowStart) : true */
bool rule_load_balancer_slow_start(const gw_rule_env *env, const gwapi_load_balancer *self)
{
    static const char *const no_slow_start[] = { "Random", "ConsistentHash", "DynamicModule", NULL };
    const gwapi_load_balancer *lb = self;
    (void)env;
    return !cel_str_in(lb->type, no_slow_start) || !lb->slow_start;
}

/* self.type == 'ConsistentHash' && has(self.zoneAware) ? !has(self.zoneAware.preferLocal) : true */
bool rule_load_balancer_consistent_hash_prefer_local(const gw_rule_env *env,
                                                     const gwapi_load_balancer *self)
{
    const gwapi_load_balancer *lb = self;
    (void)env;
    if (rule_streq(lb->type, "ConsistentHash") && lb->zone_aware)
        return !lb->zone_aware->prefer_local;
    return true;
}

/* self.type == 'BackendUtilization' && has(self.zoneAware) ? !has(self.zoneAware.preferLocal) : true */
bool rule_load_balancer_backend_utilization_prefer_local(const gw_rule_env *env,
                                                         const gwapi_load_balancer *self)
{
    const gwapi_load_balancer *lb = self;
    (void)env;
    if (rule_streq(lb->type, "BackendUtilization") && lb->zone_aware)
        return !lb->zone_aware->prefer_local;
    return true;
}

/* self.type == 'DynamicModule' ? !has(self.zoneAware) : true */
bool rule_load_balancer_dynamic_module_zone_aware(const gw_rule_env *env,
                                                  const gwapi_load_balancer *self)
{
    const gwapi_load_balancer *lb = self;
    (void)env;
    return !rule_streq(lb->type, "DynamicModule") || !lb->zone_aware;
}

/* has(self.zoneAware) ? !(has(self.zoneAware.preferLocal) && has(self.zoneAware.weightedZones)) : true */
bool rule_load_balancer_zone_aware_exclusive(const gw_rule_env *env,
                                             const gwapi_load_balancer *self)
{
    const gwapi_load_balancer *lb = self;
    (void)env;
    if (!lb->zone_aware)
        return true;
    return !(lb->zone_aware->prefer_local && lb->zone_aware->weighted_zones.items);
}

/* self.type == 'DynamicModule' ? !has(self.endpointOverride) : true */
bool rule_load_balancer_dynamic_module_endpoint_override(const gw_rule_env *env,
                                                         const gwapi_load_balancer *self)
{
    const gwapi_load_balancer *lb = self;
    (void)env;
    return !rule_streq(lb->type, "DynamicModule") || !lb->endpoint_override;
}

/* self != 'Replace' (spec.mergeType of both policies) */
static bool merge_type_not_replace(const gwapi_str *self)
{
    return !rule_streq(*self, "Replace");
}

bool rule_btp_merge_type_not_replace(const gw_rule_env *env, const gwapi_str *self)
{
    (void)env;
    return merge_type_not_replace(self);
}

/* has(self.headers) || has(self.methods) || has(self.path) || has(self.sourceCIDR) || has(self.queryParams) */
bool rule_rate_limit_select_condition_nonempty(const gw_rule_env *env,
                                               const gwapi_rate_limit_select_condition *self)
{
    const gwapi_rate_limit_select_condition *c = self;
    (void)env;
    return c->headers.items || c->methods.items || c->path || c->source_cidr ||
           c->query_params.items;
}

/* !(has(self.number) && has(self.metadata)) */
bool rule_rate_limit_cost_number_or_metadata(const gw_rule_env *env,
                                             const gwapi_rate_limit_cost_specifier *self)
{
    const gwapi_rate_limit_cost_specifier *c = self;
    (void)env;
    return !(c->number.set && c->metadata);
}

/* self.all(r, !has(r.cost) || !has(r.cost.response)) */
bool rule_local_rate_limit_no_response_cost(const gw_rule_env *env,
                                            const gwapi_rate_limit_rule_list *self)
{
    const gwapi_rate_limit_rule_list *l = self;
    (void)env;
    for (size_t i = 0; l->items && i < l->count; i++)
        if (l->items[i].cost && l->items[i].cost->response)
            return false;
    return true;
}

/* self.all(r, !has(r.limit.fromMetadata)); limit is required. */
bool rule_local_rate_limit_no_from_metadata(const gw_rule_env *env,
                                            const gwapi_rate_limit_rule_list *self)
{
    const gwapi_rate_limit_rule_list *l = self;
    (void)env;
    for (size_t i = 0; l->items && i < l->count; i++)
        if (l->items[i].limit && l->items[i].limit->from_metadata)
            return false;
    return true;
}

/* self.end > self.start (both required) */
bool rule_status_code_range_end_after_start(const gw_rule_env *env,
                                            const gwapi_status_code_match_range *self)
{
    const gwapi_status_code_match_range *r = self;
    (void)env;
    if (!r->end.set || !r->start.set)
        return true;
    return r->end.value > r->start.value;
}

/* (!has(self.type) || self.type == 'Value') ? has(self.value) : true */
bool rule_status_code_match_value(const gw_rule_env *env, const gwapi_status_code_match *self)
{
    const gwapi_status_code_match *m = self;
    (void)env;
    if (!m->type.ptr || rule_streq(m->type, "Value"))
        return m->value.set;
    return true;
}

/* (has(self.type) && self.type == 'Range') ? has(self.range) : true */
bool rule_status_code_match_range(const gw_rule_env *env, const gwapi_status_code_match *self)
{
    const gwapi_status_code_match *m = self;
    (void)env;
    return !rule_streq(m->type, "Range") || m->range;
}

/* has(self.statusCodes) || has(self.responseHeaders) */
bool rule_response_override_match_nonempty(const gw_rule_env *env,
                                           const gwapi_response_override_match *self)
{
    const gwapi_response_override_match *m = self;
    (void)env;
    return m->status_codes.items || m->response_headers.items;
}

/* self.type == 'ReplaceFullPath' */
bool rule_response_override_redirect_full_path(const gw_rule_env *env,
                                               const gwapi_http_path_modifier *self)
{
    const gwapi_http_path_modifier *p = self;
    (void)env;
    return !p->type.ptr || rule_streq(p->type, "ReplaceFullPath");
}

/* (!has(self.type) || self.type == 'Inline') ? has(self.inline) : true */
bool rule_direct_response_body_inline(const gw_rule_env *env,
                                      const gwapi_custom_response_body *self)
{
    const gwapi_custom_response_body *b = self;
    (void)env;
    if (!b->type.ptr || rule_streq(b->type, "Inline"))
        return b->inline_.ptr != NULL;
    return true;
}

/* (has(self.type) && self.type == 'ValueRef') ? has(self.valueRef) : true */
bool rule_direct_response_body_value_ref(const gw_rule_env *env,
                                         const gwapi_custom_response_body *self)
{
    const gwapi_custom_response_body *b = self;
    (void)env;
    return !rule_streq(b->type, "ValueRef") || b->value_ref;
}

/* has(self.valueRef) ? self.valueRef.kind == 'ConfigMap' : true */
bool rule_direct_response_body_config_map(const gw_rule_env *env,
                                          const gwapi_custom_response_body *self)
{
    const gwapi_custom_response_body *b = self;
    (void)env;
    if (!b->value_ref || !b->value_ref->kind.ptr)
        return true;
    return rule_streq(b->value_ref->kind, "ConfigMap");
}

/* !has(self.remove) || size(self.remove) == 0 */
bool rule_response_override_header_no_remove(const gw_rule_env *env,
                                             const gwapi_response_override_response_header *self)
{
    const gwapi_response_override_response_header *h = self;
    (void)env;
    return !h->remove.items || h->remove.count == 0;
}

/* (has(self.response) && !has(self.redirect)) || (!has(self.response) && has(self.redirect)) */
bool rule_response_override_response_xor_redirect(const gw_rule_env *env,
                                                  const gwapi_response_override *self)
{
    const gwapi_response_override *o = self;
    (void)env;
    return (o->response != NULL) != (o->redirect != NULL);
}

/* --- targetRef(s) rules shared by BackendTrafficPolicy and EnvoyExtensionPolicy --- */

static const char *const all_target_kinds[] = {
    "Gateway", "ListenerSet", "HTTPRoute", "GRPCRoute", "UDPRoute", "TCPRoute", "TLSRoute", NULL
};
static const char *const xroute_kinds[] = {
    "HTTPRoute", "GRPCRoute", "UDPRoute", "TCPRoute", "TLSRoute", NULL
};
static const char *const admission_kinds[] = {
    "Gateway", "ListenerSet", "HTTPRoute", "GRPCRoute", NULL
};

bool rule_btp_target_ref_or_refs(const gw_rule_env *env,
                                 const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return cel_targets_one_way(s->target_ref, &s->target_refs, &s->target_selectors);
}

bool rule_btp_target_ref_group(const gw_rule_env *env,
                               const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return cel_target_ref_group(s->target_ref);
}

bool rule_btp_target_ref_kind(const gw_rule_env *env, const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return cel_target_ref_kind(s->target_ref, all_target_kinds);
}

bool rule_btp_target_refs_group(const gw_rule_env *env,
                                const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return cel_target_refs_group(&s->target_refs);
}

bool rule_btp_target_refs_kind(const gw_rule_env *env,
                               const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return cel_target_refs_kind(&s->target_refs, all_target_kinds);
}

/* !has(self.mergeType) || <all targets are xRoutes> */
bool rule_btp_merge_type_xroute_targets(const gw_rule_env *env,
                                        const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return !s->merge_type.ptr ||
           cel_targets_all_kinds(s->target_ref, &s->target_refs, &s->target_selectors, xroute_kinds);
}

/* !has(self.compression) || !has(self.compressor) */
bool rule_btp_compression_or_compressor(const gw_rule_env *env,
                                        const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return !s->compression.items || !s->compressor.items;
}

/* !has(self.requestBuffer) || !has(self.httpUpgrade) || self.httpUpgrade.size() == 0 */
bool rule_btp_request_buffer_no_http_upgrade(const gw_rule_env *env,
                                             const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return !s->request_buffer || !s->http_upgrade.items || s->http_upgrade.count == 0;
}

/* !has(self.admissionControl) || <all targets are Gateway/ListenerSet/HTTPRoute/GRPCRoute> */
bool rule_btp_admission_control_targets(const gw_rule_env *env,
                                        const gwapi_backend_traffic_policy_spec *self)
{
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    return !s->admission_control ||
           cel_targets_all_kinds(s->target_ref, &s->target_refs, &s->target_selectors,
                             admission_kinds);
}

/* !((has(connection) && has(connection.preconnect) && has(connection.preconnect.predictivePercent))
 *   && !(has(loadBalancer) && has(loadBalancer.type) && loadBalancer.type in ['Random', 'RoundRobin'])) */
bool rule_btp_preconnect_predictive_load_balancer(const gw_rule_env *env,
                                                  const gwapi_backend_traffic_policy_spec *self)
{
    static const char *const ok[] = { "Random", "RoundRobin", NULL };
    const gwapi_backend_traffic_policy_spec *s = self;
    (void)env;
    bool predictive = s->connection && s->connection->preconnect &&
                      s->connection->preconnect->predictive_percent.set;
    bool lb_ok = s->load_balancer && cel_str_in(s->load_balancer->type, ok);
    return !(predictive && !lb_ok);
}

/* ---------------------------------------------------------------------------
 * EnvoyExtensionPolicy
 * ------------------------------------------------------------------------- */

/* self.all(f, !f.startsWith('envoy.filters.http')) */
bool rule_ext_proc_writable_namespaces(const gw_rule_env *env, const gwapi_string_list *self)
{
    static const char prefix[] = "envoy.filters.http";
    const gwapi_string_list *l = self;
    (void)env;
    for (size_t i = 0; l->items && i < l->count; i++)
        if (l->items[i].len >= sizeof prefix - 1 &&
            memcmp(l->items[i].ptr, prefix, sizeof prefix - 1) == 0)
            return false;
    return true;
}

/* !has(self.backendRef) */
bool rule_ext_proc_no_backend_ref(const gw_rule_env *env, const gwapi_ext_proc *self)
{
    const gwapi_ext_proc *e = self;
    (void)env;
    return !e->backend_ref;
}

/* has(self.backendRefs) ? self.backendRefs.all(f, f.kind in Service/ServiceImport/Backend) : true */
bool rule_ext_proc_backend_refs_kind(const gw_rule_env *env, const gwapi_ext_proc *self)
{
    static const char *const kinds[] = { "Service", "ServiceImport", "Backend", NULL };
    const gwapi_ext_proc *e = self;
    (void)env;
    for (size_t i = 0; e->backend_refs.items && i < e->backend_refs.count; i++)
        if (e->backend_refs.items[i].kind.ptr && !cel_str_in(e->backend_refs.items[i].kind, kinds))
            return false;
    return true;
}

/* has(self.backendRefs) ? self.backendRefs.all(f, f.group in "", multicluster.x-k8s.io,
 * gateway.envoyproxy.io) : true */
bool rule_ext_proc_backend_refs_group(const gw_rule_env *env, const gwapi_ext_proc *self)
{
    static const char *const groups[] = { "", "multicluster.x-k8s.io", "gateway.envoyproxy.io", NULL };
    const gwapi_ext_proc *e = self;
    (void)env;
    for (size_t i = 0; e->backend_refs.items && i < e->backend_refs.count; i++)
        if (e->backend_refs.items[i].group.ptr && !cel_str_in(e->backend_refs.items[i].group, groups))
            return false;
    return true;
}

/* body mode of processingMode.request/response is `mode` (equal or, with
 * negate, different), for has(...) guarded accesses. */
static bool processing_body_is(const gwapi_processing_mode_options *o, const char *mode, bool negate)
{
    if (!o || !o->body.ptr)
        return false;
    return negate ? !rule_streq(o->body, mode) : rule_streq(o->body, mode);
}

/* !(failOpen == true && (request.body == 'FullDuplexStreamed' || response.body == 'FullDuplexStreamed')) */
bool rule_ext_proc_full_duplex_fail_open(const gw_rule_env *env, const gwapi_ext_proc *self)
{
    const gwapi_ext_proc *e = self;
    (void)env;
    if (!(e->fail_open.set && e->fail_open.value && e->processing_mode))
        return true;
    return !(processing_body_is(e->processing_mode->request, "FullDuplexStreamed", false) ||
             processing_body_is(e->processing_mode->response, "FullDuplexStreamed", false));
}

/* !(shadowMode == true && (request.body != 'Streamed' || response.body != 'Streamed')) */
bool rule_ext_proc_shadow_mode_streamed(const gw_rule_env *env, const gwapi_ext_proc *self)
{
    const gwapi_ext_proc *e = self;
    (void)env;
    if (!(e->shadow_mode.set && e->shadow_mode.value && e->processing_mode))
        return true;
    return !(processing_body_is(e->processing_mode->request, "Streamed", true) ||
             processing_body_is(e->processing_mode->response, "Streamed", true));
}

/* self.kind == 'ConfigMap' && (self.group == 'v1' || self.group == '') */
bool rule_lua_value_ref_config_map(const gw_rule_env *env, const gwapi_local_object_reference *self)
{
    const gwapi_local_object_reference *r = self;
    (void)env;
    return rule_streq(r->kind, "ConfigMap") &&
           (rule_streq(r->group, "v1") || rule_streq(r->group, ""));
}

/* (type == 'Inline' && has(inline) && !has(valueRef)) || (type == 'ValueRef' && !has(inline) && has(valueRef)) */
bool rule_lua_inline_xor_value_ref(const gw_rule_env *env, const gwapi_lua *self)
{
    const gwapi_lua *l = self;
    (void)env;
    return (rule_streq(l->type, "Inline") && l->inline_.ptr && !l->value_ref) ||
           (rule_streq(l->type, "ValueRef") && !l->inline_.ptr && l->value_ref);
}

bool rule_eep_merge_type_not_replace(const gw_rule_env *env, const gwapi_str *self)
{
    (void)env;
    return merge_type_not_replace(self);
}

/* self.kind == 'Secret' (kind defaults to Secret) */
bool rule_wasm_image_pull_secret_kind(const gw_rule_env *env,
                                      const gwapi_secret_object_reference *self)
{
    const gwapi_secret_object_reference *r = self;
    (void)env;
    return rule_streq(r->kind, "Secret");
}

/* self.type == 'HTTP' ? has(self.http) : !has(self.http) */
bool rule_wasm_code_http(const gw_rule_env *env, const gwapi_wasm_code_source *self)
{
    const gwapi_wasm_code_source *c = self;
    (void)env;
    return type_iff(c->type, "HTTP", c->http != NULL);
}

/* self.type == 'Image' ? has(self.image) : !has(self.image) */
bool rule_wasm_code_image(const gw_rule_env *env, const gwapi_wasm_code_source *self)
{
    const gwapi_wasm_code_source *c = self;
    (void)env;
    return type_iff(c->type, "Image", c->image != NULL);
}

bool rule_eep_target_ref_or_refs(const gw_rule_env *env,
                                 const gwapi_envoy_extension_policy_spec *self)
{
    const gwapi_envoy_extension_policy_spec *s = self;
    (void)env;
    return cel_targets_one_way(s->target_ref, &s->target_refs, &s->target_selectors);
}

bool rule_eep_target_ref_group(const gw_rule_env *env,
                               const gwapi_envoy_extension_policy_spec *self)
{
    const gwapi_envoy_extension_policy_spec *s = self;
    (void)env;
    return cel_target_ref_group(s->target_ref);
}

bool rule_eep_target_ref_kind(const gw_rule_env *env, const gwapi_envoy_extension_policy_spec *self)
{
    const gwapi_envoy_extension_policy_spec *s = self;
    (void)env;
    return cel_target_ref_kind(s->target_ref, all_target_kinds);
}

bool rule_eep_target_refs_group(const gw_rule_env *env,
                                const gwapi_envoy_extension_policy_spec *self)
{
    const gwapi_envoy_extension_policy_spec *s = self;
    (void)env;
    return cel_target_refs_group(&s->target_refs);
}

bool rule_eep_target_refs_kind(const gw_rule_env *env,
                               const gwapi_envoy_extension_policy_spec *self)
{
    const gwapi_envoy_extension_policy_spec *s = self;
    (void)env;
    return cel_target_refs_kind(&s->target_refs, all_target_kinds);
}

bool rule_eep_merge_type_xroute_targets(const gw_rule_env *env,
                                        const gwapi_envoy_extension_policy_spec *self)
{
    const gwapi_envoy_extension_policy_spec *s = self;
    (void)env;
    return !s->merge_type.ptr ||
           cel_targets_all_kinds(s->target_ref, &s->target_refs, &s->target_selectors, xroute_kinds);
}
