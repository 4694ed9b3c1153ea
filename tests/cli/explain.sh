#!/usr/bin/env bash
# `gwapi explain` golden outputs: a case directory of tests/cases with an
# `explain` file (one KIND/NAMESPACE/NAME per line) has explain.txt, the
# exact text output for each object under a "=== OBJECT" line, and
# explain.json the JSON output of the first object. --update rewrites them.
set -u
GWAPI=${GWAPI:?set GWAPI to the gwapi binary}
CASES=${CASES:?set CASES to tests/cases}
update=0
[ "${1:-}" = "--update" ] && update=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for dir in "$CASES"/*/; do
    [ -f "$dir/explain" ] || continue
    name=$(basename "$dir")
    args="--controller-name example.com/gateway"
    : > "$tmp/got"
    first=
    while read -r obj; do
        [ -n "$obj" ] || continue
        [ -n "$first" ] || first=$obj
        echo "=== $obj" >> "$tmp/got"
        # shellcheck disable=SC2086
        "$GWAPI" explain $args "$obj" "$dir/input.yaml" >> "$tmp/got" 2>/dev/null
        echo "exit $?" >> "$tmp/got"
    done < "$dir/explain"
    # shellcheck disable=SC2086
    "$GWAPI" explain $args -o json "$first" "$dir/input.yaml" > "$tmp/json" 2>/dev/null
    if [ $update = 1 ]; then
        cp "$tmp/got" "$dir/explain.txt"
        cp "$tmp/json" "$dir/explain.json"
        continue
    fi
    if ! cmp -s "$tmp/got" "$dir/explain.txt"; then
        echo "FAIL $name: explain text differs"
        diff -u "$dir/explain.txt" "$tmp/got" | head -40
        fail=1
    elif ! cmp -s "$tmp/json" "$dir/explain.json"; then
        echo "FAIL $name: explain JSON differs"
        diff -u "$dir/explain.json" "$tmp/json" | head -20
        fail=1
    else
        echo "ok $name"
    fi
done
exit $fail
