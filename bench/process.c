/* Whole-process figures: fork, exec, wait, with the wall time around it and
 * the child's peak RSS from the kernel's accounting. */
/* wait4 */
#define _DEFAULT_SOURCE
#include "process.h"
#include "stats.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_RUNS 100

typedef struct run {
    double ms;
    long peak_kib;
    int exit_code;  /* -1: did not start or was killed */
} run;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static run spawn(char *const argv[])
{
    run r = { 0, 0, -1 };
    fflush(stdout);
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
        return r;
    r.ms = now_ms() - t0;
    r.peak_kib = ru.ru_maxrss;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

bool process_figures(const char *cli, const char *self, const bench_input *inputs, size_t n,
                     size_t runs)
{
    if (runs > MAX_RUNS)
        runs = MAX_RUNS;
    printf("\nWhole-process figures: `gwapi validate FILE` against this program's "
           "`--once libyaml|cjson FILE`, alternately, %zu runs each after one warm-up; "
           "ratio = median of the run-by-run ratios.\n\n"
           "| input | gwapi validate median ms (min) | parser median ms (min) | ratio | "
           "peak RSS MiB | exit |\n|---|---:|---:|---:|---:|---:|\n", runs);
    bool ok = true;
    for (size_t k = 0; k < n; k++) {
        const bench_input *in = &inputs[k];
        char *a[] = { (char *)cli, "validate", (char *)in->name, NULL };
        char *b[] = { (char *)self, "--once",
                      in->format == BENCH_JSON ? "cjson" : "libyaml", (char *)in->name, NULL };
        double ams[MAX_RUNS], bms[MAX_RUNS], ratio[MAX_RUNS];
        long peak = 0;
        int code = 0;
        spawn(a);
        spawn(b);
        for (size_t i = 0; i < runs; i++) {
            run ra = spawn(a), rb = spawn(b);
            if (ra.exit_code < 0 || rb.exit_code != 0) {
                ok = false;
                code = ra.exit_code < 0 ? ra.exit_code : 127;
                runs = i;
                break;
            }
            ams[i] = ra.ms;
            bms[i] = rb.ms;
            ratio[i] = ra.ms / rb.ms;
            if (ra.peak_kib > peak)
                peak = ra.peak_kib;
            if (ra.exit_code)
                code = ra.exit_code;
        }
        if (!runs) {
            printf("| %s | failed to run | | | | %d |\n", base_name(in->name), code);
            continue;
        }
        printf("| %s | %.1f (%.1f) | %.1f (%.1f) | ", base_name(in->name),
               stats_median(ams, runs), stats_min(ams, runs), stats_median(bms, runs),
               stats_min(bms, runs));
        if (code) /* a refused input (a limit, say) is no comparison */
            printf("n/a ");
        else
            printf("%.2f ", stats_median(ratio, runs));
        printf("| %.1f | %d |\n", peak / 1024.0, code);
    }
    return ok;
}
