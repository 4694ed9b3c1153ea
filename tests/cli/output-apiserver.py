#!/usr/bin/env python3
"""`gwapi validate -o apiserver` prints, per invalid object, the message the
real API server code answered on create (tests/oracle/*.jsonl `response`):
the 422 `Kind.group "name" is invalid: [...]`, the strict-decoding 400 for
unknown fields, and the 400 of a body that fails to decode.

The server orders errors on sibling fields as Go's map iteration falls
(tests/oracle/README.md), so where gwapi's order differs from the
recorded one, the expected line is rebuilt from the recorded errors in
gwapi's order: the framing, the merge of duplicates and the set of errors
must still match exactly.

Two departures from the server's bytes, both deliberate: control
characters that the server's strict-decoding message carries raw are
escaped as Go's %q escapes them (gwapi never prints raw control bytes),
and a kind the server does not serve, where kubectl answers on the client
side (no recorded response), prints kubectl's `no matches for kind "K" in
version "V"`."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "..", "oracle")


def gwapi_run(gwapi, fmt, channel, path):
    r = subprocess.run([gwapi, "validate", "-o", fmt, "--channel", channel, path],
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        raise SystemExit("gwapi exited %d on %s: %s" % (r.returncode, path, r.stderr))
    return r.stdout


GO_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
              "\t": "\\t", "\v": "\\v"}


def escape_controls(text):
    return re.sub(r"[\x00-\x1f\x7f]",
                  lambda m: GO_ESCAPES.get(m.group(), "\\x%02x" % ord(m.group())), text)


def go_quote(text):
    return '"' + escape_controls(text.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def reordered(record, gwapi_errors):
    """The recorded 422 response with its errors in gwapi's order."""
    resp = record["response"]
    head = resp[:resp.index(" is invalid: ") + len(" is invalid: ")]
    want = []
    for e in record["errors"]:
        if e not in want:
            want.append(e)
    order = [e for e in gwapi_errors if e in want]
    if sorted(order) != sorted(want):
        return resp
    return head + (order[0] if len(order) == 1 else "[" + ", ".join(order) + "]")


def main():
    gwapi, shared = os.environ["GWAPI"], os.environ["SHARED"]
    passed = failed = reorders = 0
    sources = [("samples.jsonl", ORACLE)]
    if os.path.isdir(os.path.join(shared, "corpus")):
        sources.append(("expected-invalid.jsonl", os.path.join(shared, "corpus", "validation")))
    else:
        print("note: %s absent; the shared corpus part is skipped" % shared)
    for name, base in sources:
        by_file = {}
        for line in open(os.path.join(ORACLE, name)):
            rec = json.loads(line)
            if rec.get("keepStatus"):
                continue
            by_file.setdefault(rec["file"], []).append(rec)
        for rel, records in sorted(by_file.items()):
            path = os.path.join(base, rel)
            channel = "standard" if "/standard/" in rel else "experimental"
            got = gwapi_run(gwapi, "apiserver", channel, path).splitlines()
            diags = json.loads(gwapi_run(gwapi, "json", channel, path))["diagnostics"]
            want = []
            for rec in records:
                if rec.get("unknownKind") and any(d["code"] == "unknown-kind" and
                                                  d["severity"] == "error" for d in diags):
                    want.append("no matches for kind %s in version %s"
                                % (go_quote(rec["kind"]), go_quote(rec["apiVersion"])))
                    continue
                if not rec.get("response"):
                    continue
                errs = ["%s: %s" % (d["path"], d["message"]) if d["path"] else d["message"]
                        for d in diags if d["severity"] == "error" and d["name"] == rec["name"]
                        and d["kind"] == rec["kind"]]
                if " is invalid: " in rec["response"] and escape_controls(rec["response"]) not in got:
                    alt = reordered(rec, errs)
                    reorders += alt != rec["response"]
                    want.append(escape_controls(alt))
                else:
                    want.append(escape_controls(rec["response"]))
            if got == want:
                passed += 1
                continue
            failed += 1
            print("FAIL: %s" % rel)
            for line in want:
                if line not in got:
                    print("   missing: " + line)
            for line in got:
                if line not in want:
                    print("   extra:   " + line)
    print("note: %d objects matched with gwapi's order of sibling errors" % reorders)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
