/* Match conditions of HTTPRoute and GRPCRoute entries. The implied request
 * path of a gRPC method match follows ROUTES.md §5. */
#include "match.h"
#include "order.h"
#include "../model/model.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

gwapi_ir_path_type ir_path_type(gwapi_str s)
{
    if (gwapi_str_eq(s, "Exact"))
        return GWAPI_IR_PATH_EXACT;
    if (gwapi_str_eq(s, "RegularExpression"))
        return GWAPI_IR_PATH_REGEX;
    return GWAPI_IR_PATH_PREFIX;
}

gwapi_ir_match_type ir_match_type(gwapi_str s)
{
    return gwapi_str_eq(s, "RegularExpression") ? GWAPI_IR_MATCH_REGEX : GWAPI_IR_MATCH_EXACT;
}

static int cond_cmp(const void *pa, const void *pb)
{
    const gwapi_ir_string_match *a = pa, *b = pb;
    int c = strcmp(a->name, b->name);
    if (c)
        return c;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    c = strcmp(a->value, b->value);
    if (c)
        return c;
    return a->invert - b->invert;
}

static char *lower_dup(arena *a, const char *s)
{
    char *d = arena_strdup(a, s);
    if (d)
        for (char *p = d; *p; p++)
            *p = (char)tolower((unsigned char)*p);
    return d;
}

/* One condition list from n typed items read through get(). */
typedef void (*cond_get)(const void *items, size_t i, gwapi_str *name, gwapi_str *type,
                         gwapi_str *value);

static bool conds(arena *a, gwapi_ir_string_match_list *out, const void *items, size_t n,
                  cond_get get, bool lower)
{
    gwapi_ir_string_match *l = arena_calloc(a, n, sizeof *l);
    if (!l)
        return false;
    for (size_t i = 0; i < n; i++) {
        gwapi_str name, type, value;
        get(items, i, &name, &type, &value);
        l[i].name = lower ? lower_dup(a, name.ptr ? name.ptr : "") : (name.ptr ? name.ptr : "");
        l[i].type = ir_match_type(type);
        l[i].value = value.ptr ? value.ptr : "";
        if (!l[i].name)
            return false;
    }
    qsort(l, n, sizeof *l, cond_cmp);
    out->items = l;
    out->count = n;
    return true;
}

static void http_header(const void *items, size_t i, gwapi_str *n, gwapi_str *t, gwapi_str *v)
{
    const gwapi_http_header_match *h = (const gwapi_http_header_match *)items + i;
    *n = h->name, *t = h->type, *v = h->value;
}

static void http_query(const void *items, size_t i, gwapi_str *n, gwapi_str *t, gwapi_str *v)
{
    const gwapi_http_query_param_match *h = (const gwapi_http_query_param_match *)items + i;
    *n = h->name, *t = h->type, *v = h->value;
}

static void grpc_header(const void *items, size_t i, gwapi_str *n, gwapi_str *t, gwapi_str *v)
{
    const gwapi_grpc_header_match *h = (const gwapi_grpc_header_match *)items + i;
    *n = h->name, *t = h->type, *v = h->value;
}

static void cookie(const void *items, size_t i, gwapi_str *n, gwapi_str *t, gwapi_str *v)
{
    const gwapi_http_cookie_match *h = (const gwapi_http_cookie_match *)items + i;
    *n = h->name, *t = h->type, *v = h->value;
}

static bool cookies(arena *a, gwapi_ir_match *out, const gwapi_http_route_match_filter *fm)
{
    if (!fm)
        return conds(a, &out->cookies, NULL, 0, cookie, false);
    return conds(a, &out->cookies, fm->cookies.items, fm->cookies.count, cookie, false);
}

bool ir_http_match(arena *a, gwapi_ir_match *out, const gwapi_http_route_match *m,
                   const gwapi_http_route_match_filter *fm)
{
    memset(out, 0, sizeof *out);
    out->path.type = GWAPI_IR_PATH_PREFIX;
    out->path.value = "/";
    if (m && m->path) {
        out->path.type = ir_path_type(m->path->type);
        if (m->path->value.ptr)
            out->path.value = m->path->value.ptr;
    }
    out->method = m ? gw_c(m->method) : NULL;
    if (!conds(a, &out->headers, m ? m->headers.items : NULL, m ? m->headers.count : 0,
               http_header, true) ||
        !conds(a, &out->query, m ? m->query_params.items : NULL, m ? m->query_params.count : 0,
               http_query, false))
        return false;
    return cookies(a, out, fm);
}

static char *concat3(arena *a, const char *x, const char *y, const char *z)
{
    size_t lx = strlen(x), ly = strlen(y), lz = strlen(z);
    char *s = arena_alloc(a, lx + ly + lz + 1);
    if (!s)
        return NULL;
    memcpy(s, x, lx);
    memcpy(s + lx, y, ly);
    memcpy(s + lx + ly, z, lz + 1);
    return s;
}

/* The request path a gRPC method match implies (ROUTES.md §5). */
static bool grpc_path(arena *a, gwapi_ir_path_match *p, const gwapi_ir_grpc_method *g)
{
    p->type = GWAPI_IR_PATH_PREFIX;
    p->value = "/";
    if (!g || (!g->service && !g->method))
        return true;
    if (g->type == GWAPI_IR_MATCH_REGEX) {
        p->type = GWAPI_IR_PATH_REGEX;
        p->value = concat3(a, "/", g->service ? g->service : ir_grpc_any_service, "/");
        if (p->value)
            p->value = concat3(a, p->value, g->method ? g->method : ir_grpc_any_method, "");
    } else if (g->service && g->method) {
        p->type = GWAPI_IR_PATH_EXACT;
        p->value = concat3(a, "/", g->service, "/");
        if (p->value)
            p->value = concat3(a, p->value, g->method, "");
    } else if (g->service) {
        p->value = concat3(a, "/", g->service, "");
    }
    return p->value != NULL;
}

bool ir_grpc_match(arena *a, gwapi_ir_match *out, const gwapi_grpc_route_match *m,
                   const gwapi_http_route_match_filter *fm)
{
    memset(out, 0, sizeof *out);
    const gwapi_grpc_method_match *mm = m ? m->method : NULL;
    if (mm && (mm->service.ptr || mm->method.ptr)) {
        gwapi_ir_grpc_method *g = arena_zalloc(a, sizeof *g);
        if (!g)
            return false;
        g->type = ir_match_type(mm->type);
        g->service = gw_c(mm->service);
        g->method = gw_c(mm->method);
        out->grpc_method = g;
    }
    if (!grpc_path(a, &out->path, out->grpc_method) ||
        !conds(a, &out->headers, m ? m->headers.items : NULL, m ? m->headers.count : 0,
               grpc_header, true) ||
        !conds(a, &out->query, NULL, 0, http_query, false))
        return false;
    return cookies(a, out, fm);
}
