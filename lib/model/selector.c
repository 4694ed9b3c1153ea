/* The one label-selector matcher: matchLabels AND every matchExpression
 * (In, NotIn, Exists, DoesNotExist), as apimachinery's LabelSelectorAsSelector
 * evaluates them. Used for allowedRoutes / allowedListeners namespace
 * selectors and Envoy Gateway's targetSelectors alike. */
#include "model.h"

#include <string.h>

static const char *label(const gwapi_string_map *labels, const char *key)
{
    return labels ? gwapi_string_map_get(labels, key) : NULL;
}

static bool in_values(const gwapi_string_list *values, const char *v)
{
    for (size_t i = 0; i < values->count; i++)
        if (values->items[i] && !strcmp(values->items[i], v))
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
            const char *v = label(labels, kv->key);
            if (!v || strcmp(v, kv->value ? kv->value : ""))
                return false;
        }
    }
    if (sel.match_expressions) {
        for (size_t i = 0; i < sel.match_expressions->count; i++) {
            const gwapi_label_selector_requirement *r = &sel.match_expressions->items[i];
            const char *op = r->operator_ ? r->operator_ : "";
            const char *v = r->key ? label(labels, r->key) : NULL;
            if (!strcmp(op, "In")) {
                if (!v || !in_values(&r->values, v))
                    return false;
            } else if (!strcmp(op, "NotIn")) {
                if (v && in_values(&r->values, v))
                    return false;
            } else if (!strcmp(op, "Exists")) {
                if (!v)
                    return false;
            } else if (!strcmp(op, "DoesNotExist")) {
                if (v)
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
        const char *op = r->operator_ ? r->operator_ : "";
        if (!strcmp(op, "In") || !strcmp(op, "NotIn")) {
            if (!r->values.count) {
                *why = "values: Required value: must be specified when `operator` is 'In' or 'NotIn'";
                return false;
            }
        } else if (!strcmp(op, "Exists") || !strcmp(op, "DoesNotExist")) {
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
