/* What the parts of the nginx renderer share: the render state, and the
 * small helpers for warnings, nginx variable names and prefixes. Not
 * installed; render.h is the renderer's interface. */
#ifndef GWAPI_NGINX_RENDER_STATE_H
#define GWAPI_NGINX_RENDER_STATE_H

#include "render.h"

/* One condition (header, query parameter, cookie or method test) as a map
 * from an nginx variable to 0/1; shared by every route that uses it. */
typedef struct condition {
    char *var;                     /* "$http_x_version" */
    char *regex;                   /* PCRE over the variable's value */
} condition;

typedef struct render {
    text *out, *warn;
    const nginx_options *o;
    text http;                     /* maps and split_clients */
    text upstream_defs;            /* upstream blocks */
    text servers;
    condition *conds;
    size_t nconds, capconds;
    const char **upstreams;        /* backend ids already emitted, in order */
    size_t nups, capups;
    unsigned next_route, next_var;
    bool xfh_map;                  /* $gwapi_xfh (X-Forwarded-Host appended) defined */
} render;

void render_warn(render *r, const char *subject, const char *feature, const char *detail);
/* $PREFIXNAME for a header (lower-case, '-' as '_'), query parameter or
 * cookie name; false when nginx has no variable for it. */
bool nginx_var_name(text *t, const char *prefix, const char *name, bool header);
/* The length of a PathPrefix without its trailing slashes. */
size_t path_prefix_len(const char *prefix);

/* upstreams.c: the proxy_pass target of a forwarding route (an upstream,
 * or $gwapi_sN of a weighted split_clients); *status set instead when a
 * status answers every request. */
void forward_target(render *r, const gwapi_ir_http_route *rt, text *target, int *status);

/* headers.c: request header changes as proxy_set_header (host_value: the
 * Host to send, NULL for the client's), response ones as add_header /
 * proxy_hide_header (proxied: the answer comes from an upstream). */
void request_headers(render *r, text *loc, const gwapi_ir_header_mods *const *mods,
                     size_t nmods, const char *host_value);
void response_headers(text *loc, const gwapi_ir_header_mods *const *mods, size_t nmods,
                      bool proxied);

#endif
