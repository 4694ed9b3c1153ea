/* Options given as JSON text, for FFI callers that do not build C structs:
 * the context options of gwapi_ctx_new_json and the per-call options of
 * gwapi_validate_json. The text goes through the library's own JSON loader
 * (strict, positions, allocator hooks); any unknown key or wrong type is
 * GWAPI_EINVAL. */
#include "options_json.h"
#include "../load/load.h"
#include <gwapi/json.h>

#include <string.h>

/* Options text is small; these bound it like any other input. */
static const gwapi_limits options_limits = {
    .max_document_bytes = 65536,
    .max_input_bytes = 65536,
    .max_depth = 8,
    .max_nodes = 1024,
    .max_alias_expansion = 1,
    .max_scalar_bytes = 4096,
    .max_items = 256,
    .max_diagnostics = 1,
};

typedef struct parsed {
    const gwapi_value *root;
    size_t docs;
} parsed;

static bool keep_root(void *user, const load_doc *doc)
{
    parsed *p = user;
    p->root = doc->root;
    p->docs++;
    return true;
}

gwapi_status options_json_parse(const gwapi_value **out, arena *a, const char *text)
{
    *out = NULL;
    if (!text || !*text)
        return GWAPI_OK;
    diag_list dl;
    diag_list_init(&dl, a, 1);
    parsed got = { NULL, 0 };
    load_params p = { a, &dl, &options_limits, "options", keep_root, &got, NULL };
    gwapi_status st = load_json(&p, text, strlen(text));
    if (st != GWAPI_OK)
        return st;
    /* Blank text is no options; `null` or anything but an object is refused. */
    if (dl.errors || (got.docs && (!got.root || got.root->type != GWAPI_VALUE_MAP)))
        return GWAPI_EINVAL;
    *out = got.root;
    return GWAPI_OK;
}

bool options_key_is(const gwapi_member *m, const char *key)
{
    size_t n = strlen(key);
    return m->key->u.string.len == n && memcmp(m->key->u.string.ptr, key, n) == 0;
}

/* A string without NUL bytes (C strings are what the options become). */
const char *options_string(const gwapi_value *v)
{
    if (v->type != GWAPI_VALUE_STRING || strlen(v->u.string.ptr) != v->u.string.len)
        return NULL;
    return v->u.string.ptr;
}

/* One of `names` (NULL-terminated); its index, or -1. */
int options_enum(const gwapi_value *v, const char *const *names)
{
    const char *s = options_string(v);
    for (int i = 0; s && names[i]; i++)
        if (!strcmp(s, names[i]))
            return i;
    return -1;
}

static bool limit_value(const gwapi_value *v, size_t max, size_t *out)
{
    if (v->type != GWAPI_VALUE_INT || v->u.integer < 0 || (uint64_t)v->u.integer > max)
        return false;
    *out = (size_t)v->u.integer;
    return true;
}

static gwapi_status parse_limits(gwapi_limits *l, const gwapi_value *v)
{
    if (v->type != GWAPI_VALUE_MAP)
        return GWAPI_EINVAL;
    for (size_t i = 0; i < v->u.map.count; i++) {
        const gwapi_member *m = &v->u.map.items[i];
        size_t n;
        bool ok;
#define LIMIT(key, field, max) \
        if (options_key_is(m, key)) { ok = limit_value(m->value, max, &n); if (ok) l->field = n; } else
        LIMIT("maxDocumentBytes", max_document_bytes, SIZE_MAX)
        LIMIT("maxInputBytes", max_input_bytes, SIZE_MAX)
        LIMIT("maxDepth", max_depth, UINT32_MAX)
        LIMIT("maxNodes", max_nodes, SIZE_MAX)
        LIMIT("maxAliasExpansion", max_alias_expansion, SIZE_MAX)
        LIMIT("maxScalarBytes", max_scalar_bytes, SIZE_MAX)
        LIMIT("maxItems", max_items, SIZE_MAX)
        LIMIT("maxDiagnostics", max_diagnostics, SIZE_MAX)
        ok = false;
#undef LIMIT
        if (!ok)
            return GWAPI_EINVAL;
    }
    return GWAPI_OK;
}

static const char *const channel_names[] = { "experimental", "standard", NULL };
static const char *const unknown_field_names[] = { "error", "warn", NULL };

gwapi_status options_json_ctx(gwapi_ctx_options *o, const gwapi_value *root)
{
    for (size_t i = 0; root && i < root->u.map.count; i++) {
        const gwapi_member *m = &root->u.map.items[i];
        int e;
        if (options_key_is(m, "channel")) {
            if ((e = options_enum(m->value, channel_names)) < 0)
                return GWAPI_EINVAL;
            o->channel = e ? GWAPI_CHANNEL_STANDARD : GWAPI_CHANNEL_EXPERIMENTAL;
        } else if (options_key_is(m, "unknownFields")) {
            if ((e = options_enum(m->value, unknown_field_names)) < 0)
                return GWAPI_EINVAL;
            o->unknown_field_severity = e ? GWAPI_SEVERITY_WARNING : GWAPI_SEVERITY_ERROR;
        } else if (options_key_is(m, "defaultNamespace")) {
            if (!(o->default_namespace = options_string(m->value)))
                return GWAPI_EINVAL;
        } else if (options_key_is(m, "discardSource")) {
            if (m->value->type != GWAPI_VALUE_BOOL)
                return GWAPI_EINVAL;
            o->discard_source = m->value->u.boolean;
        } else if (options_key_is(m, "limits")) {
            gwapi_status st = parse_limits(&o->limits, m->value);
            if (st != GWAPI_OK)
                return st;
        } else {
            return GWAPI_EINVAL;
        }
    }
    return GWAPI_OK;
}

gwapi_status gwapi_ctx_new_json(gwapi_ctx **out, const char *options_json)
{
    if (!out)
        return GWAPI_EINVAL;
    *out = NULL;
    arena a;
    arena_init(&a, NULL);
    const gwapi_value *root;
    gwapi_ctx_options o = GWAPI_CTX_OPTIONS_INIT;
    gwapi_status st = options_json_parse(&root, &a, options_json);
    if (st == GWAPI_OK)
        st = options_json_ctx(&o, root);
    if (st == GWAPI_OK)
        st = gwapi_ctx_new(out, &o); /* copies default_namespace out of the arena */
    arena_free(&a);
    return st;
}

static const char *const format_names[] = { "auto", "yaml", "json", NULL };

gwapi_status options_json_input_key(const gwapi_member *m, const char **file,
                                    gwapi_format *format, bool *taken)
{
    *taken = true;
    if (options_key_is(m, "file"))
        return (*file = options_string(m->value)) ? GWAPI_OK : GWAPI_EINVAL;
    if (options_key_is(m, "format")) {
        int e = options_enum(m->value, format_names);
        if (e < 0)
            return GWAPI_EINVAL;
        *format = (gwapi_format)e;
        return GWAPI_OK;
    }
    *taken = false;
    return GWAPI_OK;
}
