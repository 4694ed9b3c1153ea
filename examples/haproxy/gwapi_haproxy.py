#!/usr/bin/env python3
"""gwapi-haproxy: the gwapi IR rendered as haproxy.cfg.

One frontend per port (its listeners merged), one `use_backend` rule per
IR route, hosts most specific first and, within a host, the IR's match
order (HAProxy takes the first rule that matches), each route its own
backend holding the action: weighted servers, a redirect or a direct
response, header changes and rewrites. What HAProxy cannot express is a
warning naming the route and the feature (docs/renderers.md).

The IR comes from `gwapi translate -o json` or from a file (--ir), see
examples/render_input.py. Certificates of HTTPS listeners are read from the input's
Secrets (the IR names them) and written as DIR/certs/NS_NAME.pem.

usage: gwapi_haproxy.py [--gwapi PATH] [--controller-name NAME] [--now RFC3339]
                        [--bind ADDR] [--ir IR.json] [-d DIR] FILE...
Exit 0 when rendered, 1 when the input has errors (still rendered), 2 for
usage or I/O problems."""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from render_input import listener_certificates, run_renderer, unrendered_policies, write_private  # noqa: E402


def quote(s):
    """A single-quoted HAProxy word: nothing inside is interpreted."""
    return "'" + s.replace("'", "'\\''") + "'"


def log_format_literal(s):
    """s inside a log-format string (redirect locations): % doubled."""
    return s.replace("%", "%%")


def pcre_literal(s):
    return re.sub(r"([^A-Za-z0-9/_-])", lambda m: "\\" + m.group(1), s)


def prefix_trim(prefix):
    """Gateway API prefixes ignore a trailing slash ("/" stays "")."""
    return prefix.rstrip("/")


def host_order(hostname):
    """Exact names first, then wildcards longest first, then "*"."""
    if hostname == "*":
        return (2, 0, hostname)
    if hostname.startswith("*."):
        return (1, -len(hostname), hostname)
    return (0, 0, hostname)


class Renderer:
    def __init__(self, bind, cert_dir):
        self.bind, self.cert_dir = bind, cert_dir
        self.warnings = []
        self.backends = []           # rendered backend sections

    def warn(self, subject, feature, detail):
        self.warnings.append("warning: %s: %s: %s" % (subject, feature, detail))

    # ---- matches ----

    def path_acl(self, path):
        t, v = path["type"], path["value"]
        if t == "Exact":
            return "path -m str %s" % quote(v)
        if t == "RegularExpression":
            return "path -m reg %s" % quote("^(?:%s)$" % v)
        trimmed = prefix_trim(v)
        if not trimmed:
            return None              # every path
        return "path -m reg %s" % quote("^%s(?:/.*)?$" % pcre_literal(trimmed))

    @staticmethod
    def value_acl(fetch, cond):
        if cond.get("type") == "RegularExpression":
            return "%s -m reg %s" % (fetch, quote("^(?:%s)$" % cond["value"]))
        return "%s -m str %s" % (fetch, quote(cond["value"]))

    def route_acls(self, route):
        """[(acl expression, inverted)] for the route's match."""
        m = route.get("match", {})
        acls = []
        p = self.path_acl(m["path"])
        if p:
            acls.append((p, False))
        if "method" in m:
            acls.append(("method %s" % quote(m["method"]), False))
        for h in m.get("headers", []):
            acls.append((self.value_acl("req.hdr(%s)" % h["name"], h), h.get("invert", False)))
        for q in m.get("query", []):
            if not re.fullmatch(r"[A-Za-z0-9_.~-]+", q["name"]):
                self.warn(route["id"], "query parameter match",
                          "name %s cannot be written; the route never matches" % q["name"])
                return None
            acls.append((self.value_acl("url_param(%s)" % q["name"], q), q.get("invert", False)))
        for c in m.get("cookies", []):
            acls.append((self.value_acl("req.cook(%s)" % c["name"], c), c.get("invert", False)))
        if "grpcMethod" in m or route["source"]["kind"] == "GRPCRoute":
            self.warn(route["id"], "GRPCRoute", "gRPC (HTTP/2 upstreams) is not rendered; the route never matches")
            return None
        return acls

    # ---- actions ----

    @staticmethod
    def header_rules(directive, mods):
        lines = []
        for name in mods.get("remove", []):
            lines.append("    %s del-header %s" % (directive, quote(name)))
        for h in mods.get("set", []):
            lines.append("    %s set-header %s %s" % (directive, quote(h["name"]), quote(log_format_literal(h["value"]))))
        for h in mods.get("add", []):
            lines.append("    %s add-header %s %s" % (directive, quote(h["name"]), quote(log_format_literal(h["value"]))))
        return lines

    def prefix_replace(self, route, new_prefix):
        """http-request rules replacing the matched PathPrefix by new_prefix."""
        if route["match"]["path"]["type"] != "PathPrefix":
            self.warn(route["id"], "ReplacePrefixMatch", "the match is not a PathPrefix; path kept")
            return []
        old = pcre_literal(prefix_trim(route["match"]["path"]["value"]))
        new = prefix_trim(new_prefix)
        return ["    http-request replace-path %s %s" % (quote("^%s$" % old), quote(new or "/")),
                "    http-request replace-path %s %s" % (quote("^%s(/.*)$" % old), quote(new + "\\1"))]

    def rewrite_rules(self, route, rw):
        lines = []
        host = rw.get("hostname")
        if host and rw.get("appendXForwardedHost") and host["type"] in ("Replace", "Header"):
            lines.append("    http-request add-header X-Forwarded-Host %[req.hdr(host)]")
        if host:
            if host["type"] == "Replace":
                lines.append("    http-request set-header Host %s" % quote(log_format_literal(host["value"])))
            elif host["type"] == "Header":
                lines.append("    http-request set-header Host %%[req.hdr(%s)]" % host["header"])
            else:
                self.warn(route["id"], "URLRewrite hostname %s" % host["type"], "not rendered; Host kept")
        path = rw.get("path")
        if path:
            if path["type"] == "ReplaceFullPath":
                lines.append("    http-request set-path %s" % quote(log_format_literal(path["value"])))
            elif path["type"] == "ReplacePrefixMatch":
                lines += self.prefix_replace(route, path["value"])
            else:
                self.warn(route["id"], "URLRewrite ReplaceRegexMatch", "not rendered; path kept")
        return lines

    def redirect_rules(self, route, listener, rd):
        lines = []
        path = rd.get("path")
        if path and path["type"] == "ReplaceFullPath":
            lines.append("    http-request set-path %s" % quote(log_format_literal(path["value"])))
        elif path and path["type"] == "ReplacePrefixMatch":
            lines += self.prefix_replace(route, path["value"])
        scheme = rd.get("scheme") or ("https" if listener["protocol"] == "HTTPS" else "http")
        port = rd["port"]
        default_port = (scheme, port) in (("http", 80), ("https", 443))
        host = log_format_literal(rd["hostname"]) if "hostname" in rd else "%[req.hdr(host),field(1,:)]"
        location = "%s://%s%s%%[pathq]" % (log_format_literal(scheme), host, "" if default_port else ":%d" % port)
        lines.append("    http-request redirect location %s code %d" % (quote(location), rd["statusCode"]))
        return lines

    def forward_rules(self, route, name):
        """Rules and servers of a forwarding route. Failing shares (invalid
        backends 500, backends without endpoints 503) are answered by a
        draw over the total weight; the rest is balanced by weight."""
        backends = route["action"]["forward"]
        total = sum(b["weight"] for b in backends)
        lines, servers, failing = [], [], []
        for b in backends:
            eps = b.get("endpoints", [])
            if b.get("invalid") or b.get("dynamicResolver"):
                if b.get("dynamicResolver"):
                    self.warn(route["id"], "DynamicResolver backend", "not rendered; its share answers 500")
                failing.append((500, b["weight"]))
            elif not eps:
                failing.append((503, b["weight"]))
            else:
                ready = [e for e in eps if e.get("ready")] or eps
                servers.append((b, ready))
        if len(backends) > 1:
            for b in backends:
                for key in ("requestHeaders", "responseHeaders", "rewrite"):
                    if key in b:
                        self.warn(route["id"], "backendRef %s" % key,
                                  "per-backend filters of a weighted split are not rendered")
        elif backends:
            b = backends[0]
            if "requestHeaders" in b:
                lines += self.header_rules("http-request", b["requestHeaders"])
            if "responseHeaders" in b:
                lines += self.header_rules("http-after-response", b["responseHeaders"])
            if "rewrite" in b:
                lines += self.rewrite_rules(route, b["rewrite"])
        if failing:
            lines.append("    http-request set-var(txn.gwapi_draw) rand(%d)" % total)
            upto = 0
            for status, weight in failing:
                upto += weight
                lines.append("    http-request return status %d if { var(txn.gwapi_draw) -m int lt %d }" % (status, upto))
        if not servers:
            lines.append("    http-request return status 500")
            return lines
        # Each backendRef's weight shared by its endpoints, scaled to
        # HAProxy's 1..256.
        shares = [(b, ep, b["weight"] / len(eps)) for b, eps in servers for ep in eps]
        top = max(s for _, _, s in shares)
        for i, (b, ep, share) in enumerate(shares):
            w = max(1, round(share * 256 / top))
            addr = "[%s]" % ep["address"] if ":" in ep["address"] else ep["address"]
            lines.append("    server s%d %s:%d weight %d  # %s" % (i, addr, ep["port"], w, b["id"]))
        return lines

    def route_backend(self, name, listener, route):
        action = route["action"]
        for key, feature in (("mirrors", "RequestMirror"), ("timeouts", "timeouts"), ("retry", "retry")):
            if key in route:
                self.warn(route["id"], feature, "not rendered")
        lines = ["# %s" % route["id"], "backend %s" % name]
        if "responseHeaders" in route:
            lines += self.header_rules("http-after-response", route["responseHeaders"])
        if "redirect" in action:
            lines += self.redirect_rules(route, listener, action["redirect"])
        elif "directResponse" in action:
            lines.append("    http-request return status %d" % action["directResponse"]["status"])
        else:
            if "requestHeaders" in route:
                lines += self.header_rules("http-request", route["requestHeaders"])
            if "rewrite" in route:
                lines += self.rewrite_rules(route, route["rewrite"])
            lines += self.forward_rules(route, name)
        self.backends.append("\n".join(lines))

    # ---- frontends ----

    def frontend(self, port, listeners):
        protocols = {l["protocol"] for l in listeners}
        bind = "    bind %s:%d" % (self.bind, port)
        if "HTTPS" in protocols:
            certs = []
            for l in listeners:
                for ref in l.get("certificateRefs", []):
                    certs.append("crt %s" % quote(os.path.join(self.cert_dir, "%s_%s.pem" % (ref["namespace"], ref["name"]))))
            bind += " ssl " + " ".join(dict.fromkeys(certs))
        lines = ["frontend port_%d" % port, bind,
                 "    http-request set-var(txn.gwapi_host) req.hdr(host),field(1,:),lower",
                 "    http-request set-header X-Forwarded-Proto %s" % ("https" if "HTTPS" in protocols else "http")]
        hosts = sorted(((vh, l) for l in listeners for vh in l.get("virtualHosts", [])),
                       key=lambda x: host_order(x[0]["hostname"]))
        rules = []
        for vh, l in hosts:
            hn = vh["hostname"]
            host_acl = None
            if hn.startswith("*."):
                host_acl = "var(txn.gwapi_host) -m end %s" % quote(hn[1:].lower())
            elif hn != "*":
                host_acl = "var(txn.gwapi_host) -m str %s" % quote(hn.lower())
            for route in vh["routes"]:
                acls = self.route_acls(route)
                if acls is None:
                    continue
                n = len(self.backends)
                name = "route_%d" % n
                self.route_backend(name, l, route)
                conds = (["{ %s }" % host_acl] if host_acl else []) + \
                        [("!" if inv else "") + "{ %s }" % a for a, inv in acls]
                rules.append("    use_backend %s%s  # %s" % (name, " if " + " ".join(conds) if conds else "", route["id"]))
        lines += rules
        lines.append("    default_backend gwapi_not_found")
        return "\n".join(lines)

    def render(self, ir):
        by_port = {}
        for gw in ir.get("gateways", []):
            unrendered_policies(self.warn, gw, "Envoy patches do not apply to HAProxy", ("HTTP", "HTTPS"))
            for l in gw.get("listeners", []):
                if l["protocol"] not in ("HTTP", "HTTPS"):
                    self.warn(l["id"], "listener", "%s listeners are not rendered" % l["protocol"])
                    continue
                for c in l.get("sdsCertificates", []):
                    self.warn(l["id"], "SDS certificate", "Secret %s/%s names %s at %s, fetched through SDS, "
                              "which HAProxy cannot do; not served" % (c["namespace"], c["name"], c["secretName"], c["url"]))
                if l["protocol"] == "HTTPS" and not l.get("certificateRefs"):
                    # HAProxy refuses an ssl bind without a certificate
                    self.warn(l["id"], "listener", "HTTPS listeners without a certificate from a Secret are not rendered")
                    continue
                by_port.setdefault(l["port"], []).append(l)
        frontends = [self.frontend(port, ls) for port, ls in sorted(by_port.items())]
        head = "\n".join([
            "# Rendered by gwapi-haproxy from the gwapi IR (docs/renderers.md).",
            "global",
            "    maxconn 1024",
            "defaults",
            "    mode http",
            "    option forwardfor",
            "    timeout connect 5s",
            "    timeout client 30s",
            "    timeout server 30s",
            "backend gwapi_not_found",
            "    http-request return status 404",
        ])
        return "\n".join([head] + frontends + self.backends) + "\n"


def write_certs(ir, files, cert_dir, warnings):
    for l, ref, data in listener_certificates(ir, files, lambda l: l["protocol"] == "HTTPS"):
        if "tls.crt" not in data or "tls.key" not in data:
            warnings.append("warning: %s: certificate: Secret %s/%s has no usable tls.crt and tls.key"
                            % (l["id"], ref["namespace"], ref["name"]))
            continue
        write_private(cert_dir, "%s_%s.pem" % (ref["namespace"], ref["name"]),
                      data["tls.crt"].rstrip(b"\n") + b"\n" + data["tls.key"])


def render(ir, bind, cert_dir):
    r = Renderer(bind, cert_dir)
    return r.render(ir), r.warnings


def main(argv=None):
    return run_renderer(argv, "gwapi-haproxy", "Render the gwapi IR as haproxy.cfg", "haproxy.cfg", render,
                        write_certs, warn_without_dir="warning: certificates: not written (no -d DIR)")


if __name__ == "__main__":
    sys.exit(main())
