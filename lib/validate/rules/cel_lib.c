/* Shared CEL library functions for the rule files (see cel_lib.h). */
#include "cel_lib.h"
#include "rule_env.h"
#include "../../util/utf8.h"

#include <stddef.h>
#include <string.h>

size_t cel_size(gwapi_str s)
{
    return s.ptr ? utf8_runes(s.ptr, s.len) : 0;
}

bool cel_str_same(gwapi_str a, gwapi_str b)
{
    if (!a.ptr || !b.ptr)
        return a.ptr == b.ptr;
    return gwapi_str_equal(a, b);
}

bool cel_ends_with(gwapi_str s, const char *suffix)
{
    size_t m = strlen(suffix);
    return s.ptr && s.len >= m && memcmp(s.ptr + s.len - m, suffix, m) == 0;
}

bool cel_starts_with(gwapi_str s, const char *prefix)
{
    size_t m = strlen(prefix);
    return s.ptr && s.len >= m && memcmp(s.ptr, prefix, m) == 0;
}

bool cel_contains(gwapi_str s, const char *needle)
{
    size_t m = strlen(needle);
    if (!s.ptr || s.len < m)
        return false;
    for (size_t i = 0; i + m <= s.len; i++)
        if (memcmp(s.ptr + i, needle, m) == 0)
            return true;
    return false;
}

bool cel_str_in(gwapi_str s, const char *const *list)
{
    for (; *list; list++)
        if (gwapi_str_eq(s, *list))
            return true;
    return false;
}

bool cel_targets_one_way(const cel_target_ref *ref, const cel_target_ref_list *refs,
                         const gwapi_target_selector_list *sel)
{
    bool has_ref = ref != NULL, has_refs = refs->items != NULL;
    return has_ref != has_refs || (sel->items && sel->count > 0);
}

static bool is_gateway_api_group(gwapi_str group)
{
    return gwapi_str_eq(group, "gateway.networking.k8s.io");
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

bool rule_matches(const gw_rule_env *env, const char *re, gwapi_str s)
{
    return s.ptr && regex_search(env->regexes, env->rx, re, s.ptr, s.len);
}
