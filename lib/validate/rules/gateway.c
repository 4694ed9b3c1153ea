/* CEL rule functions of Gateway, GatewayClass, ListenerSet, BackendTLSPolicy, XBackend*, ClientTrafficPolicy, HTTPRouteFilter and Backend: one function per rule,
 * bound to the schema tables through registry-gateway.tsv.
 *
 * Where the CEL expression would raise a runtime error (e.g. reading an
 * absent field, or duration() of an unparsable string) the API server
 * reports `Invalid value: "<type>": <error> evaluating rule: <message>`;
 * these functions then return rule_eval_error() with cel-go's wording.
 * CEL's && and || absorb an error when the other side decides the result
 * (false && error is false, true || error is true); with errors on both
 * sides the left one is reported. */
#include "rule_env.h"
#include "../../util/utf8.h"
#include "cel_lib.h"
#include "../../schema/gen/rules.h"

#include <stdint.h>
#include <gwapi/resources.h>

/* Regular expressions of this file's rules (see rule_regexes.h). */
enum {
    RX_ADDRESS_HOSTNAME,
    RX_QUALIFIED_KEY,
};
const char *const rx_gateway[] = {
    [RX_ADDRESS_HOSTNAME] =
        "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
    [RX_QUALIFIED_KEY] =
        "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
        "([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$",
};
const size_t rx_gateway_count = sizeof rx_gateway / sizeof rx_gateway[0];

/* ---- small CEL helpers ------------------------------------------------ */

#define NS_PER_S INT64_C(1000000000)

/* ---- GatewayClass ----------------------------------------------------- */

/* self == oldSelf: a transition rule, never evaluated on create. */
bool rule_gateway_class_controller_name_immutable(const gw_rule_env *env, const gwapi_str *self)
{
    (void)env;
    (void)self;
    return true;
}

/* ---- Gateway addresses ------------------------------------------------ */

/* self.type == 'Hostname' ? (!has(self.value) || self.value.matches(...)) : true */
bool rule_gateway_address_hostname_value(const gw_rule_env *env,
                                         const gwapi_gateway_spec_address *self)
{
    const gwapi_gateway_spec_address *a = self;
    if (!rule_streq(a->type, "Hostname"))
        return true;
    return !a->value.ptr || rule_matches(env, rx_gateway[RX_ADDRESS_HOSTNAME], a->value);
}

/* self.all(a1, a1.type == T && has(a1.value) ? self.exists_one(a2, a2.type == a1.type
 *   && has(a2.value) && a2.value == a1.value) : true) */
static bool addresses_unique(const gwapi_gateway_spec_address_list *l, const char *type)
{
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_gateway_spec_address *a1 = &l->items[i];
        if (!rule_streq(a1->type, type) || !a1->value.ptr)
            continue;
        size_t n = 0;
        for (size_t j = 0; j < l->count; j++) {
            const gwapi_gateway_spec_address *a2 = &l->items[j];
            if (gwapi_str_equal(a2->type, a1->type) && gwapi_str_equal(a2->value, a1->value))
                n++;
        }
        if (n != 1)
            return false;
    }
    return true;
}

bool rule_gateway_addresses_unique_ip(const gw_rule_env *env,
                                      const gwapi_gateway_spec_address_list *self)
{
    (void)env;
    return addresses_unique(self, "IPAddress");
}

bool rule_gateway_addresses_unique_hostname(const gw_rule_env *env,
                                            const gwapi_gateway_spec_address_list *self)
{
    (void)env;
    return addresses_unique(self, "Hostname");
}

/* ---- Gateway infrastructure labels / annotations ---------------------- */

/* self.all(key, key.matches(<qualified name>)) */
static bool map_keys_qualified(const gw_rule_env *env, const gwapi_string_map *m)
{
    for (size_t i = 0; i < m->count; i++)
        if (!rule_matches(env, rx_gateway[RX_QUALIFIED_KEY], m->items[i].key))
            return false;
    return true;
}

/* self.all(key, key.split("/")[0].size() < 253) */
static bool map_key_prefixes_short(const gwapi_string_map *m)
{
    for (size_t i = 0; i < m->count; i++) {
        gwapi_str k = m->items[i].key;
        const char *slash = memchr(k.ptr, '/', k.len);
        size_t n = slash ? (size_t)(slash - k.ptr) : k.len;
        if (utf8_runes(k.ptr, n) >= 253)
            return false;
    }
    return true;
}

bool rule_gateway_infrastructure_annotation_keys(const gw_rule_env *env,
                                                 const gwapi_string_map *self)
{
    return map_keys_qualified(env, self);
}

bool rule_gateway_infrastructure_annotation_key_prefix(const gw_rule_env *env,
                                                       const gwapi_string_map *self)
{
    (void)env;
    return map_key_prefixes_short(self);
}

bool rule_gateway_infrastructure_label_keys(const gw_rule_env *env, const gwapi_string_map *self)
{
    return map_keys_qualified(env, self);
}

bool rule_gateway_infrastructure_label_key_prefix(const gw_rule_env *env,
                                                  const gwapi_string_map *self)
{
    (void)env;
    return map_key_prefixes_short(self);
}

/* ---- Gateway / ListenerSet listeners ---------------------------------- */

/* self.mode == 'Terminate' ? size(self.certificateRefs) > 0 || size(self.options) > 0 : true
 * size() of an absent field is an error (error || false is an error). */
bool rule_listener_tls_terminate_certs(const gw_rule_env *env,
                                       const gwapi_listener_tls_config *self)
{
    const gwapi_listener_tls_config *tls = self;
    if (!tls->mode.ptr) /* defaulted to Terminate: absent only without defaulting */
        return rule_eval_error(env, CEL_ERR_NO_SUCH_KEY("mode"));
    if (!rule_streq(tls->mode, "Terminate"))
        return true;
    /* size(self.certificateRefs) > 0 || size(self.options) > 0 */
    if ((tls->certificate_refs.items && tls->certificate_refs.count > 0) ||
        (tls->options.items && tls->options.count > 0))
        return true;
    if (!tls->certificate_refs.items)
        return rule_eval_error(env, CEL_ERR_NO_SUCH_KEY("certificateRefs"));
    if (!tls->options.items)
        return rule_eval_error(env, CEL_ERR_NO_SUCH_KEY("options"));
    return false;
}

static bool protocol_in(gwapi_str p, const char *const *set)
{
    return cel_str_in(p, set);
}

/* The listener fields the list rules read. Gateway's Listener and
 * ListenerSet's ListenerEntry are distinct types with these fields in
 * common; each rule is a helper over a field accessor, bound once per type. */
typedef struct listener_fields {
    gwapi_str name, protocol, hostname;
    const gwapi_listener_tls_config *tls;
    gwapi_opt_int port;
} listener_fields;

typedef listener_fields (*listener_at)(const void *items, size_t i);

static listener_fields gateway_listener_at(const void *items, size_t i)
{
    const gwapi_listener *l = (const gwapi_listener *)items + i;
    return (listener_fields){ l->name, l->protocol, l->hostname, l->tls, l->port };
}

static listener_fields listener_entry_at(const void *items, size_t i)
{
    const gwapi_listener_entry *l = (const gwapi_listener_entry *)items + i;
    return (listener_fields){ l->name, l->protocol, l->hostname, l->tls, l->port };
}

#define GATEWAY_LISTENERS(self) \
    ((const gwapi_listener_list *)(self))->items, ((const gwapi_listener_list *)(self))->count, \
        gateway_listener_at
#define LISTENER_ENTRIES(self) \
    ((const gwapi_listener_entry_list *)(self))->items, \
        ((const gwapi_listener_entry_list *)(self))->count, listener_entry_at

/* self.all(l, l.protocol in ['HTTP', 'TCP', 'UDP'] ? !has(l.tls) : true) */
static bool listeners_no_tls_for_plain(const void *items, size_t count, listener_at at)
{
    static const char *const plain[] = { "HTTP", "TCP", "UDP", NULL };
    for (size_t i = 0; i < count; i++) {
        listener_fields li = at(items, i);
        if (protocol_in(li.protocol, plain) && li.tls)
            return false;
    }
    return true;
}

bool rule_listeners_no_tls_for_plain(const gw_rule_env *env, const gwapi_listener_list *self)
{
    (void)env;
    return listeners_no_tls_for_plain(GATEWAY_LISTENERS(self));
}

bool rule_listener_entries_no_tls_for_plain(const gw_rule_env *env,
                                            const gwapi_listener_entry_list *self)
{
    (void)env;
    return listeners_no_tls_for_plain(LISTENER_ENTRIES(self));
}

/* self.all(l, (l.protocol == 'HTTPS' && has(l.tls)) ? (l.tls.mode == '' || l.tls.mode == 'Terminate') : true) */
static bool listeners_https_tls_terminate(const void *items, size_t count, listener_at at)
{
    for (size_t i = 0; i < count; i++) {
        listener_fields li = at(items, i);
        if (!rule_streq(li.protocol, "HTTPS") || !li.tls)
            continue;
        gwapi_str mode = li.tls->mode;
        if (!mode.ptr || !(mode.len == 0 || rule_streq(mode, "Terminate")))
            return false;
    }
    return true;
}

bool rule_listeners_https_tls_terminate(const gw_rule_env *env, const gwapi_listener_list *self)
{
    (void)env;
    return listeners_https_tls_terminate(GATEWAY_LISTENERS(self));
}

bool rule_listener_entries_https_tls_terminate(const gw_rule_env *env,
                                               const gwapi_listener_entry_list *self)
{
    (void)env;
    return listeners_https_tls_terminate(LISTENER_ENTRIES(self));
}

/* self.all(l, (l.protocol == 'TLS' ? has(l.tls) && has(l.tls.mode) && l.tls.mode != '' : true)) */
static bool listeners_tls_mode_set(const void *items, size_t count, listener_at at)
{
    for (size_t i = 0; i < count; i++) {
        listener_fields li = at(items, i);
        if (rule_streq(li.protocol, "TLS") && !(li.tls && rule_str_nonempty(li.tls->mode)))
            return false;
    }
    return true;
}

bool rule_listeners_tls_mode_set(const gw_rule_env *env, const gwapi_listener_list *self)
{
    (void)env;
    return listeners_tls_mode_set(GATEWAY_LISTENERS(self));
}

bool rule_listener_entries_tls_mode_set(const gw_rule_env *env,
                                        const gwapi_listener_entry_list *self)
{
    (void)env;
    return listeners_tls_mode_set(LISTENER_ENTRIES(self));
}

/* self.all(l, l.protocol in ['TCP', 'UDP'] ? (!has(l.hostname) || l.hostname == '') : true) */
static bool listeners_no_hostname_for_l4(const void *items, size_t count, listener_at at)
{
    static const char *const l4[] = { "TCP", "UDP", NULL };
    for (size_t i = 0; i < count; i++) {
        listener_fields li = at(items, i);
        if (protocol_in(li.protocol, l4) && rule_str_nonempty(li.hostname))
            return false;
    }
    return true;
}

bool rule_listeners_no_hostname_for_l4(const gw_rule_env *env, const gwapi_listener_list *self)
{
    (void)env;
    return listeners_no_hostname_for_l4(GATEWAY_LISTENERS(self));
}

bool rule_listener_entries_no_hostname_for_l4(const gw_rule_env *env,
                                              const gwapi_listener_entry_list *self)
{
    (void)env;
    return listeners_no_hostname_for_l4(LISTENER_ENTRIES(self));
}

/* self.all(l1, self.exists_one(l2, l1.name == l2.name)) */
static bool listeners_unique_name(const void *items, size_t count, listener_at at)
{
    for (size_t i = 0; i < count; i++)
        for (size_t j = 0; j < count; j++)
            if (i != j && cel_str_same(at(items, i).name, at(items, j).name))
                return false;
    return true;
}

bool rule_listeners_unique_name(const gw_rule_env *env, const gwapi_listener_list *self)
{
    (void)env;
    return listeners_unique_name(GATEWAY_LISTENERS(self));
}

bool rule_listener_entries_unique_name(const gw_rule_env *env,
                                       const gwapi_listener_entry_list *self)
{
    (void)env;
    return listeners_unique_name(LISTENER_ENTRIES(self));
}

/* l1.port == l2.port && l1.protocol == l2.protocol && (has(l1.hostname) &&
 * has(l2.hostname) ? l1.hostname == l2.hostname : !has(l1.hostname) && !has(l2.hostname)) */
static bool listeners_collide(const listener_fields *a, const listener_fields *b)
{
    if (a->port.set != b->port.set || (a->port.set && a->port.value != b->port.value))
        return false;
    if (!cel_str_same(a->protocol, b->protocol))
        return false;
    if (a->hostname.ptr && b->hostname.ptr)
        return gwapi_str_equal(a->hostname, b->hostname);
    return !a->hostname.ptr && !b->hostname.ptr;
}

/* self.all(l1, self.exists_one(l2, <collide>)) */
bool rule_listeners_unique_port_protocol_hostname(const gw_rule_env *env,
                                                  const gwapi_listener_list *self)
{
    const gwapi_listener_list *l = self;
    (void)env;
    for (size_t i = 0; i < l->count; i++)
        for (size_t j = 0; j < l->count; j++) {
            listener_fields a = gateway_listener_at(l->items, i);
            listener_fields b = gateway_listener_at(l->items, j);
            if (i != j && listeners_collide(&a, &b))
                return false;
        }
    return true;
}

/* ListenerSet: self.all(l1, !has(l1.port) || self.exists_one(l2, has(l2.port) && <collide>)) */
bool rule_listener_set_unique_port_protocol_hostname(const gw_rule_env *env,
                                                     const gwapi_listener_entry_list *self)
{
    const gwapi_listener_entry_list *l = self;
    (void)env;
    for (size_t i = 0; i < l->count; i++) {
        if (!l->items[i].port.set)
            continue;
        listener_fields a = listener_entry_at(l->items, i);
        for (size_t j = 0; j < l->count; j++) {
            listener_fields b = listener_entry_at(l->items, j);
            if (i != j && b.port.set && listeners_collide(&a, &b))
                return false;
        }
    }
    return true;
}

/* self.all(t1, self.exists_one(t2, t1.port == t2.port)) */
bool rule_gateway_tls_per_port_unique(const gw_rule_env *env,
                                      const gwapi_tls_port_config_list *self)
{
    const gwapi_tls_port_config_list *l = self;
    (void)env;
    for (size_t i = 0; i < l->count; i++)
        for (size_t j = 0; j < l->count; j++) {
            const gwapi_opt_int *a = &l->items[i].port, *b = &l->items[j].port;
            if (i != j && a->set == b->set && (!a->set || a->value == b->value))
                return false;
        }
    return true;
}

/* ---- BackendTLSPolicy ------------------------------------------------- */

typedef gwapi_local_policy_target_reference_with_section_name policy_ref;
typedef gwapi_local_policy_target_reference_with_section_name_list policy_ref_list;

static bool same_target(const policy_ref *a, const policy_ref *b)
{
    return cel_str_same(a->group, b->group) && cel_str_same(a->kind, b->kind) &&
           cel_str_same(a->name, b->name);
}

static bool no_section(const policy_ref *p)
{
    return !rule_str_nonempty(p->section_name);
}

/* self.all(p1, self.all(p2, <same target> ? (<no section p1>) == (<no section p2>) : true)) */
bool rule_backend_tls_policy_section_name_required(const gw_rule_env *env,
                                                   const gwapi_local_policy_target_reference_with_section_name_list *self)
{
    const policy_ref_list *l = self;
    (void)env;
    for (size_t i = 0; i < l->count; i++)
        for (size_t j = 0; j < l->count; j++)
            if (same_target(&l->items[i], &l->items[j]) &&
                no_section(&l->items[i]) != no_section(&l->items[j]))
                return false;
    return true;
}

/* self.all(p1, self.exists_one(p2, <same target> && ((<no section p1> && <no section p2>)
 *   || (has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName)))) */
bool rule_backend_tls_policy_section_name_unique(const gw_rule_env *env,
                                                 const gwapi_local_policy_target_reference_with_section_name_list *self)
{
    const policy_ref_list *l = self;
    (void)env;
    for (size_t i = 0; i < l->count; i++) {
        const policy_ref *p1 = &l->items[i];
        size_t n = 0;
        for (size_t j = 0; j < l->count; j++) {
            const policy_ref *p2 = &l->items[j];
            if (same_target(p1, p2) &&
                ((no_section(p1) && no_section(p2)) ||
                 gwapi_str_equal(p1->section_name, p2->section_name)))
                n++;
        }
        if (n != 1)
            return false;
    }
    return true;
}

/* !(self.type == "Hostname" && (!has(self.hostname) || self.hostname == "")) */
bool rule_subject_alt_name_hostname_required(const gw_rule_env *env,
                                             const gwapi_subject_alt_name *self)
{
    const gwapi_subject_alt_name *s = self;
    (void)env;
    return !(rule_streq(s->type, "Hostname") && !rule_str_nonempty(s->hostname));
}

/* !(self.type != "Hostname" && has(self.hostname) && self.hostname != "") */
bool rule_subject_alt_name_hostname_forbidden(const gw_rule_env *env,
                                              const gwapi_subject_alt_name *self)
{
    const gwapi_subject_alt_name *s = self;
    (void)env;
    return !(s->type.ptr && !rule_streq(s->type, "Hostname") && rule_str_nonempty(s->hostname));
}

/* !(self.type == "URI" && (!has(self.uri) || self.uri == "")) */
bool rule_subject_alt_name_uri_required(const gw_rule_env *env, const gwapi_subject_alt_name *self)
{
    const gwapi_subject_alt_name *s = self;
    (void)env;
    return !(rule_streq(s->type, "URI") && !rule_str_nonempty(s->uri));
}

/* !(self.type != "URI" && has(self.uri) && self.uri != "") */
bool rule_subject_alt_name_uri_forbidden(const gw_rule_env *env, const gwapi_subject_alt_name *self)
{
    const gwapi_subject_alt_name *s = self;
    (void)env;
    return !(s->type.ptr && !rule_streq(s->type, "URI") && rule_str_nonempty(s->uri));
}

/* has(x.caCertificateRefs) && size(x.caCertificateRefs) > 0 */
#define HAS_CA_REFS(x) ((x)->ca_certificate_refs.items && (x)->ca_certificate_refs.count > 0)
/* has(x.wellKnownCACertificates) && x.wellKnownCACertificates != "" */
#define HAS_WELL_KNOWN(x) rule_str_nonempty((x)->well_known_ca_certificates)

/* !(<ca refs> && <well known>) */
bool rule_backend_tls_validation_ca_exclusive(const gw_rule_env *env,
                                              const gwapi_backend_tls_policy_validation *self)
{
    const gwapi_backend_tls_policy_validation *v = self;
    (void)env;
    return !(HAS_CA_REFS(v) && HAS_WELL_KNOWN(v));
}

/* <ca refs> || <well known> */
bool rule_backend_tls_validation_ca_required(const gw_rule_env *env,
                                             const gwapi_backend_tls_policy_validation *self)
{
    const gwapi_backend_tls_policy_validation *v = self;
    (void)env;
    return HAS_CA_REFS(v) || HAS_WELL_KNOWN(v);
}

/* ---- XBackendTrafficPolicy -------------------------------------------- */

/* !(duration(self) < duration('1s') || duration(self) > duration('1h')) */
bool rule_x_retry_budget_interval_range(const gw_rule_env *env, const gwapi_str *self)
{
    gwapi_str s = *self;
    int64_t d;
    if (!cel_parse_duration(s, &d))
        return rule_eval_error(env, CEL_ERR_DURATION);
    return !(d < NS_PER_S || d > 3600 * NS_PER_S);
}

/* !(duration(self) == duration('0s') || duration(self) > duration('1h')) */
bool rule_x_min_retry_rate_interval_range(const gw_rule_env *env, const gwapi_str *self)
{
    gwapi_str s = *self;
    int64_t d;
    if (!cel_parse_duration(s, &d))
        return rule_eval_error(env, CEL_ERR_DURATION);
    return !(d == 0 || d > 3600 * NS_PER_S);
}

/* ---- XBackend --------------------------------------------------------- */

/* !self.endsWith('.cluster.local') */
bool rule_x_backend_hostname_not_cluster_local(const gw_rule_env *env, const gwapi_str *self)
{
    gwapi_str s = *self;
    (void)env;
    return !s.ptr || !cel_ends_with(s, ".cluster.local");
}

/* size(self) == 0 || format.dns1123Label().validate(self) == null
 * In the Kubernetes CEL format library validate() returns an optional
 * (optional.none() when the value is valid), which never equals null: so
 * the API server rejects every non-empty name, even valid DNS labels
 * (checked with the oracle: "a", "http", "https-1" all fail). */
bool rule_x_backend_port_name_dns_label(const gw_rule_env *env, const gwapi_str *self)
{
    gwapi_str s = *self;
    (void)env;
    return !rule_str_nonempty(s);
}

/* self.mode == 'ClientAndServer' ? has(self.clientCertificateRef) : !has(self.clientCertificateRef) */
bool rule_x_backend_tls_client_cert_mode(const gw_rule_env *env, const gwapi_x_backend_tls *self)
{
    const gwapi_x_backend_tls *t = self;
    (void)env;
    if (!t->mode.ptr)
        return false;
    return rule_streq(t->mode, "ClientAndServer") == (t->client_certificate_ref != NULL);
}

/* self.type == 'ExternalHostname' ? has(self.externalHostname) : !has(self.externalHostname) */
bool rule_x_backend_external_hostname_type(const gw_rule_env *env, const gwapi_x_backend_spec *self)
{
    const gwapi_x_backend_spec *s = self;
    (void)env;
    if (!s->type.ptr)
        return false;
    return rule_streq(s->type, "ExternalHostname") == (s->external_hostname != NULL);
}

/* ---- ClientTrafficPolicy ---------------------------------------------- */

/* (has(numTrustedHops) && !has(trustedCIDRs)) || (!has(numTrustedHops) && has(trustedCIDRs)) */
bool rule_ctp_xff_hops_or_cidrs(const gw_rule_env *env, const gwapi_x_forwarded_for_settings *self)
{
    const gwapi_x_forwarded_for_settings *x = self;
    (void)env;
    return x->num_trusted_hops.set != (x->trusted_cidrs.items != NULL);
}

/* [has(xForwardedFor), has(customHeader), has(directSourceIP)].filter(x, x).size() == 1 */
bool rule_ctp_client_ip_detection_one_of(const gw_rule_env *env,
                                         const gwapi_client_ip_detection_settings *self)
{
    const gwapi_client_ip_detection_settings *c = self;
    (void)env;
    return (c->x_forwarded_for != NULL) + (c->custom_header != NULL) +
           (c->direct_source_ip != NULL) == 1;
}

/* !has(self.closeDelay) || has(self.value) */
bool rule_ctp_connection_limit_close_delay(const gw_rule_env *env,
                                           const gwapi_connection_limit *self)
{
    const gwapi_connection_limit *c = self;
    (void)env;
    return !c->close_delay.ptr || c->value.set;
}

/* (has(certDetailsToAdd) && size > 0) ? (mode == 'AppendForward' || mode == 'SanitizeSet') : true */
bool rule_ctp_xfcc_cert_details_mode(const gw_rule_env *env,
                                     const gwapi_header_settings_x_forwarded_client_cert *self)
{
    const gwapi_header_settings_x_forwarded_client_cert *x = self;
    if (!x->cert_details_to_add.items || x->cert_details_to_add.count == 0)
        return true;
    if (!x->mode.ptr) /* optional, no default */
        return rule_eval_error(env, CEL_ERR_NO_SUCH_KEY("mode"));
    return rule_streq(x->mode, "AppendForward") || rule_streq(x->mode, "SanitizeSet");
}

/* !(has(self.preserveXRequestID) && has(self.requestID)) */
bool rule_ctp_headers_request_id_exclusive(const gw_rule_env *env,
                                           const gwapi_header_settings *self)
{
    const gwapi_header_settings *h = self;
    (void)env;
    return !(h->preserve_x_request_id.set && h->request_id.ptr);
}

/* !has(self.timeout) || !has(self.interval) || duration(self.timeout) < duration(self.interval) */
bool rule_http2_keepalive_timeout_lt_interval(const gw_rule_env *env,
                                              const gwapi_http2_connection_keepalive *self)
{
    const gwapi_http2_connection_keepalive *k = self;
    int64_t t, i;
    if (!k->timeout.ptr || !k->interval.ptr)
        return true;
    if (!cel_parse_duration(k->timeout, &t) || !cel_parse_duration(k->interval, &i))
        return rule_eval_error(env, CEL_ERR_DURATION);
    return t < i;
}

/* self.from != 'Selector' || has(self.selector) */
bool rule_target_selector_namespaces_selector(const gw_rule_env *env,
                                              const gwapi_target_selector_namespaces *self)
{
    const gwapi_target_selector_namespaces *n = self;
    (void)env;
    if (n->selector)
        return true;
    return n->from.ptr && !rule_streq(n->from, "Selector");
}

/* has(self.group) ? self.group == 'gateway.networking.k8s.io' : true */
bool rule_target_selector_group(const gw_rule_env *env, const gwapi_target_selector *self)
{
    const gwapi_target_selector *t = self;
    (void)env;
    return !t->group.ptr || rule_streq(t->group, "gateway.networking.k8s.io");
}

/* !has(allowExpiredCertificate) || !allowExpiredCertificate || !has(mode) ||
 * mode in ['VerifyIfGiven', 'RequireAndVerify'] */
bool rule_ctp_client_validation_allow_expired(const gw_rule_env *env,
                                              const gwapi_client_validation_context *self)
{
    const gwapi_client_validation_context *c = self;
    (void)env;
    return !c->allow_expired_certificate.set || !c->allow_expired_certificate.value ||
           !c->mode.ptr || rule_streq(c->mode, "VerifyIfGiven") ||
           rule_streq(c->mode, "RequireAndVerify");
}

/* has(self.minVersion) && self.minVersion == '1.3' ? !has(self.ciphers) : true */
static bool tls_ciphers_with_min_version(gwapi_str min_version, const gwapi_string_list *ciphers)
{
    return !rule_streq(min_version, "1.3") || !ciphers->items;
}

/* Index of a TLS version in the rule's maps, or -1 (no such key: error). */
static int tls_version_rank(gwapi_str v, bool max)
{
    static const char *const names[] = { "1.0", "1.1", "1.2", "1.3" };
    if (rule_streq(v, "Auto"))
        return max ? 5 : 0;
    for (int i = 0; i < 4; i++)
        if (rule_streq(v, names[i]))
            return i + 1;
    return -1;
}

/* has(min) && has(max) ? {"Auto":0,...}[min] <= {...,"Auto":5}[max]
 *   : !has(min) && has(max) ? 3 <= {...,"Auto":5}[max] : true */
static bool tls_min_le_max(gwapi_str min_version, gwapi_str max_version)
{
    if (!max_version.ptr)
        return true;
    int hi = tls_version_rank(max_version, true);
    int lo = min_version.ptr ? tls_version_rank(min_version, false) : 3;
    if (hi < 0 || lo < 0)
        return false;
    return lo <= hi;
}

bool rule_ctp_tls_ciphers_min_version(const gw_rule_env *env, const gwapi_client_tls_settings *self)
{
    const gwapi_client_tls_settings *t = self;
    (void)env;
    return tls_ciphers_with_min_version(t->min_version, &t->ciphers);
}

bool rule_ctp_tls_min_le_max_version(const gw_rule_env *env, const gwapi_client_tls_settings *self)
{
    const gwapi_client_tls_settings *t = self;
    (void)env;
    return tls_min_le_max(t->min_version, t->max_version);
}

static const char *const ctp_target_kinds[] = { "Gateway", "ListenerSet", NULL };

bool rule_ctp_target_ref_or_refs(const gw_rule_env *env,
                                 const gwapi_client_traffic_policy_spec *self)
{
    const gwapi_client_traffic_policy_spec *s = self;
    (void)env;
    return cel_targets_one_way(s->target_ref, &s->target_refs, &s->target_selectors);
}

bool rule_ctp_target_ref_group(const gw_rule_env *env, const gwapi_client_traffic_policy_spec *self)
{
    const gwapi_client_traffic_policy_spec *s = self;
    (void)env;
    return cel_target_ref_group(s->target_ref);
}

/* has(self.targetRef) ? self.targetRef.kind in ['Gateway', 'ListenerSet'] : true */
bool rule_ctp_target_ref_kind(const gw_rule_env *env, const gwapi_client_traffic_policy_spec *self)
{
    const gwapi_client_traffic_policy_spec *s = self;
    (void)env;
    return cel_target_ref_kind(s->target_ref, ctp_target_kinds);
}

bool rule_ctp_target_refs_group(const gw_rule_env *env,
                                const gwapi_client_traffic_policy_spec *self)
{
    const gwapi_client_traffic_policy_spec *s = self;
    (void)env;
    return cel_target_refs_group(&s->target_refs);
}

/* self.targetRefs.all(ref, ref.kind in ['Gateway', 'ListenerSet']) */
bool rule_ctp_target_refs_kind(const gw_rule_env *env, const gwapi_client_traffic_policy_spec *self)
{
    const gwapi_client_traffic_policy_spec *s = self;
    (void)env;
    return cel_target_refs_kind(&s->target_refs, ctp_target_kinds);
}

/* ---- HTTPRouteFilter -------------------------------------------------- */

/* !has(self.remove) || size(self.remove) == 0 */
bool rule_direct_response_header_no_remove(const gw_rule_env *env,
                                           const gwapi_http_direct_response_filter_header *self)
{
    const gwapi_http_direct_response_filter_header *h = self;
    (void)env;
    return !h->remove.items || h->remove.count == 0;
}

/* !(has(self.header) && self.type != 'Header') */
bool rule_url_rewrite_hostname_header_forbidden(const gw_rule_env *env,
                                                const gwapi_eg_http_url_rewrite_filter_hostname *self)
{
    const gwapi_eg_http_url_rewrite_filter_hostname *h = self;
    (void)env;
    return !(h->header.ptr && !rule_streq(h->type, "Header"));
}

/* !(!has(self.header) && self.type == 'Header') */
bool rule_url_rewrite_hostname_header_required(const gw_rule_env *env,
                                               const gwapi_eg_http_url_rewrite_filter_hostname *self)
{
    const gwapi_eg_http_url_rewrite_filter_hostname *h = self;
    (void)env;
    return !(!h->header.ptr && rule_streq(h->type, "Header"));
}

/* !(has(self.pathRegex) && self.type != 'PathRegex') */
bool rule_url_rewrite_hostname_path_regex_forbidden(const gw_rule_env *env,
                                                    const gwapi_eg_http_url_rewrite_filter_hostname *self)
{
    const gwapi_eg_http_url_rewrite_filter_hostname *h = self;
    (void)env;
    return !(h->path_regex && !rule_streq(h->type, "PathRegex"));
}

/* !(!has(self.pathRegex) && self.type == 'PathRegex') */
bool rule_url_rewrite_hostname_path_regex_required(const gw_rule_env *env,
                                                   const gwapi_eg_http_url_rewrite_filter_hostname *self)
{
    const gwapi_eg_http_url_rewrite_filter_hostname *h = self;
    (void)env;
    return !(!h->path_regex && rule_streq(h->type, "PathRegex"));
}

/* self.type == 'ReplaceRegexMatch' ? has(self.replaceRegexMatch) : !has(self.replaceRegexMatch) */
bool rule_url_rewrite_path_replace_regex_match(const gw_rule_env *env,
                                               const gwapi_eg_http_url_rewrite_filter_path *self)
{
    const gwapi_eg_http_url_rewrite_filter_path *p = self;
    (void)env;
    if (!p->type.ptr)
        return false;
    return rule_streq(p->type, "ReplaceRegexMatch") == (p->replace_regex_match != NULL);
}

/* ---- Backend ---------------------------------------------------------- */

/* size(self) <= 108 */
bool rule_backend_unix_path_length(const gw_rule_env *env, const gwapi_str *self)
{
    gwapi_str s = *self;
    (void)env;
    return !s.ptr || cel_size(s) <= 108;
}

static int endpoint_kinds(const gwapi_backend_endpoint *e)
{
    return (e->fqdn != NULL) + (e->ip != NULL) + (e->unix_ != NULL);
}

/* has(self.fqdn) || has(self.ip) || has(self.unix) */
bool rule_backend_endpoint_address_required(const gw_rule_env *env,
                                            const gwapi_backend_endpoint *self)
{
    (void)env;
    return endpoint_kinds(self) >= 1;
}

/* exactly one of fqdn, ip, unix */
bool rule_backend_endpoint_address_exclusive(const gw_rule_env *env,
                                             const gwapi_backend_endpoint *self)
{
    (void)env;
    return endpoint_kinds(self) == 1;
}

/* self.all(f, has(f.fqdn)) || !self.exists(f, has(f.fqdn)) */
bool rule_backend_endpoints_fqdn_not_mixed(const gw_rule_env *env,
                                           const gwapi_backend_endpoint_list *self)
{
    const gwapi_backend_endpoint_list *l = self;
    size_t fqdn = 0;
    (void)env;
    for (size_t i = 0; i < l->count; i++)
        fqdn += l->items[i].fqdn != NULL;
    return fqdn == 0 || fqdn == l->count;
}

#define AUTO_SNI(t) ((t)->auto_sni_from_endpoint_hostname.set && (t)->auto_sni_from_endpoint_hostname.value)

/* !(<ca refs> && <well known>) */
bool rule_backend_tls_ca_exclusive(const gw_rule_env *env, const gwapi_backend_tls_settings *self)
{
    const gwapi_backend_tls_settings *t = self;
    (void)env;
    return !(HAS_CA_REFS(t) && HAS_WELL_KNOWN(t));
}

/* !((has(insecureSkipVerify) && insecureSkipVerify) && (<ca refs> || <well known>)) */
bool rule_backend_tls_insecure_no_ca(const gw_rule_env *env, const gwapi_backend_tls_settings *self)
{
    const gwapi_backend_tls_settings *t = self;
    (void)env;
    bool insecure = t->insecure_skip_verify.set && t->insecure_skip_verify.value;
    return !(insecure && (HAS_CA_REFS(t) || HAS_WELL_KNOWN(t)));
}

/* !(has(self.sni) && has(self.autoSNIFromEndpointHostname) && self.autoSNIFromEndpointHostname) */
bool rule_backend_tls_sni_auto_sni_exclusive(const gw_rule_env *env,
                                             const gwapi_backend_tls_settings *self)
{
    const gwapi_backend_tls_settings *t = self;
    (void)env;
    return !(t->sni.ptr && AUTO_SNI(t));
}

bool rule_backend_tls_ciphers_min_version(const gw_rule_env *env,
                                          const gwapi_backend_tls_settings *self)
{
    const gwapi_backend_tls_settings *t = self;
    (void)env;
    return tls_ciphers_with_min_version(t->min_version, &t->ciphers);
}

bool rule_backend_tls_min_le_max_version(const gw_rule_env *env,
                                         const gwapi_backend_tls_settings *self)
{
    const gwapi_backend_tls_settings *t = self;
    (void)env;
    return tls_min_le_max(t->min_version, t->max_version);
}

/* self.type != 'DynamicResolver' || !has(self.endpoints) */
bool rule_backend_dynamic_resolver_no_endpoints(const gw_rule_env *env,
                                                const gwapi_backend_spec *self)
{
    const gwapi_backend_spec *s = self;
    (void)env;
    if (!s->type.ptr)
        return !s->endpoints.items;
    return !rule_streq(s->type, "DynamicResolver") || !s->endpoints.items;
}

/* self.type != 'DynamicResolver' || !has(self.tls) || !(has(tls.autoSNI...) && tls.autoSNI...) */
bool rule_backend_dynamic_resolver_no_auto_sni(const gw_rule_env *env,
                                               const gwapi_backend_spec *self)
{
    const gwapi_backend_spec *s = self;
    (void)env;
    bool ok = !s->tls || !AUTO_SNI(s->tls);
    if (!s->type.ptr)
        return ok;
    return !rule_streq(s->type, "DynamicResolver") || ok;
}

/* !has(self.tls) || !(<auto sni>) || self.endpoints.all(e, (!has(e.ip) && !has(e.unix)) || has(e.hostname))
 * self.endpoints absent: "no such key" error. */
bool rule_backend_auto_sni_endpoint_hostname(const gw_rule_env *env, const gwapi_backend_spec *self)
{
    const gwapi_backend_spec *s = self;
    if (!s->tls || !AUTO_SNI(s->tls))
        return true;
    if (!s->endpoints.items) /* self.endpoints.all(...) without has() */
        return rule_eval_error(env, CEL_ERR_NO_SUCH_KEY("endpoints"));
    for (size_t i = 0; i < s->endpoints.count; i++) {
        const gwapi_backend_endpoint *e = &s->endpoints.items[i];
        if ((e->ip || e->unix_) && !e->hostname.ptr)
            return false;
    }
    return true;
}
