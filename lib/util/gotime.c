/* Go's time.Parse(time.RFC3339, s), as metav1.Time.UnmarshalJSON and
 * kube-openapi's date-time format call it, with Go's error wording; every
 * byte of the text counts (a NUL is data). */
#include "gotime.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Go's time.quote: non-ASCII and control bytes as \xNN. */
static void time_quote(strbuf *b, const char *s, const char *end)
{
    static const char hex[] = "0123456789abcdef";
    strbuf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; p < (const unsigned char *)end; p++) {
        if (*p >= 0x80 || *p < ' ') {
            strbuf_puts(b, "\\x");
            strbuf_putc(b, hex[*p >> 4]);
            strbuf_putc(b, hex[*p & 15]);
        } else {
            if (*p == '"' || *p == '\\')
                strbuf_putc(b, '\\');
            strbuf_putc(b, (char)*p);
        }
    }
    strbuf_putc(b, '"');
}

static bool is_digit_at(const char *s, const char *end, size_t i)
{
    return (size_t)(end - s) > i && isdigit((unsigned char)s[i]);
}

/* time.getnum: one or two digits (exactly two when fixed). */
static bool getnum(const char **s, const char *end, bool fixed, int *out)
{
    const char *p = *s;
    if (!is_digit_at(p, end, 0))
        return false;
    if (!is_digit_at(p, end, 1)) {
        if (fixed)
            return false;
        *out = p[0] - '0';
        *s = p + 1;
        return true;
    }
    *out = (p[0] - '0') * 10 + (p[1] - '0');
    *s = p + 2;
    return true;
}

int go_days_in(int month, int year)
{
    static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return d[month - 1];
}

int64_t go_days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static bool parse_time(gwapi_str value, strbuf *err, int64_t *unix_out);

bool go_parse_rfc3339(gwapi_str value, strbuf *err, int64_t *unix_out)
{
    if (err)
        return parse_time(value, err, unix_out);
    /* A failed buffer takes no text and allocates nothing. */
    strbuf sink;
    strbuf_init(&sink, NULL);
    sink.failed = true;
    return parse_time(value, &sink, unix_out);
}

static bool parse_time(gwapi_str text, strbuf *err, int64_t *unix_out)
{
    const char *value = text.ptr ? text.ptr : "", *end = value + text.len;
    static const char layout[] = "2006-01-02T15:04:05Z07:00";
    /* layout chunks: literal prefix (or 0), then the std element */
    static const struct { char prefix; const char *std; } chunks[] = {
        { 0, "2006" }, { '-', "01" }, { '-', "02" }, { 'T', "15" },
        { ':', "04" }, { ':', "05" }, { 0, "Z07:00" },
    };
    const char *v = value;
    int year = 0, month = 0, day = 0, hour = 0, min = 0, sec = 0;
    int64_t offset = 0;
    const char *range = NULL;
    for (size_t c = 0; c < sizeof chunks / sizeof *chunks; c++) {
        if (chunks[c].prefix) {
            if (v == end || *v != chunks[c].prefix) {
                strbuf_puts(err, "parsing time ");
                time_quote(err, value, end);
                strbuf_printf(err, " as \"%s\": cannot parse ", layout);
                time_quote(err, v, end);
                strbuf_printf(err, " as \"%c\"", chunks[c].prefix);
                return false;
            }
            v++;
        }
        const char *hold = v;
        bool ok = true;
        switch (c) {
        case 0:
            if (end - v < 4 || !isdigit((unsigned char)v[0]))
                ok = false;
            else {
                for (int i = 0; i < 4; i++)
                    ok = ok && isdigit((unsigned char)v[i]);
                if (ok)
                    year = atoi((char[5]){ v[0], v[1], v[2], v[3], 0 });
                v += 4;
            }
            break;
        case 1:
            ok = getnum(&v, end, true, &month);
            if (ok && (month <= 0 || month > 12))
                range = "month";
            break;
        case 2:
            ok = getnum(&v, end, true, &day);
            break;
        case 3:
            ok = getnum(&v, end, false, &hour);
            if (ok && hour >= 24)
                range = "hour";
            break;
        case 4:
            ok = getnum(&v, end, true, &min);
            if (ok && min >= 60)
                range = "minute";
            break;
        case 5:
            ok = getnum(&v, end, true, &sec);
            if (!ok)
                break;
            if (sec >= 60) {
                range = "second";
                break;
            }
            if (end - v >= 2 && (v[0] == '.' || v[0] == ',') && isdigit((unsigned char)v[1])) {
                v += 2;
                while (v < end && isdigit((unsigned char)*v))
                    v++;
            }
            break;
        case 6:
            if (v < end && v[0] == 'Z') {
                v++;
                break;
            }
            if (end - v < 6 || v[3] != ':') {
                ok = false;
                break;
            }
            {
                const char *h = v + 1, *m = v + 4;
                int hr = 0, mm = 0;
                ok = getnum(&h, end, true, &hr) && getnum(&m, end, true, &mm);
                if (hr > 24)
                    range = "time zone offset hour";
                if (mm > 60)
                    range = "time zone offset minute";
                if (v[0] != '+' && v[0] != '-')
                    ok = false;
                offset = (int64_t)(hr * 3600 + mm * 60) * (v[0] == '-' ? -1 : 1);
                v += 6;
            }
            break;
        }
        if (range) {
            strbuf_puts(err, "parsing time ");
            time_quote(err, value, end);
            strbuf_printf(err, ": %s out of range", range);
            return false;
        }
        if (!ok) {
            strbuf_puts(err, "parsing time ");
            time_quote(err, value, end);
            strbuf_printf(err, " as \"%s\": cannot parse ", layout);
            time_quote(err, hold, end);
            strbuf_printf(err, " as \"%s\"", chunks[c].std);
            return false;
        }
    }
    if (v != end) {
        strbuf_puts(err, "parsing time ");
        time_quote(err, value, end);
        strbuf_puts(err, ": extra text: ");
        time_quote(err, v, end);
        return false;
    }
    if (day < 1 || day > go_days_in(month, year)) {
        strbuf_puts(err, "parsing time ");
        time_quote(err, value, end);
        strbuf_puts(err, ": day out of range");
        return false;
    }
    if (unix_out)
        *unix_out = go_days_from_civil(year, (unsigned)month, (unsigned)day) * 86400 +
                    hour * 3600 + min * 60 + sec - offset;
    return true;
}

void go_format_utc(int64_t t, char out[48])
{
    int64_t days = t / 86400, rem = t % 86400;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    /* civil_from_days (Howard Hinnant) */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = (int64_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    if (y < 0)
        y = 0;
    if (y > 9999)
        y = 9999;
    snprintf(out, 48, "%04d-%02u-%02u %02u:%02u:%02u +0000 UTC", (int)y, m, d, (unsigned)(rem / 3600),
             (unsigned)(rem / 60 % 60), (unsigned)(rem % 60));
}
