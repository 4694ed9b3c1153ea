#!/usr/bin/env bash
# Peak memory per input byte of `gwapi validate` (GNU time's maximum RSS):
# many small ConfigMaps, the shape that amplified most (22.7x before the
# arena packed its allocations); dense flow sequences and a labels map.
# Bounds are the measured figures plus headroom (docs/limits.md, "Memory").
. "$(dirname "$0")/lib.sh"
[ -x /usr/bin/time ] || { echo "skipped: GNU time (/usr/bin/time) is not installed"; exit 77; }
# meson sets MALLOC_PERTURB_, which fills every allocation and so makes
# untouched arena space resident: measure without it.
unset MALLOC_PERTURB_

peak_kb() { /usr/bin/time -f '%M' -o "$tmpdir/rss" "$@" >/dev/null 2>&1; tail -n 1 "$tmpdir/rss"; }
# check NAME FILE MAX_RATIO: peak RSS above the empty run's, per input byte
check() {
  local bytes peak ratio
  bytes=$(wc -c < "$2")
  peak=$(peak_kb "$GWAPI" validate "$2")
  ratio=$(awk -v p="$peak" -v b="$base" -v n="$bytes" 'BEGIN { printf "%.1f", (p - b) * 1024 / n }')
  echo "$1: $bytes input bytes, peak RSS $peak KB (empty input: $base KB): $ratio bytes per input byte"
  if awk -v r="$ratio" -v m="$3" 'BEGIN { exit !(r <= m) }'; then ok; else bad "$1: $ratio > $3 bytes per input byte"; fi
}

: > "$tmpdir/empty.yaml"
base=$(peak_kb "$GWAPI" validate "$tmpdir/empty.yaml")
python3 - "$tmpdir" <<'PY'
import sys
d = sys.argv[1]
with open(d + "/configmaps.yaml", "w") as f:
    for i in range(40000):
        f.write("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-%d\n"
                "  namespace: ns\ndata:\n  a: b\n" % i)
row = "[" + ",".join(["1"] * 1000) + "]"
with open(d + "/dense.yaml", "w") as f:
    for i in range(4):
        f.write("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: d%d}\nx: [%s]\n"
                % (i, ",".join([row] * 300)))
with open(d + "/labels.yaml", "w") as f:
    for i in range(12):
        f.write("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: l%d\n  labels: {%s}\n"
                % (i, ", ".join("a%d: b" % k for k in range(20000))))
PY
check "small ConfigMaps" "$tmpdir/configmaps.yaml" 18
check "dense flow sequences" "$tmpdir/dense.yaml" 27
check "one large labels map" "$tmpdir/labels.yaml" 17
finish
