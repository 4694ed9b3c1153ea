/* Loading and translating the files of status, translate, routes and
 * explain, in one place. */
#include "translation.h"
#include "cli.h"

#include <string.h>

gwapi_status cli_translate_files(cli_translation *ct, const cli_options *o, bool need_every_file)
{
    memset(ct, 0, sizeof *ct);
    gwapi_status st = gwapi_ctx_new(&ct->ctx, &o->ctx);
    if (st == GWAPI_OK)
        st = gwapi_input_new(&ct->in, ct->ctx);
    if (st == GWAPI_OK) {
        size_t nread = 0;
        ct->unreadable = cli_add_paths(ct->in, gwapi_ctx_limits(ct->ctx)->max_input_bytes, o->files,
                                       o->nfiles, &nread);
        if (need_every_file && ct->unreadable)
            return GWAPI_OK;
        st = gwapi_translate(&ct->t, ct->ctx, ct->in, &o->translate);
    }
    if (st != GWAPI_OK)
        fprintf(stderr, "gwapi: %s\n", gwapi_status_str(st));
    return st;
}

void cli_translation_free(cli_translation *ct)
{
    gwapi_translation_free(ct->t);
    gwapi_input_free(ct->in);
    gwapi_ctx_free(ct->ctx);
    memset(ct, 0, sizeof *ct);
}
