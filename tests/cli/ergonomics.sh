#!/usr/bin/env bash
# What kubectl and kubeconform users expect of `gwapi validate`: options
# anywhere and as --opt=value, unreadable files reported while the others
# are still validated, --skip-kinds, --ignore-unknown-kinds, --quiet,
# --max-diagnostics, colour (NO_COLOR), and -n checked once up front.
. "$(dirname "$0")/lib.sh"
cd "$tmpdir"

cat > good.yaml <<'YAML'
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: eg
spec:
  controllerName: example.com/controller
YAML
cat > mixed.yaml <<'YAML'
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
spec:
  gatewayClassName: eg
  listeners:
  - name: http
    protocol: HTTP
    port: 70000
  - name: https
    protocol: HTTPS
    port: 0
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
YAML
port1='mixed.yaml:10:11: error: Gateway default/gw: spec.listeners[0].port: Invalid value: 70000: spec.listeners[0].port in body should be less than or equal to 65535'
port2='mixed.yaml:13:11: error: Gateway default/gw: spec.listeners[1].port: Invalid value: 0: spec.listeners[1].port in body should be greater than or equal to 1'
dep='mixed.yaml:15:1: warning: Deployment default/web: no schema for kind "Deployment" in version "apps/v1"; kept without validation'

# Options after the files, in --opt=value and -ovalue form.
expect_exit 0 "$GWAPI" validate good.yaml -o json
expect_stdout <<'OUT'
{"apiVersion":"gwapi.dev/v1alpha1","kind":"ValidationResult",
"summary":{"objects":1,"errors":0,"warnings":0,"valid":1,"invalid":0,"skipped":0,"files":1,"unreadableFiles":0,"omittedDiagnostics":0},
"diagnostics":[
]}
OUT
expect_exit 0 "$GWAPI" validate --output=json good.yaml
expect_stdout <<< "$(cat out)"
expect_exit 0 "$GWAPI" validate good.yaml -ojson --channel=standard
expect_stdout <<< "$(cat out)"
expect_exit 1 "$GWAPI" validate mixed.yaml --channel standard
expect_stdout <<< "$port1
$port2
$dep
2 objects: 2 errors, 1 warning"

# A file that starts with a dash, after --.
cp good.yaml ./-dash.yaml
expect_exit 0 "$GWAPI" validate -- -dash.yaml
expect_stdout <<< '1 object: 0 errors, 0 warnings'

# Unreadable files are reported; the others are still validated; exit 2.
expect_exit 2 "$GWAPI" validate missing.yaml good.yaml
expect_stdout <<< '1 object: 0 errors, 0 warnings, 1 unreadable file'
expect_stderr <<< 'gwapi: missing.yaml: No such file or directory'
expect_exit 2 "$GWAPI" validate mixed.yaml nope/a.yaml missing.yaml
expect_stdout <<< "$port1
$port2
$dep
2 objects: 2 errors, 1 warning, 2 unreadable files"
expect_stderr <<< 'gwapi: nope/a.yaml: No such file or directory
gwapi: missing.yaml: No such file or directory'

# --skip-kinds and --ignore-unknown-kinds: not validated, not counted.
expect_exit 0 "$GWAPI" validate --skip-kinds Gateway,Deployment mixed.yaml
expect_stdout <<< '0 objects: 0 errors, 0 warnings, 2 skipped'
expect_exit 1 "$GWAPI" validate --skip-kinds=Deployment mixed.yaml
expect_stdout <<< "$port1
$port2
1 object: 2 errors, 0 warnings, 1 skipped"
expect_exit 1 "$GWAPI" validate mixed.yaml --ignore-unknown-kinds
expect_stdout <<< "$port1
$port2
1 object: 2 errors, 0 warnings, 1 skipped"

# --quiet: errors only; --max-diagnostics: the first N, the rest counted.
expect_exit 1 "$GWAPI" validate -q mixed.yaml
expect_stdout <<< "$port1
$port2"
expect_exit 1 "$GWAPI" validate mixed.yaml --max-diagnostics=1
expect_stdout <<< "$port1
2 objects: 2 errors, 1 warning (2 diagnostics not shown)"
expect_exit 0 "$GWAPI" validate --quiet good.yaml
expect_stdout </dev/null
expect_exit 2 "$GWAPI" validate --max-diagnostics -1 good.yaml
expect_exit 2 "$GWAPI" validate --max-diagnostics 1x good.yaml
expect_exit 2 "$GWAPI" validate --quiet=yes good.yaml
expect_exit 2 "$GWAPI" validate good.yaml --frob
expect_exit 2 "$GWAPI" validate good.yaml -o
expect_exit 2 "$GWAPI" validate good.yaml -o xml

# -n is checked once, with the API server's words for a Namespace name.
expect_exit 2 "$GWAPI" validate -n '' good.yaml mixed.yaml
expect_stdout </dev/null
expect_stderr <<< 'gwapi validate: -n "": the namespace may not be empty'
expect_exit 2 "$GWAPI" validate --namespace=Bad_NS good.yaml
expect_stderr <<< "gwapi validate: -n \"Bad_NS\": Invalid value: \"Bad_NS\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
expect_exit 2 "$GWAPI" validate -n a.b good.yaml
expect_stderr <<< 'gwapi validate: -n "a.b": Invalid value: "a.b": must not contain dots'
expect_exit 1 "$GWAPI" validate -n team-a -q mixed.yaml
expect_stdout <<< "${port1//default\//team-a/}
${port2//default\//team-a/}"

# Colour: on a terminal unless NO_COLOR is set; --color overrides.
esc=$'\033'
colored="${esc}[1mmixed.yaml:15:1:${esc}[0m ${esc}[1;33mwarning:${esc}[0m Deployment default/web: no schema for kind \"Deployment\" in version \"apps/v1\"; kept without validation"
expect_exit 0 "$GWAPI" validate --skip-kinds Gateway mixed.yaml --color=always
expect_stdout <<< "$colored
1 object: 0 errors, 1 warning, 1 skipped"
expect_exit 0 "$GWAPI" validate --skip-kinds Gateway mixed.yaml
expect_stdout <<< "$dep
1 object: 0 errors, 1 warning, 1 skipped"
if command -v script >/dev/null; then
  # script(1) gives the tool a terminal; its transcript has CRLF line ends.
  tty_run() { script -qec "$*" /dev/null | tr -d '\r'; }
  tty_run "$GWAPI" validate --skip-kinds Gateway mixed.yaml > out
  expect_stdout <<< "$colored
1 object: 0 errors, 1 warning, 1 skipped"
  NO_COLOR=1 tty_run "$GWAPI" validate --skip-kinds Gateway mixed.yaml > out
  expect_stdout <<< "$dep
1 object: 0 errors, 1 warning, 1 skipped"
  tty_run "$GWAPI" validate --no-color --skip-kinds Gateway mixed.yaml > out
  expect_stdout <<< "$dep
1 object: 0 errors, 1 warning, 1 skipped"
else
  echo "note: script(1) missing; terminal colour not checked"
fi
finish
