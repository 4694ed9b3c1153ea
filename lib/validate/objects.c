/* From documents to objects: `kind: List` expansion, apiVersion/kind lookup
 * in the kind tables, and one engine run per object. Unknown kinds are kept
 * (with a warning) so nothing in the input is silently dropped. */
#include "objects.h"
#include "metadata.h"

#include <string.h>

static const char *str_member(const gwapi_value *map, const char *key)
{
    const gwapi_value *v = gwapi_value_get(map, key);
    return v && v->type == GWAPI_VALUE_STRING ? v->u.string.ptr : NULL;
}

static const gw_kind *find_kind(const char *group, size_t glen, const char *name)
{
    for (uint32_t i = 0; i < gw_nkinds; i++) {
        const gw_kind *k = &gw_kinds[i];
        if (strlen(k->group) == glen && strncmp(k->group, group, glen) == 0 &&
            strcmp(k->name, name) == 0)
            return k;
    }
    return NULL;
}

static const gw_schema *find_version(const engine_options *opts, const gw_kind *k,
                                     const char *version)
{
    for (uint32_t i = 0; i < k->nversions; i++)
        if (!strcmp(k->versions[i].version, version))
            return opts->channel == GWAPI_CHANNEL_STANDARD ? k->versions[i].standard
                                                          : k->versions[i].experimental;
    return NULL;
}

static void engine_init(engine *e, const validate_params *p, const char *kind, const char *ns,
                        const char *name)
{
    memset(e, 0, sizeof *e);
    e->opts = p->opts;
    e->a = p->arena;
    e->rx = p->rx;
    e->diags = p->diags;
    e->obj.kind = kind;
    e->obj.ns = ns;
    e->obj.name = name;
    e->diag_start = p->diags->count;
    strbuf_init_sticky(&e->path, p->arena->alloc, &p->arena->failed);
}

static bool decode_object(const validate_params *p, const gwapi_value *doc)
{
    const char *api_version = str_member(doc, "apiVersion");
    const char *kind_name = str_member(doc, "kind");
    const gwapi_value *md = gwapi_value_get(doc, "metadata");
    const char *name = md && md->type == GWAPI_VALUE_MAP ? str_member(md, "name") : NULL;
    const char *ns = md && md->type == GWAPI_VALUE_MAP ? str_member(md, "namespace") : NULL;
    diag_obj dobj = { kind_name, ns, name };

    if (!api_version || !*api_version || !kind_name || !*kind_name) {
        diag_add(p->diags, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_NOT_OBJECT, &dobj, NULL, doc->pos,
                 "error validating data: [%s%s%s]",
                 (!api_version || !*api_version) ? "apiVersion not set" : "",
                 (!api_version || !*api_version) && (!kind_name || !*kind_name) ? ", " : "",
                 (!kind_name || !*kind_name) ? "kind not set" : "");
        return !p->arena->failed;
    }

    const char *slash = strrchr(api_version, '/');
    const char *group = slash ? api_version : "";
    size_t glen = slash ? (size_t)(slash - api_version) : 0;
    const char *version = slash ? slash + 1 : api_version;
    const gw_kind *k = find_kind(group, glen, kind_name);
    const gw_schema *root = k ? find_version(p->opts, k, version) : NULL;

    gwapi_object *obj = p->objects.add(p->objects.user);
    if (!obj)
        return false;
    obj->api_version = api_version;
    obj->kind_name = kind_name;
    obj->source = doc;
    obj->kind = k ? (gwapi_kind)k->kind : GWAPI_KIND_UNKNOWN;

    /* Unknown kinds are assumed namespaced, as most kinds are. */
    bool namespaced = k ? k->namespaced : true;
    const char *default_ns = namespaced && (!ns || !*ns) ? p->opts->default_namespace : NULL;
    engine e;
    engine_init(&e, p, kind_name, default_ns ? default_ns : ns, name);
    e.namespaced = namespaced;
    e.doc_pos = doc->pos;
    e.root = root;

    /* A known kind in a version the CRDs do not serve: the API server
     * refuses it (the one error below), but translators fed such
     * manifests directly read them as the served version; so the object
     * is still decoded with that schema, silently, for resolution. */
    const gw_schema *fallback = NULL;
    for (uint32_t i = 0; !root && k && !fallback && i < k->nversions; i++)
        fallback = p->opts->channel == GWAPI_CHANNEL_STANDARD ? k->versions[i].standard
                                                             : k->versions[i].experimental;
    if (!root && fallback) {
        engine_diag(&e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_UNKNOWN_KIND, "", doc->pos,
                    "no matches for kind \"%s\" in version \"%s\"", kind_name, api_version);
        const void *typed = NULL;
        e.mute = true;
        engine_decode(&e, fallback, doc, &typed, false, doc->pos);
        obj->typed = typed;
        for (uint32_t i = 0; typed && i < fallback->nfields; i++)
            if (fallback->fields[i].schema->type == GW_T_META)
                obj->meta = *(const gwapi_object_meta *const *)((const char *)typed +
                                                               fallback->fields[i].offset);
    } else if (!root) {
        if (k)
            engine_diag(&e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_UNKNOWN_KIND, "", doc->pos,
                        "no matches for kind \"%s\" in version \"%s\"", kind_name, api_version);
        else
            engine_diag(&e, GWAPI_SEVERITY_WARNING, GWAPI_DIAG_UNKNOWN_KIND, "", doc->pos,
                        "no schema for kind \"%s\" in version \"%s\"; kept without validation",
                        kind_name, api_version);
        const gwapi_object_meta *meta = NULL;
        if (md && !metadata_check_decode(&e, md) && md->type == GWAPI_VALUE_MAP) {
            strbuf_puts(&e.path, "metadata");
            metadata_decode(&e, md, &meta);
            strbuf_truncate(&e.path, 0);
        }
        obj->meta = meta;
    } else {
        const void *typed = NULL;
        /* Malformed metadata fails the request body's decoding: the server
         * answers with that one error (400) and validates nothing else. */
        if (md && metadata_check_decode(&e, md))
            e.mute = true;
        engine_decode(&e, root, doc, &typed, false, doc->pos);
        obj->typed = typed;
        obj->meta = NULL;
        for (uint32_t i = 0; typed && i < root->nfields; i++)
            if (root->fields[i].schema->type == GW_T_META)
                obj->meta = *(const gwapi_object_meta *const *)((const char *)typed +
                                                               root->fields[i].offset);
        metadata_validate(&e, obj->meta, md, namespaced);
        engine_run_list_checks(&e);
        engine_run_rules(&e);
    }
    if (obj->meta) {
        gwapi_object_meta *m = (gwapi_object_meta *)obj->meta;
        if (!namespaced)
            m->ns = NULL;
        else if (!m->ns || !*m->ns)
            m->ns = p->opts->default_namespace;
    }
    obj->error_count = e.errors;
    strbuf_free(&e.path);
    if (e.path.failed)
        p->arena->failed = true;
    return !p->arena->failed;
}

static bool is_list_kind(const char *kind)
{
    size_t n = kind ? strlen(kind) : 0;
    return n >= 4 && strcmp(kind + n - 4, "List") == 0;
}

bool validate_document(const validate_params *p, const gwapi_value *root)
{
    if (root->type != GWAPI_VALUE_MAP) {
        diag_add(p->diags, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_NOT_OBJECT, NULL, NULL, root->pos,
                 "document is not a Kubernetes object (expected a mapping with apiVersion and "
                 "kind, found %s)",
                 root->type == GWAPI_VALUE_SEQ ? "a sequence" : "a scalar");
        return !p->arena->failed;
    }
    const gwapi_value *items = gwapi_value_get(root, "items");
    if (is_list_kind(str_member(root, "kind")) && items) {
        if (items->type != GWAPI_VALUE_SEQ) {
            diag_add(p->diags, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_NOT_OBJECT, NULL, "items",
                     items->pos, "items of a List must be a sequence of objects");
            return !p->arena->failed;
        }
        /* Lists nest only one level deep in practice; deeper Lists are
         * still walked, bounded by the loader's depth limit. */
        for (size_t i = 0; i < items->u.seq.count; i++)
            if (!validate_document(p, items->u.seq.items[i]))
                return false;
        return true;
    }
    return decode_object(p, root);
}
