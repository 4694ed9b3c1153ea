/* Shared CEL library functions for the rule files (see cel_lib.h). */
#include "cel_lib.h"
#include "rule_env.h"
#include "../../util/utf8.h"

#include <stddef.h>
#include <string.h>

size_t cel_size(const char *s)
{
    return utf8_runes(s, strlen(s));
}

bool cel_str_same(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

bool cel_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

bool cel_str_in(const char *s, const char *const *list)
{
    if (!s)
        return false;
    for (; *list; list++)
        if (strcmp(s, *list) == 0)
            return true;
    return false;
}

bool cel_targets_one_way(const cel_target_ref *ref, const cel_target_ref_list *refs,
                         const gwapi_target_selector_list *sel)
{
    bool has_ref = ref != NULL, has_refs = refs->items != NULL;
    return has_ref != has_refs || (sel->items && sel->count > 0);
}

static bool is_gateway_api_group(const char *group)
{
    return group && strcmp(group, "gateway.networking.k8s.io") == 0;
}

bool cel_target_ref_group(const cel_target_ref *ref)
{
    return !ref || is_gateway_api_group(ref->group);
}

bool cel_target_ref_kind(const cel_target_ref *ref, const char *const *kinds)
{
    return !ref || cel_str_in(ref->kind, kinds);
}

bool cel_target_refs_group(const cel_target_ref_list *refs)
{
    for (size_t i = 0; refs->items && i < refs->count; i++)
        if (!is_gateway_api_group(refs->items[i].group))
            return false;
    return true;
}

bool cel_target_refs_kind(const cel_target_ref_list *refs, const char *const *kinds)
{
    for (size_t i = 0; refs->items && i < refs->count; i++)
        if (!cel_str_in(refs->items[i].kind, kinds))
            return false;
    return true;
}

bool cel_targets_all_kinds(const cel_target_ref *ref, const cel_target_ref_list *refs,
                           const gwapi_target_selector_list *sel, const char *const *kinds)
{
    if (!cel_target_ref_kind(ref, kinds) || !cel_target_refs_kind(refs, kinds))
        return false;
    for (size_t i = 0; sel->items && i < sel->count; i++)
        if (!cel_str_in(sel->items[i].kind, kinds))
            return false;
    return true;
}

bool rule_matches(const gw_rule_env *env, const char *re, const char *s)
{
    return s && regex_search(env->regexes, env->rx, re, s, strlen(s));
}
