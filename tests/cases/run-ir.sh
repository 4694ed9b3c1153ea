#!/usr/bin/env bash
# Golden route-table and IR cases: a directory with input.yaml and
# routes.json and/or ir.json holds the exact `gwapi routes -o json` /
# `gwapi translate -o json` output (optional `args` replaces the default
# options, as for run.sh). `run-ir.sh --update` rewrites both files of every
# case that has input.yaml. Document-order independence of these outputs is
# checked over the whole translation corpus by tests/cli/ir-corpus.py.
set -u
GWAPI=${GWAPI:?set GWAPI to the gwapi binary}
CASES=${CASES:-$(dirname "$0")}
update=0
[ "${1:-}" = "--update" ] && update=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
checked=0
for dir in "$CASES"/*/; do
    name=$(basename "$dir")
    [ -f "$dir/input.yaml" ] || continue
    args="--controller-name example.com/gateway"
    [ -f "$dir/args" ] && args=$(cat "$dir/args")
    for out in routes:routes.json translate:ir.json; do
        cmd=${out%%:*}
        file=${out#*:}
        [ $update = 1 ] || [ -f "$dir/$file" ] || continue
        # shellcheck disable=SC2086
        if ! "$GWAPI" "$cmd" $args -o json "$dir/input.yaml" > "$tmp/got" 2> "$tmp/err"; then
            echo "FAIL $name: gwapi $cmd failed: $(head -3 "$tmp/err")"
            fail=1
            continue
        fi
        checked=$((checked + 1))
        if [ $update = 1 ]; then
            cp "$tmp/got" "$dir/$file"
        elif ! cmp -s "$tmp/got" "$dir/$file"; then
            echo "FAIL $name: $file differs"
            diff -u "$dir/$file" "$tmp/got" | head -40
            fail=1
        else
            echo "ok $name $file"
        fi
    done
done
[ $checked -gt 0 ] || { echo "FAIL: no routes.json or ir.json case found"; fail=1; }
exit $fail
