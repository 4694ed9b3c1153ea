/* The one label-selector matcher: matchLabels AND every matchExpression
 * (In, NotIn, Exists, DoesNotExist), as apimachinery's LabelSelectorAsSelector
 * evaluates them. Used for allowedRoutes / allowedListeners namespace
 * selectors and Envoy Gateway's targetSelectors alike. */
#include "model.h"

#include <string.h>

/* Label values compare byte for byte (gwapi_str), NULs included. */
static gwapi_str label(const gwapi_string_map *labels, gwapi_str key)
{
    gwapi_str none = { NULL, 0 };
    return labels && key.ptr ? gwapi_string_map_find(labels, key) : none;
}

static bool in_values(const gwapi_string_list *values, gwapi_str v)
{
    for (size_t i = 0; i < values->count; i++)
        if (gwapi_str_equal(values->items[i], v))
            return true;
    return false;
}

gw_selector gw_label_selector(const gwapi_label_selector *sel)
{
    gw_selector s = { NULL, NULL };
    if (sel) {
        s.match_labels = &sel->match_labels;
        s.match_expressions = &sel->match_expressions;
    }
    return s;
}

bool gw_selector_matches(gw_selector sel, const gwapi_string_map *labels)
{
    if (!sel.match_labels && !sel.match_expressions)
        return false;
    if (sel.match_labels) {
        for (size_t i = 0; i < sel.match_labels->count; i++) {
            const gwapi_kv *kv = &sel.match_labels->items[i];
            gwapi_str v = label(labels, kv->key);
            if (!v.ptr || v.len != kv->value.len || (v.len && memcmp(v.ptr, kv->value.ptr, v.len)))
                return false;
        }
    }
    if (sel.match_expressions) {
        for (size_t i = 0; i < sel.match_expressions->count; i++) {
            const gwapi_label_selector_requirement *r = &sel.match_expressions->items[i];
            gwapi_str v = label(labels, r->key);
            if (gwapi_str_eq(r->operator_, "In")) {
                if (!v.ptr || !in_values(&r->values, v))
                    return false;
            } else if (gwapi_str_eq(r->operator_, "NotIn")) {
                if (v.ptr && in_values(&r->values, v))
                    return false;
            } else if (gwapi_str_eq(r->operator_, "Exists")) {
                if (!v.ptr)
                    return false;
            } else if (gwapi_str_eq(r->operator_, "DoesNotExist")) {
                if (v.ptr)
                    return false;
            } else {
                return false;
            }
        }
    }
    return true;
}

bool gw_selector_valid(gw_selector sel, const char **why)
{
    for (size_t i = 0; sel.match_expressions && i < sel.match_expressions->count; i++) {
        const gwapi_label_selector_requirement *r = &sel.match_expressions->items[i];
        gwapi_str op = r->operator_;
        if (gwapi_str_eq(op, "In") || gwapi_str_eq(op, "NotIn")) {
            if (!r->values.count) {
                *why = "values: Required value: must be specified when `operator` is 'In' or 'NotIn'";
                return false;
            }
        } else if (gwapi_str_eq(op, "Exists") || gwapi_str_eq(op, "DoesNotExist")) {
            if (r->values.count) {
                *why = "values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'";
                return false;
            }
        } else {
            *why = "operator: Unsupported value: must be one of In, NotIn, Exists, DoesNotExist";
            return false;
        }
    }
    return true;
}
