/* The one text form of a diagnostic (gwapi_result_diag_text and the
 * translation's diagnostics share it). */
#ifndef GWAPI_DIAG_TEXT_H
#define GWAPI_DIAG_TEXT_H

#include <gwapi/diag.h>
#include <gwapi/context.h>
#include "../util/strbuf.h"

/* Appends "FILE:LINE:COLUMN: SEVERITY: [KIND [NS/]NAME: ][PATH: ]MESSAGE". */
void diag_text_format(strbuf *b, const gwapi_diag *d);
/* The same as a string released by gwapi_free. */
gwapi_status diag_text_detach(const gwapi_ctx *ctx, const gwapi_diag *d, char **out, size_t *len);

#endif
