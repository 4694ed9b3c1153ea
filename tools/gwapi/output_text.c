/* `-o text`: one compiler-style line per diagnostic, then a summary line.
 * Colour (severity and position) only when asked for or on a terminal. */
#include "output.h"
#include "cli.h"

#include <string.h>

#define BOLD "\033[1m"
#define RED "\033[1;31m"
#define YELLOW "\033[1;33m"
#define CYAN "\033[1;36m"
#define RESET "\033[0m"

void output_object_label(FILE *out, gwapi_str kind, gwapi_str ns, gwapi_str name)
{
    if (!kind.ptr)
        return;
    fwrite(kind.ptr, 1, kind.len, out);
    fputc(' ', out);
    if (ns.ptr) {
        fwrite(ns.ptr, 1, ns.len, out);
        fputc('/', out);
    }
    if (name.ptr)
        fwrite(name.ptr, 1, name.len, out);
    else
        fputs("<unnamed>", out);
}

static const char *severity_color(gwapi_severity s)
{
    return s == GWAPI_SEVERITY_ERROR ? RED : s == GWAPI_SEVERITY_WARNING ? YELLOW : CYAN;
}

char *output_line(const report *rep, const report_entry *e, output_line_parts *parts)
{
    char *line = NULL;
    size_t len = 0;
    if (gwapi_result_diag_text(rep->result, e->index, &line, &len) != GWAPI_OK)
        return NULL;
    const gwapi_diag *d = e->diag;
    const char *sev = gwapi_severity_str(d->severity);
    size_t sev_len = strlen(sev);
    parts->len = len;
    parts->pos_len = 0;
    parts->body = 0;
    if (*d->pos.file) {
        char marker[80];
        snprintf(marker, sizeof marker, ":%u:%u: %s: ", d->pos.line, d->pos.column, sev);
        const char *at = strstr(line, marker);
        if (at) {
            parts->pos_len = (size_t)(at - line) + strlen(marker) - sev_len - 3;
            parts->body = (size_t)(at - line) + strlen(marker);
        }
    } else if (!strncmp(line, sev, sev_len) && !strncmp(line + sev_len, ": ", 2)) {
        parts->body = sev_len + 2;
    }
    return line;
}

int output_diag_line(FILE *out, const report *rep, const report_entry *e, bool color)
{
    output_line_parts p;
    char *line = output_line(rep, e, &p);
    if (!line)
        return -1;
    if (!color || !p.body) {
        fwrite(line, 1, p.len, out);
    } else {
        if (p.pos_len)
            fprintf(out, BOLD "%.*s" RESET " ", (int)p.pos_len, line);
        fprintf(out, "%s%s:" RESET " ", severity_color(e->diag->severity),
                gwapi_severity_str(e->diag->severity));
        fwrite(line + p.body, 1, p.len - p.body, out);
    }
    fputc('\n', out);
    gwapi_free(line);
    return 0;
}

static const char *plural(size_t n)
{
    return n == 1 ? "" : "s";
}

int output_text(FILE *out, const report *rep, bool color)
{
    for (size_t i = 0; i < rep->nentries; i++)
        if (output_diag_line(out, rep, &rep->entries[i], color))
            return -1;
    if (rep->opts->quiet)
        return 0;
    size_t objects = rep->valid + rep->invalid;
    fprintf(out, "%zu object%s: %zu error%s, %zu warning%s", objects, plural(objects),
            rep->errors, plural(rep->errors), rep->warnings, plural(rep->warnings));
    if (rep->skipped)
        fprintf(out, ", %zu skipped", rep->skipped);
    if (rep->unreadable)
        fprintf(out, ", %zu unreadable file%s", rep->unreadable, plural(rep->unreadable));
    if (rep->omitted)
        fprintf(out, " (%zu diagnostic%s not shown)", rep->omitted, plural(rep->omitted));
    fputc('\n', out);
    return 0;
}

void cli_print_diags(FILE *out, const gwapi_result *r)
{
    size_t n = gwapi_result_diag_count(r);
    for (size_t i = 0; i < n; i++) {
        char *line = NULL;
        size_t len = 0;
        gwapi_status st = gwapi_result_diag_text(r, i, &line, &len);
        if (st == GWAPI_OK) {
            fwrite(line, 1, len, out);
            fputc('\n', out);
        } else {
            fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
        }
        gwapi_free(line);
    }
}

void cli_print_translation_diags(FILE *out, const gwapi_translation *t)
{
    if (!t)
        return;
    cli_print_diags(out, gwapi_translation_result(t));
    for (size_t d = 0; d < gwapi_translation_diag_count(t); d++) {
        char *line = NULL;
        size_t len = 0;
        if (gwapi_translation_diag_text(t, d, &line, &len) == GWAPI_OK) {
            fwrite(line, 1, len, out);
            fputc('\n', out);
        }
        gwapi_free(line);
    }
}
