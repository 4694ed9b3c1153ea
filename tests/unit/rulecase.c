/* Rule-test harness (rulecase.h): exact diagnostic lines per case. */
#include "rulecase.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The line of diagnostic d (see rulecase.h); a NUL in the path reads \x00.
 * Caller frees. */
static char *diag_line(const gwapi_diag *d)
{
    const char *sev = d->severity == GWAPI_SEVERITY_ERROR ? "" : gwapi_severity_str(d->severity);
    size_t cap = strlen(sev) + 2 + d->path.len * 4 + 2 + strlen(d->message) + 1;
    char *s = malloc(cap);
    assert_non_null(s);
    size_t n = 0;
    if (*sev)
        n += (size_t)snprintf(s + n, cap - n, "%s: ", sev);
    for (size_t i = 0; i < d->path.len; i++) {
        if (d->path.ptr[i] == '\0')
            n += (size_t)snprintf(s + n, cap - n, "\\x00");
        else
            s[n++] = d->path.ptr[i];
    }
    if (d->path.len)
        n += (size_t)snprintf(s + n, cap - n, ": ");
    snprintf(s + n, cap - n, "%s", d->message);
    return s;
}

static int line_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Prints s as one C string literal. */
static void print_literal(const char *s)
{
    print_error("    \"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            print_error("\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f)
            print_error("\\%03o", *p);
        else
            print_error("%c", *p);
    }
    print_error("\",\n");
}

void tu_check_case(const char *file, const tu_case *c)
{
    gwapi_result *r = tu_validate(c->yaml, c->channel);
    size_t ngot = gwapi_result_diag_count(r), nwant = 0;
    while (c->want[nwant])
        nwant++;
    char **got = calloc(ngot + 1, sizeof *got);
    const char **want = calloc(nwant + 1, sizeof *want);
    assert_true(got && want);
    for (size_t i = 0; i < ngot; i++)
        got[i] = diag_line(gwapi_result_diag(r, i));
    memcpy(want, c->want, nwant * sizeof *want);
    qsort(got, ngot, sizeof *got, line_cmp);
    qsort(want, nwant, sizeof *want, line_cmp);

    /* Walk the two sorted lists: what only want has is missing, what only
     * got has is extra. */
    bool same = true;
    for (size_t i = 0, j = 0; i < nwant || j < ngot;) {
        int cmp = i == nwant ? 1 : j == ngot ? -1 : strcmp(want[i], got[j]);
        if (cmp == 0) {
            i++, j++;
            continue;
        }
        if (same)
            print_error("%s:%d: case %s (%s channel):\n", file, c->line, c->name,
                        c->channel == GWAPI_CHANNEL_STANDARD ? "standard" : "experimental");
        same = false;
        if (cmp < 0)
            print_error("  missing: %s\n", want[i++]);
        else
            print_error("  extra:   %s\n", got[j++]);
    }
    if (!same) {
        print_error("  got (%zu lines):\n", ngot);
        for (size_t i = 0; i < ngot; i++)
            print_literal(got[i]);
    }
    for (size_t i = 0; i < ngot; i++)
        free(got[i]);
    free(got);
    free(want);
    tu_free(r);
    if (!same)
        _fail(file, c->line);
}

void tu_run_cases(const char *file, const tu_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        tu_check_case(file, &cases[i]);
}
