/* What status, translate, routes and explain share: the parsed options'
 * files loaded and translated, and released together. */
#ifndef GWAPI_CLI_TRANSLATION_H
#define GWAPI_CLI_TRANSLATION_H

#include <stdbool.h>
#include <stddef.h>
#include <gwapi/gwapi.h>
#include "args.h"

typedef struct cli_translation {
    gwapi_ctx *ctx;
    gwapi_input *in;
    gwapi_translation *t;    /* NULL when translation failed or did not run */
    size_t unreadable;       /* paths that could not be read (reported) */
} cli_translation;

/* Loads o->files and translates them; a path that cannot be read is
 * reported and the others are still translated, unless every file is
 * needed (then nothing is translated). GWAPI_OK, or the failing status,
 * already reported on stderr. Release with cli_translation_free. */
gwapi_status cli_translate_files(cli_translation *ct, const cli_options *o, bool need_every_file);
void cli_translation_free(cli_translation *ct);

#endif
