/* Rule-test harness: a case is one YAML input and the exact set of
 * diagnostic lines the validator must give it. A line is
 * "PATH: MESSAGE" as the API server prints a field error ("MESSAGE" alone
 * for a diagnostic without a path); diagnostics that are not errors read
 * "warning: PATH: MESSAGE". The set is compared as a multiset, since the
 * server's own order of sibling errors is not fixed (tests/oracle/README.md);
 * a case that holds expects no line at all: the object is valid. */
#ifndef GWAPI_RULECASE_H
#define GWAPI_RULECASE_H

#include "testutil.h"

typedef struct tu_case {
    const char *name;        /* what the case shows: the rule id (docs/cel-rules.tsv) */
    const char *yaml;
    const char *const *want; /* the expected lines, NULL-terminated */
    gwapi_channel channel;
    int line;                /* where the case is written, for failures */
} tu_case;

#define TU_LINES_(...) ((const char *const[]){ __VA_ARGS__ })
/* The rule fires: exactly these lines (experimental channel). */
#define TU_FIRES(name, yaml, ...) \
    { name, yaml, TU_LINES_(__VA_ARGS__, NULL), GWAPI_CHANNEL_EXPERIMENTAL, __LINE__ }
/* The rule holds: the object is valid (experimental channel). */
#define TU_HOLDS(name, yaml) { name, yaml, TU_LINES_(NULL), GWAPI_CHANNEL_EXPERIMENTAL, __LINE__ }
/* The same against the standard channel's CRDs. */
#define TU_FIRES_STD(name, yaml, ...) \
    { name, yaml, TU_LINES_(__VA_ARGS__, NULL), GWAPI_CHANNEL_STANDARD, __LINE__ }
#define TU_HOLDS_STD(name, yaml) { name, yaml, TU_LINES_(NULL), GWAPI_CHANNEL_STANDARD, __LINE__ }

/* Validates c->yaml and fails (at file:c->line) unless its diagnostic
 * lines are exactly c->want, listing the missing and the extra lines and
 * then every line it got, as C literals ready to paste. */
void tu_check_case(const char *file, const tu_case *c);
void tu_run_cases(const char *file, const tu_case *cases, size_t n);
#define TU_RUN(cases) tu_run_cases(__FILE__, (cases), sizeof(cases) / sizeof((cases)[0]))

#endif
