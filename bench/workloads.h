/* The measured workloads of the benchmark: each runs one whole operation
 * over one input's bytes, the way a caller would, and reports failure. */
#ifndef GWAPI_BENCH_WORKLOADS_H
#define GWAPI_BENCH_WORKLOADS_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/gwapi.h>

typedef enum bench_format { BENCH_YAML, BENCH_JSON } bench_format;

typedef struct bench_input {
    const char *name;
    const char *bytes;
    size_t len;
    bench_format format;
} bench_input;

/* Allocations made through the counting hooks (gwapi's allocator and
 * cJSON's) since the last reset. */
void bench_count_reset(void);
size_t bench_count_allocs(void);
/* Installs the counting hooks for cJSON (process-wide). */
void bench_count_install(void);
/* Context options with the counting allocator, and limits raised so that a
 * whole benchmark input is one acceptable document (the JSON forms are one
 * List far above the API server's 3 MiB). */
gwapi_ctx_options bench_ctx_options(void);

typedef struct bench_workload {
    const char *name;     /* column heading and --once argument */
    bool (*applies)(const bench_input *in);
    /* Runs once; false on failure (*why says what). */
    bool (*run)(const gwapi_ctx *ctx, const bench_input *in, const char **why);
} bench_workload;

extern const bench_workload bench_workloads[];
extern const size_t bench_nworkloads;

const bench_workload *bench_workload_find(const char *name);

#endif
