/* Writing typed values and free-form values through the tree writer. */
#ifndef GWAPI_EMIT_TYPED_JSON_H
#define GWAPI_EMIT_TYPED_JSON_H

#include <gwapi/value.h>
#include "../schema/schema.h"
#include "tree_writer.h"

/* A value as read (null for NULL). */
void emit_value(tw *w, const gwapi_value *v);
/* The slot (element=false) or element (element=true) of schema s. */
void emit_typed(tw *w, const gw_schema *s, const void *slot, bool element);
/* key + the object struct obj of object schema s; nothing when obj is NULL. */
void emit_typed_object(tw *w, const char *key, const gw_schema *s, const void *obj);

#endif
