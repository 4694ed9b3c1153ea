#!/usr/bin/env python3
"""Rebuilds fuzz/corpora/fuzz_translate from the translation goldens.

Every golden input becomes a manifest (`egcorpus manifest`); libFuzzer's
-merge=1 records the edges each one covers (control file, edge coverage
only); a greedy set cover then keeps the N manifests that cover the most
edges (libFuzzer's own merge keeps every file that adds any feature, a few
hundred here). Needs build-fuzz (fuzz/run.sh sets it up).

Usage: fuzz/translate-seeds.py [N]   (default 99)
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
GOLDENS = os.path.join(SHARED, "corpus", "translation")
EGCORPUS = os.path.join(SHARED, "tools", "egcorpus")
FUZZER = os.path.join(ROOT, "build-fuzz", "fuzz", "fuzz_translate")
OUT = os.path.join(ROOT, "fuzz", "corpora", "fuzz_translate")


def main():
    keep = int(sys.argv[1]) if len(sys.argv) > 1 else 99
    with tempfile.TemporaryDirectory() as tmp:
        manifests = os.path.join(tmp, "manifests")
        os.mkdir(manifests)
        for f in sorted(os.listdir(GOLDENS)):
            if not f.endswith(".in.yaml"):
                continue
            r = subprocess.run([EGCORPUS, "manifest", os.path.join(GOLDENS, f)], capture_output=True)
            if r.returncode == 0:
                with open(os.path.join(manifests, f[: -len(".in.yaml")] + ".yaml"), "wb") as o:
                    o.write(r.stdout)
        ctl = os.path.join(tmp, "ctl")
        merged = os.path.join(tmp, "merged")
        os.mkdir(merged)
        subprocess.run([FUZZER, "-merge=1", "-use_counters=0", "-use_cmp=0", "-use_value_profile=0",
                        "-merge_control_file=" + ctl, merged, manifests],
                       check=True, capture_output=True)
        lines = open(ctl).read().split("\n")
        n = int(lines[0])
        files = lines[2:2 + n]
        cov = {}
        for line in lines[2 + n:]:
            p = line.split()
            if p and p[0] == "COV":
                cov[int(p[1])] = set(map(int, p[2:]))
        total = set().union(*cov.values())
        got, chosen = set(), []
        while len(chosen) < keep:
            best = max(cov, key=lambda i: (len(cov[i] - got), -os.path.getsize(files[i])))
            if not cov[best] - got:
                break
            chosen.append(files[best])
            got |= cov[best]
        shutil.rmtree(OUT, ignore_errors=True)
        os.makedirs(OUT)
        for f in chosen:
            shutil.copy(f, OUT)
        print(f"{len(chosen)} seeds cover {len(got)} of {len(total)} edges ({100 * len(got) / len(total):.0f}%)")


if __name__ == "__main__":
    main()
