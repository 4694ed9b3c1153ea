#!/usr/bin/env bash
# Exit codes and output shapes of `gwapi validate`, `--version` and `help`.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$GWAPI" --version
expect_out '^gwapi [0-9]+\.[0-9]+\.[0-9]+$'
expect_exit 0 "$GWAPI" help
expect_out 'validate'
expect_exit 2 "$GWAPI"
expect_exit 2 "$GWAPI" frobnicate
expect_exit 2 "$GWAPI" validate
expect_exit 2 "$GWAPI" validate --channel beta x.yaml
expect_exit 2 "$GWAPI" validate /nonexistent/file.yaml

cat > "$tmpdir/good.yaml" <<'YAML'
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: eg
spec:
  controllerName: example.com/controller
YAML
expect_exit 0 "$GWAPI" validate "$tmpdir/good.yaml"
expect_out '^1 object: 0 errors, 0 warnings$'
expect_exit 0 "$GWAPI" validate - < "$tmpdir/good.yaml"

cat > "$tmpdir/bad.yaml" <<'YAML'
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: infra
spec:
  gatewayClassName: eg
  bogus: 1
  listeners:
  - name: http
    protocol: HTTP
    port: 70000
YAML
expect_exit 1 "$GWAPI" validate "$tmpdir/bad.yaml"
expect_out "bad.yaml:8:3: error: Gateway infra/gw: spec.bogus: unknown field \"spec.bogus\""
expect_out "bad.yaml:12:11: error: Gateway infra/gw: spec.listeners\[0\].port: Invalid value: 70000: spec.listeners\[0\].port in body should be less than or equal to 65535"
expect_exit 1 "$GWAPI" validate -o json "$tmpdir/bad.yaml"
expect_out '"path":"spec.listeners\[0\].port"'
expect_out '"line":12,"column":11'
# Unknown fields as warnings only: the port error remains.
expect_exit 1 "$GWAPI" validate --unknown-fields warn "$tmpdir/bad.yaml"
expect_out 'warning: Gateway infra/gw: spec.bogus'
# Unknown kinds are kept with a warning.
printf 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n' > "$tmpdir/dep.yaml"
expect_exit 0 "$GWAPI" validate "$tmpdir/dep.yaml"
expect_out 'warning: Deployment default/web: no schema for kind "Deployment"'
# Input that starts like JSON is JSON, strictly: flow-style YAML is a JSON
# syntax error (the library's GWAPI_FORMAT_YAML still reads it).
printf '{apiVersion: gateway.networking.k8s.io/v1, kind: GatewayClass, metadata: {name: a}, spec: {controllerName: x.io/c}}\n' > "$tmpdir/flow.yaml"
expect_exit 1 "$GWAPI" validate "$tmpdir/flow.yaml"
expect_stdout <<'OUT'
TMP/flow.yaml:1:2: error: json: offset 2: invalid character 'a' looking for beginning of object key string
0 objects: 1 error, 0 warnings
OUT
printf '{"apiVersion": "v1", "kind": ' > "$tmpdir/bad.json"
expect_exit 1 "$GWAPI" validate "$tmpdir/bad.json"
expect_stdout <<'OUT'
TMP/bad.json:1:30: error: json: offset 29: unexpected end of JSON input
0 objects: 1 error, 0 warnings
OUT
# A .json file is JSON whatever it starts with.
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' > "$tmpdir/yaml.json"
expect_exit 1 "$GWAPI" validate "$tmpdir/yaml.json"
expect_stdout <<'OUT'
TMP/yaml.json:1:1: error: json: offset 1: invalid character 'a' looking for beginning of value
0 objects: 1 error, 0 warnings
OUT
finish
