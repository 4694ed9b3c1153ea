/* Lookups in the schema tables shared by every stage. */
#include "schema.h"

#include <string.h>

const gw_field *schema_field(const gw_schema *s, const char *name, size_t len)
{
    /* Objects have tens of fields at most; a scan beats hashing here. */
    for (uint32_t i = 0; s && i < s->nfields; i++) {
        /* every byte: "spec\0x" is no spec */
        const char *n = s->fields[i].name;
        if (strlen(n) == len && memcmp(n, name, len) == 0)
            return &s->fields[i];
    }
    return NULL;
}
