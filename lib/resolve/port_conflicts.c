/* Listeners that share a port of one Gateway (its own and its
 * ListenerSets', in merged order): protocol and hostname conflicts,
 * overlapping hostnames and overlapping certificate names, with Envoy
 * Gateway's reasons and messages. Few listeners on a port are compared
 * pair by pair; many (ListenerSets) through a name index, with the same
 * outcome. */
#include "resolve_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Listeners that may share a port: UDP has its own port space; HTTP cannot
 * share with anything else; HTTPS and TLS share (SNI); TCP stands alone. */
static int transport_of(gw_protocol p)
{
    return p == GW_PROTO_UDP ? 1 : 0;
}

static bool compatible(gw_protocol a, gw_protocol b)
{
    if (a == b)
        return true;
    return (a == GW_PROTO_HTTPS && b == GW_PROTO_TLS) || (a == GW_PROTO_TLS && b == GW_PROTO_HTTPS);
}

static const char *hostname_key(const gw_listener *l)
{
    return l->spec.hostname ? l->spec.hostname : "";
}

static char *listener_id(rs *r, const gw_listener *l)
{
    const gw_obj *o = l->listener_set ? l->listener_set->obj : l->gateway->obj;
    return rs_printf(r, "%s/%s/%s", o->ns ? o->ns : "", o->name, l->spec.name ? l->spec.name : "");
}

static bool mark_conflict(rs *r, gw_listener *l, const char *reason, const char *msg)
{
    if (l->conflicted)
        return true;
    l->conflicted = true;
    l->conflict_reason = reason;
    l->conflict_message = msg;
    return true;
}

static bool same_port(const gw_listener *a, const gw_listener *b)
{
    return transport_of(a->protocol) == transport_of(b->protocol) && a->spec.port == b->spec.port;
}

static bool mark_overlap(rs *r, gw_listener *l, const gw_listener *other)
{
    if (l->overlap_reason)
        return true;
    l->overlap_reason = "OverlappingHostnames";
    l->overlap_message = rs_printf(r, "The hostname %s overlaps with the hostname %s in listener %s.",
                                   l->spec.hostname, other->spec.hostname, other->spec.name ? other->spec.name : "");
    return l->overlap_message != NULL;
}

/* A certificate's names overlapping another listener's: a client served
 * one may reuse the connection for the other's hosts (HTTP/2 coalescing).
 * It says more than overlapping hostnames, so it replaces that finding. */
static bool mark_cert_overlap(rs *r, gw_listener *l, const char *san, const char *other_san,
                              const gw_listener *other)
{
    if (l->overlap_reason && !strcmp(l->overlap_reason, "OverlappingCertificates"))
        return true;
    l->overlap_reason = "OverlappingCertificates";
    l->overlap_message = rs_printf(r, "The certificate SAN %s overlaps with the certificate SAN %s in listener %s. "
                                      "ALPN will default to HTTP/1.1 to prevent HTTP/2 connection coalescing, "
                                      "unless explicitly configured via ClientTrafficPolicy",
                                   san, other_san, other->spec.name ? other->spec.name : "");
    return l->overlap_message != NULL;
}

static bool cert_eligible(const gw_listener *l)
{
    return l->protocol == GW_PROTO_HTTPS && !l->conflicted;
}

/* The first pair of DNS names (a's certificates, then b's) where one
 * covers the other; false when none does. */
static bool first_cert_overlap(const gw_listener *a, const gw_listener *b, const char **xa, const char **yb)
{
    for (size_t ca = 0; ca < a->cert_count; ca++)
        for (size_t na = 0; na < a->certs[ca].dns_name_count; na++) {
            const char *x = a->certs[ca].dns_names[na];
            for (size_t cb = 0; *x && cb < b->cert_count; cb++)
                for (size_t nb = 0; nb < b->certs[cb].dns_name_count; nb++) {
                    const char *y = b->certs[cb].dns_names[nb];
                    if (*y && hostname_intersect(x, y, &(const char *){ NULL })) {
                        *xa = x;
                        *yb = y;
                        return true;
                    }
                }
        }
    return false;
}

static bool cert_overlap(rs *r, gw_listener *a, gw_listener *b)
{
    const char *x, *y;
    if (!cert_eligible(a) || !cert_eligible(b) || !first_cert_overlap(a, b, &x, &y))
        return true;
    return mark_cert_overlap(r, a, x, y, b) && mark_cert_overlap(r, b, y, x, a);
}

static int by_port(const void *x, const void *y)
{
    const gw_listener *a = *(gw_listener *const *)x, *b = *(gw_listener *const *)y;
    int ta = transport_of(a->protocol), tb = transport_of(b->protocol);
    if (ta != tb)
        return ta - tb;
    if (a->spec.port != b->spec.port)
        return a->spec.port < b->spec.port ? -1 : 1;
    return a < b ? -1 : a > b;   /* listeners sit in one array: merged order */
}

/* One pair of listeners on one port, i before j in merged order: the
 * conflict, or the overlap of their hostnames, it makes. */
typedef struct port_group {
    gw_listener **l;
    bool *lost;   /* lost[i]: l[i] lost to a listener of another owner */
} port_group;

static bool port_pair(rs *r, port_group *g, size_t i, size_t j)
{
    gw_listener *a = g->l[i], *b = g->l[j];
    if (g->lost[i] || g->lost[j])
        return true;
    const char *reason = NULL;
    char *msg = NULL;
    bool first_wins = false;
    if (!compatible(a->protocol, b->protocol)) {
        reason = "ProtocolConflict";
        char *ia = listener_id(r, a), *ib = listener_id(r, b);
        if (!ia || !ib)
            return false;
        msg = rs_printf(r, "All listeners for a given port must use a compatible protocol, "
                           "conflicting listeners: %s, %s", ia, ib);
    } else if (a->protocol == GW_PROTO_TCP || a->protocol == GW_PROTO_UDP) {
        reason = "ProtocolConflict";
        first_wins = true;
        msg = rs_printf(r, "Only one %s listener is allowed in a given port",
                        a->protocol == GW_PROTO_TCP ? "TCP" : "UDP");
    } else if (a->protocol == GW_PROTO_HTTPS && b->protocol == GW_PROTO_HTTPS &&
               a->spec.hostname && b->spec.hostname && strcmp(a->spec.hostname, b->spec.hostname) &&
               (hostname_intersect(a->spec.hostname, b->spec.hostname, &(const char *){ NULL }))) {
        /* One name covers the other: a client may be served the
         * wrong certificate over HTTP/2 connection reuse. */
        return mark_overlap(r, a, b) && mark_overlap(r, b, a);
    } else if (!strcmp(hostname_key(a), hostname_key(b))) {
        reason = "HostnameConflict";
        char *ia = listener_id(r, a), *ib = listener_id(r, b);
        if (!ia || !ib)
            return false;
        msg = rs_printf(r, "All listeners for a given port must use a unique hostname, "
                           "conflicting listeners: %s, %s", ia, ib);
    } else {
        return true;
    }
    if (!msg)
        return false;
    /* Who is marked follows GEP-1713: within one owner both are, across
     * owners only the later (the Gateway's own listeners and older
     * ListenerSets win); of two TCP or UDP listeners the first wins. */
    bool cross = a->listener_set != b->listener_set;
    mark_conflict(r, b, reason, msg);
    if (cross || first_wins)
        g->lost[j] = true;
    else
        mark_conflict(r, a, reason, msg);
    return true;
}

/* Every pair, j-th listener against each before it: what Envoy Gateway
 * does, and what few listeners on a port need. */
static bool pairwise_conflicts(rs *r, port_group *g, size_t m)
{
    for (size_t j = 1; j < m; j++)
        for (size_t i = 0; i < j; i++)
            if (!port_pair(r, g, i, j))
                return false;
    return true;
}

static bool pairwise_cert_overlaps(rs *r, port_group *g, size_t m)
{
    for (size_t j = 1; j < m; j++)
        for (size_t i = 0; i < j; i++)
            if (!cert_overlap(r, g->l[i], g->l[j]))
                return false;
    return true;
}

/* ---- many listeners on one port (ListenerSets): only the pairs that can
 * matter, in the pairwise order, so the outcome is the same. A pair does
 * something only when its protocols clash, both are TCP or both UDP, both
 * are HTTPS with intersecting hostnames, or the hostnames are equal. Ports
 * with protocols that clash keep the pairwise walk. */

static size_t pairwise_limit(const gw_resolve_options *o)
{
    return o && o->pairwise_listeners ? SIZE_MAX : 16;
}

typedef struct candidates {
    size_t *items;
    size_t count, cap;
} candidates;

static bool add_candidate(rs *r, void *ctx, size_t item)
{
    candidates *c = ctx;
    if (c->count == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        size_t *n = arena_alloc(r->a, cap * sizeof *n);
        if (!n)
            return false;
        if (c->count)
            memcpy(n, c->items, c->count * sizeof *n);
        c->items = n;
        c->cap = cap;
    }
    c->items[c->count++] = item;
    return true;
}

static int by_size(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return (a > b) - (a < b);
}


typedef struct keyed {
    const char *key;
    size_t item;
} keyed;

static int by_keyed(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->item > b->item) - (a->item < b->item);
}

/* False in *done when the port needs the pairwise walk. */
static bool indexed_conflicts(rs *r, port_group *g, size_t m, bool *done)
{
    *done = false;
    bool http = false, tls_family = false;
    size_t named = 0;
    for (size_t i = 0; i < m; i++) {
        gw_protocol p = g->l[i]->protocol;
        if (p == GW_PROTO_HTTP)
            http = true;
        else if (p == GW_PROTO_HTTPS || p == GW_PROTO_TLS)
            tls_family = true;
        else
            return true;   /* TCP, UDP */
        if (p == GW_PROTO_HTTPS && g->l[i]->spec.hostname) {
            if (!name_index_indexable(g->l[i]->spec.hostname))
                return true;
            named++;
        }
    }
    if (http && tls_family)
        return true;
    /* Equal hostnames (no hostname is one key): each listener meets the
     * earlier ones of its key that have not lost, in order. */
    keyed *keys = arena_calloc(r->a, m, sizeof *keys);
    size_t *group_of = arena_calloc(r->a, m, sizeof *group_of);
    name_index_name *names = arena_calloc(r->a, named ? named : 1, sizeof *names);
    if (!keys || !group_of || !names)
        return false;
    size_t nn = 0;
    for (size_t i = 0; i < m; i++) {
        keys[i] = (keyed){ hostname_key(g->l[i]), i };
        if (g->l[i]->protocol == GW_PROTO_HTTPS && g->l[i]->spec.hostname)
            names[nn++] = (name_index_name){ g->l[i]->spec.hostname, i };
    }
    qsort(keys, m, sizeof *keys, by_keyed);
    /* standing[k]: the listeners of key k that have not lost so far */
    candidates *standing = arena_calloc(r->a, m, sizeof *standing);
    if (!standing)
        return false;
    size_t groups = 0;
    for (size_t i = 0; i < m; i++) {
        if (i && strcmp(keys[i].key, keys[i - 1].key))
            groups++;
        group_of[keys[i].item] = groups;
    }
    name_index *ix = name_index_build(r, names, nn);
    if (!ix)
        return false;
    candidates c = { 0 };
    for (size_t j = 0; j < m; j++) {
        c.count = 0;
        candidates *same = &standing[group_of[j]];
        for (size_t k = 0; k < same->count; k++)
            if (!add_candidate(r, &c, same->items[k]))
                return false;
        gw_listener *b = g->l[j];
        if (b->protocol == GW_PROTO_HTTPS && b->spec.hostname &&
            !name_index_each_partner(r, ix, b->spec.hostname, j, add_candidate, &c))
            return false;
        if (c.count > 1)
            qsort(c.items, c.count, sizeof *c.items, by_size);
        for (size_t k = 0; k < c.count; k++) {
            size_t i = c.items[k];
            if (i >= j || (k && i == c.items[k - 1]))
                continue;
            if (!port_pair(r, g, i, j))
                return false;
        }
        if (!g->lost[j] && !add_candidate(r, same, j))
            return false;
    }
    *done = true;
    return true;
}

/* Each listener's overlap is decided by the first pair that has it in the
 * pairwise order: the smallest listener before it whose certificate names
 * meet its own, else the smallest after it. */
static bool indexed_cert_overlaps(rs *r, port_group *g, size_t m, bool *done)
{
    *done = false;
    size_t n = 0;
    for (size_t i = 0; i < m; i++)
        if (cert_eligible(g->l[i]))
            for (size_t c = 0; c < g->l[i]->cert_count; c++)
                for (size_t k = 0; k < g->l[i]->certs[c].dns_name_count; k++) {
                    const char *s = g->l[i]->certs[c].dns_names[k];
                    if (*s && !name_index_indexable(s))
                        return true;
                    n += *s != 0;
                }
    name_index_name *names = arena_calloc(r->a, n ? n : 1, sizeof *names);
    if (!names)
        return false;
    size_t nn = 0;
    for (size_t i = 0; i < m; i++)
        if (cert_eligible(g->l[i]))
            for (size_t c = 0; c < g->l[i]->cert_count; c++)
                for (size_t k = 0; k < g->l[i]->certs[c].dns_name_count; k++)
                    if (*g->l[i]->certs[c].dns_names[k])
                        names[nn++] = (name_index_name){ g->l[i]->certs[c].dns_names[k], i };
    name_index *ix = name_index_build(r, names, nn);
    if (!ix)
        return false;
    for (size_t i = 0; i < m; i++) {
        gw_listener *l = g->l[i];
        if (!cert_eligible(l))
            continue;
        size_t below = SIZE_MAX, above = SIZE_MAX;
        for (size_t c = 0; c < l->cert_count; c++)
            for (size_t k = 0; k < l->certs[c].dns_name_count; k++)
                if (*l->certs[c].dns_names[k])
                    name_index_partners(ix, l->certs[c].dns_names[k], i, &below, &above);
        const char *x, *y;
        if (below != SIZE_MAX) {
            if (first_cert_overlap(g->l[below], l, &x, &y) && !mark_cert_overlap(r, l, y, x, g->l[below]))
                return false;
        } else if (above != SIZE_MAX) {
            if (first_cert_overlap(l, g->l[above], &x, &y) && !mark_cert_overlap(r, l, x, y, g->l[above]))
                return false;
        }
    }
    *done = true;
    return true;
}

bool rs_port_conflicts(rs *r, gw_gateway *gw)
{
    size_t n = gw->listener_count;
    if (n < 2)
        return true;
    gw_listener **sorted = arena_calloc(r->a, n, sizeof *sorted);
    if (!sorted)
        return false;
    size_t m = 0;
    /* Only listeners that could be served compete for a port: one refused
     * for its own settings (invalid_reason) blocks nobody, as in Envoy
     * Gateway, where such a listener never reaches the port table. */
    for (size_t i = 0; i < n; i++)
        if (gw->listeners[i].accepted && !gw->listeners[i].invalid_reason)
            sorted[m++] = &gw->listeners[i];
    qsort(sorted, m, sizeof *sorted, by_port);
    /* lost[i]: sorted[i] lost to a listener of another owner; it then
     * blocks nobody (the owner that won keeps the port for itself). */
    bool *lost = arena_calloc(r->a, m ? m : 1, sizeof *lost);
    if (!lost)
        return false;
    size_t limit = pairwise_limit(r->opt);
    for (size_t s = 0; s < m;) {
        size_t e = s + 1;
        while (e < m && same_port(sorted[s], sorted[e]))
            e++;
        /* [s, e): one port of one transport, in merged order */
        port_group g = { sorted + s, lost + s };
        bool done = false;
        if (e - s > limit && !indexed_conflicts(r, &g, e - s, &done))
            return false;
        if (!done && !pairwise_conflicts(r, &g, e - s))
            return false;
        done = false;
        if (e - s > limit && !indexed_cert_overlaps(r, &g, e - s, &done))
            return false;
        if (!done && !pairwise_cert_overlaps(r, &g, e - s))
            return false;
        s = e;
    }
    return true;
}
