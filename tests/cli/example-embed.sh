#!/usr/bin/env bash
# The README's embedding example works as shown: it reads the shipped
# example, finds no problem, and reads the typed HTTPRoutes.
. "$(dirname "$0")/lib.sh"
expect_exit 0 "$EMBED" "$EXAMPLES/quickstart.yaml"
expect_out '^store has 2 rules$'
expect_out '^legacy-redirect has 1 rules$'
printf 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec: {rules: [{backendRefs: [{name: s}]}]}\n' > "$tmpdir/bad.yaml"
expect_exit 1 "$EMBED" "$tmpdir/bad.yaml"
expect_out 'bad.yaml:4:31: spec.rules\[0\].backendRefs\[0\]: Invalid value: Must have port for Service reference'
expect_out '^r has 1 rules$'
finish
