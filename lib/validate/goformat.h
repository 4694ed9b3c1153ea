/* Go's fmt renderings that the API server's messages embed: strconv.Quote
 * for strings, %v for numbers, %#v for interface{} values (maps and
 * slices), and the field.Error "BadValue" rule that picks between them. */
#ifndef GWAPI_GOFORMAT_H
#define GWAPI_GOFORMAT_H

#include <stddef.h>
#include <stdint.h>
#include <gwapi/value.h>
#include "../util/strbuf.h"

/* strconv.Quote(s). */
void gofmt_quote(strbuf *b, const char *s, size_t len);
/* %v of an int64 / float64. */
void gofmt_int(strbuf *b, int64_t v);
void gofmt_float(strbuf *b, double v);
/* %#v of a decoded JSON value held in an interface{}. */
void gofmt_sharp_v(strbuf *b, const gwapi_value *v);
/* How field.Error prints its BadValue: strings quoted, numbers and bools
 * with %v, null as "null", containers with %#v. */
void gofmt_bad_value(strbuf *b, const gwapi_value *v);

#endif
