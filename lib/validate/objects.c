/* From documents to objects: `kind: List` expansion, apiVersion/kind lookup
 * in the kind tables, and one engine run per object. Unknown kinds are kept
 * (with a warning) so nothing in the input is silently dropped. */
#include "duplicates.h"
#include "objects.h"
#include "metadata.h"
#include "../util/goquote.h"

#include <string.h>

static gwapi_str str_member(const gwapi_value *map, const char *key)
{
    const gwapi_value *v = gwapi_value_get(map, key);
    gwapi_str none = { NULL, 0 };
    return v && v->type == GWAPI_VALUE_STRING ? v->u.string : none;
}

/* Kinds and versions match every byte: "Gateway\0" is no Gateway. */
static const gw_kind *find_kind(gwapi_str group, gwapi_str name)
{
    for (uint32_t i = 0; i < gw_nkinds; i++) {
        const gw_kind *k = &gw_kinds[i];
        if (gwapi_str_eq(group, k->group) && gwapi_str_eq(name, k->name))
            return k;
    }
    return NULL;
}

/* Groups whose every kind has a schema here (all CRDs of Gateway API
 * v1.6.1): another kind in them does not exist, and kubectl rejects it
 * ("no matches for kind"). In other groups a kind without a schema is
 * kept with a warning (Pods, EnvoyProxy, ...). */
static bool group_closed(gwapi_str group)
{
    return gwapi_str_eq(group, "gateway.networking.k8s.io") ||
           gwapi_str_eq(group, "gateway.networking.x-k8s.io");
}

static const gw_schema *find_version(const engine_options *opts, const gw_kind *k, gwapi_str version)
{
    for (uint32_t i = 0; i < k->nversions; i++)
        if (gwapi_str_eq(version, k->versions[i].version))
            return opts->channel == GWAPI_CHANNEL_STANDARD ? k->versions[i].standard
                                                          : k->versions[i].experimental;
    return NULL;
}

static void engine_init(engine *e, const validate_params *p, gwapi_str kind, gwapi_str ns,
                        gwapi_str name)
{
    memset(e, 0, sizeof *e);
    e->opts = p->opts;
    e->a = p->arena;
    e->scratch = p->scratch;
    e->rx = p->rx;
    e->diags = p->diags;
    e->obj.kind = kind;
    e->obj.ns = ns;
    e->obj.name = name;
    strbuf_init_sticky(&e->path, p->arena->alloc, &p->arena->failed);
    strbuf_init_sticky(&e->path_text, p->arena->alloc, &p->arena->failed);
}

static bool decode_object(const validate_params *p, const gwapi_value *doc)
{
    gwapi_str api_version = str_member(doc, "apiVersion");
    gwapi_str kind_name = str_member(doc, "kind");
    const gwapi_value *md = gwapi_value_get(doc, "metadata");
    gwapi_str none = { NULL, 0 };
    gwapi_str name = md && md->type == GWAPI_VALUE_MAP ? str_member(md, "name") : none;
    gwapi_str ns = md && md->type == GWAPI_VALUE_MAP ? str_member(md, "namespace") : none;
    diag_obj dobj = { kind_name, ns, name };

    if (!api_version.len || !kind_name.len) {
        diag_add(p->diags, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_NOT_OBJECT, &dobj, NULL, doc->pos,
                 "error validating data: [%s%s%s]",
                 !api_version.len ? "apiVersion not set" : "",
                 !api_version.len && !kind_name.len ? ", " : "",
                 !kind_name.len ? "kind not set" : "");
        return !p->arena->failed;
    }

    /* group/version split at the last '/' */
    size_t glen = api_version.len;
    while (glen > 0 && api_version.ptr[glen - 1] != '/')
        glen--;
    gwapi_str group = { api_version.ptr, glen ? glen - 1 : 0 };
    gwapi_str version = { api_version.ptr + glen, api_version.len - glen };
    const gw_kind *k = find_kind(group, kind_name);
    const gw_schema *root = k ? find_version(p->opts, k, version) : NULL;

    gwapi_object *obj = p->objects.add(p->objects.user);
    if (!obj)
        return false;
    obj->api_version = api_version;
    obj->kind_name = kind_name;
    obj->source = p->opts->keep_source ? doc : NULL;
    obj->kind = k ? (gwapi_kind)k->kind : GWAPI_KIND_UNKNOWN;

    /* Unknown kinds are assumed namespaced, as most kinds are. */
    bool namespaced = k ? k->namespaced : true;
    gwapi_str default_ns = namespaced && !ns.len ? gwapi_str_of(p->opts->default_namespace) : none;
    engine e;
    engine_init(&e, p, kind_name, default_ns.ptr ? default_ns : ns, name);
    e.namespaced = namespaced;
    e.doc_pos = doc->pos;
    e.root = root;

    if (!root) {
        /* kubectl's NoKindMatchError quotes both with %q */
        strbuf kq, vq;
        engine_buf_init(&e, &kq);
        engine_buf_init(&e, &vq);
        goquote_quote(&kq, kind_name.ptr, kind_name.len);
        goquote_quote(&vq, api_version.ptr, api_version.len);
        if (k || group_closed(group))
            engine_diag(&e, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_UNKNOWN_KIND, "", doc->pos,
                        "no matches for kind %s in version %s", strbuf_str(&kq),
                        strbuf_str(&vq));
        else
            engine_diag(&e, GWAPI_SEVERITY_WARNING, GWAPI_DIAG_UNKNOWN_KIND, "", doc->pos,
                        "no schema for kind %s in version %s; kept without validation",
                        strbuf_str(&kq), strbuf_str(&vq));
        strbuf_free(&kq);
        strbuf_free(&vq);
        /* A known kind in a version the CRDs do not serve: the API server
         * refuses it (the one error above), but translators fed such
         * manifests directly read them as a served version; so the object
         * is still decoded with that schema, silently, for resolution. */
        const gw_schema *fallback = NULL;
        for (uint32_t i = 0; k && !fallback && i < k->nversions; i++)
            fallback = p->opts->channel == GWAPI_CHANNEL_STANDARD ? k->versions[i].standard
                                                                 : k->versions[i].experimental;
        if (fallback) {
            const void *typed = NULL;
            e.mute = true;
            engine_decode(&e, fallback, doc, &typed, false, doc->pos);
            obj->typed = typed;
            obj->meta = NULL;
            for (uint32_t i = 0; typed && i < fallback->nfields; i++)
                if (fallback->fields[i].schema->type == GW_T_META)
                    obj->meta = *(const gwapi_object_meta *const *)((const char *)typed +
                                                                   fallback->fields[i].offset);
        } else {
            const gwapi_object_meta *meta = NULL;
            if (md && !metadata_check_decode(&e, md) && md->type == GWAPI_VALUE_MAP) {
                strbuf_puts(&e.path, "metadata");
                metadata_decode(&e, md, &meta);
                strbuf_truncate(&e.path, 0);
            }
            obj->meta = meta;
        }
    } else {
        const void *typed = NULL;
        /* Malformed metadata fails the request body's decoding: the server
         * answers with that one error (400) and validates nothing else. */
        if (md && metadata_check_decode(&e, md))
            e.mute = true;
        check_duplicate_keys(&e, doc);
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
        if (p->go_keys && e.folded) {
            const gwapi_object_meta *meta = obj->meta;
            e.mute = true;
            e.fold = true;
            typed = NULL;
            engine_decode(&e, root, doc, &typed, false, doc->pos);
            obj->typed = typed;
            for (uint32_t i = 0; typed && i < root->nfields; i++)
                if (root->fields[i].schema->type == GW_T_META)
                    *(const gwapi_object_meta **)((char *)typed + root->fields[i].offset) = meta;
        }
    }
    if (obj->meta) {
        gwapi_object_meta *m = (gwapi_object_meta *)obj->meta;
        if (!namespaced)
            m->ns = none;
        else if (!m->ns.len)
            m->ns = gwapi_str_of(p->opts->default_namespace);
    }
    obj->error_count = e.errors;
    strbuf_free(&e.path);
    strbuf_free(&e.path_text);
    for (size_t i = 0; i < e.nsrcs; i++)
        *(const gwapi_value **)e.srcs[i] = NULL; /* the caller frees the input */
    if (e.path.failed || p->scratch->failed)
        p->arena->failed = true;
    arena_reset(p->scratch);
    p->objects.done(p->objects.user);
    return !p->arena->failed;
}

static bool is_list_kind(gwapi_str kind)
{
    return kind.len >= 4 && memcmp(kind.ptr + kind.len - 4, "List", 4) == 0;
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
