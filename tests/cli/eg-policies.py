#!/usr/bin/env python3
"""Envoy Gateway's policy objects in the translation corpus all decode.

Builds the manifest of every in-scope translation case (with the shared
egcorpus tool), validates them all in one `gwapi validate -o json` run, and
checks that no run crashes and that the error diagnostics on the policy
kinds are exactly those listed in eg-policies-expected.tsv: upstream feeds
these inputs to its translator without CRD validation, so some are invalid
by the CRDs' rules (and Go's case-insensitive JSON decoding accepts keys
such as `Name` that the API server prunes as unknown). Each such object is
named there with its expected messages. `--update` rewrites that file.
"""
import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

POLICY_KINDS = {"ClientTrafficPolicy", "BackendTrafficPolicy", "SecurityPolicy",
                "EnvoyExtensionPolicy", "EnvoyPatchPolicy", "HTTPRouteFilter", "Backend"}


def load_egcorpus(shared):
    path = os.path.join(shared, "tools", "egcorpus")
    loader = importlib.machinery.SourceFileLoader("egcorpus", path)
    spec = importlib.util.spec_from_loader("egcorpus", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def main():
    gwapi, shared, cases = os.environ["GWAPI"], os.environ["SHARED"], os.environ["CASES"]
    expected_path = os.path.join(cases, "eg-policies-expected.tsv")
    corpus = os.path.join(shared, "corpus", "translation")
    if not os.path.isdir(corpus):
        print("SKIP: no translation corpus")
        return 77
    eg = load_egcorpus(shared)
    import yaml
    base = os.path.join(corpus, "base", "base.yaml")
    secrets = (yaml.safe_load(open(base)) or {}).get("secrets", []) if os.path.exists(base) else []

    policies = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(f[:-8] for f in os.listdir(corpus) if f.endswith(".in.yaml")):
            path = os.path.join(corpus, name + ".in.yaml")
            if not eg.in_scope(eg.load_case(path)):
                continue
            docs = eg.manifest(path, secrets)
            policies += sum(1 for d in docs if d.get("kind") in POLICY_KINDS)
            with open(os.path.join(tmp, name + ".yaml"), "w") as f:
                yaml.safe_dump_all(docs, f, sort_keys=False)
        run = subprocess.run([gwapi, "validate", "-o", "json", tmp], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print("FAIL: gwapi exited %d: %s" % (run.returncode, run.stderr[-2000:]))
            return 1
        diags = json.loads(run.stdout)["diagnostics"]
        prefix = tmp + "/"

    got = set()
    for d in diags:
        if d["kind"] in POLICY_KINDS and d["severity"] == "error":
            case = (d["file"] or "")[len(prefix):-len(".yaml")]
            got.add("\t".join([case, d["kind"], "%s/%s" % (d["namespace"], d["name"]),
                               "%s: %s" % (d["path"], d["message"])]))
    if "--update" in sys.argv:
        with open(expected_path, "w") as f:
            f.write("# Error diagnostics on Envoy Gateway policy objects of the translation corpus\n"
                    "# (case, kind, namespace/name, path: message); see eg-policies.py.\n")
            f.write("".join(line + "\n" for line in sorted(got)))
        print("wrote %d lines" % len(got))
        return 0
    want = set(l.rstrip("\n") for l in open(expected_path) if l.strip() and not l.startswith("#"))
    missing, extra = sorted(want - got), sorted(got - want)
    for line in missing:
        print("FAIL: expected, not reported: " + line)
    for line in extra:
        print("FAIL: reported, not expected: " + line)
    invalid = len(set(tuple(l.split("\t")[:3]) for l in got))
    print("%d policy objects decoded, %d invalid by the CRDs as listed" % (policies, invalid))
    print("%d passed, %d failed" % (len(want & got) + 1, len(missing) + len(extra)))
    return 1 if missing or extra else 0


if __name__ == "__main__":
    sys.exit(main())
