/* Hostname intersection of a listener and a route (Gateway API
 * HTTPRoute.spec.hostnames rules): exact names match themselves; a
 * wildcard "*.example.com" matches names with one or more labels before
 * ".example.com"; the intersection is the more specific name. */
#include "resolve_impl.h"

#include <string.h>

/* Does wildcard w ("*.suffix") match name n (which may itself be a
 * wildcard, then it must be strictly more specific)? */
static bool wildcard_covers(const char *w, const char *n)
{
    const char *suffix = w + 1;   /* ".suffix" */
    size_t ls = strlen(suffix), ln = strlen(n);
    if (ln <= ls || strcmp(n + ln - ls, suffix))
        return false;
    /* at least one label before the suffix */
    return ln - ls >= 1 && n[0] != '.';
}

bool hostname_intersect(const char *listener, const char *route, const char **out)
{
    if (!listener || !*listener) {
        *out = route;
        return true;
    }
    if (!route || !*route) {
        *out = listener;
        return true;
    }
    if (!strcmp(listener, route)) {
        *out = route;
        return true;
    }
    bool lw = listener[0] == '*', rw = route[0] == '*';
    if (lw && wildcard_covers(listener, route)) {
        *out = route;
        return true;
    }
    if (rw && wildcard_covers(route, listener)) {
        *out = listener;
        return true;
    }
    return false;
}
