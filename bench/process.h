/* Whole-process figures: the command-line tool timed from outside, start-up
 * and context creation included, paired run by run with this program doing
 * the parser's own parse of the same file. */
#ifndef GWAPI_BENCH_PROCESS_H
#define GWAPI_BENCH_PROCESS_H

#include <stdbool.h>
#include "workloads.h"

/* cli validates each input, self (this program) runs `--once libyaml|cjson`
 * on it, alternately, runs times each after one warm-up. Prints a table;
 * false if a process could not be started. */
bool process_figures(const char *cli, const char *self, const bench_input *inputs, size_t n,
                     size_t runs);

#endif
