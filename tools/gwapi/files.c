/* Reading input files, directories and standard input for the CLI: reads
 * stop at max_input_bytes, directory walks visit each real directory once
 * and never open what is not a regular file, and a path that cannot be
 * read is reported while the others are still read. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Deeper trees are refused rather than walked. */
#define MAX_DIR_DEPTH 64

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct walk {
    gwapi_input *in;
    size_t budget;     /* bytes still allowed by max_input_bytes */
    size_t max_input;
    dir_id *seen;      /* directories walked, in no particular order */
    size_t nseen, capseen;
    size_t failed;     /* paths reported as not read */
    size_t read;       /* files added to the input */
} walk;

/* Prints "gwapi: PATH: what" with the path safe for a terminal (a file
 * name may hold an ESC sequence). */
static void complain(const char *path, const char *what)
{
    char *text = NULL;
    if (gwapi_str_text(gwapi_str_of(path), &text, NULL) != GWAPI_OK)
        text = NULL;
    fprintf(stderr, "gwapi: %s: %s\n", text ? text : "(out of memory)", what);
    gwapi_free(text);
}

static int fail(walk *w, const char *path, const char *what)
{
    complain(path, what);
    w->failed++;
    return -1;
}

/* Reads at most limit + 1 bytes: *len > limit says the input was longer. */
static int read_stream(FILE *f, size_t limit, char **out, size_t *len)
{
    size_t cap = limit < 65535 ? limit + 1 : 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -1;
    for (;;) {
        if (n == cap) {
            /* Never more than limit + 1 bytes, however long the stream. */
            size_t grown = cap > limit / 2 ? limit + 1 : cap * 2;
            char *nb = realloc(buf, grown);
            if (!nb) {
                free(buf);
                return -1;
            }
            buf = nb;
            cap = grown;
        }
        size_t want = cap - n; /* >= 1 */
        if (want - 1 > limit - n)
            want = limit - n + 1;
        size_t got = fread(buf + n, 1, want, f);
        n += got;
        if (got == 0 || n > limit)
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

static int add_file(walk *w, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return fail(w, path, strerror(errno));
    char *buf;
    size_t len;
    int rc = read_stream(f, w->budget, &buf, &len);
    int err = errno;
    if (f != stdin)
        fclose(f);
    if (rc)
        return fail(w, path, strerror(err));
    if (len > w->budget) {
        free(buf);
        char what[128];
        snprintf(what, sizeof what,
                 "input exceeds max_input_bytes (%zu bytes over all files); not read",
                 w->max_input);
        return fail(w, path, what);
    }
    w->budget -= len;
    gwapi_status st = gwapi_input_add(w->in, path, buf, len, GWAPI_FORMAT_AUTO);
    free(buf);
    if (st != GWAPI_OK)
        return fail(w, path, gwapi_status_str(st));
    w->read++;
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

/* Records the directory; false when it was walked already (a symlink
 * loop, or two links to one directory) or cannot be recorded. */
static bool first_visit(walk *w, const char *path, const struct stat *st)
{
    for (size_t i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
            return false;
    if (w->nseen == w->capseen) {
        size_t cap = w->capseen ? w->capseen * 2 : 16;
        dir_id *s = realloc(w->seen, cap * sizeof *s);
        if (!s)
            return fail(w, path, strerror(ENOMEM)), false;
        w->seen = s;
        w->capseen = cap;
    }
    w->seen[w->nseen++] = (dir_id){ st->st_dev, st->st_ino };
    return true;
}

/* The sorted entries of a directory as "path/name" strings. */
static char **list_dir(walk *w, const char *path, size_t *count)
{
    DIR *d = opendir(path);
    if (!d) {
        fail(w, path, strerror(errno));
        return NULL;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn)
                break;
            names = nn;
        }
        size_t len = strlen(path) + strlen(de->d_name) + 2;
        if (!(names[n] = malloc(len)))
            break;
        snprintf(names[n], len, "%s/%s", path, de->d_name);
        n++;
    }
    if (de)
        fail(w, path, strerror(ENOMEM));
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_names);
    *count = n;
    return names;
}

static void walk_dir(walk *w, const char *path, const struct stat *st, int depth);

/* One directory entry: subdirectories are walked, wanted regular files
 * read; anything else with a wanted name (FIFO, socket, device) is skipped
 * with a note, and a symbolic link to nothing is an error. */
static void walk_entry(walk *w, const char *path, int depth)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        struct stat lst;
        if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
            fail(w, path, "broken symbolic link");
        else
            fail(w, path, strerror(errno));
        return;
    }
    if (S_ISDIR(st.st_mode))
        walk_dir(w, path, &st, depth + 1);
    else if (!wanted(path))
        return;
    else if (S_ISREG(st.st_mode))
        add_file(w, path);
    else
        complain(path, "not a regular file; skipped");
}

static void walk_dir(walk *w, const char *path, const struct stat *st, int depth)
{
    if (!first_visit(w, path, st))
        return;
    if (depth > MAX_DIR_DEPTH) {
        fail(w, path, "directories nested too deeply; not walked");
        return;
    }
    size_t n = 0;
    char **names = list_dir(w, path, &n);
    for (size_t i = 0; i < n; i++) {
        walk_entry(w, names[i], depth);
        free(names[i]);
    }
    free(names);
}

size_t cli_add_paths(gwapi_input *in, size_t max_input_bytes, char **paths, size_t npaths,
                     size_t *read)
{
    walk w = { in, max_input_bytes, max_input_bytes, NULL, 0, 0, 0, 0 };
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        /* A named file is read whatever it is (a FIFO from <(...) too). */
        if (strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            walk_dir(&w, paths[i], &st, 0);
        else
            add_file(&w, paths[i]);
    }
    free(w.seen);
    *read = w.read;
    return w.failed;
}
