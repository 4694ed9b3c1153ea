#!/usr/bin/env bash
# The warnings each renderer prints for every golden case (what it leaves
# out, naming the route or listener and the feature) are exactly those of
# tests/dataplane/warnings/RENDERER.txt; `warnings.sh --update` rewrites
# them. Validation diagnostics (lines starting with the input path) are not
# part of it. Env: GWAPI, GWAPI_NGINX, PYTHON, CASES.
set -u
GWAPI=${GWAPI:?} GWAPI_NGINX=${GWAPI_NGINX:?} PYTHON=${PYTHON:-python3}
here=$(cd "$(dirname "$0")" && pwd)
CASES=${CASES:-$here/../cases}
examples=$here/../../examples
update=0
[ "${1:-}" = "--update" ] && update=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for renderer in nginx haproxy envoy; do
    : > "$tmp/$renderer.txt"
    for dir in "$CASES"/*/; do
        [ -f "$dir/input.yaml" ] || continue
        name=$(basename "$dir")
        args="--controller-name example.com/gateway"
        [ -f "$dir/args" ] && args=$(cat "$dir/args")
        out=$tmp/out-$renderer-$name
        case $renderer in
            nginx) cmd=("$GWAPI_NGINX") ;;
            haproxy) cmd=("$PYTHON" "$examples/haproxy/gwapi_haproxy.py" --gwapi "$GWAPI") ;;
            envoy) cmd=("$PYTHON" "$examples/envoy/gwapi_envoy.py" --gwapi "$GWAPI") ;;
        esac
        # shellcheck disable=SC2086
        "${cmd[@]}" $args -d "$out" "$dir/input.yaml" > /dev/null 2> "$tmp/err"
        rc=$?
        if [ $rc -gt 1 ]; then
            echo "FAIL $renderer $name: exit $rc: $(head -3 "$tmp/err")"
            fail=1
        fi
        echo "== $name" >> "$tmp/$renderer.txt"
        grep -v "^$dir" "$tmp/err" | sed "s|$out|OUT|g" >> "$tmp/$renderer.txt"
    done
    want=$here/warnings/$renderer.txt
    if [ $update = 1 ]; then
        mkdir -p "$here/warnings" && cp "$tmp/$renderer.txt" "$want"
    elif cmp -s "$tmp/$renderer.txt" "$want"; then
        echo "ok $renderer warnings"
    else
        echo "FAIL $renderer warnings differ"
        diff -u "$want" "$tmp/$renderer.txt" | head -40
        fail=1
    fi
done
exit $fail
