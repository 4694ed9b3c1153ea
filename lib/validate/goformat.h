/* Go's fmt renderings that the API server's messages embed (strconv.Quote
 * for strings is goquote_quote), %v for numbers, %#v for interface{} values (maps and
 * slices), and the field.Error "BadValue" rule that picks between them. */
#ifndef GWAPI_GOFORMAT_H
#define GWAPI_GOFORMAT_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <gwapi/value.h>
#include "../util/strbuf.h"
#include "../util/goquote.h"

/* %v of an int64 / float64. */
void gofmt_int(strbuf *b, int64_t v);
void gofmt_float(strbuf *b, double v);
/* How field.Error prints its BadValue: strings quoted, numbers and bools
 * with %v, null as "null", containers as json.Marshal writes them. */
void gofmt_bad_value(strbuf *b, const gwapi_value *v);
/* encoding/json renderings: a float, a string, a whole value. */
void gofmt_json_float(strbuf *b, double v);
void gofmt_json_string(strbuf *b, const char *s, size_t len);
void gofmt_json(strbuf *b, const gwapi_value *v);
/* The value after the API server's pruning against schema s (NULL: no
 * schema), as json.Marshal / field.Error show it. */
struct gw_schema;
void gofmt_json_pruned(strbuf *b, const gwapi_value *v, const struct gw_schema *s);
void gofmt_bad_value_pruned(strbuf *b, const gwapi_value *v, const struct gw_schema *s);

#endif
