#!/usr/bin/env bash
# gwapi as a meson subproject of a consumer: only the library is built and
# none of gwapi's tests land in the consumer's `meson test` unless asked
# (-Dgwapi:tests=enabled / -Dgwapi:tools=enabled); the static library links
# into the consumer and works. SRC is gwapi's source root.
. "$(dirname "$0")/../cli/lib.sh"
consumer="$tmpdir/consumer"
mkdir -p "$consumer/subprojects"
ln -s "$SRC" "$consumer/subprojects/gwapi"
cp "$SRC/examples/quickstart.yaml" "$consumer/"
cat > "$consumer/meson.build" <<'MESON'
project('consumer', 'c', default_options : ['c_std=c11'])
gwapi = dependency('gwapi', fallback : ['gwapi', 'gwapi_dep'])
exe = executable('consumer', 'main.c', dependencies : gwapi)
test('consumer-own', exe, args : [meson.current_source_dir() / 'quickstart.yaml'])
MESON
cat > "$consumer/main.c" <<'C'
#include <gwapi/gwapi.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv)
{
    FILE *f = fopen(argv[1], "rb");
    static char buf[1 << 16];
    size_t n = f ? fread(buf, 1, sizeof buf, f) : 0;
    gwapi_ctx *ctx; gwapi_input *in; gwapi_result *r;
    if (!f || gwapi_ctx_new(&ctx, NULL) || gwapi_input_new(&in, ctx) ||
        gwapi_input_add(in, argv[1], buf, n, GWAPI_FORMAT_AUTO) || gwapi_validate(&r, ctx, in))
        return 2;
    printf("%zu objects, %zu errors\n", gwapi_result_object_count(r), gwapi_result_error_count(r));
    int rc = gwapi_result_error_count(r) != 0;
    gwapi_result_free(r); gwapi_input_free(in); gwapi_ctx_free(ctx); fclose(f);
    return rc;
}
C
cd "$consumer"
expect_exit 0 meson setup b -Dgwapi:default_library=static
expect_exit 0 meson test -C b --list --no-rebuild
expect_stdout <<< 'consumer-own'
# No gwapi tool or test binary is even configured.
expect_exit 0 meson introspect b --targets
if python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); sys.exit(any(x["type"]=="executable" and x["name"]!="consumer" for x in t))' "$tmpdir/out"; then ok; else bad "gwapi executables configured in the consumer"; fi
expect_exit 0 ninja -C b consumer
expect_exit 0 b/consumer quickstart.yaml
expect_stdout <<< '14 objects, 0 errors'
# Linked statically: no libgwapi.so needed at run time.
expect_exit 0 ldd b/consumer
if grep -q libgwapi "$tmpdir/out"; then bad "consumer needs libgwapi.so"; else ok; fi
# Asking for them brings the tool and the tests back.
expect_exit 0 meson setup --reconfigure b -Dgwapi:tools=enabled -Dgwapi:tests=enabled
expect_exit 0 meson test -C b --list --no-rebuild
if grep -qx 'gwapi:cli / cli-exit-codes' "$tmpdir/out"; then ok; else bad "gwapi tests not registered when asked"; fi
finish
