#!/bin/sh
# meson dist (the sdist of `python -m build`): subprojects/gwapi is a link to
# the repository root in a checkout; in the sdist it becomes a copy of the
# library's committed sources, so the sdist builds on its own.
set -eu
root=$(git -C "$MESON_SOURCE_ROOT" rev-parse --show-toplevel)
dest="$MESON_DIST_ROOT/subprojects/gwapi"
rm -rf "$dest"
mkdir -p "$dest"
git -C "$root" archive --format=tar HEAD meson.build meson_options.txt COPYING include lib \
  tools/meson.build | tar -x -C "$dest"
