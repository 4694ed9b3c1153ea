/* Request and response header changes of a route (see render_state.h). */
#include "render_state.h"

/* Request headers go upstream as proxy_set_header; an add appends to the
 * client's value (a map keeps it single when the client sent none). The
 * Host header is passed as the client sent it unless a rewrite sets it. */
void request_headers(render *r, text *loc, const gwapi_ir_header_mods *const *mods,
                            size_t nmods, const char *host_value)
{
    if (host_value)
        text_addf(loc, "        proxy_set_header Host %s;\n", host_value);
    else
        text_addf(loc, "        proxy_set_header Host $http_host;\n");
    text_addf(loc, "        proxy_set_header Connection \"\";\n"
                   "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                   "        proxy_set_header X-Forwarded-Proto $scheme;\n");
    for (size_t m = 0; m < nmods; m++) {
        const gwapi_ir_header_mods *hm = mods[m];
        if (!hm)
            continue;
        for (size_t i = 0; i < hm->set.count; i++) {
            text_addf(loc, "        proxy_set_header %s ", hm->set.items[i].name);
            text_value(loc, hm->set.items[i].value);
            text_addf(loc, ";\n");
        }
        for (size_t i = 0; i < hm->add.count; i++) {
            text var = {0};
            unsigned v = r->next_var++;
            if (!nginx_var_name(&var, "http_", hm->add.items[i].name, true)) {
                /* No variable for the client's value: nothing to append to. */
                text_addf(loc, "        proxy_set_header %s ", hm->add.items[i].name);
                text_value(loc, hm->add.items[i].value);
                text_addf(loc, ";\n");
            } else {
                text_addf(&r->http, "map %s $gwapi_a%u {\n    \"\" ", var.data, v);
                text_value(&r->http, hm->add.items[i].value);
                text_addf(&r->http, ";\n    default \"%s,", var.data);
                text_value_part(&r->http, hm->add.items[i].value);
                text_addf(&r->http, "\";\n}\n");
                text_addf(loc, "        proxy_set_header %s $gwapi_a%u;\n",
                          hm->add.items[i].name, v);
            }
            text_free(&var);
        }
        for (size_t i = 0; i < hm->remove.count; i++)
            text_addf(loc, "        proxy_set_header %.*s \"\";\n", (int)hm->remove.items[i].len,
                      hm->remove.items[i].ptr);
    }
}

/* Response headers: add_header ... always (on every status); set and
 * remove also hide the upstream's own header of that name. */
void response_headers(text *loc, const gwapi_ir_header_mods *const *mods, size_t nmods,
                             bool proxied)
{
    for (size_t m = 0; m < nmods; m++) {
        const gwapi_ir_header_mods *hm = mods[m];
        if (!hm)
            continue;
        for (size_t i = 0; i < hm->set.count; i++) {
            if (proxied)
                text_addf(loc, "        proxy_hide_header %s;\n", hm->set.items[i].name);
            text_addf(loc, "        add_header %s ", hm->set.items[i].name);
            text_value(loc, hm->set.items[i].value);
            text_addf(loc, " always;\n");
        }
        for (size_t i = 0; i < hm->add.count; i++) {
            text_addf(loc, "        add_header %s ", hm->add.items[i].name);
            text_value(loc, hm->add.items[i].value);
            text_addf(loc, " always;\n");
        }
        if (proxied)
            for (size_t i = 0; i < hm->remove.count; i++)
                text_addf(loc, "        proxy_hide_header %.*s;\n",
                          (int)hm->remove.items[i].len, hm->remove.items[i].ptr);
    }
}

