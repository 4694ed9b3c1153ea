/* Shared CEL library functions for the rule files (see cel_lib.h). */
#include "cel_lib.h"
#include "../../util/utf8.h"

#include <stddef.h>
#include <string.h>

/* Go's time.ParseDuration (which CEL's duration() uses); false on a
 * syntax error or overflow. */
bool cel_parse_duration(gwapi_str str, int64_t *out)
{
    if (!str.ptr)
        return false;
    const char *s = str.ptr, *end = str.ptr + str.len;
    static const struct { const char *unit; uint64_t ns; } units[] = {
        {"ns", 1ull}, {"us", 1000ull}, {"\xc2\xb5s", 1000ull}, {"\xce\xbcs", 1000ull},
        {"ms", 1000000ull}, {"s", 1000000000ull}, {"m", 60000000000ull},
        {"h", 3600000000000ull},
    };
    bool neg = false;
    if (s < end && (*s == '-' || *s == '+'))
        neg = *s++ == '-';
    if (end - s == 1 && *s == '0') {
        *out = 0;
        return true;
    }
    if (s == end)
        return false;
    uint64_t total = 0;
    while (s < end) {
        uint64_t v = 0, frac = 0, scale = 1;
        bool pre = false, post = false;
        while (s < end && *s >= '0' && *s <= '9') {
            if (v > (UINT64_C(1) << 63) / 10)
                return false;
            v = v * 10 + (uint64_t)(*s++ - '0');
            if (v > (UINT64_C(1) << 63))
                return false;
            pre = true;
        }
        if (s < end && *s == '.') {
            s++;
            bool overflow = false;
            while (s < end && *s >= '0' && *s <= '9') {
                if (!overflow && frac <= (UINT64_MAX - 9) / 10 && scale <= UINT64_MAX / 10) {
                    frac = frac * 10 + (uint64_t)(*s - '0');
                    scale *= 10;
                } else {
                    overflow = true;
                }
                s++;
                post = true;
            }
        }
        if (!pre && !post)
            return false;
        size_t best = 0, best_len = 0;
        for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
            size_t n = strlen(units[i].unit);
            if ((size_t)(end - s) >= n && memcmp(s, units[i].unit, n) == 0 && n > best_len) {
                best = i;
                best_len = n;
            }
        }
        if (!best_len)
            return false;
        s += best_len;
        uint64_t unit = units[best].ns;
        if (v > (UINT64_C(1) << 63) / unit)
            return false;
        v *= unit;
        if (frac) {
            v += (uint64_t)((double)frac * ((double)unit / (double)scale));
            if (v > (UINT64_C(1) << 63))
                return false;
        }
        total += v;
        if (total > (UINT64_C(1) << 63))
            return false;
    }
    if (!neg && total > (uint64_t)INT64_MAX)
        return false;
    *out = neg ? (int64_t)(0 - total) : (int64_t)total;
    return true;
}

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
