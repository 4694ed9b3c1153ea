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
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
# expect_stdout TEXT / expect_stderr TEXT : the last command's whole stdout
# (stderr) is exactly TEXT (a trailing newline is added to TEXT).
expect_stdout() {
  if [ -z "$1" ] && [ ! -s "$tmpdir/out" ]; then ok; return; fi
  if printf '%s\n' "$1" | cmp -s - "$tmpdir/out"; then ok; else bad "stdout differs"; printf '%s\n' "$1" | diff - "$tmpdir/out" | sed 's/^/  | /' | head -20; fi
}
expect_stderr() {
  if [ -z "$1" ] && [ ! -s "$tmpdir/err" ]; then ok; return; fi
  if printf '%s\n' "$1" | cmp -s - "$tmpdir/err"; then ok; else bad "stderr differs"; printf '%s\n' "$1" | diff - "$tmpdir/err" | sed 's/^/  | /' | head -20; fi
}
