#!/usr/bin/env bash
# Hostile inputs are refused with exit 1, quickly and without crashing: a
# 20,000-deep nesting (block and flow) and a billion-laughs alias bomb.
. "$(dirname "$0")/lib.sh"
{ for i in $(seq 20000); do printf '['; done; for i in $(seq 20000); do printf ']'; done; echo; } > "$tmpdir/deep-flow.yaml"
{ for i in $(seq 20000); do printf -- '- '; done; echo x; } > "$tmpdir/deep-block.yaml"
{ for i in $(seq 20000); do printf '{"a":'; done; printf '1'; for i in $(seq 20000); do printf '}'; done; echo; } > "$tmpdir/deep.json"
cat > "$tmpdir/bomb.yaml" <<'YAML'
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
YAML
for f in deep-flow.yaml deep-block.yaml deep.json bomb.yaml; do
  start=$(date +%s%N)
  expect_exit 1 "$GWAPI" validate "$tmpdir/$f"
  expect_out 'error: .*(max_depth|max_alias_expansion|max_nodes)'
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "$f refused in ${ms} ms"
done
finish
