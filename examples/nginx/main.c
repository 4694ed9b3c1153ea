/* gwapi-nginx: translate Gateway API manifests with gwapi and render the IR
 * as an nginx.conf (render.c), writing the listeners' certificates beside
 * it (certs.c). Usage:
 *   gwapi-nginx [--controller-name NAME] [--now YYYY-MM-DDTHH:MM:SSZ] [--bind ADDR] [-d DIR] FILE...
 * Without -d the config goes to stdout and no certificate is written; with
 * -d it is DIR/nginx.conf and the certificates DIR/certs/ (run it with
 * `nginx -p DIR -c DIR/nginx.conf`). Warnings (features nginx cannot
 * express) go to stderr. Exit 0 when rendered, 1 when the input has
 * errors (still rendered), 2 for usage or I/O problems. */
#include "certs.h"
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    text t = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        text_addn(&t, chunk, n);
    bool bad = ferror(f) || t.oom;
    fclose(f);
    if (bad) {
        text_free(&t);
        return NULL;
    }
    *len = t.len;
    return t.data ? t.data : calloc(1, 1);
}

static int usage(void)
{
    fprintf(stderr, "usage: gwapi-nginx [--controller-name NAME] [--now YYYY-MM-DDTHH:MM:SSZ] [--bind ADDR] [-d DIR] FILE...\n");
    return 2;
}

static int write_conf(const char *dir, const text *conf)
{
    if (!dir)
        return fwrite(conf->data, 1, conf->len, stdout) == conf->len && fflush(stdout) == 0 ? 0 : 2;
    text path = {0};
    text_addf(&path, "%s/nginx.conf", dir);
    FILE *f = path.oom ? NULL : fopen(path.data, "wb");
    bool ok = f && fwrite(conf->data, 1, conf->len, f) == conf->len;
    if (f && fclose(f) != 0)
        ok = false;
    if (!ok)
        perror(path.data ? path.data : dir);
    text_free(&path);
    return ok ? 0 : 2;
}

/* A UTC instant YYYY-MM-DDTHH:MM:SSZ as Unix seconds (days_from_civil);
 * 0 when it is not one. */
static int64_t parse_utc(const char *s)
{
    int y, mo, d, h, mi, sec, n = 0;
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &y, &mo, &d, &h, &mi, &sec, &n) != 6 || s[n] ||
        y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59)
        return 0;
    int64_t yy = y - (mo <= 2), era = yy / 400, yoe = yy - era * 400;
    int64_t doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1;
    int64_t days = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    return days * 86400 + h * 3600 + mi * 60 + sec;
}

static int render_files(gwapi_ctx *ctx, gwapi_input *in, const char *controller, int64_t now,
                        const char *bind, const char *dir)
{
    gwapi_translate_options topts = GWAPI_TRANSLATE_OPTIONS_INIT;
    topts.controller_name = controller;
    topts.now = now;   /* 0: the current time */
    gwapi_translation *t;
    if (gwapi_translate(&t, ctx, in, &topts) != GWAPI_OK) {
        fprintf(stderr, "gwapi-nginx: translation failed\n");
        return 2;
    }
    const gwapi_result *res = gwapi_translation_result(t);
    int rc = gwapi_result_error_count(res) ? 1 : 0;
    for (size_t i = 0; i < gwapi_result_diag_count(res); i++) {
        char *line;
        if (gwapi_result_diag_text(res, i, &line, NULL) == GWAPI_OK) {
            fprintf(stderr, "%s\n", line);
            gwapi_free(line);
        }
    }
    const gwapi_ir *ir = gwapi_translation_ir(t);
    text conf = {0}, warnings = {0}, certdir = {0};
    nginx_options o = {.bind = bind, .cert_dir = "certs"};
    nginx_render(&conf, &warnings, ir, &o);
    if (dir) {
        text_addf(&certdir, "%s/certs", dir);
        if (certdir.oom || !certs_write(ir, res, certdir.data, &warnings)) {
            perror(certdir.data ? certdir.data : dir);
            rc = 2;
        }
    } else {
        text_addf(&warnings, "warning: certificates: not written (no -d DIR)\n");
    }
    if (conf.oom || warnings.oom) {
        fprintf(stderr, "gwapi-nginx: out of memory\n");
        rc = 2;
    } else {
        fputs(warnings.data ? warnings.data : "", stderr);
        if (write_conf(dir, &conf) != 0)
            rc = 2;
    }
    text_free(&conf);
    text_free(&warnings);
    text_free(&certdir);
    gwapi_translation_free(t);
    return rc;
}

int main(int argc, char **argv)
{
    const char *controller = NULL, *bind = "127.0.0.1", *dir = NULL;
    int64_t now = 0;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--controller-name") && i + 1 < argc)
            controller = argv[++i];
        else if (!strcmp(argv[i], "--now") && i + 1 < argc) {
            if (!(now = parse_utc(argv[++i])))
                return usage();
        }
        else if (!strcmp(argv[i], "--bind") && i + 1 < argc)
            bind = argv[++i];
        else if (!strcmp(argv[i], "-d") && i + 1 < argc)
            dir = argv[++i];
        else
            return usage();
    }
    if (i == argc)
        return usage();
    gwapi_ctx *ctx;
    gwapi_input *in;
    if (gwapi_ctx_new(&ctx, NULL) != GWAPI_OK)
        return 2;
    if (gwapi_input_new(&in, ctx) != GWAPI_OK) {
        gwapi_ctx_free(ctx);
        return 2;
    }
    int rc = 0;
    for (; i < argc && rc == 0; i++) {
        size_t len;
        char *bytes = read_file(argv[i], &len);
        if (!bytes) {
            perror(argv[i]);
            rc = 2;
        } else if (gwapi_input_add(in, argv[i], bytes, len, GWAPI_FORMAT_AUTO) != GWAPI_OK) {
            fprintf(stderr, "gwapi-nginx: %s: cannot add input\n", argv[i]);
            rc = 2;
        }
        free(bytes);
    }
    if (rc == 0 && dir && mkdir(dir, 0755) != 0) {
        struct stat st;
        if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
            perror(dir);
            rc = 2;
        }
    }
    if (rc == 0)
        rc = render_files(ctx, in, controller, now, bind, dir);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    return rc;
}
