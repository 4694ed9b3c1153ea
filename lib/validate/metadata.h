/* metav1.ObjectMeta: decoding into gwapi_object_meta and the API server's
 * ValidateObjectMeta checks for custom resources. */
#ifndef GWAPI_METADATA_H
#define GWAPI_METADATA_H

#include <stdbool.h>
#include <stdint.h>
#include "../schema/engine.h"

/* Decodes metadata into *slot (a const gwapi_object_meta *). */
void metadata_decode(engine *e, const gwapi_value *v, void *slot);

/* Name and namespace rules; namespaced tells which apply. Called once the
 * object's namespace is final. */
void metadata_validate(engine *e, const gwapi_object_meta *m, bool namespaced);

/* RFC 3339 date-time to Unix seconds; false when malformed. */
bool parse_rfc3339(const char *s, int64_t *out);

/* Kubernetes name rules (k8s.io/apimachinery/pkg/util/validation); each
 * returns NULL when valid, else the API server's message. */
const char *k8s_dns1123_subdomain_error(const char *s);
const char *k8s_dns1123_label_error(const char *s);

#endif
