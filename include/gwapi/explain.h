/* Explanations: why an object of a translation is where it is (which
 * listeners a route attached to and why not the others, which policy
 * applies to each rule and what it shadows or merged with, what a policy
 * holds, lost or merged into, what attached to a Gateway's listeners). */
#ifndef GWAPI_EXPLAIN_H
#define GWAPI_EXPLAIN_H

#include <stddef.h>
#include "export.h"
#include "status.h"
#include "translate.h"

GWAPI_BEGIN_DECLS

typedef enum gwapi_explain_format {
    GWAPI_EXPLAIN_TEXT = 0,   /* indented "key: value" lines for people */
    GWAPI_EXPLAIN_JSON = 1    /* one JSON object, the same content */
} gwapi_explain_format;

/* Explains the object of this kind (as written, e.g. "HTTPRoute"),
 * namespace (NULL: any; ignored for cluster-scoped kinds) and name. When
 * the translation has no such object, returns GWAPI_OK with *out NULL.
 * The caller owns *out and releases it with gwapi_free; len may be NULL. */
GWAPI_EXPORT gwapi_status gwapi_translation_explain(const gwapi_translation *t, const char *kind,
                                                    const char *ns, const char *name,
                                                    gwapi_explain_format format, char **out,
                                                    size_t *len);

GWAPI_END_DECLS

#endif
