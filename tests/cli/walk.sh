#!/usr/bin/env bash
# Directory walking and input reading of `gwapi validate`: each real
# directory once (symlink loops and second links are not followed again),
# FIFOs and other non-regular files skipped with a note (never opened, so
# never blocking), broken symbolic links reported, reads stopped at
# max_input_bytes (also on an endless stdin), and write errors on stdout.
. "$(dirname "$0")/lib.sh"

obj() { printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\n' "$1"; }
t=$tmpdir/tree
mkdir -p "$t/sub/deeper"
obj a > "$t/a.yaml"
obj b > "$t/sub/b.yml"
printf '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}\n' > "$t/sub/deeper/c.json"
obj ignored > "$t/notes.txt"
ln -s . "$t/loop1"                # two self-referencing links
ln -s . "$t/sub/loop2"
ln -s .. "$t/sub/deeper/up"       # a link back to an ancestor
ln -s sub "$t/zz-again"           # a second name for a walked directory
mkfifo "$t/pipe.yaml" "$t/sub/pipe"
ln -s a.yaml "$t/z-link.yaml"     # a link to a file is read like the file

start=$(date +%s%N)
expect_exit 0 timeout 10 "$GWAPI" validate "$t"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_stdout <<'OUT'
4 objects: 0 errors, 0 warnings
OUT
expect_stderr <<'OUT'
gwapi: TMP/tree/pipe.yaml: not a regular file; skipped
OUT
if [ "$elapsed_ms" -lt 1000 ]; then ok; else bad "walk took ${elapsed_ms} ms"; fi
echo "walk: ${elapsed_ms} ms"

# Each file once, in name order (a.yaml and its link z-link.yaml are two
# files, as kubectl reads them).
expect_exit 0 "$GWAPI" validate -o json "$t"
got=$(grep -o '"objects":[0-9]*' "$tmpdir/out")
if [ "$got" = '"objects":4' ]; then ok; else bad "json summary $got"; fi

# A broken link is an error (exit 2), not a silent skip.
ln -s nowhere.yaml "$t/sub/dangling.yaml"
expect_exit 2 timeout 10 "$GWAPI" validate "$t"
expect_stderr <<'OUT'
gwapi: TMP/tree/pipe.yaml: not a regular file; skipped
gwapi: TMP/tree/sub/dangling.yaml: broken symbolic link
OUT
rm "$t/sub/dangling.yaml"

# A FIFO named on the command line is read (process substitution).
expect_exit 0 "$GWAPI" validate <(obj p)
expect_stdout <<'OUT'
1 object: 0 errors, 0 warnings
OUT

# Reading stops at max_input_bytes: an endless stdin, and files adding up.
expect_exit 2 timeout 10 "$GWAPI" validate --max-input-bytes 100000 - < /dev/zero
expect_stderr <<'OUT'
gwapi: -: input exceeds max_input_bytes (100000 bytes over all files); not read
OUT
size=$(wc -c < "$t/a.yaml")
expect_exit 0 "$GWAPI" validate --max-input-bytes "$((2 * size))" "$t/a.yaml" "$t/a.yaml"
expect_exit 2 "$GWAPI" validate --max-input-bytes "$((2 * size - 1))" "$t/a.yaml" "$t/a.yaml"
expect_stderr <<OUT
gwapi: TMP/tree/a.yaml: input exceeds max_input_bytes ($((2 * size - 1)) bytes over all files); not read
OUT
expect_exit 2 "$GWAPI" validate --max-input-bytes 0 "$t/a.yaml"
expect_exit 2 "$GWAPI" validate --max-input-bytes -5 "$t/a.yaml"
# The default limit (256 MiB) also ends an endless stdin.
expect_exit 2 timeout 60 "$GWAPI" validate - < /dev/zero
expect_stderr <<'OUT'
gwapi: -: input exceeds max_input_bytes (268435456 bytes over all files); not read
OUT

# Output that cannot be written is an I/O error, in every output mode.
if [ -w /dev/full ]; then
  for mode in text json; do
    "$GWAPI" validate -o "$mode" "$t/a.yaml" > /dev/full 2> "$tmpdir/err"
    rc=$?
    if [ "$rc" = 2 ]; then ok; else bad "-o $mode > /dev/full: exit $rc"; fi
    expect_stderr <<'OUT'
gwapi: error writing standard output: No space left on device
OUT
  done
  "$GWAPI" --version > /dev/full 2>/dev/null
  rc=$?; if [ "$rc" = 2 ]; then ok; else bad "--version > /dev/full: exit $rc"; fi
fi
finish
