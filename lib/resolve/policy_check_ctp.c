/* ClientTrafficPolicy settings checked as the translator checks them for
 * each listener it applies to: HTTP listeners sharing a port with another
 * plain HTTP listener of the Gateway cannot take a listener-level policy
 * (they are one Envoy listener); buffer limits, window sizes and timeouts
 * must parse and fit; early request / late response header mutations
 * must name and value their headers validly; client validation CAs and
 * CRLs must be usable (policy_ctp_tls.c). */
#include "policy_impl.h"
#include "policy_values.h"
#include "../util/goquote.h"

#include <string.h>

static bool plain_http(const gw_listener *l)
{
    return l->accepted && l->protocol == GW_PROTO_HTTP;
}

static char *listener_name(rs *r, const gw_listener *l)
{
    if (l->listener_set)
        return rs_printf(r, "%s/%s/%s/%s/%s", l->gateway->obj->ns, l->gateway->obj->name,
                         l->listener_set->obj->ns, l->listener_set->obj->name, l->spec.name);
    return rs_printf(r, "%s/%s/%s", l->gateway->obj->ns, l->gateway->obj->name, l->spec.name);
}

/* A policy on one listener that shares its port with other plain HTTP
 * listeners would change them too. */
static const char *port_overlap(rs *r, const gw_listener *l)
{
    if (!plain_http(l))
        return NULL;
    const gw_gateway *gw = l->gateway;
    const char *names = NULL;
    for (size_t i = 0; i < gw->listener_count; i++) {
        const gw_listener *o = &gw->listeners[i];
        if (o == l || !plain_http(o) || o->spec.port != l->spec.port)
            continue;
        const char *n = listener_name(r, o);
        names = names ? rs_printf(r, "%s, %s", names, n) : n;
    }
    if (!names)
        return NULL;
    return rs_printf(r, "ClientTrafficPolicy is being applied to multiple http (non https) listeners (%s) on the same port, which is not allowed.", names);
}

static const char *connection(rs *r, const gwapi_client_connection *c)
{
    if (!c)
        return NULL;
    pol_quantity q = pol_parse_quantity(&c->buffer_limit);
    if (q.set && !q.ok)
        return rs_printf(r, "Connection: invalid BufferLimit value %s.", q.text);
    if (q.set && (q.value < 0 || q.value > 4294967295LL))
        return rs_printf(r, "Connection: BufferLimit value %s is out of range, must be between 0 and 4294967295.", q.text);
    q = pol_parse_quantity(&c->socket_buffer_limit);
    if (q.set && !q.ok)
        return rs_printf(r, "Connection: invalid SocketBufferLimit value %s.", q.text);
    if (q.set && (q.value < 0 || q.value > 4294967295LL))
        return rs_printf(r, "Connection: SocketBufferLimit value %s is out of range, must be between 0 and 4294967295.", q.text);
    return NULL;
}

static const char *window(rs *r, const char *name, const gwapi_int_or_string *v)
{
    pol_quantity q = pol_parse_quantity(v);
    if (!q.set)
        return NULL;
    if (!q.ok)
        return rs_printf(r, "invalid %s value %s", name, q.text);
    if (q.value < 65535 || q.value > 2147483647LL)
        return rs_printf(r, "%s value %s is out of range, must be between 65535 and 2147483647", name, q.text);
    return NULL;
}

static const char *http2(rs *r, const gwapi_http2_settings *h)
{
    if (!h)
        return NULL;
    const char *err = window(r, "InitialStreamWindowSize", &h->initial_stream_window_size);
    err = pol_join(r, err, window(r, "InitialConnectionWindowSize", &h->initial_connection_window_size));
    return err ? rs_printf(r, "HTTP2: %s.", err) : NULL;
}

static const char *timeout(rs *r, const gwapi_client_timeout *t)
{
    if (!t)
        return NULL;
    const char *err = NULL;
    if (t->http) {
        if (!pol_duration_ok(gw_c(t->http->request_received_timeout)))
            err = pol_join(r, err, rs_printf(r, "invalid HTTP RequestReceivedTimeout value %s", gw_c(t->http->request_received_timeout)));
        if (!pol_duration_ok(gw_c(t->http->idle_timeout)))
            err = pol_join(r, err, rs_printf(r, "invalid HTTP IdleTimeout value %s", gw_c(t->http->idle_timeout)));
        if (!pol_duration_ok(gw_c(t->http->stream_idle_timeout)))
            err = pol_join(r, err, rs_printf(r, "invalid HTTP StreamIdleTimeout value %s", gw_c(t->http->stream_idle_timeout)));
    }
    if (t->tcp && !pol_duration_ok(gw_c(t->tcp->idle_timeout)))
        err = pol_join(r, err, rs_printf(r, "invalid TCP IdleTimeout value %s", gw_c(t->tcp->idle_timeout)));
    return err ? rs_printf(r, "Timeout: %s.", err) : NULL;
}

/* http10.useDefaultHost needs one host to default to: the listener's
 * hostname when it has no wildcard, else the one hostname of the routes
 * attached to it. */
static const char *http10(rs *r, const gwapi_http1_settings *h, const gw_listener *l)
{
    if (!h || !h->http10 || !h->http10->use_default_host.set || !h->http10->use_default_host.value)
        return NULL;
    if (l->spec.hostname && !strchr(l->spec.hostname, '*'))
        return NULL;
    const char *host = NULL;
    for (size_t i = 0; i < l->route_count; i++) {
        const gw_parent *par = &l->routes[i].route->parents[l->routes[i].parent_index];
        for (size_t j = 0; j < par->attachment_count; j++) {
            const gw_attachment *a = &par->attachments[j];
            if (a->listener != l)
                continue;
            for (size_t k = 0; k < a->hostname_count; k++) {
                if (strchr(a->hostnames[k], '*') || (host && !strcmp(host, a->hostnames[k])))
                    continue;
                if (host)
                    return "HTTP1: cannot set http10 default host on listener with only wildcard hostnames and more than one possible default route.";
                host = a->hostnames[k];
            }
        }
    }
    return host ? NULL : "HTTP1: cannot set http10 default host on listener with only wildcard hostnames.";
}

/* A header value as the translator accepts it: visible ASCII characters,
 * single spaces or tabs between them (^[!-~]+([\t ]?[!-~]+)*$). */
static bool header_value_ok(const char *v)
{
    if (!v || !*v)
        return false;
    bool gap = true;   /* no leading blank, no two blanks in a row */
    for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
        if (*p >= '!' && *p <= '~')
            gap = false;
        else if ((*p == ' ' || *p == '\t') && !gap)
            gap = true;
        else
            return false;
    }
    return !gap;
}

static const char *quoted(rs *r, const char *s)
{
    strbuf b;
    strbuf_init_sticky(&b, r->a->alloc, &r->a->failed);
    goquote_quote(&b, s, strlen(s));
    const char *q = rs_printf(r, "%s", strbuf_str(&b));
    strbuf_free(&b);
    return q;
}

static const char *line(rs *r, const char *errs, const char *e)
{
    return errs ? rs_printf(r, "%s\n%s", errs, e) : e;
}

/* One add / set / addIfAbsent list; counts the usable entries. */
static const char *header_list(rs *r, const char *errs, const char *what, const char *verb,
                               const gwapi_http_header_list *l, size_t *kept)
{
    for (size_t i = 0; i < l->count; i++) {
        const char *name = gw_c(l->items[i].name) ? gw_c(l->items[i].name) : "";
        if (!*name)
            errs = line(r, errs, rs_printf(r, "%s cannot %s a header with an empty name", what, verb));
        else if (strpbrk(name, "/:"))
            errs = line(r, errs, rs_printf(r, "%s cannot %s a header with a '/' or ':' character in them. Header: '%s'",
                                           what, verb, quoted(r, name)));
        else if (!header_value_ok(gw_c(l->items[i].value)))
            errs = line(r, errs, rs_printf(r, "%s cannot %s a header with an invalid value. Header: '%s'",
                                           what, verb, quoted(r, name)));
        else
            (*kept)++;
    }
    return errs;
}

static const char *header_mutation(rs *r, const char *errs, const char *what, const gwapi_header_mutation *m)
{
    if (!m)
        return errs;
    size_t kept = m->remove_on_match.count;
    size_t given = m->add.count + m->set.count + m->add_if_absent.count + m->remove.count + kept;
    errs = header_list(r, errs, what, "add", &m->add, &kept);
    errs = header_list(r, errs, what, "set", &m->set, &kept);
    errs = header_list(r, errs, what, "addIfAbsent", &m->add_if_absent, &kept);
    for (size_t i = 0; i < m->remove.count; i++) {
        const char *name = gw_c(m->remove.items[i]);
        if (!name || !*name)
            errs = line(r, errs, rs_printf(r, "%s cannot remove a header with an empty name", what));
        else
            kept++;
    }
    if (given && !kept)
        errs = line(r, errs, rs_printf(r, "%s did not provide valid configuration to add/set/remove any headers", what));
    return errs;
}

static const char *headers(rs *r, const gwapi_header_settings *h)
{
    if (!h)
        return NULL;
    const char *errs = header_mutation(r, NULL, "EarlyRequestHeaders", h->early_request_headers);
    errs = header_mutation(r, errs, "LateResponseHeaders", h->late_response_headers);
    if (!errs)
        return NULL;
    size_t n = strlen(errs);
    return rs_printf(r, "Headers: %s%s", errs, n && errs[n - 1] == '.' ? "" : ".");
}

/* The cipher suites Envoy's TLS library knows, by OpenSSL and by IANA
 * name. */
static const char *const ciphers[] = {
    "DES-CBC3-SHA", "AES128-SHA", "AES256-SHA", "PSK-AES128-CBC-SHA", "PSK-AES256-CBC-SHA",
    "AES128-GCM-SHA256", "AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA",
    "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA", "ECDHE-RSA-AES128-SHA256",
    "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-PSK-AES128-CBC-SHA", "ECDHE-PSK-AES256-CBC-SHA",
    "ECDHE-RSA-CHACHA20-POLY1305", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-PSK-CHACHA20-POLY1305",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_PSK_WITH_AES_128_CBC_SHA", "TLS_PSK_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA", "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256",
};

static bool cipher_known(const char *c, size_t n)
{
    for (size_t i = 0; i < sizeof ciphers / sizeof ciphers[0]; i++)
        if (strlen(ciphers[i]) == n && !memcmp(ciphers[i], c, n))
            return true;
    return false;
}

/* A cipher entry is a suite or an equal-preference group "[A|B]"; then
 * the client validation CA bundles and CRLs (policy_ctp_tls.c). */
static const char *tls(rs *r, const gw_obj *policy, const gwapi_client_tls_settings *t)
{
    for (size_t i = 0; t && i < t->ciphers.count; i++) {
        const char *c = gw_c(t->ciphers.items[i]) ? gw_c(t->ciphers.items[i]) : "";
        size_t len = strlen(c);
        const char *p = c, *end = c + len;
        if (len >= 2 && c[0] == '[' && c[len - 1] == ']') {
            p++;
            end--;
        }
        while (p <= end) {
            const char *bar = memchr(p, '|', (size_t)(end - p));
            const char *stop = bar ? bar : end;
            if (!cipher_known(p, (size_t)(stop - p)))
                return rs_printf(r, "TLS: unsupported cipher suite: %s.", c);
            p = stop + 1;
        }
    }
    const char *err = t ? pol_check_ctp_client_validation(r, policy, t->client_validation) : NULL;
    return err ? rs_printf(r, "TLS: %s.", err) : NULL;
}

/* The settings checks that do not depend on the listener. */
static const char *settings(rs *r, const gw_obj *policy, const gwapi_client_traffic_policy_spec *s)
{
    const char *err = NULL;
    err = pol_join(r, err, timeout(r, s->timeout));
    err = pol_join(r, err, connection(r, s->connection));
    err = pol_join(r, err, http2(r, s->http2));
    err = pol_join(r, err, headers(r, s->headers));
    err = pol_join(r, err, tls(r, policy, s->tls));
    return err;
}

const char *pol_check_ctp(rs *r, const gw_policy *self, const gw_held_target *t)
{
    const gw_obj *policy = self->obj;
    const gwapi_client_traffic_policy *x = policy->obj->typed;
    const gwapi_client_traffic_policy_spec *s = x ? x->spec : NULL;
    if (!s)
        return NULL;
    if (t->listener)
        return pol_join(r, pol_join(r, port_overlap(r, t->listener), settings(r, policy, s)),
                        http10(r, s->http1, t->listener));
    /* A Gateway or ListenerSet policy: the listeners it reaches that no
     * more specific policy holds. */
    const char *err = NULL;
    bool any = false;
    const gw_gateway *gw = t->gateway;
    for (size_t i = 0; i < gw->listener_count; i++) {
        const gw_listener *l = &gw->listeners[i];
        if (t->listener_set ? l->listener_set != t->listener_set : false)
            continue;
        const gw_policy_set *ps = r->g->policies;
        if (gw_policy_on(ps, GW_POLICY_CTP, l) ||
            (!t->listener_set && l->listener_set && gw_policy_on(ps, GW_POLICY_CTP, l->listener_set)))
            continue;
        any = true;
        err = pol_join(r, err, http10(r, s->http1, l));
    }
    if (any)
        err = pol_join(r, settings(r, policy, s), err);
    return err;
}
