/* Run-time version and status texts. */
#include <gwapi/version.h>
#include <gwapi/status.h>

const char *gwapi_version(void)
{
    return GWAPI_VERSION_STRING;
}

const char *gwapi_status_str(gwapi_status status)
{
    switch (status) {
    case GWAPI_OK: return "ok";
    case GWAPI_ENOMEM: return "out of memory";
    case GWAPI_EINVAL: return "invalid argument";
    case GWAPI_EVERSION: return "unsupported options version";
    case GWAPI_EINTERNAL: return "internal error";
    }
    return "unknown status";
}
