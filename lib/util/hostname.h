/* Hostname matching with Gateway API wildcards ("*.example.com" matches
 * any name with at least one more label) and the listener x route
 * hostname intersection of ROUTES.md §3.1 / the Gateway API spec. */
#ifndef GWAPI_HOSTNAME_H
#define GWAPI_HOSTNAME_H

#include <stdbool.h>
#include <stddef.h>

/* True when wildcard pattern "*.S" matches host (host ends in ".S" and has
 * at least one label before it); host may itself be a wildcard. */
bool hostname_wildcard_matches(const char *pattern, const char *host);

/* The hostname a route hostname h gives on a listener with hostname l
 * (NULL = none), or NULL when they do not intersect. Returns one of its
 * arguments. */
const char *hostname_intersect(const char *listener, const char *route);

#endif
