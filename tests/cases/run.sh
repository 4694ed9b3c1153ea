#!/usr/bin/env bash
# Golden status cases: each directory holds input.yaml and status.yaml (the
# exact `gwapi status -o yaml` output; optional `args` replaces the default
# options). Every case is also run with its documents reversed and rotated:
# the output must stay byte-identical (document order never shows).
# `run.sh --update` rewrites status.yaml from the current output.
set -u
GWAPI=${GWAPI:?set GWAPI to the gwapi binary}
CASES=${CASES:-$(dirname "$0")}
update=0
[ "${1:-}" = "--update" ] && update=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# Splits a multi-document YAML file into $tmp/doc.N (comments before the
# first document are dropped) and prints N.
split_docs() {
    rm -f "$tmp"/doc.*
    awk -v dir="$tmp" 'BEGIN { n = 0 }
        /^---/ { if (body) n++; body = 0; next }
        /^#/ && !body { next }
        { if (!body) { body = 1 } print > (dir "/doc." n) }
        END { if (body) n++; print n }' "$1"
}

join_docs() { # order of indices on stdin
    while read -r i; do echo '---'; cat "$tmp/doc.$i"; done
}

for dir in "$CASES"/*/; do
    name=$(basename "$dir")
    [ -f "$dir/input.yaml" ] || continue
    args="--controller-name example.com/gateway"
    [ -f "$dir/args" ] && args=$(cat "$dir/args")
    # shellcheck disable=SC2086
    if ! "$GWAPI" status $args -o yaml "$dir/input.yaml" > "$tmp/got" 2> "$tmp/err"; then
        echo "FAIL $name: gwapi status failed: $(head -3 "$tmp/err")"
        fail=1
        continue
    fi
    if [ $update = 1 ]; then
        cp "$tmp/got" "$dir/status.yaml"
    elif ! cmp -s "$tmp/got" "$dir/status.yaml"; then
        echo "FAIL $name: status differs from status.yaml"
        diff -u "$dir/status.yaml" "$tmp/got" | head -40
        fail=1
        continue
    fi
    n=$(split_docs "$dir/input.yaml")
    seq $((n - 1)) -1 0 | join_docs > "$tmp/reversed.yaml"
    { seq 1 $((n - 1)); echo 0; } | join_docs > "$tmp/rotated.yaml"
    for order in reversed rotated; do
        # shellcheck disable=SC2086
        "$GWAPI" status $args -o yaml "$tmp/$order.yaml" > "$tmp/got.$order" 2>/dev/null
        if ! cmp -s "$tmp/got" "$tmp/got.$order"; then
            echo "FAIL $name: output changes when the documents are $order"
            diff -u "$tmp/got" "$tmp/got.$order" | head -20
            fail=1
        fi
    done
    [ $fail = 0 ] && echo "ok $name"
done
exit $fail
