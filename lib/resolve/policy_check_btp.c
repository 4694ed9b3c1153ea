/* BackendTrafficPolicy settings checked as the translator checks them
 * before use; each failing section reports "Section: reason" and the
 * policy is Accepted=False Invalid. */
#include "policy_impl.h"
#include "policy_values.h"

#include <string.h>

static const char *connection(rs *r, const gwapi_backend_connection *c)
{
    if (!c)
        return NULL;
    pol_quantity q = pol_parse_quantity(&c->buffer_limit);
    if (q.set && !q.ok)
        return rs_printf(r, "BackendConnection: invalid BufferLimit value %s.", q.text);
    if (q.set && (q.value < 0 || q.value > 4294967295LL))
        return rs_printf(r, "BackendConnection: BufferLimit value %s is out of range.", q.text);
    q = pol_parse_quantity(&c->socket_buffer_limit);
    if (q.set && !q.ok)
        return rs_printf(r, "BackendConnection: invalid SocketBufferLimit value %s.", q.text);
    if (q.set && (q.value < 0 || q.value > 4294967295LL))
        return rs_printf(r, "BackendConnection: SocketBufferLimit value %s is out of range.", q.text);
    return NULL;
}

static bool uint32_ok(gwapi_opt_int v)
{
    return !v.set || (v.value >= 0 && v.value <= 4294967295LL);
}

static const char *circuit_breaker(rs *r, const gwapi_circuit_breaker *cb)
{
    if (!cb)
        return NULL;
    const struct { const char *name; gwapi_opt_int v; } f[] = {
        { "MaxConnections", cb->max_connections },
        { "MaxPendingRequests", cb->max_pending_requests },
        { "MaxParallelRequests", cb->max_parallel_requests },
        { "MaxParallelRetries", cb->max_parallel_retries },
        { "MaxRequestsPerConnection", cb->max_requests_per_connection },
    };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        if (!uint32_ok(f[i].v))
            return rs_printf(r, "CircuitBreaker: invalid %s value %lld.", f[i].name, (long long)f[i].v.value);
    return NULL;
}

static const char *request_buffer(rs *r, const gwapi_backend_traffic_policy_request_buffer *b)
{
    if (!b)
        return NULL;
    pol_quantity q = pol_parse_quantity(&b->limit);
    if (q.set && !q.ok)
        return rs_printf(r, "RequestBuffer: invalid limit value %s.", q.text);
    if (q.set && (q.value < 0 || q.value > 4294967295LL))
        return rs_printf(r, "RequestBuffer: limit value %s is out of range, must be between 0 and 4294967295.", q.text);
    return NULL;
}

static const char *retry(rs *r, const gwapi_retry *rt)
{
    const gwapi_back_off_policy *b = rt && rt->per_retry ? rt->per_retry->back_off : NULL;
    if (!b)
        return NULL;
    int64_t base = 0, max = 0;
    bool has_base = pol_duration(gw_c(b->base_interval), &base);
    bool has_max = pol_duration(gw_c(b->max_interval), &max);
    if (has_base && base == 0)
        return "Retry: baseInterval cannot be set to 0s.";
    if (has_base && has_max && max < base)
        return "Retry: maxInterval cannot be less than baseInterval.";
    return NULL;
}

static const char *timeout(rs *r, const gwapi_timeout *t)
{
    if (!t)
        return NULL;
    const char *err = NULL;
    if (t->tcp && !pol_duration_ok(gw_c(t->tcp->connect_timeout)))
        err = pol_join(r, err, rs_printf(r, "invalid ConnectTimeout value %s", gw_c(t->tcp->connect_timeout)));
    if (t->http) {
        const struct { const char *name, *v; } f[] = {
            { "ConnectionIdleTimeout", gw_c(t->http->connection_idle_timeout) },
            { "MaxConnectionDuration", gw_c(t->http->max_connection_duration) },
            { "RequestTimeout", gw_c(t->http->request_timeout) },
            { "MaxStreamDuration", gw_c(t->http->max_stream_duration) },
            { "StreamIdleTimeout", gw_c(t->http->stream_idle_timeout) },
        };
        for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
            if (!pol_duration_ok(f[i].v))
                err = pol_join(r, err, rs_printf(r, "invalid %s value %s", f[i].name, f[i].v));
    }
    return err ? rs_printf(r, "Timeout: %s.", err) : NULL;
}

/* Bytes per second of a bandwidth limit, below 1 KiB/s is refused. */
static const char *bandwidth_one(rs *r, const char *dir, const char *unit, const gwapi_int_or_string *value)
{
    pol_quantity q = pol_parse_quantity(value);
    if (!q.set)
        return NULL;
    if (!q.ok)
        return rs_printf(r, "BandwidthLimit: %s: invalid bandwidth limit value %s.", dir, q.text);
    double secs = 1;
    if (str_eq(unit, "Minute"))
        secs = 60;
    else if (str_eq(unit, "Hour"))
        secs = 3600;
    if ((double)q.value / secs < 1024)
        return rs_printf(r, "BandwidthLimit: %s: bandwidth limit of %lld bytes per %s is below the minimum of 1 KiB/s.",
                         dir, (long long)q.value, unit ? unit : "Second");
    return NULL;
}

static const char *bandwidth(rs *r, const gwapi_backend_traffic_policy_bandwidth_limit *b)
{
    if (!b)
        return NULL;
    const char *err = NULL;
    if (b->request && b->request->limit)
        err = bandwidth_one(r, "request", gw_c(b->request->limit->unit), &b->request->limit->value);
    if (!err && b->response && b->response->limit)
        err = bandwidth_one(r, "response", gw_c(b->response->limit->unit), &b->response->limit->value);
    return err;
}

const char *pol_check_btp(rs *r, const gw_policy *self, const gw_held_target *t)
{
    const gw_obj *policy = self->obj;
    (void)t;
    const gwapi_backend_traffic_policy *x = policy->obj->typed;
    const gwapi_backend_traffic_policy_spec *s = x ? x->spec : NULL;
    if (!s)
        return NULL;
    const char *err = NULL;
    err = pol_join(r, err, pol_check_btp_rate_limit(r, s->rate_limit));
    err = pol_join(r, err, circuit_breaker(r, s->circuit_breaker));
    err = pol_join(r, err, retry(r, s->retry));
    err = pol_join(r, err, timeout(r, s->timeout));
    err = pol_join(r, err, connection(r, s->connection));
    err = pol_join(r, err, bandwidth(r, s->bandwidth_limit));
    err = pol_join(r, err, request_buffer(r, s->request_buffer));
    return err;
}
