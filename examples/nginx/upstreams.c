/* Upstream blocks, one per IR backend, and weighted splits of several
 * backends through split_clients (see render_state.h). */
#include "render_state.h"

#include <stdlib.h>
#include <string.h>

static void upstream_name(text *t, render *r, const gwapi_ir_backend *b)
{
    size_t i = 0;
    while (i < r->nups && strcmp(r->upstreams[i], b->id))
        i++;
    if (i == r->nups) {
        if (r->nups == r->capups) {
            size_t cap = r->capups ? r->capups * 2 : 16;
            const char **u = realloc(r->upstreams, cap * sizeof *u);
            if (!u) {
                r->out->oom = true;
                return;
            }
            r->upstreams = u;
            r->capups = cap;
        }
        r->upstreams[r->nups++] = b->id;
        bool any_ready = false;
        for (size_t e = 0; e < b->endpoints.count; e++)
            any_ready |= b->endpoints.items[e].ready;
        text_addf(&r->upstream_defs, "# %s -> %s %s/%s\nupstream gwapi_b%zu {\n", b->id, b->ref.kind,
                  b->ref.ns, b->ref.name, i);
        for (size_t e = 0; e < b->endpoints.count; e++) {
            const gwapi_ir_endpoint *ep = &b->endpoints.items[e];
            /* Not-ready endpoints serve only when none is ready. */
            if (any_ready && !ep->ready)
                continue;
            bool v6 = strchr(ep->address, ':') != NULL;
            text_addf(&r->upstream_defs, "    server %s%s%s:%d;\n", v6 ? "[" : "", ep->address,
                      v6 ? "]" : "", ep->port);
        }
        text_addf(&r->upstream_defs, "}\n");
    }
    text_addf(t, "gwapi_b%zu", i);
}

/* What a backend's share of the traffic gets: an upstream, or a status. */
static int backend_failure(const gwapi_ir_backend *b)
{
    if (b->invalid || b->dynamic_resolver)
        return 500;
    if (b->endpoints.count == 0)
        return 503;
    return 0;
}

/* The proxy_pass target of a forwarding route, "" when a status answers
 * every request (*status set). Several backends split by weight through
 * split_clients on $request_id; a failing share maps to "status:CODE". */
void forward_target(render *r, const gwapi_ir_http_route *rt, text *target, int *status)
{
    const gwapi_ir_backend_list *bs = &rt->backends;
    *status = 0;
    for (size_t i = 0; i < bs->count; i++)
        if (bs->items[i].dynamic_resolver)
            render_warn(r, rt->id, "DynamicResolver backend",
                 "nginx resolves no per-request host; its share answers 500");
    if (bs->count == 1) {
        int fail = backend_failure(&bs->items[0]);
        if (fail)
            *status = fail;
        else
            upstream_name(target, r, &bs->items[0]);
        return;
    }
    uint64_t total = 0;
    for (size_t i = 0; i < bs->count; i++)
        total += bs->items[i].weight;
    unsigned v = r->next_var++;
    text split = {0};
    text_addf(&split, "# weights of %s\nsplit_clients \"${request_id}\" $gwapi_s%u {\n", rt->id, v);
    /* Shares in hundredths of a percent, rounded so that they add up. */
    uint64_t done = 0;
    for (size_t i = 0; i < bs->count; i++) {
        const gwapi_ir_backend *b = &bs->items[i];
        uint64_t upto = (total ? (done + b->weight) * 10000 / total : 0);
        uint64_t from = (total ? done * 10000 / total : 0);
        done += b->weight;
        if (upto == from)
            continue;
        if (i + 1 == bs->count)
            text_addf(&split, "    *");
        else
            text_addf(&split, "    %llu.%02llu%%", (unsigned long long)((upto - from) / 100),
                      (unsigned long long)((upto - from) % 100));
        int fail = backend_failure(b);
        if (fail) {
            text_addf(&split, " status:%d;\n", fail);
        } else {
            text_addf(&split, " ");
            upstream_name(&split, r, b);
            text_addf(&split, ";\n");
        }
    }
    text_addf(&split, "}\n");
    text_addn(&r->http, split.data, split.len);
    text_free(&split);
    text_addf(target, "$gwapi_s%u", v);
}

