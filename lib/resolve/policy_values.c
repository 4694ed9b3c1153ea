/* Values Envoy Gateway's translator parses out of policy settings:
 * Kubernetes resource quantities ("1Mi", "100m", 512) as
 * resource.Quantity.AsInt64 reads them, and Go durations. */
#include "policy_values.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include "../model/model.h"
#include "../util/goduration.h"

static bool suffix_multiplier(const char *s, long double *mult)
{
    static const struct { const char *s; long double m; } sfx[] = {
        { "", 1.0L },      { "Ki", 1024.0L }, { "Mi", 1048576.0L }, { "Gi", 1073741824.0L },
        { "Ti", 1099511627776.0L }, { "Pi", 1125899906842624.0L },
        { "Ei", 1152921504606846976.0L },
        { "n", 1e-9L }, { "u", 1e-6L }, { "m", 1e-3L }, { "k", 1e3L }, { "M", 1e6L },
        { "G", 1e9L }, { "T", 1e12L }, { "P", 1e15L }, { "E", 1e18L },
    };
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++)
        if (!strcmp(s, sfx[i].s)) {
            *mult = sfx[i].m;
            return true;
        }
    /* A decimal exponent: e or E, optional sign, digits. */
    if (*s != 'e' && *s != 'E')
        return false;
    const char *p = s + 1;
    if (*p == '+' || *p == '-')
        p++;
    if (!*p)
        return false;
    for (const char *q = p; *q; q++)
        if (*q < '0' || *q > '9')
            return false;
    *mult = powl(10.0L, strtold(s + 1, NULL));
    return true;
}

pol_quantity pol_parse_quantity(const gwapi_int_or_string *v)
{
    pol_quantity q = { false, false, 0, "" };
    if (v->type == GWAPI_IOS_UNSET)
        return q;
    q.set = true;
    if (v->type == GWAPI_IOS_INT) {
        q.ok = true;
        q.value = v->integer;
        return q;
    }
    const char *s = gw_c(v->string) ? gw_c(v->string) : "";
    q.text = s;
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    size_t digits = 0, dots = 0;
    const char *num_end = p;
    while ((*num_end >= '0' && *num_end <= '9') || *num_end == '.') {
        digits += *num_end != '.';
        dots += *num_end == '.';
        num_end++;
    }
    long double mult;
    if (!digits || dots > 1 || !suffix_multiplier(num_end, &mult))
        return q;
    char buf[64];
    size_t n = (size_t)(num_end - s);
    if (n >= sizeof buf)
        return q;
    memcpy(buf, s, n);
    buf[n] = 0;
    long double x = strtold(buf, NULL) * mult;
    /* AsInt64: only whole numbers that fit. */
    if (x != floorl(x) || x > 9.2e18L || x < -9.2e18L)
        return q;
    q.ok = true;
    q.value = (int64_t)x;
    return q;
}

bool pol_duration_ok(const char *s)
{
    int64_t ns;
    return !s || go_parse_duration(s, strlen(s), &ns);
}

bool pol_duration(const char *s, int64_t *ns)
{
    return s && go_parse_duration(s, strlen(s), ns);
}
