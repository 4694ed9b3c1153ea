/* Go's RFC 3339 time parsing (time.Parse with time.RFC3339), shared by
 * metadata decoding, the date-time format and, later, creation-time
 * ordering in resolution. */
#ifndef GWAPI_GOTIME_H
#define GWAPI_GOTIME_H

#include <stdbool.h>
#include <stdint.h>
#include <gwapi/str.h>
#include "strbuf.h"

/* time.Parse(time.RFC3339, s), as metav1.Time.UnmarshalJSON calls it:
 * false with Go's *time.ParseError text appended to err (may be NULL);
 * on success the time in Unix seconds goes to *unix_out (may be NULL). */
bool go_parse_rfc3339(gwapi_str s, strbuf *err, int64_t *unix_out);

/* Days in month (1..12) of year, proleptic Gregorian. */
int go_days_in(int month, int year);
/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil). */
int64_t go_days_from_civil(int64_t y, unsigned m, unsigned d);

/* A UTC instant as Go's time.Time String() prints it:
 * "2006-01-02 15:04:05 +0000 UTC" (years 0..9999; out needs 48 bytes). */
void go_format_utc(int64_t unix_secs, char out[48]);

#endif
