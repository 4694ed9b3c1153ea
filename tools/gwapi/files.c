/* Reading input files, directories and standard input for the CLI. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int read_stream(FILE *f, char **out, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -1;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return -1;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(buf);
        return -1;
    }
    *out = buf;
    *len = n;
    return 0;
}

static int add_file(gwapi_input *in, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "gwapi: %s: %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    char *buf;
    size_t len;
    int rc = read_stream(f, &buf, &len);
    int err = errno;
    if (f != stdin)
        fclose(f);
    if (rc) {
        fprintf(stderr, "gwapi: %s: %s\n", path, strerror(err));
        return EXIT_USAGE;
    }
    gwapi_status st = gwapi_input_add(in, path, buf, len, GWAPI_FORMAT_AUTO);
    free(buf);
    if (st != GWAPI_OK) {
        fprintf(stderr, "gwapi: %s: %s\n", path, gwapi_status_str(st));
        return EXIT_USAGE;
    }
    return 0;
}

static int wanted(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && (!strcmp(dot, ".yaml") || !strcmp(dot, ".yml") || !strcmp(dot, ".json"));
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_path(gwapi_input *in, const char *path, int depth)
{
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return add_file(in, path);
    if (depth > 32)
        return 0;
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "gwapi: %s: %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) {
                rc = EXIT_USAGE;
                break;
            }
            names = nn;
        }
        size_t len = strlen(path) + strlen(de->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) {
            rc = EXIT_USAGE;
            break;
        }
        snprintf(names[n], len, "%s/%s", path, de->d_name);
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        struct stat cs;
        if (!rc && stat(names[i], &cs) == 0 &&
            (S_ISDIR(cs.st_mode) || wanted(names[i])))
            rc = add_path(in, names[i], depth + 1);
        free(names[i]);
    }
    free(names);
    return rc;
}

int cli_add_paths(gwapi_input *in, char **paths, int npaths)
{
    for (int i = 0; i < npaths; i++) {
        int rc = add_path(in, paths[i], 0);
        if (rc)
            return rc;
    }
    return 0;
}

void cli_print_diags(FILE *out, const gwapi_result *r)
{
    size_t n = gwapi_result_diag_count(r);
    for (size_t i = 0; i < n; i++)
        cli_print_diag(out, gwapi_result_diag(r, i));
}

void cli_print_diag(FILE *out, const gwapi_diag *d)
{
    {
        if (d->pos.file && *d->pos.file)
            fprintf(out, "%s:%u:%u: ", d->pos.file, d->pos.line, d->pos.column);
        fprintf(out, "%s: ", gwapi_severity_str(d->severity));
        if (d->kind) {
            fprintf(out, "%s ", d->kind);
            if (d->ns)
                fprintf(out, "%s/", d->ns);
            fprintf(out, "%s: ", d->name ? d->name : "<unnamed>");
        }
        if (d->path && *d->path)
            fprintf(out, "%s: ", d->path);
        fprintf(out, "%s\n", d->message);
    }
}
