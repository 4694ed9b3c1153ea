/* A free-standing value (a policy spec merged with its parent's) decoded
 * into its typed struct, defaults applied, as an object's field is
 * decoded. Silent: its parts were validated in the objects they came
 * from, and what the merge makes of them is the translator's concern. */
#include "objects.h"

#include <string.h>

bool validate_decode_value(const void **out, arena *a, const engine_options *opts, const gw_schema *s,
                           const gwapi_value *v)
{
    *out = NULL;
    if (!s || !v)
        return true;
    arena scratch;
    arena_init(&scratch, a->alloc);
    regex_scratch rx;
    memset(&rx, 0, sizeof rx);
    diag_list diags;
    diag_list_init(&diags, &scratch, 1);
    engine e;
    memset(&e, 0, sizeof e);
    e.opts = opts;
    e.a = a;
    e.scratch = &scratch;
    e.rx = &rx;
    e.diags = &diags;
    e.mute = true;
    e.fold = true;   /* the translation's decode */
    e.root = s;
    strbuf_init_sticky(&e.path, a->alloc, &a->failed);
    strbuf_init_sticky(&e.path_text, a->alloc, &a->failed);
    engine_decode(&e, s, v, out, false, v->pos);
    strbuf_free(&e.path);
    strbuf_free(&e.path_text);
    regex_scratch_free(&rx);
    arena_free(&scratch);
    return !a->failed;
}
