#!/usr/bin/env python3
"""`gwapi validate -o json|yaml|sarif|junit` on a crafted input, checked
exactly: the ValidationResult document (and YAML that reads back as the
same document), a SARIF 2.1.0 log that validates against the OASIS JSON
Schema (tests/cli/schemas/) and has the expected results, and JUnit XML
with one test case per object."""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
passed = failed = 0


def check(name, got, want):
    global passed, failed
    if got == want:
        passed += 1
    else:
        failed += 1
        print("FAIL: %s\n  got:  %r\n  want: %r" % (name, got, want))


INPUT = """\
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: infra
spec:
  gatewayClassName: eg
  bogus: 1
  listeners:
  - name: http
    protocol: HTTP
    port: 70000
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
---
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: eg
spec:
  controllerName: example.com/gateway-controller
---
a: [
"""


def run(gwapi, *args):
    return subprocess.run([gwapi, "validate", *args], capture_output=True, text=True)


def diag(sev, code, kind, ns, name, path, f, line, col, msg, related=None):
    return {"severity": sev, "code": code, "kind": kind, "namespace": ns, "name": name,
            "path": path, "file": f, "line": line, "column": col, "message": msg,
            "related": related}


def main():
    gwapi = os.environ["GWAPI"]
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, "in put.yaml")
    with open(path, "w") as f:
        f.write(INPUT)
    diags = [
        diag("error", "unknown-field", "Gateway", "infra", "gw", "spec.bogus", path, 8, 3,
             'unknown field "spec.bogus"'),
        diag("error", "invalid", "Gateway", "infra", "gw", "spec.listeners[0].port", path, 12, 11,
             "Invalid value: 70000: spec.listeners[0].port in body should be less than or equal to 65535"),
        diag("warning", "unknown-kind", "Deployment", "default", "web", "", path, 14, 1,
             'no schema for kind "Deployment" in version "apps/v1"; kept without validation'),
        diag("error", "syntax", None, None, None, "", path, 27, 1, "did not find expected node content"),
    ]
    summary = {"files": 1, "unreadableFiles": 0, "objects": 3, "valid": 2, "invalid": 1,
               "skipped": 0, "errors": 3, "warnings": 1, "omittedDiagnostics": 0}
    want = {"apiVersion": "gwapi.dev/v1alpha1", "kind": "ValidationResult",
            "diagnostics": diags, "summary": summary}

    r = run(gwapi, "-o", "json", path)
    check("json exit", r.returncode, 1)
    check("json document", json.loads(r.stdout), want)

    r = run(gwapi, path, "--output=yaml")
    try:
        import yaml
        check("yaml document", yaml.safe_load(r.stdout), want)
    except ImportError:
        print("note: PyYAML missing, YAML output not read back")
    check("yaml exit", r.returncode, 1)

    # --quiet drops warnings; --max-diagnostics keeps the first N and counts the rest.
    r = run(gwapi, "-o", "json", "--quiet", "--max-diagnostics", "2", path)
    doc = json.loads(r.stdout)
    check("quiet+max diagnostics", doc["diagnostics"], diags[:2])
    check("quiet+max summary", doc["summary"], dict(summary, omittedDiagnostics=1))
    r = run(gwapi, "-o", "json", "--skip-kinds", "Gateway,Deployment", path)
    doc = json.loads(r.stdout)
    check("skip-kinds diagnostics", doc["diagnostics"], diags[3:])
    check("skip-kinds summary", doc["summary"],
          dict(summary, objects=1, valid=1, invalid=0, skipped=2, errors=1, warnings=0))

    # SARIF: valid against the 2.1.0 schema, one result per diagnostic.
    r = run(gwapi, "-o", "sarif", path)
    check("sarif exit", r.returncode, 1)
    log = json.loads(r.stdout)
    try:
        import jsonschema
    except ImportError:
        print("jsonschema (python3-jsonschema) is needed for the SARIF schema check")
        return 77
    with open(os.path.join(HERE, "schemas", "sarif-schema-2.1.0.json")) as f:
        schema = json.load(f)
    errors = [e.message for e in jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.FormatChecker()).iter_errors(log)]
    check("sarif schema errors", errors, [])
    run0 = log["runs"][0]
    rules = [x["id"] for x in run0["tool"]["driver"]["rules"]]
    check("sarif version", (log["version"], run0["tool"]["driver"]["name"]), ("2.1.0", "gwapi"))
    uri = path.replace(" ", "%20")
    uri = "file://" + uri
    got = [(x["ruleId"], rules[x["ruleIndex"]], x["level"], x["message"]["text"],
            x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            x["locations"][0]["physicalLocation"]["region"],
            [l["fullyQualifiedName"] for l in x["locations"][0].get("logicalLocations", [])])
           for x in run0["results"]]
    check("sarif results", got, [
        ("unknown-field", "unknown-field", "error", 'Gateway infra/gw: spec.bogus: unknown field "spec.bogus"',
         uri, {"startLine": 8, "startColumn": 3}, ["Gateway infra/gw"]),
        ("invalid", "invalid", "error", "Gateway infra/gw: spec.listeners[0].port: " + diags[1]["message"],
         uri, {"startLine": 12, "startColumn": 11}, ["Gateway infra/gw"]),
        ("unknown-kind", "unknown-kind", "warning", "Deployment default/web: " + diags[2]["message"],
         uri, {"startLine": 14, "startColumn": 1}, ["Deployment default/web"]),
        ("syntax", "syntax", "error", "did not find expected node content",
         uri, {"startLine": 27, "startColumn": 1}, []),
    ])
    # Relative names stay relative URI references.
    r = subprocess.run([gwapi, "validate", "-o", "sarif", "in put.yaml"], capture_output=True,
                       text=True, cwd=tmp)
    check("sarif relative uri",
          json.loads(r.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
          ["artifactLocation"]["uri"], "in%20put.yaml")

    # JUnit: a suite per file, a case per object, loose errors as <error>.
    r = run(gwapi, "-o", "junit", "--skip-kinds=GatewayClass", path)
    check("junit exit", r.returncode, 1)
    root = ET.fromstring(r.stdout)
    check("junit totals", (root.tag, dict(root.attrib)),
          ("testsuites", {"name": "gwapi validate", "tests": "4", "failures": "1", "errors": "1",
                          "skipped": "1"}))
    suites = list(root)
    check("junit suites", [(s.tag, s.get("name"), s.get("tests")) for s in suites],
          [("testsuite", path, "4")])
    cases = [(c.get("name"), [(x.tag, x.get("type"), x.get("message"), x.text) for x in c])
             for c in suites[0]]
    line = lambda d: "%s:%d:%d: %s: %s %s/%s: %s%s\n" % (
        d["file"], d["line"], d["column"], d["severity"], d["kind"], d["namespace"], d["name"],
        d["path"] + ": " if d["path"] else "", d["message"])
    check("junit cases", cases, [
        ("Gateway infra/gw", [("failure", "invalid", "2 errors", line(diags[0]) + line(diags[1]))]),
        ("Deployment default/web", [("system-out", None, None, line(diags[2]))]),
        ("GatewayClass eg", [("skipped", None, None, None)]),
        ("document at line 27", [("error", "syntax", diags[3]["message"], None)]),
    ])

    # Two objects of the same kind and name in one file: each case carries
    # its own object's diagnostics (the library's diagnostic-object link),
    # so only the second, invalid one fails.
    twins = os.path.join(tmp, "twins.yaml")
    with open(twins, "w") as f:
        f.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n"
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nbogus: 1\n")
    r = run(gwapi, "-o", "junit", twins)
    check("junit twins exit", r.returncode, 1)
    root = ET.fromstring(r.stdout)
    check("junit twins totals", root.get("failures"), "1")
    check("junit twins cases",
          [[(x.tag, x.get("message")) for x in c] for c in root[0]],
          [[], [("failure", "1 error")]])
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
