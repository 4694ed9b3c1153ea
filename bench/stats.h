/* Order statistics over a handful of repetitions. */
#ifndef GWAPI_BENCH_STATS_H
#define GWAPI_BENCH_STATS_H

#include <stddef.h>

double stats_min(const double *v, size_t n);
/* The middle value (the mean of the two middle ones for even n). */
double stats_median(const double *v, size_t n);

#endif
