"""What the Python renderers (examples/haproxy, examples/envoy) share: the
gwapi IR document (docs/ir.md) they read, from `gwapi translate -o json` or
from a file; the Secrets of the input, whose certificates the IR's
certificateRefs name; and their command line (run_renderer). (The Python
binding has no translation yet; its IR will be the same document, the "ir"
member of gwapi_translate_json.)"""
import argparse
import base64
import json
import os
import subprocess
import sys


def add_input_arguments(ap):
    ap.add_argument("--gwapi", default="gwapi", help="the gwapi command (when the binding cannot translate)")
    ap.add_argument("--controller-name")
    ap.add_argument("--now", help="RFC 3339 instant certificate dates are checked against (gwapi --now)")
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
    if args.now:
        cmd += ["--now", args.now]
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




def listener_certificates(ir, files, wants):
    """(listener, certificateRef, Secret data) for each certificateRef of
    the listeners wants(listener) accepts; the Secrets are read once, and
    only when there is a reference."""
    secrets = None
    for gw in ir.get("gateways", []):
        for l in gw.get("listeners", []):
            if not wants(l):
                continue
            for ref in l.get("certificateRefs", []):
                if secrets is None:
                    secrets = secrets_of(files)
                yield l, ref, secrets.get((ref["namespace"], ref["name"]), {})


def write_private(cert_dir, name, data):
    """Writes cert_dir/name readable by its owner only (it holds keys)."""
    os.makedirs(cert_dir, exist_ok=True)
    fd = os.open(os.path.join(cert_dir, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def run_renderer(argv, prog, description, out_name, render, write_certs, certs_without_files=True,
                 warn_without_dir=None):
    """A renderer's main. render(ir, bind, cert_dir) returns (text,
    warnings); with -d DIR the text goes to DIR/out_name and
    write_certs(ir, files, cert_dir, warnings) writes DIR/certs/ (also
    without manifests when certs_without_files), else the text goes to
    stdout (with the warning warn_without_dir, if any). Warnings go to
    stderr. Exit 0 rendered, 1 the input has errors (still rendered), 2
    usage or I/O problems."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("-d", dest="dir", help="write DIR/%s and DIR/certs/ (else it goes to stdout)" % out_name)
    args = add_input_arguments(ap).parse_args(argv)
    if not args.files and not args.ir:
        ap.error("give manifests or --ir")
    try:
        ir, rc = load_ir(args)
        cert_dir = os.path.abspath(os.path.join(args.dir, "certs")) if args.dir else "certs"
        text, warnings = render(ir, args.bind, cert_dir)
        if args.dir:
            os.makedirs(args.dir, exist_ok=True)
            if args.files or certs_without_files:
                write_certs(ir, args.files, cert_dir, warnings)
            with open(os.path.join(args.dir, out_name), "w") as f:
                f.write(text)
        else:
            if warn_without_dir:
                warnings.append(warn_without_dir)
            sys.stdout.write(text)
        for w in warnings:
            print(w, file=sys.stderr)
        return rc
    except (OSError, ValueError) as e:
        print("%s: %s" % (prog, e), file=sys.stderr)
        return 2
