/* Embedding example (the one in README.md): validate manifests given on the
 * command line, print each diagnostic and the rule count of every HTTPRoute.
 * Built with the project; `tests/cli` runs it on examples/quickstart.yaml. */
#include <gwapi/gwapi.h>

#include <stdio.h>
#include <stdlib.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap *= 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
        }
        buf = bigger;
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    gwapi_ctx *ctx;
    gwapi_input *in;
    gwapi_result *res;
    if (gwapi_ctx_new(&ctx, NULL) != GWAPI_OK || gwapi_input_new(&in, ctx) != GWAPI_OK)
        return 2;
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *bytes = read_file(argv[i], &len);
        if (!bytes) {
            fprintf(stderr, "embed: cannot read %s\n", argv[i]);
            return 2;
        }
        gwapi_input_add(in, argv[i], bytes, len, GWAPI_FORMAT_AUTO);
        free(bytes);
    }
    int rc = 2;
    if (gwapi_validate(&res, ctx, in) == GWAPI_OK) {
        for (size_t i = 0; i < gwapi_result_diag_count(res); i++) {
            const gwapi_diag *d = gwapi_result_diag(res, i);
            /* strings carry their length (a NUL inside is data) */
            printf("%s:%u:%u: %.*s: %s\n", d->pos.file, d->pos.line, d->pos.column,
                   (int)d->path.len, d->path.ptr, d->message);
        }
        for (size_t i = 0; i < gwapi_result_object_count(res); i++) {
            const gwapi_http_route *r = gwapi_object_as_http_route(gwapi_result_object(res, i));
            if (r && r->spec)
                printf("%.*s has %zu rules\n", (int)r->metadata->name.len, r->metadata->name.ptr,
                       r->spec->rules.count);
        }
        rc = gwapi_result_error_count(res) ? 1 : 0;
        gwapi_result_free(res);
    }
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    return rc;
}
