/* IR -> nginx.conf: one server block per (listener, hostname), the IR's
 * match order as an ordered regex map per server, one internal location
 * per route holding its action, weighted upstreams through split_clients.
 * What nginx cannot express is a warning line naming the route (or
 * listener) and the feature; see docs/renderers.md. */
#ifndef GWAPI_NGINX_RENDER_H
#define GWAPI_NGINX_RENDER_H

#include <gwapi/gwapi.h>

#include "text.h"

typedef struct nginx_options {
    const char *bind;              /* address every listener binds to */
    const char *cert_dir;          /* where certificate files are (certs.h names) */
} nginx_options;

/* Appends the whole nginx.conf to out and one "warning: ..." line per
 * feature left out to warnings. */
void nginx_render(text *out, text *warnings, const gwapi_ir *ir, const nginx_options *opts);

#endif
