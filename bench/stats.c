/* Order statistics over a handful of repetitions. */
#include "stats.h"

#include <stdlib.h>
#include <string.h>

double stats_min(const double *v, size_t n)
{
    double m = v[0];
    for (size_t i = 1; i < n; i++)
        if (v[i] < m)
            m = v[i];
    return m;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double stats_median(const double *v, size_t n)
{
    double s[128];
    if (n > sizeof s / sizeof s[0])
        n = sizeof s / sizeof s[0];
    memcpy(s, v, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
