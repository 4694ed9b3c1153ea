#!/usr/bin/env python3
"""Live data-plane test: render a golden case (tests/cases/NAME/input.yaml)
with a renderer, start the upstreams (upstream.py) and the proxy on
loopback ports, send the requests of the case's requests.json and assert
the status, the upstream that answered, the Location, the path and headers
the upstream saw and the response headers; weighted splits are checked
statistically over a bounded number of requests. Every process started is
stopped at the end, on failure too; the proxy must listen on 127.0.0.1 only.

The case names fixed ports (its listeners' and upstreams'); each run moves
them to free ports the system hands out, rewriting every integer equal to
one of them in the input and the expectations (and ":PORT" inside
expected strings), so that runs in parallel never collide.

usage: run.py --proxy nginx|haproxy --case DIR -- RENDER-COMMAND...
RENDER-COMMAND gets {input} and {work} replaced (the case input and the
directory the config must go to: {work}/nginx.conf or {work}/haproxy.cfg).
Prints one line per check and "N passed, N failed"; exit 0 when all pass,
77 when the proxy is not installed."""
import argparse
import base64
import http.client
import json
import math
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEADLINE = 90.0          # seconds for the whole suite, requests included
REQUEST_TIMEOUT = 5.0


class Stop(Exception):
    pass


def on_signal(signum, frame):
    raise Stop("signal %d" % signum)


def start(cmd, log):
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)


def stop(proc):
    """Stops proc and what it started (its own process group)."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def wait_port(port, proc, until):
    while time.monotonic() < until:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def group_listen_addresses(pgid):
    """Local addresses of the TCP sockets the process group listens on."""
    inodes = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:
                continue
            for fd in os.listdir("/proc/%s/fd" % pid):
                target = os.readlink("/proc/%s/fd/%s" % (pid, fd))
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            for line in f.readlines()[1:]:
                cols = line.split()
                if cols[3] == "0A" and cols[9] in inodes:
                    found.append(cols[1])
    return found


class SNIConnection(http.client.HTTPConnection):
    """HTTPS to 127.0.0.1 with a chosen SNI name, verified against a CA."""

    def __init__(self, port, sni, ctx):
        super().__init__("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        self.sni, self.ctx = sni, ctx

    def connect(self):
        super().connect()
        self.sock = self.ctx.wrap_socket(self.sock, server_hostname=self.sni)


def send(req, tls_ctx, default_port):
    port = req.get("port", default_port)
    if req.get("tls"):
        conn = SNIConnection(port, req["host"], tls_ctx)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        headers = {"Host": req["host"]}
        headers.update(req.get("headers", {}))
        method = req.get("method", "GET")
        conn.request(method, req["path"], body=b"" if method == "POST" else None, headers=headers)
        resp = conn.getresponse()
        body = resp.read()
        seen = None
        if resp.getheader("X-Upstream") is not None and resp.status == 200:
            seen = json.loads(body)
        return resp, seen
    finally:
        conn.close()


def joined(pairs, name):
    """All values of header name (case-insensitive) as one comma list, or
    None when absent: a repeated header and a comma-joined one are equal."""
    values = [v for k, v in pairs if k.lower() == name]
    if not values:
        return None
    return ",".join(p.strip() for v in values for p in v.split(","))


def check(req, resp, seen):
    """The differences between what req expects and what happened."""
    exp, bad = req["expect"], []
    if resp.status != exp["status"]:
        bad.append("status %d, want %d" % (resp.status, exp["status"]))
    upstream = seen["upstream"] if seen else None
    if "upstream" in exp and upstream != exp["upstream"]:
        bad.append("upstream %s, want %s" % (upstream, exp["upstream"]))
    if "location" in exp and resp.getheader("Location") != exp["location"]:
        bad.append("Location %r, want %r" % (resp.getheader("Location"), exp["location"]))
    if seen:
        if "path" in exp and seen["path"] != exp["path"]:
            bad.append("upstream path %r, want %r" % (seen["path"], exp["path"]))
        if "method" in exp and seen["method"] != exp["method"]:
            bad.append("upstream method %r, want %r" % (seen["method"], exp["method"]))
        for name, want in exp.get("upstream_headers", {}).items():
            got = joined(seen["headers"], name)
            if got != want:
                bad.append("upstream header %s %r, want %r" % (name, got, want))
    for name, want in exp.get("response_headers", {}).items():
        got = joined(resp.getheaders(), name)
        if got != want:
            bad.append("response header %s %r, want %r" % (name, got, want))
    return bad


def check_split(split, tls_ctx, port, until):
    counts, n = {}, split["count"]
    for _ in range(n):
        if time.monotonic() > until:
            return ["deadline passed after %d requests" % sum(counts.values())]
        resp, seen = send(split, tls_ctx, port)
        key = seen["upstream"] if seen else "status %d" % resp.status
        counts[key] = counts.get(key, 0) + 1
    bad = []
    for key in counts:
        if key not in split["expect"]:
            bad.append("%d answers from %s, want none" % (counts[key], key))
    for key, p in split["expect"].items():
        got = counts.get(key, 0)
        # Within 5 standard deviations of the binomial mean: a false failure
        # is a one-in-a-million event, a wrong split (or none) is not.
        slack = 5 * math.sqrt(n * p * (1 - p)) + 1
        if abs(got - n * p) > slack:
            bad.append("%s answered %d of %d, want %.0f +- %.0f" % (key, got, n, n * p, slack))
    return bad


def case_ca(input_path):
    """The PEM certificates of the case's TLS Secrets (self-signed: each is
    its own CA)."""
    pems = []
    with open(input_path) as f:
        for doc in yaml.safe_load_all(f):
            if doc and doc.get("kind") == "Secret" and "tls.crt" in doc.get("data", {}):
                pems.append(base64.b64decode(doc["data"]["tls.crt"]).decode())
    return "".join(pems)


def free_ports(n):
    """n distinct loopback ports nobody listens on (the system's choice)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def remap(value, ports):
    """value with every integer in ports replaced, and ":PORT" in strings."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return ports.get(value, value)
    if isinstance(value, str):
        for old, new in ports.items():
            value = value.replace(":%d" % old, ":%d" % new)
        return value
    if isinstance(value, list):
        return [remap(v, ports) for v in value]
    if isinstance(value, dict):
        return {k: remap(v, ports) for k, v in value.items()}
    return value


def relocate(spec, input_path, work):
    """The case moved to free ports: (spec, path of the rewritten input)."""
    fixed = sorted(set(spec["listeners"]) | set(spec["upstreams"].values()))
    ports = dict(zip(fixed, free_ports(len(fixed))))
    with open(input_path) as f:
        docs = [remap(d, ports) if d is not None else None for d in yaml.safe_load_all(f)]
    moved = os.path.join(work, "input.yaml")
    with open(moved, "w") as f:
        # Strings of the input (names, Secret data) contain no ":PORT".
        yaml.safe_dump_all(docs, f)
    return remap(spec, ports), moved


def proxy_command(proxy, work):
    if proxy == "nginx":
        return ["nginx", "-p", work, "-c", os.path.join(work, "nginx.conf"),
                "-e", os.path.join(work, "error.log"), "-g", "daemon off;"]
    return ["haproxy", "-db", "-f", os.path.join(work, "haproxy.cfg")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--proxy", choices=["nginx", "haproxy"], required=True)
    ap.add_argument("--case", required=True)
    ap.add_argument("render", nargs="+")
    args = ap.parse_args()
    binary = shutil.which(args.proxy) or shutil.which(args.proxy, path="/usr/sbin:/sbin")
    if not binary:
        print("SKIP: %s is not installed" % args.proxy)
        return 77
    os.environ["PATH"] = os.path.dirname(binary) + os.pathsep + os.environ.get("PATH", "")
    with open(os.path.join(args.case, "requests.json")) as f:
        spec = json.load(f)
    input_path = os.path.join(args.case, "input.yaml")
    until = time.monotonic() + DEADLINE
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    work = tempfile.mkdtemp(prefix="gwapi-%s-" % args.proxy)
    os.chmod(work, 0o755)     # nginx workers run as an unprivileged user
    procs, passed, failed = [], 0, 0
    log = open(os.path.join(work, "processes.log"), "w")
    try:
        spec, moved_input = relocate(spec, input_path, work)
        cmd = [a.replace("{input}", moved_input).replace("{work}", work) for a in args.render]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        sys.stdout.write(r.stderr)
        if r.returncode != 0:
            print("FAIL render: exit %d" % r.returncode)
            print("0 passed, 1 failed")
            return 1
        up = start([sys.executable, os.path.join(HERE, "upstream.py"), "--lifetime", str(DEADLINE + 30)]
                   + ["%s=%d" % kv for kv in spec["upstreams"].items()], log)
        procs.append(up)
        proxy = start(proxy_command(args.proxy, work), log)
        procs.append(proxy)
        ready = all(wait_port(p, up, until) for p in spec["upstreams"].values()) and \
            all(wait_port(p, proxy, until) for p in spec["listeners"])
        if not ready:
            log.flush()
            print("FAIL start: proxy or upstreams not listening")
            with open(os.path.join(work, "processes.log")) as f:
                sys.stdout.write(f.read()[-3000:])
            print("0 passed, 1 failed")
            return 1
        addrs = group_listen_addresses(proxy.pid)
        off_loopback = [a for a in addrs if not a.startswith("0100007F:")]
        if not addrs or off_loopback:
            print("FAIL listen: proxy sockets %s, want 127.0.0.1 only" % addrs)
            failed += 1
        else:
            print("ok listen: %d sockets, all on 127.0.0.1" % len(addrs))
            passed += 1
        tls_ctx = ssl.create_default_context(cadata=case_ca(input_path) or None)
        port = spec["listeners"][0]
        for req in spec["requests"]:
            label = "%s: %s %s%s" % (req["feature"], req.get("method", "GET"), req["host"], req["path"])
            if time.monotonic() > until:
                print("FAIL %s: suite deadline passed" % label)
                failed += 1
                continue
            try:
                resp, seen = send(req, tls_ctx, port)
                bad = check(req, resp, seen)
            except (OSError, http.client.HTTPException, ValueError) as e:
                bad = ["request failed: %s" % e]
            if bad:
                print("FAIL %s: %s" % (label, "; ".join(bad)))
                failed += 1
            else:
                print("ok %s" % label)
                passed += 1
        for split in spec["splits"]:
            label = "%s: %d x %s%s" % (split["feature"], split["count"], split["host"], split["path"])
            try:
                bad = check_split(split, tls_ctx, port, until)
            except (OSError, http.client.HTTPException, ValueError) as e:
                bad = ["request failed: %s" % e]
            if bad:
                print("FAIL %s: %s" % (label, "; ".join(bad)))
                failed += 1
            else:
                print("ok %s" % label)
                passed += 1
    except Stop as e:
        print("FAIL stopped by %s" % e)
        failed += 1
    finally:
        for p in reversed(procs):
            stop(p)
        log.close()
        if failed:
            print("(kept %s for inspection)" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
