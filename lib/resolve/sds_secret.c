/* An SDS reference Secret (type gateway.envoyproxy.io/sds), checked as
 * Envoy Gateway checks it: data.url and data.secretName are present and
 * the URL, parsed as Go's net/url parses it, has the unix scheme. Used by
 * listener certificateRefs (gateways.c) and BackendTLSPolicy
 * caCertificateRefs (btls.c). */
#include "resolve_impl.h"

#include <string.h>

#define SDS_SECRET_TYPE "gateway.envoyproxy.io/sds"

bool rs_secret_is_sds(const gwapi_secret *s)
{
    return s && s->type.ptr && s->type.len == strlen(SDS_SECRET_TYPE) &&
           !memcmp(s->type.ptr, SDS_SECRET_TYPE, s->type.len);
}

/* data[key] as an arena string of *len bytes (NUL bytes kept for the URL
 * check); *present false when absent or empty. */
static bool value(rs *r, const gwapi_secret *s, const char *key, const char **out, size_t *len, bool *present,
                  bool *decodes)
{
    const uint8_t *p;
    size_t n;
    if (!rs_secret_bytes(r, s, key, &p, &n, decodes))
        return false;
    *len = n;
    *present = p && n;
    *out = *present ? arena_strndup(r->a, (const char *)p, n) : NULL;
    return !*present || *out;
}

static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* The lower-cased scheme of url as Go's url.Parse finds it (*scheme ""
 * when none), or *err when Go's url.Parse fails on it; false when out of
 * memory. */
static bool url_scheme(rs *r, const char *url, size_t n, const char **scheme, const char **err)
{
    *scheme = "";
    *err = NULL;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)url[i] < 0x20 || url[i] == 0x7f) {
            *err = "net/url: invalid control character in URL";
            return true;
        }
    for (size_t i = 0; i < n; i++) {
        char c = url[i];
        if (is_alpha(c))
            continue;
        if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
            if (!i)
                return true;
            continue;
        }
        if (c != ':')
            return true;
        if (!i) {
            *err = "missing protocol scheme";
            return true;
        }
        char *lower = arena_strndup(r->a, url, i);
        if (!lower)
            return false;
        for (size_t k = 0; k < i; k++)
            if (lower[k] >= 'A' && lower[k] <= 'Z')
                lower[k] = (char)(lower[k] - 'A' + 'a');
        *scheme = lower;
        return true;
    }
    return true;
}

bool rs_sds_check(rs *r, const gw_obj *secret, rs_sds *out, const char **why)
{
    const gwapi_secret *s = secret->obj->typed;
    const char *ns = secret->ns, *name = secret->name;
    bool present, decodes;
    size_t url_len, name_len;
    *why = NULL;
    if (!value(r, s, "url", &out->url, &url_len, &present, &decodes))
        return false;
    if (!present) {
        *why = rs_printf(r, "no url found in SDS reference secret %s/%s", ns, name);
        return *why != NULL;
    }
    if (!decodes) {
        *why = rs_printf(r, "invalid URL in SDS reference secret %s/%s: data.url is not valid base64", ns, name);
        return *why != NULL;
    }
    if (!value(r, s, "secretName", &out->secret_name, &name_len, &present, &decodes))
        return false;
    if (!present || !decodes) {
        *why = !present ? rs_printf(r, "no secretName found in SDS reference secret %s/%s", ns, name)
                        : rs_printf(r, "invalid secretName in SDS reference secret %s/%s: data.secretName is not "
                                       "valid base64", ns, name);
        return *why != NULL;
    }
    const char *scheme, *err;
    if (!url_scheme(r, out->url, url_len, &scheme, &err))
        return false;
    if (err)
        *why = rs_printf(r, "invalid URL in SDS reference secret %s/%s: parse \"%s\": %s", ns, name, out->url, err);
    else if (strcmp(scheme, "unix"))
        *why = rs_printf(r, "invalid URL in SDS reference secret %s/%s: unsupported URL scheme: %s", ns, name, scheme);
    else
        return true;
    return *why != NULL;
}
