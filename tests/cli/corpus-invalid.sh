#!/usr/bin/env bash
# Every file of Gateway API's invalid examples is rejected, each for the
# reason its name gives: the expected message is listed per file in
# invalid-expected.tsv (path relative to corpus/validation/invalid, TAB,
# a fixed string the output must contain).
. "$(dirname "$0")/lib.sh"
inv="$SHARED/corpus/validation/invalid"
[ -d "$inv" ] || { echo "SKIP: no $inv"; exit 77; }
while IFS= read -r f; do
  rel=${f#"$inv"/}
  channel=experimental
  case "$rel" in standard/*) channel=standard ;; esac
  expect_exit 1 "$GWAPI" validate --channel "$channel" "$f"
  want=$(awk -F'\t' -v r="$rel" '$1 == r { print $2 }' "$CASES/invalid-expected.tsv")
  if [ -z "$want" ]; then
    bad "$rel: no expected message in invalid-expected.tsv"
  elif grep -qF -- "$want" "$tmpdir/out"; then ok
  else bad "$rel: output lacks: $want"; sed 's/^/  | /' "$tmpdir/out" | head -10
  fi
done < <(find "$inv" -type f -name '*.yaml' | sort)
finish
