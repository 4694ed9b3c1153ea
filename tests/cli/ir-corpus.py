#!/usr/bin/env python3
"""The IR and the route table over the translation corpus.

For every in-scope case of ../shared/corpus/translation (turned into a
manifest by ../shared/tools/egcorpus), `gwapi translate -o json` must
validate against docs/ir.schema.json, and both outputs must be identical
after the documents of the manifest are shuffled (a fixed seed per case).
Skips (exit 77) without ../shared, PyYAML or jsonschema.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

CONTROLLER = "gateway.envoyproxy.io/gatewayclass-controller"

try:
    import yaml
    import jsonschema
except ImportError as e:
    print("skipping: %s" % e)
    sys.exit(77)


def run(gwapi, cmd, path):
    p = subprocess.run([gwapi, cmd, "--controller-name", CONTROLLER, "-o", "json", path],
                       capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        raise RuntimeError("gwapi %s exited %d: %s" % (cmd, p.returncode, p.stderr[:300]))
    return p.stdout


def main():
    gwapi, shared = os.environ["GWAPI"], os.environ["SHARED"]
    corpus = os.path.join(shared, "corpus", "translation")
    egcorpus = os.path.join(shared, "tools", "egcorpus")
    if not os.path.isdir(corpus):
        print("skipping: no %s" % corpus)
        return 77
    here = os.path.dirname(os.path.abspath(__file__))
    schema = json.load(open(os.path.join(here, "..", "..", "docs", "ir.schema.json")))
    validator = jsonschema.Draft202012Validator(schema)
    sys.path.insert(0, os.path.dirname(egcorpus))
    import importlib.machinery
    eg = importlib.machinery.SourceFileLoader("egcorpus", egcorpus).load_module()
    base = os.path.join(corpus, "base", "base.yaml")
    secrets = (yaml.safe_load(open(base)) or {}).get("secrets", []) if os.path.exists(base) else []
    cases = sorted(f[:-len(".in.yaml")] for f in os.listdir(corpus) if f.endswith(".in.yaml"))
    checked, failures = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for n in cases:
            case = eg.load_case(os.path.join(corpus, n + ".in.yaml"))
            if not eg.in_scope(case):
                continue
            docs = eg.manifest(os.path.join(corpus, n + ".in.yaml"), secrets)
            a, b = os.path.join(tmp, "a.yaml"), os.path.join(tmp, "b.yaml")
            yaml.safe_dump_all(docs, open(a, "w"), sort_keys=False)
            shuffled = list(docs)
            random.Random(n).shuffle(shuffled)
            yaml.safe_dump_all(shuffled, open(b, "w"), sort_keys=False)
            try:
                ir = run(gwapi, "translate", a)
                errs = sorted(validator.iter_errors(json.loads(ir)), key=lambda e: list(e.path))
                if errs:
                    failures.append("%s: schema: %s at %s" % (n, errs[0].message[:200], list(errs[0].path)))
                if run(gwapi, "translate", b) != ir:
                    failures.append("%s: IR differs after shuffling the documents" % n)
                if run(gwapi, "routes", a) != run(gwapi, "routes", b):
                    failures.append("%s: route table differs after shuffling the documents" % n)
            except (RuntimeError, ValueError, subprocess.TimeoutExpired) as e:
                failures.append("%s: %s" % (n, e))
            checked += 1
    for f in failures:
        print(f)
    print("%d cases: %d failures" % (checked, len(failures)))
    return 1 if failures or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
