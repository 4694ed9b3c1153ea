# Helpers for the CLI tests: counters and assertions with readable failures.
pass=0 fail=0
ok() { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*"; }
# expect_exit CODE CMD... : runs CMD, compares its exit status.
expect_exit() {
  local want=$1; shift
  "$@" >"$tmpdir/out" 2>"$tmpdir/err"; local got=$?
  if [ "$got" = "$want" ]; then ok; else bad "exit $got (want $want): $*"; sed 's/^/  | /' "$tmpdir/out" "$tmpdir/err" | head -20; fi
}
# expect_out PATTERN : the last command's stdout matches the grep -E PATTERN.
expect_out() {
  if grep -qE -- "$1" "$tmpdir/out"; then ok; else bad "stdout lacks /$1/"; sed 's/^/  | /' "$tmpdir/out" | head -20; fi
}
# expect_stdout / expect_stderr : the last command's whole stdout / stderr
# equals the text on standard input (exactly, $tmpdir shown as TMP).
expect_stdout() { expect_text out; }
expect_stderr() { expect_text err; }
expect_text() {
  local got; got=$(sed "s|$tmpdir|TMP|g" "$tmpdir/$1"; echo x); got=${got%x}
  local want; want=$(cat; echo x); want=${want%x}
  if [ "$got" = "$want" ]; then ok; else bad "std$1 differs"; diff <(printf '%s' "$want") <(printf '%s' "$got") | sed 's/^/  | /' | head -20; fi
}
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
