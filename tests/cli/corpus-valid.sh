#!/usr/bin/env bash
# Every document of Gateway API's own examples is accepted: the experimental
# ones on the default (experimental) channel, the standard ones on both.
. "$(dirname "$0")/lib.sh"
valid="$SHARED/corpus/validation/valid"
[ -d "$valid" ] || { echo "SKIP: no $valid"; exit 77; }
expect_exit 0 "$GWAPI" validate "$valid/experimental"
expect_exit 0 "$GWAPI" validate "$valid/standard"
expect_exit 0 "$GWAPI" validate --channel standard "$valid/standard"
finish
