/* `-o apiserver`: for each invalid object, the message a Kubernetes API
 * server answers when the object is created (what `kubectl apply` prints
 * after "error when creating"), one line per object:
 *  - the body fails to decode (Go's JSON decoder, malformed metadata):
 *    `Kind in version "v1" cannot be handled as a Kind: json: ...`;
 *  - unknown or duplicate fields under kubectl's default strict field
 *    validation (400 BadRequest):
 *    `Kind in version "v1" cannot be handled as a Kind: strict decoding error: E1, E2`;
 *  - otherwise the 422 Invalid of apierrors.NewInvalid:
 *    `Kind.group "name" is invalid: ERRS` with ERRS as Go's ToAggregate
 *    prints a field.ErrorList (duplicates merged; one error unbracketed).
 * Problems outside any object (syntax errors) keep their text line. */
#include "output.h"

#include <stdlib.h>
#include <string.h>

/* Writes bytes with control characters escaped as Go's %q escapes them
 * (\n, \x1b, ...; the server's raw bytes would reach the terminal), and
 * with quotes and backslashes escaped too when quoting. */
static void go_escape(FILE *out, const char *s, size_t len, bool quoting)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (quoting && (c == '"' || c == '\\'))
            fprintf(out, "\\%c", c);
        else if (c >= '\a' && c <= '\r')
            fprintf(out, "\\%c", "abtnvfr"[c - '\a']);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
}

static void go_quote(FILE *out, gwapi_str s)
{
    fputc('"', out);
    go_escape(out, s.ptr ? s.ptr : "", s.len, true);
    fputc('"', out);
}

static void put_text(FILE *out, const char *s)
{
    go_escape(out, s, strlen(s), false);
}

static bool is_decode_error(const gwapi_diag *d)
{
    return !strncmp(d->message, "json: ", 6);
}

static bool is_strict_error(const gwapi_diag *d)
{
    return d->code == GWAPI_DIAG_UNKNOWN_FIELD || d->code == GWAPI_DIAG_DUPLICATE_FIELD;
}

/* field.Error.Error(): "PATH: BODY", or BODY alone for the whole object;
 * malloc'ed, NULL when out of memory. */
static char *field_error(const gwapi_diag *d)
{
    size_t mlen = strlen(d->message);
    size_t plen = d->path.len ? d->path.len + 2 : 0;
    char *m = malloc(plen + mlen + 1);
    if (!m)
        return NULL;
    if (plen) {
        memcpy(m, d->path.ptr, d->path.len);
        memcpy(m + d->path.len, ": ", 2);
    }
    memcpy(m + plen, d->message, mlen + 1);
    return m;
}

typedef struct field_msg {
    char *text;
    size_t index;
    bool repeated;
} field_msg;

static int by_text_then_index(const void *a, const void *b)
{
    const field_msg *x = *(const field_msg *const *)a, *y = *(const field_msg *const *)b;
    int c = strcmp(x->text, y->text);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

static int print_aggregate(FILE *out, const gwapi_diag **errs, size_t n)
{
    /* ToAggregate drops repeated messages, keeping the first of each; a
     * sort finds the repeats (an object may have thousands of errors). */
    field_msg *msgs = calloc(n, sizeof *msgs);
    field_msg **sorted = calloc(n, sizeof *sorted);
    int rc = msgs && sorted ? 0 : -1;
    for (size_t i = 0; i < n && !rc; i++) {
        msgs[i] = (field_msg){ field_error(errs[i]), i, false };
        sorted[i] = &msgs[i];
        rc = msgs[i].text ? 0 : -1;
    }
    size_t distinct = 0;
    if (!rc) {
        qsort(sorted, n, sizeof *sorted, by_text_then_index);
        for (size_t i = 1; i < n; i++)
            sorted[i]->repeated = !strcmp(sorted[i]->text, sorted[i - 1]->text);
        for (size_t i = 0; i < n; i++)
            distinct += !msgs[i].repeated;
        if (distinct > 1)
            fputc('[', out);
        for (size_t i = 0, k = 0; i < n; i++)
            if (!msgs[i].repeated)
                {
                fputs(k++ ? ", " : "", out);
                put_text(out, msgs[i].text);
            }
        if (distinct > 1)
            fputc(']', out);
    }
    for (size_t i = 0; msgs && i < n; i++)
        free(msgs[i].text);
    free(msgs);
    free(sorted);
    return rc;
}

static void put(FILE *out, gwapi_str s)
{
    go_escape(out, s.ptr ? s.ptr : "", s.len, false);
}

/* The length of apiVersion's group ("" for the core group, "v1"). */
static size_t group_len(gwapi_str api_version, bool *has_group)
{
    for (size_t i = api_version.len; i > 0; i--)
        if (api_version.ptr[i - 1] == '/') {
            *has_group = true;
            return i - 1;
        }
    *has_group = false;
    return 0;
}

static void cannot_handle(FILE *out, const gwapi_object *o)
{
    bool has_group;
    size_t g = group_len(o->api_version, &has_group);
    size_t v = has_group ? g + 1 : 0;
    put(out, o->kind_name);
    fputs(" in version \"", out);
    go_escape(out, o->api_version.ptr + v, o->api_version.len - v, false);
    fputs("\" cannot be handled as a ", out);
    put(out, o->kind_name);
    fputs(": ", out);
}

static int print_object(FILE *out, const gwapi_object *o, const gwapi_diag **errs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_decode_error(errs[i])) {
            cannot_handle(out, o);
            put_text(out, errs[i]->message);
            fputc('\n', out);
            return 0;
        }
    size_t strict = 0;
    for (size_t i = 0; i < n; i++)
        strict += is_strict_error(errs[i]);
    if (strict) {
        cannot_handle(out, o);
        fputs("strict decoding error: ", out);
        for (size_t i = 0, k = 0; i < n; i++)
            if (is_strict_error(errs[i]))
            {
                fputs(k++ ? ", " : "", out);
                put_text(out, errs[i]->message);
            }
        fputc('\n', out);
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (errs[i]->code == GWAPI_DIAG_UNKNOWN_KIND) {
            /* No such resource: kubectl's mapping error, not a server verdict. */
            put_text(out, errs[i]->message);
            fputc('\n', out);
            return 0;
        }
    bool has_group;
    size_t g = group_len(o->api_version, &has_group);
    put(out, o->kind_name);
    if (has_group) {
        fputc('.', out);
        go_escape(out, o->api_version.ptr, g, false);
    }
    fputc(' ', out);
    go_quote(out, o->meta ? o->meta->name : gwapi_str_of(""));
    fputs(" is invalid: ", out);
    int rc = print_aggregate(out, errs, n);
    fputc('\n', out);
    return rc;
}

int output_apiserver(FILE *out, const report *rep)
{
    const gwapi_diag **errs = calloc(rep->nentries ? rep->nentries : 1, sizeof *errs);
    bool *done = calloc(rep->nobjects ? rep->nobjects : 1, sizeof *done);
    int rc = errs && done ? 0 : -1;
    for (size_t i = 0; i < rep->nentries && !rc; i++) {
        const report_entry *e = &rep->entries[i];
        if (e->diag->severity != GWAPI_SEVERITY_ERROR)
            continue;
        if (e->object == REPORT_NO_OBJECT) {
            rc = output_diag_line(out, rep, e, false);
            continue;
        }
        if (done[e->object])
            continue;
        done[e->object] = true;
        size_t n = 0;
        for (size_t j = i; j < rep->nentries; j++)
            if (rep->entries[j].object == e->object &&
                rep->entries[j].diag->severity == GWAPI_SEVERITY_ERROR)
                errs[n++] = rep->entries[j].diag;
        rc = print_object(out, rep->objects[e->object].obj, errs, n);
    }
    free(errs);
    free(done);
    return rc;
}
