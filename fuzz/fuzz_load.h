/* Shared body of the loader targets: load the bytes into an arena with the
 * default limits, then read every node so that a bad pointer or an
 * out-of-range length in the tree shows up under ASan. */
#ifndef GWAPI_FUZZ_LOAD_H
#define GWAPI_FUZZ_LOAD_H

#include <stddef.h>
#include <stdint.h>
#include "load/load.h"

int fuzz_load_run(const uint8_t *data, size_t size, bool json);

#endif
