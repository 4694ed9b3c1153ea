/* The libFuzzer entry point every target defines. Each fuzz_<name>.c is
 * linked either with libFuzzer (-Dfuzzing=enabled) or with replay.c, which
 * runs the corpus files through it as an ordinary test. */
#ifndef GWAPI_FUZZ_H
#define GWAPI_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
