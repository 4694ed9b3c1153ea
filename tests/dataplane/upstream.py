#!/usr/bin/env python3
"""Upstream HTTP servers for the live data-plane tests: one per NAME=PORT
argument, all on 127.0.0.1. Each answers every request with 200 and a JSON
body {upstream, method, path, headers: [[name, value], ...]} (the request as
it arrived), plus the response headers X-Upstream: NAME, X-Upstream-Set and
X-Upstream-Drop that response header modifiers act on. Prints "ready" once
every port listens; exits by itself after --lifetime seconds."""
import argparse
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def handler_for(name):
    class Echo(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            body = json.dumps({
                "upstream": name,
                "method": self.command,
                "path": self.path,
                "headers": [[k, v] for k, v in self.headers.items()],
            }).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Upstream", name)
            self.send_header("X-Upstream-Set", "original")
            self.send_header("X-Upstream-Drop", "drop-me")
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = answer

        def log_message(self, *args):
            pass

    return Echo


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lifetime", type=float, default=120.0)
    ap.add_argument("servers", nargs="+", help="NAME=PORT")
    args = ap.parse_args()
    servers = []
    for spec in args.servers:
        name, port = spec.split("=")
        srv = ThreadingHTTPServer(("127.0.0.1", int(port)), handler_for(name))
        srv.daemon_threads = True
        servers.append(srv)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    print("ready", flush=True)
    # Stops by itself even if the test that started it dies.
    threading.Event().wait(args.lifetime)
    for srv in servers:
        srv.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
