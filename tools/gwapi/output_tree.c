/* `-o json` and `-o yaml`: the library's ValidationResult document
 * (gwapi_result_json) with the diagnostics the user asked to see and the
 * CLI's summary, built once as a tree and printed in either syntax. */
#include "output.h"

#include <cjson/cJSON.h>
#include <string.h>

static bool add_count(cJSON *o, const char *key, size_t n)
{
    return cJSON_AddNumberToObject(o, key, (double)n) != NULL;
}

/* The summary: the library's counts, then what the CLI adds. */
static cJSON *summary(const report *rep)
{
    cJSON *sum = cJSON_CreateObject();
    bool ok = sum && add_count(sum, "objects", rep->valid + rep->invalid) &&
              add_count(sum, "errors", rep->errors) && add_count(sum, "warnings", rep->warnings) &&
              add_count(sum, "valid", rep->valid) && add_count(sum, "invalid", rep->invalid) &&
              add_count(sum, "skipped", rep->skipped) && add_count(sum, "files", rep->files) &&
              add_count(sum, "unreadableFiles", rep->unreadable) &&
              add_count(sum, "omittedDiagnostics", rep->omitted);
    if (!ok) {
        cJSON_Delete(sum);
        return NULL;
    }
    return sum;
}

/* The document, or NULL when out of memory. */
static cJSON *document(const report *rep)
{
    char *text = NULL;
    if (gwapi_result_json(rep->result, &text, NULL) != GWAPI_OK)
        return NULL;
    cJSON *doc = cJSON_Parse(text);
    gwapi_free(text);
    cJSON *all = doc ? cJSON_DetachItemFromObject(doc, "diagnostics") : NULL;
    cJSON *shown = cJSON_CreateArray();
    cJSON *sum = summary(rep);
    bool ok = all && shown && sum;
    /* Entries are in result order: one forward walk picks them out. */
    cJSON *item = all ? all->child : NULL;
    size_t at = 0;
    for (size_t i = 0; ok && i < rep->nentries; i++) {
        for (; item && at < rep->entries[i].index; at++)
            item = item->next;
        cJSON *copy = item ? cJSON_Duplicate(item, true) : NULL;
        ok = copy && cJSON_AddItemToArray(shown, copy);
    }
    cJSON_Delete(all);
    if (ok) {
        cJSON_DeleteItemFromObject(doc, "summary");
        ok = cJSON_AddItemToObject(doc, "summary", sum);
        sum = NULL;
        ok = ok && cJSON_AddItemToObject(doc, "diagnostics", shown);
        shown = NULL;
    }
    cJSON_Delete(sum);
    cJSON_Delete(shown);
    if (!ok) {
        cJSON_Delete(doc);
        return NULL;
    }
    return doc;
}

int output_print_json(FILE *out, struct cJSON *doc)
{
    char *text = doc ? cJSON_PrintUnformatted(doc) : NULL;
    cJSON_Delete(doc);
    if (!text)
        return -1;
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
    return 0;
}

int output_json(FILE *out, const report *rep)
{
    return output_print_json(out, document(rep));
}

/* Keys are the document's own identifiers and printed as they are.
 * Strings are written as JSON strings, which YAML reads as double-quoted
 * scalars: no value can be mistaken for another type. */
static int yaml_scalar(FILE *out, const cJSON *v)
{
    char *text = cJSON_PrintUnformatted(v);
    if (!text)
        return -1;
    fputs(text, out);
    cJSON_free(text);
    return 0;
}

static bool is_collection(const cJSON *v)
{
    return (cJSON_IsObject(v) || cJSON_IsArray(v)) && v->child;
}

static int yaml_node(FILE *out, const cJSON *v, int indent);

/* A collection member after "key:" or "-": nested collections go on the
 * following lines, empty ones and scalars on the same line. */
static int yaml_member_value(FILE *out, const cJSON *v, int indent)
{
    if (!is_collection(v)) {
        fputc(' ', out);
        if (cJSON_IsArray(v))
            fputs("[]", out);
        else if (cJSON_IsObject(v))
            fputs("{}", out);
        else if (yaml_scalar(out, v))
            return -1;
        fputc('\n', out);
        return 0;
    }
    fputc('\n', out);
    return yaml_node(out, v, indent);
}

static int yaml_node(FILE *out, const cJSON *v, int indent)
{
    for (const cJSON *c = v->child; c; c = c->next) {
        fprintf(out, "%*s", indent, "");
        if (cJSON_IsArray(v) && cJSON_IsObject(c) && c->child) {
            /* "- " then the item's keys, the first on the same line. */
            fputs("- ", out);
            for (const cJSON *m = c->child; m; m = m->next) {
                if (m != c->child)
                    fprintf(out, "%*s", indent + 2, "");
                fprintf(out, "%s:", m->string);
                if (yaml_member_value(out, m, indent + 4))
                    return -1;
            }
        } else {
            if (cJSON_IsArray(v))
                fputc('-', out);
            else
                fprintf(out, "%s:", c->string);
            if (yaml_member_value(out, c, indent + 2))
                return -1;
        }
    }
    return 0;
}

int output_yaml(FILE *out, const report *rep)
{
    cJSON *doc = document(rep);
    if (!doc)
        return -1;
    int rc = yaml_node(out, doc, 0);
    cJSON_Delete(doc);
    return rc;
}
