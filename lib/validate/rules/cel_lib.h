/* Functions of CEL's standard and Kubernetes libraries that several rule
 * files need, with the semantics the API server's CEL runtime gives them. */
#ifndef GWAPI_CEL_LIB_H
#define GWAPI_CEL_LIB_H

#include <stdbool.h>
#include <stdint.h>

/* CEL duration(): Go's time.ParseDuration, in nanoseconds; false on a
 * syntax error or overflow. */
bool cel_parse_duration(const char *s, int64_t *out);

#endif
