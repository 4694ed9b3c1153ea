/* BackendTrafficPolicy rateLimit checked as the translator builds it:
 * header selectors (Exact / RegularExpression with an RE2 pattern /
 * Distinct without invert), and for local limits one default rule (the
 * rule without clientSelectors) whose unit divides every other rule's. */
#include "policy_impl.h"

#include <string.h>

static int64_t unit_seconds(const char *unit)
{
    if (str_eq(unit, "Minute")) return 60;
    if (str_eq(unit, "Hour")) return 3600;
    if (str_eq(unit, "Day")) return 86400;
    if (str_eq(unit, "Month")) return 2592000;
    return 1;
}

static const char *selectors(rs *r, const gwapi_rate_limit_rule *rule)
{
    for (size_t i = 0; i < rule->client_selectors.count; i++) {
        const gwapi_rate_limit_select_condition *c = &rule->client_selectors.items[i];
        for (size_t j = 0; j < c->headers.count; j++) {
            const gwapi_header_match *h = &c->headers.items[j];
            const char *type = gw_c(h->type) ? gw_c(h->type) : "Exact";
            const char *value = gw_c(h->value);
            const char *why;
            if (str_eq(type, "Exact") && value)
                continue;
            if (str_eq(type, "RegularExpression") && value) {
                if (!re2_compatible(r, h->value, &why))
                    return rs_printf(r, "regex \"%s\" is invalid: %s", value, why);
                continue;
            }
            if (str_eq(type, "Distinct") && !value) {
                if (h->invert.set && h->invert.value)
                    return "unable to translate rateLimit.Invert is not applicable for distinct header match type";
                continue;
            }
            return "unable to translate rateLimit. Either the header.Type is not valid or the header is missing a value";
        }
    }
    return NULL;
}

static const char *local(rs *r, const gwapi_local_rate_limit *l)
{
    const gwapi_rate_limit_rule *def = NULL;
    for (size_t i = 0; i < l->rules.count; i++) {
        if (l->rules.items[i].client_selectors.count)
            continue;
        if (def)
            return "local rateLimit can not have more than one rule without clientSelectors";
        def = &l->rules.items[i];
    }
    int64_t def_unit = def && def->limit ? unit_seconds(gw_c(def->limit->unit)) : 1;
    for (size_t i = 0; i < l->rules.count; i++) {
        const gwapi_rate_limit_rule *rule = &l->rules.items[i];
        if (!rule->client_selectors.count)
            continue;
        const char *err = selectors(r, rule);
        if (err)
            return err;
        if (rule->limit && unit_seconds(gw_c(rule->limit->unit)) % def_unit)
            return "local rateLimit rule limit unit must be a multiple of the default limit unit";
    }
    return NULL;
}

const char *pol_check_btp_rate_limit(rs *r, const gwapi_rate_limit_spec *rl)
{
    if (!rl)
        return NULL;
    const char *err = NULL;
    if (rl->global)
        for (size_t i = 0; !err && i < rl->global->rules.count; i++)
            err = selectors(r, &rl->global->rules.items[i]);
    if (!err && rl->local)
        err = local(r, rl->local);
    return err ? rs_printf(r, "RateLimit: %s.", err) : NULL;
}
