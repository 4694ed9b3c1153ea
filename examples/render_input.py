"""What the Python renderers (examples/haproxy, examples/envoy) read: the
gwapi IR document (docs/ir.md), from `gwapi translate -o json` or from a
file, and the Secrets of the input, whose certificates the IR's
certificateRefs name. (The Python binding has no translation yet; its IR
will be the same document, the "ir" member of gwapi_translate_json.)"""
import base64
import json
import subprocess
import sys


def add_input_arguments(ap):
    ap.add_argument("--gwapi", default="gwapi", help="the gwapi command (when the binding cannot translate)")
    ap.add_argument("--controller-name")
    ap.add_argument("--bind", default="127.0.0.1", help="address every listener binds to")
    ap.add_argument("--ir", help="read the IR JSON from this file instead of translating")
    ap.add_argument("files", nargs="*", help="manifests (YAML or JSON)")
    return ap


def load_ir(args):
    if args.ir:
        with open(args.ir) as f:
            return json.load(f), 0
    cmd = [args.gwapi, "translate", "-o", "json"]
    if args.controller_name:
        cmd += ["--controller-name", args.controller_name]
    r = subprocess.run(cmd + args.files, capture_output=True, text=True)
    sys.stderr.write(r.stderr)
    if r.returncode not in (0, 1):
        raise OSError("gwapi translate failed (exit %d)" % r.returncode)
    return json.loads(r.stdout), r.returncode


def unrendered_policies(warn, gw, patch_message, rendered):
    """Warns about what a renderer leaves out of a gateway: its EnvoyPatchPolicy
    patches, and the Envoy Gateway policy settings of its listeners (of the
    protocols in `rendered`) and their routes, naming each policy (one that
    failed to translate already answers 500)."""
    for p in gw.get("patches", []):
        warn(gw["id"], "EnvoyPatchPolicy %s/%s" % (p["policy"]["namespace"], p["policy"]["name"]), patch_message)
    for l in gw.get("listeners", []):
        if l["protocol"] not in rendered:
            continue
        routes = [r for vh in l.get("virtualHosts", []) for r in vh["routes"]] + l.get("routes", [])
        nodes = [(l["id"], [l.get("client")])] + \
            [(r["id"], [r.get(k) for k in ("traffic", "security", "extension")]) for r in routes]
        for subject, sections in nodes:
            for s in sections:
                if s and "settings" in s:
                    w = s["provenance"]["winner"]
                    warn(subject, "%s %s/%s" % (w["kind"], w["namespace"], w["name"]), "settings not rendered")


def secrets_of(files):
    """{(namespace, name): {key: bytes}} of the Secrets in the input
    (namespace "default" when unset, as gwapi's default context)."""
    import yaml
    out = {}
    for path in files:
        with open(path) as f:
            for doc in yaml.safe_load_all(f):
                if isinstance(doc, dict) and doc.get("kind") == "Secret":
                    meta = doc.get("metadata", {})
                    data = {k: base64.b64decode(v) for k, v in (doc.get("data") or {}).items()}
                    out[(meta.get("namespace", "default"), meta.get("name"))] = data
    return out


