/* Functions of CEL's standard and Kubernetes libraries that several rule
 * files need, with the semantics the API server's CEL runtime gives them. */
#ifndef GWAPI_CEL_LIB_H
#define GWAPI_CEL_LIB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <gwapi/resources.h>
#include "../../util/goduration.h"

/* CEL duration(): Go's time.ParseDuration, in nanoseconds; false on a
 * syntax error or overflow. */
static inline bool cel_parse_duration(gwapi_str s, int64_t *out)
{
    return go_parse_duration(s.ptr, s.len, out);
}

/* The CEL runtime errors the rules can hit, worded as cel-go words them
 * (for rule_eval_error). duration() of a string time.ParseDuration rejects: */
#define CEL_ERR_DURATION "type conversion error from 'string' to 'google.protobuf.Duration'"
/* Selecting an absent field without has(): "no such key: <field>". */
#define CEL_ERR_NO_SUCH_KEY(field) "no such key: " field

/* CEL size() of a string: code points of its UTF-8 (every byte counts). */
size_t cel_size(gwapi_str s);
/* `==` between fields that are required or defaulted, so always present
 * when rules run: absent equals only absent. */
bool cel_str_same(gwapi_str a, gwapi_str b);
bool cel_ends_with(gwapi_str s, const char *suffix);
bool cel_starts_with(gwapi_str s, const char *prefix);
/* s.contains(needle), searching every byte of s. */
bool cel_contains(gwapi_str s, const char *needle);
/* CEL `s in [...]` over a NULL-terminated list; absent never matches. */
bool cel_str_in(gwapi_str s, const char *const *list);
#define CEL_STR_IN(s, ...) cel_str_in((s), (const char *const[]){ __VA_ARGS__, NULL })

/* The target rules every Envoy Gateway policy repeats over its
 * targetRef / targetRefs / targetSelectors; kinds are NULL-terminated. */
typedef gwapi_local_policy_target_reference_with_section_name cel_target_ref;
typedef gwapi_local_policy_target_reference_with_section_name_list cel_target_ref_list;

/* (has(targetRef) && !has(targetRefs)) || (!has(targetRef) && has(targetRefs))
 * || (has(targetSelectors) && targetSelectors.size() > 0) */
bool cel_targets_one_way(const cel_target_ref *ref, const cel_target_ref_list *refs,
                         const gwapi_target_selector_list *sel);
/* has(targetRef) ? targetRef.group == 'gateway.networking.k8s.io' : true */
bool cel_target_ref_group(const cel_target_ref *ref);
/* has(targetRef) ? targetRef.kind in kinds : true */
bool cel_target_ref_kind(const cel_target_ref *ref, const char *const *kinds);
/* targetRefs.all(ref, ref.group == 'gateway.networking.k8s.io') */
bool cel_target_refs_group(const cel_target_ref_list *refs);
/* targetRefs.all(ref, ref.kind in kinds) */
bool cel_target_refs_kind(const cel_target_ref_list *refs, const char *const *kinds);
/* targetRef, every targetRefs and every targetSelectors entry has a kind in kinds. */
bool cel_targets_all_kinds(const cel_target_ref *ref, const cel_target_ref_list *refs,
                           const gwapi_target_selector_list *sel, const char *const *kinds);

#endif
