/* `-o sarif`: a SARIF 2.1.0 log (what GitHub code scanning uploads), one
 * run of the gwapi tool, one rule per diagnostic code, one result per
 * diagnostic with its file, line and column and its object as a logical
 * location. */
#include "output.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

/* Rule descriptions by diagnostic code (diag.h); index = code - 1. */
static const char *const rule_text[] = {
    "Malformed YAML or JSON",
    "A limit on untrusted input was exceeded",
    "Invalid UTF-8 or byte order mark misuse",
    "A document that is not a Kubernetes object",
    "A kind or version with no schema",
    "A field that is not in the schema (strict decoding)",
    "The same key twice in one mapping",
    "A value of the wrong type for the schema",
    "A required field is missing",
    "A value outside the allowed values",
    "A value the schema or a validation rule rejects",
    "A value longer than allowed",
    "More items than allowed",
    "A duplicate entry in a set or map list",
    "A field forbidden in this context",
    "Validation rules not run because of earlier errors",
    "Invalid object metadata",
};
#define NRULES (sizeof rule_text / sizeof *rule_text)

static const char *level(gwapi_severity s)
{
    return s == GWAPI_SEVERITY_ERROR ? "error" : s == GWAPI_SEVERITY_WARNING ? "warning" : "note";
}

/* A file name as a URI reference: relative names stay relative (to the
 * directory the tool ran in), absolute ones become file: URIs; bytes
 * outside the unreserved set and '/' are percent-encoded. */
static char *file_uri(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t len = strlen(path);
    char *uri = malloc(8 + 3 * len);
    if (!uri)
        return NULL;
    char *w = uri;
    if (path[0] == '/')
        w += sprintf(w, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p)) {
            *w++ = (char)*p;
        } else {
            *w++ = '%';
            *w++ = hex[*p >> 4];
            *w++ = hex[*p & 15];
        }
    }
    *w = '\0';
    return uri;
}

static cJSON *text_object(const char *text)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "text", text);
    return o;
}

static cJSON *driver(void)
{
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "name", "gwapi");
    cJSON_AddStringToObject(d, "version", gwapi_version());
    cJSON_AddStringToObject(d, "semanticVersion", gwapi_version());
    cJSON *rules = cJSON_AddArrayToObject(d, "rules");
    for (size_t i = 0; i < NRULES; i++) {
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "id", gwapi_diag_code_str((gwapi_diag_code)(i + 1)));
        cJSON_AddItemToObject(r, "shortDescription", text_object(rule_text[i]));
        cJSON_AddItemToArray(rules, r);
    }
    return d;
}

static cJSON *location(const gwapi_diag *d)
{
    cJSON *loc = cJSON_CreateObject();
    if (*d->pos.file) {
        cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
        cJSON *art = cJSON_AddObjectToObject(phys, "artifactLocation");
        char *uri = file_uri(d->pos.file);
        cJSON_AddStringToObject(art, "uri", uri ? uri : "");
        free(uri);
        if (d->pos.line) {
            cJSON *region = cJSON_AddObjectToObject(phys, "region");
            cJSON_AddNumberToObject(region, "startLine", d->pos.line);
            if (d->pos.column)
                cJSON_AddNumberToObject(region, "startColumn", d->pos.column);
        }
    }
    if (d->kind.ptr) {
        char *label = NULL, *name = NULL;
        size_t label_len = 0, name_len = 0;
        FILE *m = open_memstream(&label, &label_len);
        if (m) {
            output_object_label(m, d->kind, d->ns, d->name);
            fclose(m);
        }
        m = open_memstream(&name, &name_len);
        if (m) {
            fwrite(d->name.ptr ? d->name.ptr : "", 1, d->name.len, m);
            fclose(m);
        }
        cJSON *logical = cJSON_AddArrayToObject(loc, "logicalLocations");
        cJSON *l = cJSON_CreateObject();
        cJSON_AddStringToObject(l, "name", name ? name : "");
        cJSON_AddStringToObject(l, "fullyQualifiedName", label ? label : "");
        cJSON_AddStringToObject(l, "kind", "object");
        cJSON_AddItemToArray(logical, l);
        free(label);
        free(name);
    }
    return loc;
}

/* The message is the CLI's text line after "FILE:LINE:COL: SEVERITY: ". */
static cJSON *result(const report *rep, const report_entry *e)
{
    const gwapi_diag *d = e->diag;
    output_line_parts parts;
    char *line = output_line(rep, e, &parts);
    if (!line)
        return NULL;
    cJSON *r = cJSON_CreateObject();
    size_t rule = (size_t)d->code - 1;
    cJSON_AddStringToObject(r, "ruleId", gwapi_diag_code_str(d->code));
    if (rule < NRULES)
        cJSON_AddNumberToObject(r, "ruleIndex", (double)rule);
    cJSON_AddStringToObject(r, "level", level(d->severity));
    cJSON_AddItemToObject(r, "message", text_object(line + parts.body));
    gwapi_free(line);
    cJSON *locs = cJSON_AddArrayToObject(r, "locations");
    cJSON_AddItemToArray(locs, location(d));
    return r;
}

static int print_json(FILE *out, cJSON *doc)
{
    char *text = cJSON_PrintUnformatted(doc);
    cJSON_Delete(doc);
    if (!text)
        return -1;
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
    return 0;
}

int output_sarif(FILE *out, const report *rep)
{
    cJSON *log = cJSON_CreateObject();
    cJSON_AddStringToObject(log, "$schema", SARIF_SCHEMA);
    cJSON_AddStringToObject(log, "version", "2.1.0");
    cJSON *runs = cJSON_AddArrayToObject(log, "runs");
    cJSON *run = cJSON_CreateObject();
    cJSON_AddItemToArray(runs, run);
    cJSON *tool = cJSON_AddObjectToObject(run, "tool");
    cJSON_AddItemToObject(tool, "driver", driver());
    cJSON *results = cJSON_AddArrayToObject(run, "results");
    for (size_t i = 0; i < rep->nentries; i++)
        cJSON_AddItemToArray(results, result(rep, &rep->entries[i]));
    /* cJSON drops items it could not allocate; a short log is an error. */
    if (!results || (size_t)cJSON_GetArraySize(results) != rep->nentries) {
        cJSON_Delete(log);
        return -1;
    }
    return print_json(out, log);
}
