/* Runs the CEL rules queued during decode, after the OpenAPI pass, the way
 * the API server's CRD strategy does: skipped entirely when that pass found
 * a blocking error, otherwise each failing rule is
 * `field.Invalid(path, <schema type>, message)`. */
#include "../schema/engine.h"
#include "rules/rule_env.h"
#include "typed.h"
#include "goformat.h"

/* The OpenAPI type name the CEL validator quotes for evaluation errors. */
static const char *schema_type_name(const gw_schema *s)
{
    switch (s->type) {
    case GW_T_STRING: return "string";
    case GW_T_INTEGER: return "integer";
    case GW_T_NUMBER: return "number";
    case GW_T_BOOLEAN: return "boolean";
    case GW_T_ARRAY: return "array";
    case GW_T_INT_OR_STRING:
    case GW_T_ANY: return "";
    default: return "object";
    }
}

/* field.Invalid as the CEL validator builds it: scalar values are quoted
 * into the message, objects and lists are not. */
static void report_failure(engine *e, const pending_rule *p, const char *message)
{
    bool scalar = p->schema->type != GW_T_OBJECT && p->schema->type != GW_T_ARRAY &&
                  p->schema->type != GW_T_MAP && p->schema->type != GW_T_ANY &&
                  p->schema->type != GW_T_META;
    if (!scalar || !p->src) {
        engine_diag_at(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, p->path, p->pos,
                    "Invalid value: %s", message);
        return;
    }
    strbuf b;
    engine_buf_init(e, &b);
    gofmt_bad_value(&b, p->src);
    engine_diag_at(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, p->path, p->pos,
                "Invalid value: %s: %s", strbuf_str(&b), message);
    strbuf_free(&b);
}

void engine_run_list_checks(engine *e)
{
    for (size_t i = 0; i < e->nlists; i++) {
        const pending_rule *p = &e->lists[i];
        const gw_list *l = p->self;
        strbuf_truncate(&e->path, 0);
        strbuf_putn(&e->path, p->path.ptr, p->path.len);
        typed_check_unique(e, p->schema, p->src, l);
    }
}

/* Whether any node of the schema carries CEL rules: the API server builds
 * a CEL validator for a CRD version whose schema has any, and it is that
 * validator that reports being skipped. */
static bool schema_has_rules(const gw_schema *s, unsigned depth)
{
    if (!s || depth > 128)
        return false;
    if (s->nrules)
        return true;
    for (uint32_t i = 0; i < s->nfields; i++)
        if (schema_has_rules(s->fields[i].schema, depth + 1))
            return true;
    return (s->type == GW_T_ARRAY || s->type == GW_T_MAP) && schema_has_rules(s->items, depth + 1);
}

void engine_run_rules(engine *e)
{
    if (!e->nrules && !(e->blocking && schema_has_rules(e->root, 0)))
        return;
    if (e->blocking) {
        engine_diag(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_RULE_SKIPPED, "<nil>", e->doc_pos,
                    "Invalid value: null: some validation rules were not checked because "
                    "the object was invalid; correct the existing errors to complete validation");
        return;
    }
    for (size_t i = 0; i < e->nrules; i++) {
        const pending_rule *p = &e->rules[i];
        const char *eval_error = NULL;
        gw_rule_env env = { e->opts->regexes, p->schema, &eval_error, e->rx };
        for (uint32_t r = 0; r < p->schema->nrules; r++) {
            const gw_rule *rule = &p->schema->rules[r];
            eval_error = NULL;
            if (!rule->fn || rule->fn(&env, p->self))
                continue;
            if (eval_error)
                engine_diag_at(e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_INVALID, p->path, p->pos,
                            "Invalid value: \"%s\": %s evaluating rule: %s",
                            schema_type_name(p->schema), eval_error, rule->message);
            else
                report_failure(e, p, rule->message);
        }
    }
}
