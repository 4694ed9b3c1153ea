#!/usr/bin/env bash
# Text output a terminal can trust: control characters from the input (ESC
# sequences, BEL, NUL, DEL) in file names, names, namespaces, label values,
# unknown field keys and messages never reach stdout or stderr raw; they
# are shown as Go's %q shows them. JSON output escapes them as JSON does.
. "$(dirname "$0")/lib.sh"

esc=$'\e'
d=$tmpdir/in
mkdir -p "$d"
cat > "$d/${esc}[31mred.yaml" <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata: {name: "\e[31mred", namespace: "ns\0", labels: {k: "v\a"}}
data: {"\e[2J": x}
"\e]0;title\a": 1
YAML
mkfifo "$d/${esc}[2J.yaml"

expect_exit 1 "$GWAPI" validate "$d"
expect_stdout <<'OUT'
"TMP/in/\x1b[31mred.yaml":5:1: error: ConfigMap "ns\x00"/"\x1b[31mred": "\x1b]0;title\a": unknown field "\x1b]0;title\a"
"TMP/in/\x1b[31mred.yaml":3:11: error: ConfigMap "ns\x00"/"\x1b[31mred": metadata.name: Invalid value: "\x1b[31mred": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
"TMP/in/\x1b[31mred.yaml":3:11: error: ConfigMap "ns\x00"/"\x1b[31mred": metadata.namespace: Invalid value: "ns\x00": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
"TMP/in/\x1b[31mred.yaml":3:11: error: ConfigMap "ns\x00"/"\x1b[31mred": metadata.labels: Invalid value: "v\a": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')
1 object: 4 errors, 0 warnings
OUT
expect_stderr <<'OUT'
gwapi: "TMP/in/\x1b[2J.yaml": not a regular file; skipped
OUT
bel=$'\a'
if LC_ALL=C grep -q "[$esc$bel]" "$tmpdir/out" "$tmpdir/err"; then bad "raw control character in text output"; else ok; fi

# JSON: the bytes, JSON-escaped; the unknown field's path is in the message
# raw, as the API server writes it (so JSON shows \u001b there too)
cat > "$tmpdir/j.yaml" <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata: {name: ok, namespace: "ns\0"}
"\e]0;t\a": 1
YAML
expect_exit 1 "$GWAPI" validate -o json "$tmpdir/j.yaml"
expect_stdout <<'OUT'
{"apiVersion":"gwapi.dev/v1alpha1","kind":"ValidationResult",
"summary":{"objects":1,"errors":2,"warnings":0,"valid":0,"invalid":1,"skipped":0,"files":1,"unreadableFiles":0,"omittedDiagnostics":0},
"diagnostics":[
{"severity":"error","code":"unknown-field","kind":"ConfigMap","namespace":"ns\u0000","name":"ok","path":"\u001b]0;t\u0007","file":"TMP/j.yaml","line":4,"column":1,"message":"unknown field \"\u001b]0;t\u0007\"","related":null},
{"severity":"error","code":"metadata","kind":"ConfigMap","namespace":"ns\u0000","name":"ok","path":"metadata.namespace","file":"TMP/j.yaml","line":3,"column":11,"message":"Invalid value: \"ns\\x00\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')","related":null}
]}
OUT
finish
