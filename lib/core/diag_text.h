/* The text and JSON forms of a diagnostic, shared by validation results
 * and translations. */
#ifndef GWAPI_DIAG_TEXT_H
#define GWAPI_DIAG_TEXT_H

#include <gwapi/diag.h>
#include <gwapi/context.h>
#include "../util/strbuf.h"

/* Appends "[FILE:LINE:COLUMN: ]SEVERITY: [KIND [NS/]NAME: ][PATH: ]MESSAGE"
 * and " (first at [FILE:]LINE:COLUMN)" for a duplicate key. */
void diag_text_format(strbuf *b, const gwapi_diag *d);
/* The same as a string released by gwapi_free. */
gwapi_status diag_text_detach(const gwapi_ctx *ctx, const gwapi_diag *d, char **out, size_t *len);

/* Appends the JSON object {severity, code, kind, namespace, name, path,
 * file, line, column, message, related} (lib/core/result_json.c). */
void diag_json_write(strbuf *b, const gwapi_diag *d);

#endif
