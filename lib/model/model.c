/* Building the model from a result: objects with a typed struct, per kind
 * in input order, the identity index (later duplicate wins, with a
 * warning), creation times, and the diagnostics <-> objects links. */
#include "model.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "../util/gotime.h"

bool gw_notes_add(gw_notes *n, arena *a, const gw_obj *obj, gwapi_severity sev,
                  const char *path, const char *fmt, ...)
{
    if (n->count == n->cap) {
        size_t cap = n->cap ? n->cap * 2 : 16;
        gw_note *items = arena_calloc(a, cap, sizeof *items);
        if (!items)
            return false;
        if (n->count)
            memcpy(items, n->items, n->count * sizeof *items);
        n->items = items;
        n->cap = cap;
    }
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    int len = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    char *msg;
    if (len >= (int)sizeof tmp) {
        msg = arena_alloc(a, (size_t)len + 1);
        if (!msg)
            return false;
        va_start(ap, fmt);
        vsnprintf(msg, (size_t)len + 1, fmt, ap);
        va_end(ap);
    } else {
        msg = arena_strdup(a, len < 0 ? "" : tmp);
        if (!msg)
            return false;
    }
    gw_note *e = &n->items[n->count++];
    e->obj = obj;
    e->severity = sev;
    e->path = path ? path : "";
    e->message = msg;
    return true;
}

/* "gateway.networking.k8s.io/v1" -> "gateway.networking.k8s.io"; "v1" -> "". */
static const char *group_of(arena *a, gwapi_str version)
{
    const char *api_version = version.ptr;
    const char *slash = api_version ? strchr(api_version, '/') : NULL;
    if (!slash)
        return "";
    return arena_strndup(a, api_version, (size_t)(slash - api_version));
}

/* metadata.creationTimestamp: RFC 3339, or the YAML timestamp spelling with
 * a space before the time that YAML tools write when they re-emit a parsed
 * timestamp ("2025-07-12 20:47:53+00:00"). */
static bool creation_time(gwapi_str ts, int64_t *out)
{
    if (!ts.ptr)
        return false;
    if (go_parse_rfc3339(ts, NULL, out))
        return true;
    const char *s = ts.ptr;
    size_t n = ts.len;
    if (n < 11 || n > 64 || s[10] != ' ')
        return false;
    char buf[65];
    memcpy(buf, s, n);
    buf[10] = 'T';
    gwapi_str fixed = { buf, n };
    return go_parse_rfc3339(fixed, NULL, out);
}

static bool link_diags(gw_model *m)
{
    size_t nd = gwapi_result_diag_count(m->result);
    if (!nd)
        return true;
    /* Diagnostics name their object by kind name, namespace and name. */
    gw_ident_index byname;
    if (!gw_ident_init(&byname, m->a, m->obj_count))
        return false;
    gw_obj *shadow = arena_calloc(m->a, m->obj_count ? m->obj_count : 1, sizeof *shadow);
    if (!shadow)
        return false;
    for (size_t i = 0; i < m->obj_count; i++) {
        shadow[i] = m->objs[i];
        shadow[i].group = "";
        shadow[i].input_index = i;   /* here: the index into m->objs */
        gw_ident_put(&byname, &shadow[i]);
    }
    size_t *owner = arena_calloc(m->a, nd, sizeof *owner);
    if (!owner)
        return false;
    for (size_t d = 0; d < nd; d++) {
        const gwapi_diag *g = gwapi_result_diag(m->result, d);
        owner[d] = SIZE_MAX;
        if (!g->kind.ptr || !g->name.ptr)
            continue;
        const gw_obj *s = gw_ident_get(&byname, "", g->kind.ptr, g->ns.ptr, g->name.ptr);
        if (!s)
            continue;
        owner[d] = s->input_index;
        m->objs[s->input_index].diag_count++;
    }
    for (size_t i = 0; i < m->obj_count; i++) {
        if (m->objs[i].diag_count) {
            m->objs[i].diags = arena_calloc(m->a, m->objs[i].diag_count, sizeof(size_t));
            if (!m->objs[i].diags)
                return false;
            m->objs[i].diag_count = 0;
        }
    }
    for (size_t d = 0; d < nd; d++) {
        if (owner[d] == SIZE_MAX)
            continue;
        gw_obj *o = &m->objs[owner[d]];
        ((size_t *)o->diags)[o->diag_count++] = d;
    }
    return true;
}

static gwapi_str source_string(const gwapi_value *v, const char *key)
{
    const gwapi_value *x = gwapi_value_get(v, key);
    gwapi_str none = { NULL, 0 };
    return x && x->type == GWAPI_VALUE_STRING ? x->u.string : none;
}

/* When metadata failed to decode (the API server would refuse the object
 * for it, and validation says so), resolution still needs its identity:
 * name, namespace, labels and creationTimestamp as the document spells
 * them. */
static const gwapi_object_meta *source_meta(arena *a, const gwapi_object *obj)
{
    const gwapi_value *md = gwapi_value_get(obj->source, "metadata");
    if (!md || md->type != GWAPI_VALUE_MAP || !source_string(md, "name").ptr)
        return NULL;
    gwapi_object_meta *meta = arena_zalloc(a, sizeof *meta);
    if (!meta)
        return NULL;
    meta->name = source_string(md, "name");
    meta->ns = source_string(md, "namespace");
    if (!meta->ns.ptr)
        meta->ns = gwapi_str_of("default");
    meta->creation_timestamp = source_string(md, "creationTimestamp");
    meta->pos = md->pos;
    const gwapi_value *labels = gwapi_value_get(md, "labels");
    if (labels && labels->type == GWAPI_VALUE_MAP) {
        gwapi_kv *kv = arena_calloc(a, labels->u.map.count ? labels->u.map.count : 1, sizeof *kv);
        if (!kv)
            return NULL;
        size_t n = 0;
        for (size_t i = 0; i < labels->u.map.count; i++) {
            const gwapi_member *mb = &labels->u.map.items[i];
            if (mb->value->type == GWAPI_VALUE_STRING) {
                kv[n].key = mb->key->u.string;
                kv[n++].value = mb->value->u.string;
            }
        }
        meta->labels.items = kv;
        meta->labels.count = n;
    }
    return meta;
}

bool gw_model_build(gw_model *m, arena *a, const gwapi_result *result)
{
    memset(m, 0, sizeof *m);
    m->a = a;
    m->result = result;
    size_t n = gwapi_result_object_count(result);
    m->objs = arena_calloc(a, n ? n : 1, sizeof *m->objs);
    if (!m->objs || !gw_ident_init(&m->ident, a, n))
        return false;
    /* Input index of the object each identity finally resolves to. */
    for (size_t i = 0; i < n; i++) {
        const gwapi_object *obj = gwapi_result_object(result, i);
        if (!obj->typed || obj->kind == GWAPI_KIND_UNKNOWN)
            continue;
        const gwapi_object_meta *meta = obj->meta && obj->meta->name.ptr ? obj->meta : source_meta(a, obj);
        if (!meta) {
            if (a->failed)
                return false;
            continue;
        }
        gw_obj *o = &m->objs[m->obj_count++];
        o->obj = obj;
        o->meta = meta;
        o->kind = obj->kind;
        o->group = group_of(a, obj->api_version);
        o->ns = meta->ns.ptr;
        o->name = meta->name.ptr;
        o->input_index = i;
        o->has_creation_time = creation_time(meta->creation_timestamp, &o->creation_time);
        o->generation = meta->generation.set ? meta->generation.value : 1;
        if (!o->group)
            return false;
        const gw_obj *prev = gw_ident_put(&m->ident, o);
        if (prev) {
            const gwapi_pos *p = &prev->meta->pos, *q = &meta->pos;
            if (!gw_notes_add(&m->notes, a, o, GWAPI_SEVERITY_WARNING, "",
                              "%s %s%s%s is defined twice (%s:%u:%u and %s:%u:%u); the later one is used",
                              obj->kind_name.ptr, o->ns ? o->ns : "", o->ns ? "/" : "", o->name,
                              p->file ? p->file : "-", p->line, p->column,
                              q->file ? q->file : "-", q->line, q->column))
                return false;
        }
    }
    size_t counts[GWAPI_KIND_COUNT] = {0};
    for (size_t i = 0; i < m->obj_count; i++) {
        const gw_obj *o = &m->objs[i];
        if (gw_ident_get(&m->ident, o->group, o->obj->kind_name.ptr, o->ns, o->name) == o)
            counts[o->kind]++;
    }
    for (int k = 0; k < GWAPI_KIND_COUNT; k++) {
        m->by_kind[k].items = arena_calloc(a, counts[k] ? counts[k] : 1, sizeof(gw_obj *));
        if (!m->by_kind[k].items)
            return false;
    }
    for (size_t i = 0; i < m->obj_count; i++) {
        const gw_obj *o = &m->objs[i];
        if (gw_ident_get(&m->ident, o->group, o->obj->kind_name.ptr, o->ns, o->name) == o)
            m->by_kind[o->kind].items[m->by_kind[o->kind].count++] = o;
    }
    return link_diags(m) && !a->failed;
}

const gw_obj *gw_model_find(const gw_model *m, const char *group, const char *kind,
                            const char *ns, const char *name)
{
    return gw_ident_get(&m->ident, group ? group : "", kind, ns, name);
}

/* The group and manifest name of each kind the resolver looks up. */
static const char *kind_group(gwapi_kind k)
{
    switch (k) {
    case GWAPI_KIND_NAMESPACE: case GWAPI_KIND_SERVICE: case GWAPI_KIND_SECRET:
    case GWAPI_KIND_CONFIG_MAP:
        return "";
    case GWAPI_KIND_SERVICE_IMPORT: return "multicluster.x-k8s.io";
    case GWAPI_KIND_ENDPOINT_SLICE: return "discovery.k8s.io";
    case GWAPI_KIND_X_BACKEND_TRAFFIC_POLICY: case GWAPI_KIND_X_BACKEND: case GWAPI_KIND_X_MESH:
        return "gateway.networking.x-k8s.io";
    case GWAPI_KIND_CLIENT_TRAFFIC_POLICY: case GWAPI_KIND_BACKEND_TRAFFIC_POLICY:
    case GWAPI_KIND_SECURITY_POLICY: case GWAPI_KIND_ENVOY_EXTENSION_POLICY:
    case GWAPI_KIND_ENVOY_PATCH_POLICY: case GWAPI_KIND_HTTP_ROUTE_FILTER: case GWAPI_KIND_BACKEND:
        return "gateway.envoyproxy.io";
    default:
        return "gateway.networking.k8s.io";
    }
}

const gw_obj *gw_model_find_kind(const gw_model *m, gwapi_kind kind, const char *ns, const char *name)
{
    const char *kn = gwapi_kind_name(kind);
    if (!kn || !name)
        return NULL;
    const gw_obj *o = gw_model_find(m, kind_group(kind), kn, ns, name);
    return o && o->kind == kind ? o : NULL;
}

const gwapi_string_map *gw_model_namespace_labels(const gw_model *m, const char *ns)
{
    const gw_obj *o = gw_model_find_kind(m, GWAPI_KIND_NAMESPACE, NULL, ns);
    return o ? &o->meta->labels : NULL;
}

static int cmp_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

int gw_obj_older(const gw_obj *x, const gw_obj *y)
{
    int64_t tx = x->has_creation_time ? x->creation_time : 0;
    int64_t ty = y->has_creation_time ? y->creation_time : 0;
    if (tx != ty)
        return tx < ty ? -1 : 1;
    int c = cmp_str(x->ns, y->ns);
    return c ? c : cmp_str(x->name, y->name);
}
