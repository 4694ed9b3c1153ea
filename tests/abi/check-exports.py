#!/usr/bin/env python3
"""The built shared library exports exactly the symbols lib/gwapi.map lists,
each in its version node, and the map lists exactly the functions the
public headers declare with GWAPI_EXPORT.
Usage: check-exports.py LIBGWAPI_SO GWAPI_MAP INCLUDE_DIR"""
import glob
import os
import re
import subprocess
import sys


def map_symbols(path):
    text = re.sub(r"/\*.*?\*/", "", open(path).read(), flags=re.S)
    want = set()
    for node, body in re.findall(r"(\w[\w.]*)\s*\{(.*?)\}", text, flags=re.S):
        glob_part = body.split("local:")[0]
        glob_part = glob_part.split("global:")[-1]
        for name in re.findall(r"([A-Za-z_]\w*)\s*;", glob_part):
            want.add("%s@%s" % (name, node))
    return want


def exported(lib):
    out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True,
                         check=True).stdout
    got = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[1] == "A":   # A: the version node itself
            continue
        name, _, node = parts[2].partition("@@")
        got.add("%s@%s" % (name, node or "(unversioned)"))
    return got


def declared(include):
    names = set()
    for h in glob.glob(os.path.join(include, "gwapi", "*.h")) + \
            glob.glob(os.path.join(include, "gwapi", "*.h.in")):
        text = open(h).read()
        names.update(re.findall(r"GWAPI_EXPORT\b[^;{]*?\b(gwapi_\w+)\s*\(", text))
    return names


def main():
    lib, mapfile, include = sys.argv[1:4]
    want, got = map_symbols(mapfile), exported(lib)
    fail = False
    for s in sorted(got - want):
        print("exported but not in %s: %s" % (os.path.basename(mapfile), s))
        fail = True
    for s in sorted(want - got):
        print("in %s but not exported: %s" % (os.path.basename(mapfile), s))
        fail = True
    names = {s.split("@")[0] for s in want}
    for s in sorted(declared(include) - names):
        print("declared GWAPI_EXPORT but not in the map: %s" % s)
        fail = True
    for s in sorted(names - declared(include)):
        print("in the map but not declared in include/gwapi: %s" % s)
        fail = True
    print("%d symbols checked" % len(got))
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
