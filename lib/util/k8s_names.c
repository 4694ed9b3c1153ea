/* Kubernetes name rules (k8s.io/apimachinery/pkg/util/validation and
 * pkg/api/validate/content) with the API server's messages. */
#include "k8s_names.h"

#include <stdbool.h>
#include <string.h>

static bool is_alnum_lower(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static bool dns1123_label_ok(const char *s, size_t n)
{
    if (n == 0 || !is_alnum_lower(s[0]) || !is_alnum_lower(s[n - 1]))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!is_alnum_lower(s[i]) && s[i] != '-')
            return false;
    return true;
}

static bool dns1123_subdomain_ok(const char *s, size_t n)
{
    if (n == 0)
        return false;
    const char *p = s, *end = s + n;
    for (;;) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        size_t len = dot ? (size_t)(dot - p) : (size_t)(end - p);
        if (!dns1123_label_ok(p, len))
            return false;
        if (!dot)
            return true;
        p = dot + 1;
    }
}

#define DNS1123_LABEL_MSG                                                                     \
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', " \
    "and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', " \
    "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
#define DNS1123_SUBDOMAIN_MSG                                                                 \
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' " \
    "or '.', and must start and end with an alphanumeric character (e.g. 'example.com', "    \
    "regex used for validation is "                                                          \
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
#define LABEL_KEY_MSG                                                                         \
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with " \
    "an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used "    \
    "for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
#define LABEL_VALUE_MSG                                                                       \
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' " \
    "or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "    \
    "'my_value',  or '12345', regex used for validation is "                                 \
    "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"

size_t k8s_dns1123_label_errors(const char *s, size_t n, const char *msgs[2])
{
    size_t k = 0;
    if (n > 63)
        msgs[k++] = "must be no more than 63 characters";
    if (!dns1123_label_ok(s, n))
        msgs[k++] = dns1123_subdomain_ok(s, n) ? "must not contain dots" : DNS1123_LABEL_MSG;
    return k;
}

/* IsDNS1123Subdomain; bytes selects content.MaxLenError ("bytes") over
 * util/validation's ("characters"). */
static size_t subdomain_errors(const char *s, size_t n, bool bytes, const char *msgs[2])
{
    size_t k = 0;
    if (n > 253)
        msgs[k++] = bytes ? "must be no more than 253 bytes" : "must be no more than 253 characters";
    if (!dns1123_subdomain_ok(s, n))
        msgs[k++] = DNS1123_SUBDOMAIN_MSG;
    return k;
}

size_t k8s_dns1123_subdomain_errors(const char *s, size_t n, const char *msgs[2])
{
    return subdomain_errors(s, n, false, msgs);
}

static bool label_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool label_name_ok(const char *s, size_t n)
{
    if (n == 0 || !label_key_char(s[0]) || !label_key_char(s[n - 1]))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!label_key_char(s[i]) && s[i] != '-' && s[i] != '_' && s[i] != '.')
            return false;
    return true;
}

size_t k8s_qualified_name_errors(const char *s, size_t n, const char *msgs[4])
{
    size_t k = 0;
    const char *slash = memchr(s, '/', n);
    const char *name = s;
    size_t nlen = n;
    if (slash) {
        if (memchr(slash + 1, '/', n - (size_t)(slash - s) - 1)) {
            msgs[0] = "a valid label key " LABEL_KEY_MSG
                      " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
            return 1;
        }
        size_t plen = (size_t)(slash - s);
        if (plen == 0) {
            msgs[k++] = "prefix part must be non-empty";
        } else {
            if (plen > 253)
                msgs[k++] = "prefix part must be no more than 253 bytes";
            if (!dns1123_subdomain_ok(s, plen))
                msgs[k++] = "prefix part " DNS1123_SUBDOMAIN_MSG;
        }
        name = slash + 1;
        nlen = n - plen - 1;
    }
    if (nlen == 0)
        msgs[k++] = "name part must be non-empty";
    else if (nlen > 63)
        msgs[k++] = "name part must be no more than 63 bytes";
    if (!label_name_ok(name, nlen))
        msgs[k++] = "name part " LABEL_KEY_MSG;
    return k;
}

size_t k8s_label_value_errors(const char *s, size_t n, const char *msgs[2])
{
    size_t k = 0;
    if (n > 63)
        msgs[k++] = "must be no more than 63 bytes";
    if (n && !label_name_ok(s, n))
        msgs[k++] = LABEL_VALUE_MSG;
    return k;
}
