#!/usr/bin/env python3
"""Structural check of the Envoy renderer (examples/envoy): for every golden
case under tests/cases/, the bootstrap it renders from the case's IR must
parse as envoy.config.bootstrap.v3.Bootstrap with the envoy-data-plane
package (unknown fields, wrong types and unregistered typed configs are
errors), and what the parsed message says must agree with the IR: one
listener per port on the bind address, per virtual host the routes named by
the IR route ids in the IR's match order with the IR's action (clusters and
weights, redirect code, direct status) and path match, and exactly one
cluster per usable backend and mirror with the IR's endpoints.

usage: envoy_check.py --gwapi PATH [--venv DIR] CASES-DIR
Re-executes itself with DIR/bin/python when envoy_data_plane is not
importable; exits 77 when it is not available at all. Prints one line per
case and "N passed, N failed"."""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RENDERER = os.path.join(HERE, "..", "..", "examples", "envoy", "gwapi_envoy.py")
BIND = "127.0.0.1"


def import_envoy(venv):
    try:
        from envoy_data_plane.envoy.config.bootstrap.v3 import Bootstrap
        # The typed configs the renderer uses register themselves on import.
        import envoy_data_plane.envoy.extensions.filters.network.http_connection_manager.v3 as hcm
        import envoy_data_plane.envoy.extensions.filters.http.router.v3  # noqa: F401
        import envoy_data_plane.envoy.extensions.filters.network.tcp_proxy.v3  # noqa: F401
        import envoy_data_plane.envoy.extensions.filters.listener.tls_inspector.v3  # noqa: F401
        import envoy_data_plane.envoy.extensions.transport_sockets.tls.v3  # noqa: F401
        return Bootstrap, hcm.HttpConnectionManager
    except ImportError:
        python = os.path.join(venv, "bin", "python") if venv else None
        if python and os.path.exists(python) and os.path.realpath(sys.prefix) != os.path.realpath(venv):
            os.execv(python, [python] + sys.argv)
        print("SKIP: envoy-data-plane is not installed (scripts/test makes a venv with it)")
        sys.exit(77)


def ir_expectations(ir):
    """{port: {vhost id: (hostname, [route])}} and {cluster name: endpoints}."""
    ports, clusters = {}, {}
    for gw in ir.get("gateways", []):
        for l in gw.get("listeners", []):
            if l["protocol"] not in ("HTTP", "HTTPS"):
                continue
            vhs = ports.setdefault(l["port"], {})
            for vh in l.get("virtualHosts", []):
                vhs[vh["id"]] = (vh["hostname"], vh["routes"])
                for r in vh["routes"]:
                    for b in r["action"].get("forward", []):
                        if not b.get("invalid"):
                            clusters[b["id"]] = b.get("endpoints", [])
                    # Mirrors serve forwarded requests only (a redirect or
                    # direct response sends nothing upstream).
                    for m in r.get("mirrors", []) if "forward" in r["action"] else []:
                        clusters[m["id"]] = m.get("endpoints", [])
        for l in gw.get("listeners", []):
            if l["protocol"] in ("TLS", "TCP"):
                for r in l.get("routes", []):
                    for b in r.get("backends", []):
                        clusters[b["id"]] = b.get("endpoints", [])
    return ports, clusters


def expected_path(path):
    if path["type"] == "Exact":
        return ("path", path["value"])
    if path["type"] == "RegularExpression":
        return ("safe_regex", path["value"])
    trimmed = path["value"].rstrip("/")
    return ("path_separated_prefix", trimmed) if trimmed else ("prefix", "/")


def actual_path(match):
    for key in ("path", "prefix", "path_separated_prefix"):
        if getattr(match, key, None):
            return (key, getattr(match, key))
    if match.safe_regex is not None and match.safe_regex.regex:
        return ("safe_regex", match.safe_regex.regex)
    return None


def check_route(ir_route, route, bad):
    rid = ir_route["id"]
    if actual_path(route.match) != expected_path(ir_route["match"]["path"]):
        bad.append("%s: path match %s, want %s" % (rid, actual_path(route.match), expected_path(ir_route["match"]["path"])))
    action = ir_route["action"]
    if "forward" in action:
        want = [("gwapi-invalid-backend" if b.get("invalid") else b["id"], b["weight"]) for b in action["forward"]]
        ra = route.route
        if ra is None:
            bad.append("%s: no route action" % rid)
            return
        if ra.weighted_clusters is not None and ra.weighted_clusters.clusters:
            got = [(c.name, c.weight) for c in ra.weighted_clusters.clusters]
        else:
            got = [(ra.cluster, want[0][1] if len(want) == 1 else None)]
        if got != want:
            bad.append("%s: clusters %s, want %s" % (rid, got, want))
    elif "redirect" in action:
        if route.redirect is None or int(route.redirect.response_code) != {301: 0, 302: 1, 303: 2, 307: 3, 308: 4}[action["redirect"]["statusCode"]]:
            bad.append("%s: redirect %s, want %d" % (rid, route.redirect, action["redirect"]["statusCode"]))
    else:
        if route.direct_response is None or route.direct_response.status != action["directResponse"]["status"]:
            bad.append("%s: direct response %s, want %d" % (rid, route.direct_response, action["directResponse"]["status"]))


def check_case(Bootstrap, HCM, ir, boot):
    bad = []
    parsed = Bootstrap.from_dict(boot)
    ports, want_clusters = ir_expectations(ir)
    listeners = {l.address.socket_address.port_value: l for l in parsed.static_resources.listeners}
    for port, vhs in ports.items():
        l = listeners.get(port)
        if l is None:
            bad.append("no listener for port %d" % port)
            continue
        if l.address.socket_address.address != BIND:
            bad.append("listener %d binds %s" % (port, l.address.socket_address.address))
        got_vhs = {}
        for chain in l.filter_chains:
            for f in chain.filters:
                if f.name == "envoy.filters.network.http_connection_manager":
                    for vh in f.typed_config.unpack().route_config.virtual_hosts:
                        got_vhs[vh.name] = vh
        for vid, (hostname, routes) in vhs.items():
            vh = got_vhs.get(vid)
            if vh is None:
                bad.append("port %d: no virtual host %s" % (port, vid))
                continue
            if list(vh.domains) != [hostname]:
                bad.append("%s: domains %s, want [%s]" % (vid, list(vh.domains), hostname))
            names = [r.name for r in vh.routes]
            if names != [r["id"] for r in routes]:
                bad.append("%s: route order %s, want %s" % (vid, names, [r["id"] for r in routes]))
                continue
            for ir_route, route in zip(routes, vh.routes):
                check_route(ir_route, route, bad)
        extra = set(got_vhs) - set(vhs)
        if extra:
            bad.append("port %d: virtual hosts not in the IR: %s" % (port, sorted(extra)))
    got_clusters = {c.name: c for c in parsed.static_resources.clusters}
    if set(got_clusters) != set(want_clusters):
        bad.append("clusters %s, want %s" % (sorted(got_clusters), sorted(want_clusters)))
    for name, eps in want_clusters.items():
        c = got_clusters.get(name)
        if c is None:
            continue
        got = [(e.endpoint.address.socket_address.address, e.endpoint.address.socket_address.port_value)
               for group in c.load_assignment.endpoints for e in group.lb_endpoints]
        if got != [(e["address"], e["port"]) for e in eps]:
            bad.append("cluster %s: endpoints %s, want %s" % (name, got, eps))
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gwapi", required=True)
    ap.add_argument("--venv")
    ap.add_argument("cases")
    args = ap.parse_args()
    Bootstrap, HCM = import_envoy(args.venv)
    passed = failed = 0
    for name in sorted(os.listdir(args.cases)):
        case = os.path.join(args.cases, name)
        if not os.path.isfile(os.path.join(case, "input.yaml")):
            continue
        opts = ["--controller-name", "example.com/gateway"]
        if os.path.isfile(os.path.join(case, "args")):
            with open(os.path.join(case, "args")) as f:
                opts = f.read().split()
        tr = subprocess.run([args.gwapi, "translate"] + opts + ["-o", "json", os.path.join(case, "input.yaml")],
                            capture_output=True, text=True, timeout=60)
        if tr.returncode not in (0, 1):
            print("FAIL %s: gwapi translate exit %d: %s" % (name, tr.returncode, tr.stderr[:300]))
            failed += 1
            continue
        ir = json.loads(tr.stdout)
        ir_file = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gwapi-envoy-check-%d.json" % os.getpid())
        try:
            with open(ir_file, "w") as f:
                f.write(tr.stdout)
            rr = subprocess.run([sys.executable, RENDERER, "--bind", BIND, "--ir", ir_file],
                                capture_output=True, text=True, timeout=60)
        finally:
            os.unlink(ir_file)
        if rr.returncode != 0:
            print("FAIL %s: renderer exit %d: %s" % (name, rr.returncode, rr.stderr[:300]))
            failed += 1
            continue
        try:
            bad = check_case(Bootstrap, HCM, ir, json.loads(rr.stdout))
        except (KeyError, TypeError, ValueError) as e:
            bad = ["does not parse as Bootstrap: %s: %s" % (type(e).__name__, e)]
        routes = sum(len(vh["routes"]) for gw in ir.get("gateways", []) for l in gw.get("listeners", [])
                     for vh in l.get("virtualHosts", []))
        if bad:
            print("FAIL %s: %s" % (name, "; ".join(bad[:5])))
            failed += 1
        else:
            print("ok %s: Bootstrap parses; %d routes in IR order, clusters match" % (name, routes))
            passed += 1
    if passed + failed == 0:
        print("FAIL: no case found under %s" % args.cases)
        failed = 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
