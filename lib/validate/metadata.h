/* metav1.ObjectMeta: decoding into gwapi_object_meta and the API server's
 * ValidateObjectMeta checks for custom resources. */
#ifndef GWAPI_METADATA_H
#define GWAPI_METADATA_H

#include <stdbool.h>
#include <stdint.h>
#include "../schema/engine.h"

/* Decodes metadata as the API server decodes it into metav1.ObjectMeta;
 * on a type error (the server's 400 "json: cannot unmarshal ...", or a
 * time.Parse error) emits that error at "metadata" and returns true. */
bool metadata_check_decode(engine *e, const gwapi_value *md);

/* Fills *slot (a const gwapi_object_meta *) from a metadata mapping and
 * reports its unknown keys (strict decoding). */
void metadata_decode(engine *e, const gwapi_value *v, void *slot);

/* ValidateObjectMetaAccessor for a custom resource on create: name /
 * generateName, namespace, labels, annotations, ownerReferences,
 * finalizers, managedFields. m is NULL when metadata is absent or null;
 * src is the metadata mapping (or NULL). Called once the object is
 * decoded; does nothing after a decoding error. */
void metadata_validate(engine *e, const gwapi_object_meta *m, const gwapi_value *src,
                       bool namespaced);

#endif
