/* TLS certificates of HTTPS listeners: the Secrets the IR's
 * certificateRefs name, decoded from the input and written as PEM files
 * NS_NAME.crt / NS_NAME.key, the names the rendered config uses. */
#ifndef GWAPI_NGINX_CERTS_H
#define GWAPI_NGINX_CERTS_H

#include <gwapi/gwapi.h>

#include "text.h"

/* The file name (no directory) of ref's certificate (ext "crt") or key
 * ("key"), appended to out. */
void cert_file_name(text *out, const gwapi_ir_object_ref *ref, const char *ext);

/* Writes the certificate and key of every certificateRef of every
 * terminating listener into dir (created when missing). A Secret that is
 * absent or lacks tls.crt / tls.key is a warning. Returns false when a
 * file cannot be written (errno tells). */
bool certs_write(const gwapi_ir *ir, const gwapi_result *objects, const char *dir,
                 text *warnings);

#endif
