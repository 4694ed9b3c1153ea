/* libFuzzer target: the YAML loader (libyaml events -> node tree), with
 * anchors, aliases, merge keys, tags and the default limits. */
#include "fuzz.h"
#include "fuzz_load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_load_run(data, size, false);
}
