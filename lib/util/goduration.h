/* Go duration strings ("1h30m", "1.5s", "-300ms"), parsed as Go's
 * time.ParseDuration parses them. */
#ifndef GWAPI_GODURATION_H
#define GWAPI_GODURATION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* time.ParseDuration(s) in nanoseconds; false on a syntax error or
 * overflow. */
bool go_parse_duration(const char *s, size_t n, int64_t *out);

#endif
