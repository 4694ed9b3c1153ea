#!/usr/bin/env python3
"""Exact parity with the API server on recorded cases.

tests/oracle/*.jsonl hold what the real API server code (Kubernetes 1.37,
see tests/oracle/README.md) answered for the crafted samples in
tests/oracle/samples/ and for the shared invalid corpus: per object, the
field errors in order and the strict-decoding unknown fields. This test
runs `gwapi validate -o json` on the same files and requires, per object,
the same set of "PATH: MESSAGE" lines (`<nil>` paths included) and the
same unknown fields.
"""
import json
import os
import subprocess
import sys


def gwapi_lines(gwapi, path, channel):
    run = subprocess.run([gwapi, "validate", "--channel", channel, "-o", "json", path],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit("gwapi exited %d on %s: %s" % (run.returncode, path, run.stderr))
    by_obj = {}
    for d in json.loads(run.stdout)["diagnostics"]:
        if d["severity"] != "error":
            continue
        key = (d["kind"], d["name"])
        errs, unknown = by_obj.setdefault(key, (set(), set()))
        if d["code"] in ("unknown-field", "duplicate-field"):
            unknown.add(d["message"])
        else:
            errs.add("%s: %s" % (d["path"], d["message"]) if d["path"] else d["message"])
    return by_obj


def c_text(message):
    """A message as gwapi carries it: a C string, so a NUL byte the API
    server prints raw (a field path holding one) reads \\x00; every other
    byte is the server's (docs/api.md)."""
    return message.replace("\x00", "\\x00")


def main():
    gwapi, shared = os.environ["GWAPI"], os.environ["SHARED"]
    oracle = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "oracle")
    passed = failed = 0
    corpus = os.path.join(shared, "corpus", "validation")
    records = [("samples.jsonl", oracle)]
    # The invalid corpus lives in ../shared; without it only the samples
    # recorded here are compared and the test reports itself skipped.
    if os.path.isdir(corpus):
        records.append(("expected-invalid.jsonl", corpus))
    for record, base in records:
        for line in open(os.path.join(oracle, record)):
            o = json.loads(line)
            if o.get("unknownKind") or "-keep-status" in json.dumps(o.get("flags", "")):
                continue
            rel = o["file"]
            path = os.path.join(base, rel if not rel.startswith("invalid/") else rel)
            if not os.path.exists(path):
                path = os.path.join(oracle, rel)
            if "status" in rel:  # recorded with -keep-status; create drops status
                continue
            channel = "standard" if "/standard/" in path else "experimental"
            got_errs, got_unknown = gwapi_lines(gwapi, path, channel).get(
                (o["kind"], o["name"]), (set(), set()))
            want_errs = set(c_text(e) for e in o.get("errors") or [])
            want_unknown = set(c_text(e) for e in o.get("unknownFields") or [])
            if o.get("decodeError"):
                # the request body's decoding failed (malformed metadata):
                # the server's 400 carries only that error, gwapi reports
                # it at metadata
                want_errs, want_unknown = {"metadata: " + o["decodeError"]}, set()
            if got_errs == want_errs and got_unknown == want_unknown:
                passed += 1
                continue
            failed += 1
            print("FAIL: %s (%s %s)" % (rel, o["kind"], o["name"]))
            for e in sorted(want_errs - got_errs):
                print("   missing: " + e)
            for e in sorted(got_errs - want_errs):
                print("   extra:   " + e)
            for e in sorted(want_unknown ^ got_unknown):
                print("   unknown-field difference: " + e)
    print("%d passed, %d failed" % (passed, failed))
    if failed:
        return 1
    if len(records) == 1:
        print("SKIP: no %s (the invalid corpus was not compared)" % corpus)
        return 77
    return 0


if __name__ == "__main__":
    sys.exit(main())
