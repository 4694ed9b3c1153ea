/* libFuzzer target: the JSON loader (cJSON -> node tree) with the default
 * limits. */
#include "fuzz.h"
#include "fuzz_load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_load_run(data, size, true);
}
