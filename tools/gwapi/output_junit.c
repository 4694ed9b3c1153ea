/* `-o junit`: JUnit XML as CI servers read it. One <testsuite> per input
 * file, one <testcase> per object (a <failure> listing its errors, or
 * <skipped/> under --skip-kinds / --ignore-unknown-kinds), and one
 * <testcase> with an <error> for each problem outside any object (syntax
 * errors, documents that are not objects). */
#include "output.h"

#include <stdlib.h>
#include <string.h>

/* XML 1.0 character data: markup characters as entities; control
 * characters XML cannot carry at all are written as \xNN. */
static void xml_text(FILE *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&apos;", out); break;
        default:
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
                fprintf(out, "\\x%02x", c);
            else
                fputc(c, out);
        }
    }
}

static void xml_str(FILE *out, const char *s)
{
    xml_text(out, s, strlen(s));
}

static const char *entry_file(const report *rep, const report_entry *e)
{
    return e->object == REPORT_NO_OBJECT ? e->diag->pos.file : rep->objects[e->object].file;
}

static const char *object_file(const report_object *ro)
{
    return ro->file;
}

/* "Kind ns/name" of an object, XML-escaped. */
static int object_name(FILE *out, const gwapi_object *o)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return -1;
    gwapi_str none = gwapi_str_of(NULL);
    output_object_label(m, o->kind_name, o->meta ? o->meta->ns : none,
                        o->meta ? o->meta->name : none);
    if (fclose(m))
        return -1;
    xml_text(out, buf, len);
    free(buf);
    return 0;
}

/* Text lines of the object's entries of the given severity, XML-escaped. */
static int object_lines(FILE *out, const report *rep, size_t object, gwapi_severity sev)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return -1;
    for (size_t i = 0; i < rep->nentries; i++)
        if (rep->entries[i].object == object && rep->entries[i].diag->severity == sev &&
            output_diag_line(m, rep, &rep->entries[i], false))
            break;
    if (fclose(m))
        return -1;
    xml_text(out, buf, len);
    free(buf);
    return 0;
}

static int testcase(FILE *out, const report *rep, size_t i)
{
    const report_object *ro = &rep->objects[i];
    fputs("    <testcase name=\"", out);
    if (object_name(out, ro->obj))
        return -1;
    fputs("\" classname=\"", out);
    xml_str(out, object_file(ro));
    fputs("\">\n", out);
    int rc = 0;
    if (ro->skipped) {
        fputs("      <skipped/>\n", out);
    } else if (ro->invalid) {
        fprintf(out, "      <failure type=\"invalid\" message=\"%zu error%s\">", ro->errors,
                ro->errors == 1 ? "" : "s");
        rc = object_lines(out, rep, i, GWAPI_SEVERITY_ERROR);
        fputs("</failure>\n", out);
    }
    if (!rc && ro->warnings && !ro->skipped && !rep->opts->quiet) {
        fputs("      <system-out>", out);
        rc = object_lines(out, rep, i, GWAPI_SEVERITY_WARNING);
        fputs("</system-out>\n", out);
    }
    fputs("    </testcase>\n", out);
    return rc;
}

static int file_error(FILE *out, const report_entry *e)
{
    const gwapi_diag *d = e->diag;
    char name[64];
    snprintf(name, sizeof name, "document at line %u", d->pos.line);
    fputs("    <testcase name=\"", out);
    xml_str(out, name);
    fputs("\" classname=\"", out);
    xml_str(out, d->pos.file);
    fputs("\">\n      <error type=\"", out);
    xml_str(out, gwapi_diag_code_str(d->code));
    fputs("\" message=\"", out);
    xml_str(out, d->message);
    fputs("\"/>\n    </testcase>\n", out);
    return 0;
}

typedef struct suite {
    const char *file;
    size_t tests, failures, errors, skipped;
} suite;

static suite *suite_for(suite *suites, size_t *n, const char *file)
{
    for (size_t i = 0; i < *n; i++)
        if (!strcmp(suites[i].file, file))
            return &suites[i];
    suites[*n] = (suite){ file, 0, 0, 0, 0 };
    return &suites[(*n)++];
}

int output_junit(FILE *out, const report *rep)
{
    suite *suites = calloc(rep->nobjects + rep->nentries + 1, sizeof *suites);
    if (!suites)
        return -1;
    size_t nsuites = 0;
    suite total = { NULL, 0, 0, 0, 0 };
    /* Suites in order of first appearance; objects and loose errors both
     * appear in input order, so one pass over each keeps that order. */
    for (size_t i = 0; i < rep->nobjects; i++) {
        const report_object *ro = &rep->objects[i];
        suite *s = suite_for(suites, &nsuites, object_file(ro));
        s->tests++;
        s->skipped += ro->skipped;
        s->failures += ro->invalid;
    }
    for (size_t i = 0; i < rep->nentries; i++) {
        const report_entry *e = &rep->entries[i];
        if (e->object != REPORT_NO_OBJECT || e->diag->severity != GWAPI_SEVERITY_ERROR)
            continue;
        suite *s = suite_for(suites, &nsuites, entry_file(rep, e));
        s->tests++;
        s->errors++;
    }
    for (size_t i = 0; i < nsuites; i++) {
        total.tests += suites[i].tests;
        total.failures += suites[i].failures;
        total.errors += suites[i].errors;
        total.skipped += suites[i].skipped;
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
    fprintf(out, "<testsuites name=\"gwapi validate\" tests=\"%zu\" failures=\"%zu\" "
                 "errors=\"%zu\" skipped=\"%zu\">\n",
            total.tests, total.failures, total.errors, total.skipped);
    int rc = 0;
    for (size_t s = 0; s < nsuites && !rc; s++) {
        fputs("  <testsuite name=\"", out);
        xml_str(out, suites[s].file);
        fprintf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"%zu\">\n",
                suites[s].tests, suites[s].failures, suites[s].errors, suites[s].skipped);
        for (size_t i = 0; i < rep->nobjects && !rc; i++)
            if (!strcmp(object_file(&rep->objects[i]), suites[s].file))
                rc = testcase(out, rep, i);
        for (size_t i = 0; i < rep->nentries && !rc; i++) {
            const report_entry *e = &rep->entries[i];
            if (e->object == REPORT_NO_OBJECT && e->diag->severity == GWAPI_SEVERITY_ERROR &&
                !strcmp(entry_file(rep, e), suites[s].file))
                rc = file_error(out, e);
        }
        fputs("  </testsuite>\n", out);
    }
    fputs("</testsuites>\n", out);
    free(suites);
    return rc;
}
