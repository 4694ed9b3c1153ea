/* The loader harness shared by fuzz_load_yaml and fuzz_load_json. */
#include "fuzz_load.h"

#include <stdlib.h>
#include <string.h>
#include <gwapi/gwapi.h>

/* Aliases are shared nodes, so a walk can revisit a subtree many times; the
 * loader caps nodes reached through aliases at max_nodes, and so does this
 * budget, so the walk stays linear in what the loader accepted. */
typedef struct walk {
    size_t budget;
    unsigned long sink; /* keeps the reads from being optimised away */
} walk;

static void walk_value(walk *w, const gwapi_value *v, unsigned depth)
{
    if (!v || w->budget == 0)
        return;
    w->budget--;
    w->sink += v->type + v->pos.line + v->pos.column + (v->quoted ? 1u : 0u);
    if (v->pos.file)
        w->sink += (unsigned char)v->pos.file[0];
    switch (v->type) {
    case GWAPI_VALUE_STRING:
        /* Touch the first and last byte and the terminator. */
        if (v->u.string.len)
            w->sink += (unsigned char)v->u.string.ptr[0] +
                       (unsigned char)v->u.string.ptr[v->u.string.len - 1];
        if (v->u.string.ptr[v->u.string.len] != '\0')
            abort();
        break;
    case GWAPI_VALUE_MAP:
        for (size_t i = 0; i < v->u.map.count; i++) {
            const gwapi_member *m = &v->u.map.items[i];
            /* Keys are always strings. */
            if (!m->key || m->key->type != GWAPI_VALUE_STRING)
                abort();
            walk_value(w, m->key, depth + 1);
            walk_value(w, m->value, depth + 1);
        }
        break;
    case GWAPI_VALUE_SEQ:
        for (size_t i = 0; i < v->u.seq.count; i++)
            walk_value(w, v->u.seq.items[i], depth + 1);
        break;
    default:
        break;
    }
}

typedef struct harness {
    walk w;
    size_t docs;
} harness;

static bool on_doc(void *user, const load_doc *doc)
{
    harness *h = user;
    if (doc->index != h->docs)
        abort(); /* documents arrive in order, failed ones counted too */
    h->docs++;
    walk_value(&h->w, doc->root, 0);
    return true;
}

static const gwapi_limits *default_limits(void)
{
    /* The context fills in the defaults; created once, like a real host. */
    static gwapi_ctx *ctx;
    if (!ctx && gwapi_ctx_new(&ctx, NULL) != GWAPI_OK)
        abort();
    return gwapi_ctx_limits(ctx);
}

int fuzz_load_run(const uint8_t *data, size_t size, bool json)
{
    const gwapi_limits *limits = default_limits();
    arena a;
    diag_list diags;
    harness h = { { limits->max_nodes, 0 }, 0 };
    arena_init(&a, NULL);
    diag_list_init(&diags, &a, limits->max_diagnostics);
    load_params p = {
        .arena = &a,
        .diags = &diags,
        .limits = limits,
        .file = json ? "fuzz.json" : "fuzz.yaml",
        .on_doc = on_doc,
        .user = &h,
    };
    /* An exact-size copy without a terminating NUL: reading past the end
     * is an ASan error even when the fuzzer's buffer would hide it. */
    char *copy = malloc(size ? size : 1);
    if (!copy)
        return 0;
    if (size)
        memcpy(copy, data, size);
    gwapi_status st = json ? load_json(&p, copy, size) : load_yaml(&p, copy, size);
    if (st != GWAPI_OK && st != GWAPI_ENOMEM)
        abort(); /* limits and syntax are diagnostics, never a status */
    for (size_t i = 0; i < diags.count; i++) {
        const gwapi_diag *d = &diags.items[i];
        h.w.sink += strlen(d->message) + d->path.len;
    }
    free(copy);
    arena_free(&a);
    return 0;
}
