/* Functions of CEL's standard and Kubernetes libraries that several rule
 * files need, with the semantics the API server's CEL runtime gives them. */
#ifndef GWAPI_CEL_LIB_H
#define GWAPI_CEL_LIB_H

#include <stdbool.h>
#include <stdint.h>

/* CEL duration(): Go's time.ParseDuration, in nanoseconds; false on a
 * syntax error or overflow. */
bool cel_parse_duration(const char *s, int64_t *out);

/* The CEL runtime errors the rules can hit, worded as cel-go words them
 * (for rule_eval_error). duration() of a string time.ParseDuration rejects: */
#define CEL_ERR_DURATION "type conversion error from 'string' to 'google.protobuf.Duration'"
/* Selecting an absent field without has(): "no such key: <field>". */
#define CEL_ERR_NO_SUCH_KEY(field) "no such key: " field

#endif
