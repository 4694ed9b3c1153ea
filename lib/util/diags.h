/* The diagnostics list of a result: append-only, arena-backed, capped at the
 * context's max_diagnostics (the overflow is counted and reported once). */
#ifndef GWAPI_DIAGS_H
#define GWAPI_DIAGS_H

#include <stdarg.h>
#include <gwapi/diag.h>
#include "arena.h"

/* The object a diagnostic belongs to; all members may be absent. */
typedef struct diag_obj {
    gwapi_str kind;
    gwapi_str ns;
    gwapi_str name;
} diag_obj;

typedef struct diag_list {
    arena *a;
    gwapi_diag *items;
    size_t count;
    size_t cap;
    size_t max;      /* cap on stored diagnostics */
    size_t dropped;  /* diagnostics past max */
    size_t errors;   /* stored or dropped, severity error */
} diag_list;

void diag_list_init(diag_list *d, arena *a, size_t max);

/* Appends one diagnostic; strings are copied into the arena. path may be
 * NULL (stored as ""). Returns the stored diagnostic or NULL when capped
 * or out of memory (arena->failed tells which). */
gwapi_diag *diag_add(diag_list *d, gwapi_severity sev, gwapi_diag_code code,
                     const diag_obj *obj, const char *path, gwapi_pos pos,
                     const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
/* As diag_add with a path of any bytes (absent: ""). */
gwapi_diag *diag_addv(diag_list *d, gwapi_severity sev, gwapi_diag_code code,
                      const diag_obj *obj, gwapi_str path, gwapi_pos pos,
                      const char *fmt, va_list ap);

/* Appends the "N more diagnostics were dropped" note if any were. */
void diag_list_finish(diag_list *d);

#endif
