/* `-o text`: one compiler-style line per diagnostic, then a summary line.
 * Colour (severity and position) only when asked for or on a terminal. */
#include "output.h"

#include <string.h>

#define BOLD "\033[1m"
#define RED "\033[1;31m"
#define YELLOW "\033[1;33m"
#define CYAN "\033[1;36m"
#define RESET "\033[0m"

void output_object_label(char *buf, size_t size, const gwapi_diag *d)
{
    if (!d->kind)
        snprintf(buf, size, "%s", "");
    else if (d->ns)
        snprintf(buf, size, "%s %s/%s", d->kind, d->ns, d->name ? d->name : "<unnamed>");
    else
        snprintf(buf, size, "%s %s", d->kind, d->name ? d->name : "<unnamed>");
}

static const char *severity_color(gwapi_severity s)
{
    return s == GWAPI_SEVERITY_ERROR ? RED : s == GWAPI_SEVERITY_WARNING ? YELLOW : CYAN;
}

void output_diag_line(FILE *out, const gwapi_diag *d, bool color)
{
    /* No position for notes about the whole result (file ""). */
    if (*d->pos.file)
        fprintf(out, "%s%s:%u:%u:%s ", color ? BOLD : "", d->pos.file, d->pos.line,
                d->pos.column, color ? RESET : "");
    fprintf(out, "%s%s:%s ", color ? severity_color(d->severity) : "",
            gwapi_severity_str(d->severity), color ? RESET : "");
    if (d->kind) {
        fprintf(out, "%s ", d->kind);
        if (d->ns)
            fprintf(out, "%s/", d->ns);
        fprintf(out, "%s: ", d->name ? d->name : "<unnamed>");
    }
    if (d->path && *d->path)
        fprintf(out, "%s: ", d->path);
    fprintf(out, "%s\n", d->message);
}

static const char *plural(size_t n)
{
    return n == 1 ? "" : "s";
}

int output_text(FILE *out, const report *rep, bool color)
{
    for (size_t i = 0; i < rep->nentries; i++)
        output_diag_line(out, rep->entries[i].diag, color);
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
