#!/usr/bin/env bash
# Compiles each public header alone: C11 pedantic with -Werror, then C++.
# Usage: check-headers.sh SRC_INCLUDE BUILD_INCLUDE CC [CXX]
set -u
src=$1 bld=$2 cc=$3 cxx=${4:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0
for h in "$src"/gwapi/*.h "$bld"/gwapi/version.h; do
  name=$(basename "$h")
  printf '#include <gwapi/%s>\n#include <gwapi/%s>\nint gwapi_header_test_%s;\n' \
    "$name" "$name" "${name%.h}" > "$tmp/t.c"
  if ! "$cc" -std=c11 -Wall -Wextra -pedantic -Werror -I"$src" -I"$bld" -c "$tmp/t.c" -o "$tmp/t.o"; then
    echo "FAIL (C11): $name"; fail=1
  fi
  if [ -n "$cxx" ]; then
    cp "$tmp/t.c" "$tmp/t.cpp"
    if ! "$cxx" -std=c++11 -Wall -Wextra -pedantic -Werror -I"$src" -I"$bld" -c "$tmp/t.cpp" -o "$tmp/t.o"; then
      echo "FAIL (C++): $name"; fail=1
    fi
  fi
  n=$((n+1))
done
echo "$n headers checked"
exit $fail
