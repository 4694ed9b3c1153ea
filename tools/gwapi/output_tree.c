/* `-o json` and `-o yaml`: the ValidationResult document, built once as a
 * tree and printed in either syntax. */
#include "output.h"

#include <cjson/cJSON.h>
#include <string.h>

#define API_VERSION "gwapi.dev/v1alpha1"

static cJSON *string_or_null(const char *s)
{
    return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *diag_json(const gwapi_diag *d)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddItemToObject(o, "severity", cJSON_CreateString(gwapi_severity_str(d->severity)));
    cJSON_AddItemToObject(o, "code", cJSON_CreateString(gwapi_diag_code_str(d->code)));
    cJSON_AddItemToObject(o, "kind", string_or_null(d->kind));
    cJSON_AddItemToObject(o, "namespace", string_or_null(d->ns));
    cJSON_AddItemToObject(o, "name", string_or_null(d->name));
    cJSON_AddItemToObject(o, "path", cJSON_CreateString(d->path ? d->path : ""));
    cJSON_AddItemToObject(o, "file", string_or_null(d->pos.file));
    cJSON_AddItemToObject(o, "line", cJSON_CreateNumber(d->pos.line));
    cJSON_AddItemToObject(o, "column", cJSON_CreateNumber(d->pos.column));
    cJSON_AddItemToObject(o, "message", cJSON_CreateString(d->message));
    return o;
}

static void add_count(cJSON *o, const char *key, size_t n)
{
    cJSON_AddItemToObject(o, key, cJSON_CreateNumber((double)n));
}

/* The document, or NULL when out of memory (cJSON drops failed items
 * silently, so the tree is checked for completeness by a count). */
static cJSON *document(const report *rep)
{
    cJSON *doc = cJSON_CreateObject();
    cJSON *diags = cJSON_CreateArray();
    cJSON *sum = cJSON_CreateObject();
    if (!doc || !diags || !sum) {
        cJSON_Delete(doc);
        cJSON_Delete(diags);
        cJSON_Delete(sum);
        return NULL;
    }
    cJSON_AddItemToObject(doc, "apiVersion", cJSON_CreateString(API_VERSION));
    cJSON_AddItemToObject(doc, "kind", cJSON_CreateString("ValidationResult"));
    cJSON_AddItemToObject(doc, "diagnostics", diags);
    for (size_t i = 0; i < rep->nentries; i++)
        cJSON_AddItemToArray(diags, diag_json(rep->entries[i].diag));
    cJSON_AddItemToObject(doc, "summary", sum);
    add_count(sum, "files", rep->files);
    add_count(sum, "unreadableFiles", rep->unreadable);
    add_count(sum, "objects", rep->valid + rep->invalid);
    add_count(sum, "valid", rep->valid);
    add_count(sum, "invalid", rep->invalid);
    add_count(sum, "skipped", rep->skipped);
    add_count(sum, "errors", rep->errors);
    add_count(sum, "warnings", rep->warnings);
    add_count(sum, "omittedDiagnostics", rep->omitted);
    if ((size_t)cJSON_GetArraySize(diags) != rep->nentries || cJSON_GetArraySize(sum) != 9 ||
        cJSON_GetArraySize(doc) != 4) {
        cJSON_Delete(doc);
        return NULL;
    }
    return doc;
}

int output_json(FILE *out, const report *rep)
{
    cJSON *doc = document(rep);
    char *text = doc ? cJSON_PrintUnformatted(doc) : NULL;
    cJSON_Delete(doc);
    if (!text)
        return -1;
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
    return 0;
}

/* Keys are the document's own identifiers and printed as they are.
 * Strings are written as JSON strings, which YAML reads as double-quoted
 * scalars: no value can be mistaken for another type. */
static int yaml_scalar(FILE *out, const cJSON *v)
{
    if (cJSON_IsString(v) || cJSON_IsNumber(v)) {
        char *text = cJSON_PrintUnformatted(v);
        if (!text)
            return -1;
        fputs(text, out);
        cJSON_free(text);
    } else if (cJSON_IsBool(v)) {
        fputs(cJSON_IsTrue(v) ? "true" : "false", out);
    } else {
        fputs("null", out);
    }
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
        if (cJSON_IsArray(v)) {
            /* "- " then the item's first key on the same line. */
            if (cJSON_IsObject(c) && c->child) {
                fputs("- ", out);
                for (const cJSON *m = c->child; m; m = m->next) {
                    if (m != c->child)
                        fprintf(out, "%*s", indent + 2, "");
                    fputs(m->string, out);
                    fputc(':', out);
                    if (yaml_member_value(out, m, indent + 4))
                        return -1;
                }
                continue;
            }
            fputc('-', out);
            if (yaml_member_value(out, c, indent + 2))
                return -1;
        } else {
            fputs(c->string, out);
            fputc(':', out);
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
