/* Minimal JSON text writer over strbuf, and the owned-string handoff used
 * by every *_json entry point (released with gwapi_free). */
#ifndef GWAPI_JSON_WRITER_H
#define GWAPI_JSON_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "strbuf.h"

void jw_str(strbuf *b, gwapi_str s);        /* every byte; absent -> null */
bool jw_plain(gwapi_str s);                 /* written as it is between quotes */
void jw_string(strbuf *b, const char *s);   /* NULL -> null */
void jw_key(strbuf *b, const char *key, int *first);

/* Copies b into a string released by gwapi_free (which needs no context:
 * the allocator travels in a hidden header). NULL on allocation failure. */
char *jw_detach(const strbuf *b, size_t *len);

#endif
