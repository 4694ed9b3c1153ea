/* Kubernetes name checks (DNS-1123 labels and subdomains, qualified names,
 * label values): each fills msgs with the API server's messages for s
 * (n bytes) and returns how many it wrote (0: valid). */
#ifndef GWAPI_K8S_NAMES_H
#define GWAPI_K8S_NAMES_H

#include <stddef.h>

size_t k8s_dns1123_label_errors(const char *s, size_t n, const char *msgs[2]);
size_t k8s_dns1123_subdomain_errors(const char *s, size_t n, const char *msgs[2]);
/* content.IsLabelKey (IsQualifiedName) and content.IsLabelValue. */
size_t k8s_qualified_name_errors(const char *s, size_t n, const char *msgs[4]);
size_t k8s_label_value_errors(const char *s, size_t n, const char *msgs[2]);

#endif
