#!/usr/bin/env bash
# Builds the libFuzzer targets under ASan+UBSan in build-fuzz/ (clang) and
# runs each one for a while from a scratch copy of its corpus, with the
# dictionary. New corpus entries stay in the scratch copy; crashes, leaks and
# timeouts are written to build-fuzz/findings/<target>/ and fail the run.
# Usage: fuzz/run.sh [SECONDS-PER-TARGET] [TARGET...]   (default 30, all)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true

if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang meson setup build-fuzz --buildtype=debugoptimized \
    -Dfuzzing=enabled -Db_sanitize=address,undefined -Db_lundef=false \
    -Dtests=disabled -Dtools=disabled >/dev/null
fi
ninja -C build-fuzz >/dev/null

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for d in fuzz/corpora/fuzz_*/; do targets+=("$(basename "$d")"); done
fi

# Options already in the environment come last, so they win (e.g. a
# suppressions= file while a known finding awaits its fix).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}
# Replay first, in this clang build: its UBSan flags some things GCC's does
# not, and a recorded regress-* file names the bug better than a fresh crash.
echo "== corpus replay (clang, ASan+UBSan)"
meson test -C build-fuzz --suite fuzz-replay --print-errorlogs >/dev/null ||
  { echo "corpus replay failed: build-fuzz/meson-logs/testlog.txt"; grep -E 'runtime error|ERROR: AddressSanitizer|^replay ' build-fuzz/meson-logs/testlog.txt | grep -B1 -E 'runtime error|ERROR' | head -20; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for t in "${targets[@]}"; do
  findings=build-fuzz/findings/$t
  mkdir -p "$findings" "$scratch/$t"
  cp -r fuzz/corpora/"$t"/. "$scratch/$t/"
  echo "== $t: ${secs}s from $(ls "$scratch/$t" | wc -l) seeds"
  # -timeout: one input over 10 s is a finding; -rss_limit_mb: so is 2 GB.
  if ! build-fuzz/fuzz/"$t" "$scratch/$t" -dict=fuzz/gwapi.dict \
      -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$findings/" \
      >"$findings/log" 2>&1; then
    status=1
    tail -n 60 "$findings/log"
    echo "$t: FAILED; reproducer(s) in $findings/ (see docs/fuzzing.md)"
  fi
  grep -E '^#[0-9]+.*cov: ' "$findings/log" | tail -n 1 || true
  grep -E 'stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$findings/log" || true
done
exit $status
