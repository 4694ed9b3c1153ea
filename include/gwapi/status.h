/* Return codes of every fallible gwapi call. Codes never change meaning and
 * retired codes are not reused. Problems with the *input* are not statuses:
 * they are diagnostics on the result (see diag.h). */
#ifndef GWAPI_STATUS_H
#define GWAPI_STATUS_H

#include "export.h"

GWAPI_BEGIN_DECLS

typedef enum gwapi_status {
    GWAPI_OK = 0,
    /* An allocation failed; nothing was leaked and out-parameters are NULL. */
    GWAPI_ENOMEM = 1,
    /* A caller error: NULL where a pointer is required, bad option value. */
    GWAPI_EINVAL = 2,
    /* The options struct has a version this library does not know. */
    GWAPI_EVERSION = 3,
    /* An internal invariant failed; please report it. */
    GWAPI_EINTERNAL = 4
} gwapi_status;

/* Static English text for a status; never NULL. */
GWAPI_EXPORT const char *gwapi_status_str(gwapi_status status);

GWAPI_END_DECLS

#endif
