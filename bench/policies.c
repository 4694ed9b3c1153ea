/* gwapi-bench-policies FILE...: for each manifest, the time of the policy
 * pass alone (model + gw_resolve with policies, minus the same without
 * them, in process CPU time, the machine being shared; the median of 15
 * runs of each after validation), and how many
 * Envoy Gateway policies and routes it resolved. Run on `genmanifest
 * scale --routes 10000 --policies P` (scripts/bench-policies). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <gwapi/gwapi.h>
#include "model/model.h"
#include "resolve/policy.h"

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_value(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    *len = b ? (size_t)n : 0;
    return b;
}

int main(int argc, char **argv)
{
    /* --only full|skip: run one variant only (for instruction counts with
     * perf stat, which the shared machine does not disturb). */
    int only = -1;
    if (argc > 2 && !strcmp(argv[1], "--only")) {
        only = !strcmp(argv[2], "skip");
        argv += 2;
        argc -= 2;
    }
    if (argc < 2) {
        fputs("usage: gwapi-bench-policies [--only full|skip] FILE...\n", stderr);
        return 2;
    }
    printf("%-28s %8s %8s %12s %12s\n", "input", "routes", "policies", "resolve ms", "policies ms");
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *bytes = slurp(argv[i], &len);
        if (!bytes) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            return 2;
        }
        gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
        o.limits.max_input_bytes = (size_t)1 << 30;
        o.limits.max_document_bytes = (size_t)1 << 30;
        gwapi_ctx *ctx = NULL;
        gwapi_input *in = NULL;
        gwapi_result *r = NULL;
        if (gwapi_ctx_new(&ctx, &o) != GWAPI_OK || gwapi_input_new(&in, ctx) != GWAPI_OK ||
            gwapi_input_add(in, argv[i], bytes, len, GWAPI_FORMAT_AUTO) != GWAPI_OK ||
            gwapi_validate(&r, ctx, in) != GWAPI_OK) {
            fprintf(stderr, "cannot validate %s\n", argv[i]);
            return 2;
        }
        double times[2][15];
        size_t nt[2] = { 0, 0 };
        size_t routes = 0, policies = 0;
        for (int run = 0; run < 30; run++) {
            arena a;
            arena_init(&a, NULL);
            gw_model m;
            gw_graph g;
            gw_resolve_options ro = { .skip_policies = only >= 0 ? only == 1 : run % 2 == 1 };
            double t0 = now_ms();
            if (!gw_model_build(&m, &a, r) || !gw_resolve(&g, &a, &m, &ro)) {
                fprintf(stderr, "out of memory\n");
                return 2;
            }
            int slot = ro.skip_policies;
            if (nt[slot] < 15)
                times[slot][nt[slot]++] = now_ms() - t0;
            routes = g.route_count;
            if (!ro.skip_policies)
                policies = g.policies ? g.policies->count : 0;
            arena_free(&a);
        }
        const char *base = strrchr(argv[i], '/');
        qsort(times[0], nt[0], sizeof times[0][0], by_value);
        qsort(times[1], nt[1], sizeof times[1][0], by_value);
        double full = nt[0] ? times[0][nt[0] / 2] : 0, without = nt[1] ? times[1][nt[1] / 2] : 0;
        printf("%-28s %8zu %8zu %12.1f %12.1f\n", base ? base + 1 : argv[i], routes, policies, full,
               full - without);
        gwapi_result_free(r);
        gwapi_input_free(in);
        gwapi_ctx_free(ctx);
        free(bytes);
    }
    return 0;
}
