/* gwapi: Kubernetes Gateway API and Envoy Gateway resources as a C library.
 * Umbrella header; each area also has a header of its own. */
#ifndef GWAPI_GWAPI_H
#define GWAPI_GWAPI_H

#include "export.h"
#include <gwapi/version.h>
#include "status.h"
#include "str.h"
#include "value.h"
#include "diag.h"
#include "context.h"
#include "types.h"
#include "kinds.h"
#include "resources.h"
#include "result.h"
#include "json.h"
#include "ir.h"
#include "translate.h"
#include "explain.h"

#endif
