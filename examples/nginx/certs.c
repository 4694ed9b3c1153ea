/* Certificates of terminating listeners written as files (see certs.h). */
#include "certs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cert_file_name(text *out, const gwapi_ir_object_ref *ref, const char *ext)
{
    text_addf(out, "%s_%s.%s", ref->ns, ref->name, ext);
}

static int b64_digit(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* Standard base64 (as a Secret's data holds it); whitespace is skipped,
 * anything else that is not a digit or trailing '=' is an error. */
static bool b64_decode(gwapi_str in, text *out)
{
    unsigned acc = 0;
    int bits = 0;
    bool pad = false;
    for (size_t i = 0; i < in.len; i++) {
        unsigned char c = (unsigned char)in.ptr[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '=') {
            pad = true;
            continue;
        }
        int d = b64_digit(c);
        if (d < 0 || pad)
            return false;
        acc = (acc << 6) | (unsigned)d;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            char byte = (char)((acc >> bits) & 0xff);
            text_addn(out, &byte, 1);
        }
    }
    return !out->oom;
}

static const gwapi_secret *find_secret(const gwapi_result *objects, const gwapi_ir_object_ref *ref)
{
    for (size_t i = 0; i < gwapi_result_object_count(objects); i++) {
        const gwapi_secret *s = gwapi_object_as_secret(gwapi_result_object(objects, i));
        if (s && s->metadata && gwapi_str_eq(s->metadata->name, ref->name) &&
            gwapi_str_eq(s->metadata->ns, ref->ns))
            return s;
    }
    return NULL;
}

static bool write_file(const char *dir, const gwapi_ir_object_ref *ref, const char *ext,
                       const text *bytes)
{
    text path = {0};
    text_addf(&path, "%s/", dir);
    cert_file_name(&path, ref, ext);
    if (path.oom)
        return false;
    FILE *f = fopen(path.data, "wb");
    bool ok = f && fwrite(bytes->data ? bytes->data : "", 1, bytes->len, f) == bytes->len;
    if (f && fclose(f) != 0)
        ok = false;
    if (f && !strcmp(ext, "key"))
        chmod(path.data, 0600);
    text_free(&path);
    return ok;
}

bool certs_write(const gwapi_ir *ir, const gwapi_result *objects, const char *dir,
                 text *warnings)
{
    bool made_dir = false;
    for (size_t g = 0; g < ir->gateways.count; g++) {
        const gwapi_ir_listener_list *ls = &ir->gateways.items[g].listeners;
        for (size_t li = 0; li < ls->count; li++) {
            const gwapi_ir_listener *l = &ls->items[li];
            if (l->protocol != GWAPI_IR_HTTPS)
                continue;
            for (size_t c = 0; c < l->certificate_refs.count; c++) {
                const gwapi_ir_object_ref *ref = &l->certificate_refs.items[c];
                const gwapi_secret *s = find_secret(objects, ref);
                static const char *const keys[2][2] = {{"tls.crt", "crt"}, {"tls.key", "key"}};
                for (int k = 0; k < 2; k++) {
                    gwapi_str data = s ? gwapi_string_map_get(&s->data, keys[k][0]) : (gwapi_str){0};
                    text bytes = {0};
                    if (!gwapi_str_is_set(data) || !b64_decode(data, &bytes)) {
                        text_addf(warnings, "warning: %s: certificate: Secret %s/%s has no usable %s\n",
                                  l->id, ref->ns, ref->name, keys[k][0]);
                        text_free(&bytes);
                        continue;
                    }
                    if (!made_dir && mkdir(dir, 0755) != 0 && errno != EEXIST) {
                        text_free(&bytes);
                        return false;
                    }
                    made_dir = true;
                    bool ok = write_file(dir, ref, keys[k][1], &bytes);
                    text_free(&bytes);
                    if (!ok)
                        return false;
                }
            }
        }
    }
    return true;
}
