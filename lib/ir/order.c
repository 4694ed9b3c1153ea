/* Route precedence (ROUTES.md §5). The key orders by path specificity and
 * then by the number (and exactness) of header, cookie and query
 * conditions; origin breaks ties so that the order is total. */
#include "order.h"

#include <stdlib.h>
#include <string.h>

const char ir_grpc_any_service[] = "(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*";
const char ir_grpc_any_method[] = "[A-Za-z_][A-Za-z_0-9]*";

static int path_rank(gwapi_ir_path_type t)
{
    switch (t) {
    case GWAPI_IR_PATH_EXACT: return 3;
    case GWAPI_IR_PATH_REGEX: return 2;
    default: return 1;
    }
}

static void count(const gwapi_ir_string_match_list *l, size_t *all, size_t *exact)
{
    *all = l->count;
    *exact = 0;
    for (size_t i = 0; i < l->count; i++)
        if (l->items[i].type == GWAPI_IR_MATCH_EXACT)
            (*exact)++;
}

static void conditions(ir_order_key *k, const gwapi_ir_match *m)
{
    count(&m->headers, &k->headers, &k->exact_headers);
    count(&m->cookies, &k->cookies, &k->exact_cookies);
    count(&m->query, &k->query, &k->exact_query);
}

void ir_order_key_http(ir_order_key *out, const gwapi_ir_match *m)
{
    memset(out, 0, sizeof *out);
    out->path_rank = path_rank(m->path.type);
    const char *v = m->path.value ? m->path.value : "/";
    out->path_len = (m->path.type == GWAPI_IR_PATH_PREFIX && !strcmp(v, "/")) ? 0 : strlen(v);
    conditions(out, m);
    if (m->method) {
        out->headers++;
        out->exact_headers++;
    }
}

void ir_order_key_grpc(ir_order_key *out, const gwapi_ir_match *m)
{
    memset(out, 0, sizeof *out);
    conditions(out, m);
    const gwapi_ir_grpc_method *g = m->grpc_method;
    out->path_rank = 1;
    if (!g || (!g->service && !g->method))
        return;
    if (g->type == GWAPI_IR_MATCH_REGEX) {
        const char *s = g->service ? g->service : ir_grpc_any_service;
        const char *me = g->method ? g->method : ir_grpc_any_method;
        out->path_rank = 2;
        out->path_len = 2 + strlen(s) + strlen(me);
    } else if (g->service && g->method) {
        out->path_rank = 3;
        out->path_len = 2 + strlen(g->service) + strlen(g->method);
    } else if (g->service) {
        out->path_len = 1 + strlen(g->service);
    } else {
        /* method only: a path suffix condition, counted as a header */
        out->headers++;
    }
}

static int desc(size_t a, size_t b)
{
    return a > b ? -1 : a < b ? 1 : 0;
}

static int str_cmp(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

int ir_order_cmp(const ir_order_item *a, const ir_order_item *b)
{
    const ir_order_key *x = &a->key, *y = &b->key;
    int c;
    if ((c = desc((size_t)x->path_rank, (size_t)y->path_rank)) ||
        (c = desc(x->path_len, y->path_len)) ||
        (c = desc(x->headers, y->headers)) ||
        (c = desc(x->exact_headers, y->exact_headers)) ||
        (c = desc(x->cookies, y->cookies)) ||
        (c = desc(x->exact_cookies, y->exact_cookies)) ||
        (c = desc(x->query, y->query)) ||
        (c = desc(x->exact_query, y->exact_query)))
        return c;
    const ir_order_origin *p = &a->origin, *q = &b->origin;
    if (p->grpc != q->grpc)
        return p->grpc ? 1 : -1;
    if (p->has_time != q->has_time)
        return p->has_time ? 1 : -1;
    if (p->has_time && p->time != q->time)
        return p->time < q->time ? -1 : 1;
    if ((c = str_cmp(p->ns, q->ns)) || (c = str_cmp(p->name, q->name)))
        return c;
    if (p->rule != q->rule)
        return p->rule < q->rule ? -1 : 1;
    if (p->match != q->match)
        return p->match < q->match ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int qcmp(const void *a, const void *b)
{
    return ir_order_cmp(a, b);
}

void ir_order_sort(ir_order_item *items, size_t n)
{
    /* seq makes every pair distinct, so qsort's instability cannot show */
    qsort(items, n, sizeof *items, qcmp);
}
