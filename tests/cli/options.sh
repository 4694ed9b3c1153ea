#!/usr/bin/env bash
# Every command parses its options with the one table parser: options after
# the files, `--opt=value`, `-ovalue` and `--` all work on status,
# translate, routes and explain as on validate, with the same words for an
# unknown option, a missing value, an unknown format and no FILE.
. "$(dirname "$0")/lib.sh"
cd "$tmpdir"

cat > in.yaml <<'YAML'
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: front
spec:
  gatewayClassName: cls
  listeners:
  - name: plain
    protocol: HTTP
    port: 8081
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
spec:
  parentRefs:
  - name: front
  rules:
  - backendRefs:
    - name: svc
      port: 8080
---
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: cls
spec:
  controllerName: example.com/gw
YAML

# same_as_first CMD... : the command's output equals the first form's.
same_as_first() {
  expect_exit 0 "$@"
  expect_stdout < first
}

for cmd in status translate routes; do
  # The reference: options first, value as the next word.
  expect_exit 0 "$GWAPI" $cmd --controller-name example.com/gw -o json in.yaml
  cp out first
  expect_out '^[{]'
  same_as_first "$GWAPI" $cmd in.yaml --controller-name example.com/gw -o json
  same_as_first "$GWAPI" $cmd --controller-name=example.com/gw --output=json in.yaml
  same_as_first "$GWAPI" $cmd in.yaml -ojson --controller-name=example.com/gw
  same_as_first "$GWAPI" $cmd -o=json --controller-name example.com/gw -- in.yaml
  # After --, every word is a file.
  expect_exit 2 "$GWAPI" $cmd -o json -- in.yaml --controller-name=example.com/gw
  expect_stderr <<< "gwapi: --controller-name=example.com/gw: No such file or directory"
  # The option is applied: another controller manages nothing here.
  expect_exit 0 "$GWAPI" $cmd in.yaml -o json --controller-name=other.example/gw
  if cmp -s out first; then bad "$cmd: --controller-name after the file was ignored"; else ok; fi
  # yaml, after the file, in both spellings.
  expect_exit 0 "$GWAPI" $cmd in.yaml -o yaml
  cp out yaml
  expect_exit 0 "$GWAPI" $cmd in.yaml --output=yaml
  expect_stdout < yaml
  if cmp -s yaml first; then bad "$cmd: -o yaml after the file was ignored"; else ok; fi

  # The same words as validate for usage errors.
  expect_exit 2 "$GWAPI" $cmd in.yaml --frob
  expect_stderr <<< "gwapi $cmd: unknown option --frob
(gwapi $cmd --help for usage)"
  expect_exit 2 "$GWAPI" $cmd in.yaml --controller-name
  expect_stderr <<< "gwapi $cmd: option --controller-name needs a value
(gwapi $cmd --help for usage)"
  expect_exit 2 "$GWAPI" $cmd --help=yes in.yaml
  expect_stderr <<< "gwapi $cmd: option --help=yes takes no value
(gwapi $cmd --help for usage)"
  expect_exit 2 "$GWAPI" $cmd -o json
  expect_stderr <<< "gwapi $cmd: no FILE given (use - for standard input)
(gwapi $cmd --help for usage)"
  expect_exit 0 "$GWAPI" $cmd in.yaml --help
  expect_out "^usage: gwapi $cmd \[OPTION\]\.\.\. FILE\.\.\.\|-$"
done

# The formats each command knows, in the message.
expect_exit 2 "$GWAPI" status in.yaml -o text
expect_stderr <<< 'gwapi status: unknown output format "text" (json or yaml)
(gwapi status --help for usage)'
expect_exit 2 "$GWAPI" translate in.yaml --output=text
expect_stderr <<< 'gwapi translate: unknown output format "text" (json or yaml)
(gwapi translate --help for usage)'
expect_exit 2 "$GWAPI" routes in.yaml -oxml
expect_stderr <<< 'gwapi routes: unknown output format "xml" (text, json or yaml)
(gwapi routes --help for usage)'
expect_exit 0 "$GWAPI" routes in.yaml -o text
expect_out '^default/front listener plain: HTTP port 8081'
# Options validate alone takes stay its own.
expect_exit 2 "$GWAPI" translate in.yaml --quiet
expect_stderr <<< 'gwapi translate: unknown option --quiet
(gwapi translate --help for usage)'
expect_exit 2 "$GWAPI" validate in.yaml --controller-name x
expect_stderr <<< 'gwapi validate: unknown option --controller-name
(gwapi validate --help for usage)'

# status and explain: -n after the files, in both spellings, checked as
# validate checks it.
expect_exit 0 "$GWAPI" status -n team-a in.yaml
cp out first
expect_out 'namespace: "team-a"'
same_as_first "$GWAPI" status in.yaml --namespace=team-a
same_as_first "$GWAPI" status in.yaml -nteam-a
expect_exit 2 "$GWAPI" status in.yaml -n a.b
expect_stderr <<< 'gwapi status: -n "a.b": Invalid value: "a.b": must not contain dots'

# explain: the object first among the operands, options anywhere.
expect_exit 0 "$GWAPI" explain -o json HTTPRoute/default/r in.yaml
cp out first
expect_out '^[{]'
same_as_first "$GWAPI" explain HTTPRoute/default/r in.yaml -o json
same_as_first "$GWAPI" explain HTTPRoute/default/r --output=json in.yaml
same_as_first "$GWAPI" explain HTTPRoute/default/r in.yaml -ojson --controller-name=example.com/gw
expect_exit 0 "$GWAPI" explain HTTPRoute/default/r in.yaml
if cmp -s out first; then bad "explain: -o json was ignored"; else ok; fi
expect_exit 0 "$GWAPI" explain HTTPRoute/team-a/r in.yaml --namespace=team-a
expect_exit 1 "$GWAPI" explain HTTPRoute/default/r in.yaml --namespace=team-a
expect_stderr <<< 'gwapi explain: no HTTPRoute default/r in the input'
expect_exit 2 "$GWAPI" explain HTTPRoute/default/r in.yaml -o yaml
expect_stderr <<< 'gwapi explain: unknown output format "yaml" (text or json)
(gwapi explain --help for usage)'
expect_exit 2 "$GWAPI" explain in.yaml --frob
expect_stderr <<< 'gwapi explain: unknown option --frob
(gwapi explain --help for usage)'
expect_exit 2 "$GWAPI" explain -o json
expect_stderr <<< 'gwapi explain: no KIND/NAMESPACE/NAME given
(gwapi explain --help for usage)'
expect_exit 2 "$GWAPI" explain HTTPRoute/default/r -o json
expect_stderr <<< 'gwapi explain: no FILE given (use - for standard input)
(gwapi explain --help for usage)'
expect_exit 2 "$GWAPI" explain HTTPRoute in.yaml
expect_stderr <<< 'gwapi explain: "HTTPRoute" is not KIND/NAMESPACE/NAME'
finish
