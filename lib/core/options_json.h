/* Reading option objects given as JSON text (lib/core/options_json.c). */
#ifndef GWAPI_OPTIONS_JSON_H
#define GWAPI_OPTIONS_JSON_H

#include <stdbool.h>
#include <gwapi/context.h>
#include <gwapi/value.h>
#include <gwapi/result.h>
#include "../util/arena.h"

/* Parses `text` (NULL or "" = no options: *out NULL) into a map value in
 * `a`; GWAPI_EINVAL unless it is one JSON object. */
gwapi_status options_json_parse(const gwapi_value **out, arena *a, const char *text);

/* Applies the context option keys of `root` (may be NULL) to *o. Strings
 * stored in *o point into root's arena. */
gwapi_status options_json_ctx(gwapi_ctx_options *o, const gwapi_value *root);

bool options_key_is(const gwapi_member *m, const char *key);
/* The string value without NUL bytes, or NULL. */
const char *options_string(const gwapi_value *v);
/* The per-call input keys of the one-call functions: file (the name
 * diagnostics carry) and format ("auto", "yaml", "json"). *taken says
 * whether m was one of them; GWAPI_EINVAL for a bad value. */
gwapi_status options_json_input_key(const gwapi_member *m, const char **file,
                                    gwapi_format *format, bool *taken);
/* Index of the string value in the NULL-terminated `names`, or -1. */
int options_enum(const gwapi_value *v, const char *const *names);

#endif
