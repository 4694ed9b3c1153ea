/* Wildcard hostname matching and intersection. */
#include "hostname.h"

#include <string.h>

static bool is_wildcard(const char *h)
{
    return h[0] == '*' && h[1] == '.';
}

bool hostname_wildcard_matches(const char *pattern, const char *host)
{
    if (!is_wildcard(pattern))
        return false;
    const char *suffix = pattern + 1;       /* ".example.com" */
    size_t sl = strlen(suffix), hl = strlen(host);
    if (hl <= sl || strcmp(host + hl - sl, suffix))
        return false;
    /* "*.example.com" does not match ".example.com" */
    return hl - sl >= 1;
}

const char *hostname_intersect(const char *listener, const char *route)
{
    if (!listener)
        return route;
    if (!strcmp(listener, route))
        return route;
    bool lw = is_wildcard(listener), rw = is_wildcard(route);
    if (lw && hostname_wildcard_matches(listener, route))
        return route;       /* the route's name (or wildcard) is narrower */
    if (rw && hostname_wildcard_matches(route, listener))
        return listener;
    return NULL;
}
