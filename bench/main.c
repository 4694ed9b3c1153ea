/* gwapi-bench: gwapi's stages against the parsers it stands on, over the
 * same bytes, in one run. Each repetition of a workload runs in a child
 * process of its own so that its peak RSS is its own (the input's bytes are
 * in it, the context is not timed); the repetitions of one input's
 * workloads take turns.
 * Prints markdown tables: absolute times, the ratios to the parser's own
 * parse, and between inputs whose names differ only in a size. With
 * --process, also times the command-line tool as a whole process against
 * this program parsing the same file (whole-process figures).
 *
 *   gwapi-bench [--reps N] [--process CLI [--process-only] [--process-runs N]] FILE...
 *   gwapi-bench --once WORKLOAD FILE      one run of one workload */
/* wait4 */
#define _DEFAULT_SOURCE
#include "workloads.h"
#include "stats.h"
#include "process.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_REPS 100

typedef struct measure {
    bool ok;
    size_t reps;
    double ms[MAX_REPS];
    size_t allocs;
    long peak_kib;
    char why[200];
} measure;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static bool read_file(const char *path, bench_input *in)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    size_t cap = 1 << 16, len = 0;
    char *b = malloc(cap);
    size_t n;
    while (b && (n = fread(b + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    bool ok = b && !ferror(f);
    fclose(f);
    if (!ok) {
        free(b);
        return false;
    }
    const char *dot = strrchr(path, '.');
    in->name = path;
    in->bytes = b;
    in->len = len;
    in->format = dot && !strcmp(dot, ".json") ? BENCH_JSON : BENCH_YAML;
    return true;
}

static bool uses_ctx(const bench_workload *w)
{
    return strcmp(w->name, "libyaml") && strcmp(w->name, "cjson");
}

/* In the child: the repetitions, written to fd as one measure. */
static void child_run(int fd, const bench_workload *w, const bench_input *in, size_t reps)
{
    measure m;
    memset(&m, 0, sizeof m);
    gwapi_ctx *ctx = NULL;
    gwapi_ctx_options o = bench_ctx_options();
    const char *why = NULL;
    m.ok = !uses_ctx(w) || gwapi_ctx_new(&ctx, &o) == GWAPI_OK;
    if (!m.ok)
        why = "gwapi_ctx_new failed";
    for (size_t i = 0; m.ok && i < reps; i++) {
        bench_count_reset();
        double t0 = now_ms();
        m.ok = w->run(ctx, in, &why);
        m.ms[i] = now_ms() - t0;
        if (i == 0)
            m.allocs = bench_count_allocs();
        m.reps = i + 1;
    }
    if (why)
        snprintf(m.why, sizeof m.why, "%s", why);
    gwapi_ctx_free(ctx);
    ssize_t n = write(fd, &m, sizeof m);
    _exit(n == (ssize_t)sizeof m ? 0 : 1);
}

static measure measure_one(const bench_workload *w, const bench_input *in, size_t reps)
{
    measure m;
    memset(&m, 0, sizeof m);
    int fds[2];
    if (pipe(fds) != 0) {
        snprintf(m.why, sizeof m.why, "pipe: %s", strerror(errno));
        return m;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        child_run(fds[1], w, in, reps);
    }
    close(fds[1]);
    size_t got = 0;
    ssize_t n;
    while (pid > 0 && got < sizeof m && (n = read(fds[0], (char *)&m + got, sizeof m - got)) > 0)
        got += (size_t)n;
    close(fds[0]);
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 || got != sizeof m) {
        memset(&m, 0, sizeof m);
        snprintf(m.why, sizeof m.why, "child failed (status %d)", status);
        return m;
    }
    m.peak_kib = ru.ru_maxrss;
    return m;
}

/* ---- the tables ------------------------------------------------------------ */

typedef struct row {
    const bench_input *in;
    const bench_workload *w;
    measure m;
    double median, min;
} row;

static const row *find_row(const row *rows, size_t n, const char *input, const char *workload)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(rows[i].in->name, input) && !strcmp(rows[i].w->name, workload) &&
            rows[i].m.ok)
            return &rows[i];
    return NULL;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static void print_times(const row *rows, size_t n, double ctx_ms)
{
    printf("| input | MiB | workload | min ms | median ms | x parser | peak RSS MiB | allocations |\n"
           "|---|---:|---|---:|---:|---:|---:|---:|\n");
    for (size_t i = 0; i < n; i++) {
        const row *r = &rows[i];
        printf("| %s | %.1f | %s ", base_name(r->in->name), r->in->len / 1048576.0, r->w->name);
        if (!r->m.ok) {
            printf("| failed: %s | | | | |\n", r->m.why);
            continue;
        }
        const char *floor = r->in->format == BENCH_JSON ? "cjson" : "libyaml";
        const row *f = find_row(rows, n, r->in->name, floor);
        printf("| %.1f | %.1f ", r->min, r->median);
        if (f && f != r)
            printf("| %.2f ", r->median / f->median);
        else
            printf("| ");
        printf("| %.1f ", r->m.peak_kib / 1024.0);
        if (uses_ctx(r->w) || r->in->format == BENCH_JSON)
            printf("| %zu |\n", r->m.allocs);
        else
            printf("| n/a |\n"); /* libyaml has no allocator hooks */
    }
    printf("\nContext creation (gwapi_ctx_new + gwapi_ctx_free, not in the times above): "
           "%.1f ms median.\n", ctx_ms);
}

/* Inputs whose names differ only in their number: "scale-10000" and
 * "scale-100000" give the cost of the larger one per the smaller one. */
static bool scaled_pair(const char *small, const char *big, double *factor)
{
    const char *a = base_name(small), *b = base_name(big);
    size_t i = 0;
    while (a[i] && a[i] == b[i] && !(a[i] >= '0' && a[i] <= '9'))
        i++;
    char *ea, *eb;
    double na = strtod(a + i, &ea), nb = strtod(b + i, &eb);
    if (ea == a + i || eb == b + i || strcmp(ea, eb) || nb <= na)
        return false;
    *factor = nb / na;
    return true;
}

static void print_scaling(const row *rows, size_t n)
{
    bool header = false;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            const row *s = &rows[i], *b = &rows[j];
            double factor;
            if (strcmp(s->w->name, b->w->name) || !s->m.ok || !b->m.ok ||
                !scaled_pair(s->in->name, b->in->name, &factor) || factor != 10)
                continue;
            if (!header) {
                printf("\n| larger / smaller input | workload | size x | time x (median) |\n"
                       "|---|---|---:|---:|\n");
                header = true;
            }
            printf("| %s / %s | %s | %.1f | %.2f |\n", base_name(b->in->name),
                   base_name(s->in->name), s->w->name, (double)b->in->len / s->in->len,
                   b->median / s->median);
        }
    }
}

static double ctx_creation_ms(size_t reps)
{
    double ms[MAX_REPS];
    gwapi_ctx_options o = bench_ctx_options();
    for (size_t i = 0; i < reps; i++) {
        gwapi_ctx *ctx = NULL;
        double t0 = now_ms();
        if (gwapi_ctx_new(&ctx, &o) != GWAPI_OK)
            return -1;
        gwapi_ctx_free(ctx);
        ms[i] = now_ms() - t0;
    }
    return stats_median(ms, reps);
}

static int usage(void)
{
    fputs("usage: gwapi-bench [--reps N] [--process CLI [--process-only] [--process-runs N]] "
          "FILE...\n"
          "       gwapi-bench --once WORKLOAD FILE\n"
          "FILEs ending in .json are JSON, the rest YAML.\n", stderr);
    return 2;
}

int main(int argc, char **argv)
{
    size_t reps = 5, process_runs = 5;
    const char *once = NULL, *cli = NULL;
    bool process_only = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(argv[i], "--reps") && val)
            reps = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--once") && val)
            once = argv[++i];
        else if (!strcmp(argv[i], "--process") && val)
            cli = argv[++i];
        else if (!strcmp(argv[i], "--process-only"))
            process_only = true;
        else if (!strcmp(argv[i], "--process-runs") && val)
            process_runs = strtoul(argv[++i], NULL, 10);
        else
            return usage();
    }
    if (i >= argc || reps < 1 || reps > MAX_REPS || process_runs < 1 ||
        process_runs > MAX_REPS)
        return usage();
    bench_count_install();

    if (once) {
        const bench_workload *w = bench_workload_find(once);
        bench_input in;
        if (!w || i + 1 != argc)
            return usage();
        if (!read_file(argv[i], &in)) {
            fprintf(stderr, "gwapi-bench: cannot read %s\n", argv[i]);
            return 2;
        }
        gwapi_ctx *ctx = NULL;
        gwapi_ctx_options o = bench_ctx_options();
        const char *why = "gwapi_ctx_new failed";
        bool ok = (!uses_ctx(w) || gwapi_ctx_new(&ctx, &o) == GWAPI_OK) && w->run(ctx, &in, &why);
        gwapi_ctx_free(ctx);
        if (!ok)
            fprintf(stderr, "gwapi-bench: %s\n", why);
        return ok ? 0 : 1;
    }

    size_t ninputs = (size_t)(argc - i);
    bench_input *inputs = calloc(ninputs, sizeof *inputs);
    row *rows = calloc(ninputs * bench_nworkloads, sizeof *rows);
    size_t nrows = 0;
    for (size_t k = 0; k < ninputs; k++) {
        if (!read_file(argv[i + (int)k], &inputs[k])) {
            fprintf(stderr, "gwapi-bench: cannot read %s\n", argv[i + (int)k]);
            return 2;
        }
        size_t first = nrows;
        for (size_t w = 0; w < bench_nworkloads && !process_only; w++) {
            if (!bench_workloads[w].applies(&inputs[k]))
                continue;
            row *r = &rows[nrows++];
            r->in = &inputs[k];
            r->w = &bench_workloads[w];
            r->m.ok = true;
        }
        /* Repetition by repetition, each workload in turn, so that a drift
         * in the machine's speed touches every workload alike. */
        for (size_t rep = 0; rep < reps; rep++) {
            for (size_t j = first; j < nrows; j++) {
                row *r = &rows[j];
                if (!r->m.ok)
                    continue;
                measure one = measure_one(r->w, r->in, 1);
                if (!one.ok) {
                    r->m = one;
                    r->m.ok = false;
                    fprintf(stderr, "  %s %s: %s\n", base_name(r->in->name), r->w->name,
                            one.why);
                    continue;
                }
                r->m.ms[r->m.reps++] = one.ms[0];
                if (rep == 0)
                    r->m.allocs = one.allocs;
                if (one.peak_kib > r->m.peak_kib)
                    r->m.peak_kib = one.peak_kib;
            }
        }
        for (size_t j = first; j < nrows; j++) {
            row *r = &rows[j];
            if (r->m.ok) {
                r->min = stats_min(r->m.ms, r->m.reps);
                r->median = stats_median(r->m.ms, r->m.reps);
            }
        }
        fprintf(stderr, "  %s: done\n", base_name(inputs[k].name));
    }
    if (process_only)
        return cli && process_figures(cli, argv[0], inputs, ninputs, process_runs) ? 0 : 1;
    printf("%zu repetitions of each workload; times in milliseconds; \"x parser\" is the "
           "median over libyaml's event parse (YAML) or cJSON's parse (JSON).\n\n", reps);
    print_times(rows, nrows, ctx_creation_ms(reps));
    print_scaling(rows, nrows);
#if !GWAPI_BENCH_TRANSLATE
    printf("\ntranslate: skipped (the library has no gwapi_translate_json yet).\n");
#endif
    bool all_ok = true;
    for (size_t k = 0; k < nrows; k++)
        all_ok = all_ok && rows[k].m.ok;
    if (cli && !process_figures(cli, argv[0], inputs, ninputs, process_runs))
        all_ok = false;
    return all_ok ? 0 : 1;
}
