#!/usr/bin/env python3
"""gwapi-envoy: the gwapi IR rendered as an Envoy static bootstrap
(envoy.config.bootstrap.v3.Bootstrap, JSON).

One listener per port: HTTP and HTTPS listeners an HttpConnectionManager
with an inline route configuration (a virtual host per IR virtual host,
routes in the IR's match order, each named by its IR id), HTTPS with a
DownstreamTlsContext per listener chosen by SNI; TLS passthrough and TCP
listeners a tcp_proxy per route. One STATIC cluster per IR backend or
mirror (named by its id) with its endpoints; an invalid backend's share
goes to a cluster that does not exist, which Envoy answers with 500
(clusterNotFoundResponseCode). What the bootstrap leaves out is a warning
naming the route and the feature (docs/renderers.md).

usage: gwapi_envoy.py [--gwapi PATH] [--controller-name NAME] [--now RFC3339] [--bind ADDR]
                      [--ir IR.json] [-d DIR] FILE...
Writes DIR/envoy.json and DIR/certs/NS_NAME.{crt,key} (else the bootstrap
goes to stdout). Exit 0 when rendered, 1 when the input has errors (still
rendered), 2 for usage or I/O problems."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from render_input import listener_certificates, run_renderer, unrendered_policies, write_private  # noqa: E402

HCM = "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"
ROUTER = "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"
TLS = "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext"
TCP_PROXY = "type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy"
TLS_INSPECTOR = "type.googleapis.com/envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector"
INVALID_CLUSTER = "gwapi-invalid-backend"   # never defined: its share answers 500
REDIRECT_CODES = {301: "MOVED_PERMANENTLY", 302: "FOUND", 303: "SEE_OTHER",
                  307: "TEMPORARY_REDIRECT", 308: "PERMANENT_REDIRECT"}


def duration(text):
    """A Gateway API duration ("1h2m3s", "500ms") as protobuf JSON ("3723s")."""
    units = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
    total = sum(float(n) * units[u] for n, u in re.findall(r"([0-9]+)(ms|h|m|s)", text))
    return ("%.3f" % total).rstrip("0").rstrip(".") + "s"


def string_match(cond):
    if cond.get("type") == "RegularExpression":
        return {"safeRegex": {"regex": cond["value"]}}
    return {"exact": cond["value"]}


class Renderer:
    def __init__(self, bind, cert_dir):
        self.bind, self.cert_dir = bind, cert_dir
        self.warnings = []
        self.clusters = {}                 # name -> cluster, first seen first

    def warn(self, subject, feature, detail):
        self.warnings.append("warning: %s: %s: %s" % (subject, feature, detail))

    def cluster(self, node):
        """The cluster of a backend or mirror (by IR id), defined once."""
        if node["id"] not in self.clusters:
            eps = node.get("endpoints", [])
            self.clusters[node["id"]] = {
                "name": node["id"],
                "type": "STATIC",
                "connectTimeout": "5s",
                "loadAssignment": {
                    "clusterName": node["id"],
                    "endpoints": [{"lbEndpoints": [{
                        "endpoint": {"address": {"socketAddress": {"address": e["address"], "portValue": e["port"]}}},
                        "healthStatus": "HEALTHY" if e.get("ready") else "UNHEALTHY"} for e in eps]}] if eps else [],
                },
            }
        return node["id"]

    # ---- routes ----

    def route_match(self, route):
        m = route["match"]
        path = m["path"]
        out = {}
        if path["type"] == "Exact":
            out["path"] = path["value"]
        elif path["type"] == "RegularExpression":
            out["safeRegex"] = {"regex": path["value"]}
        elif path["value"].rstrip("/"):
            out["pathSeparatedPrefix"] = path["value"].rstrip("/")
        else:
            out["prefix"] = "/"
        headers = []
        if "method" in m:
            headers.append({"name": ":method", "stringMatch": {"exact": m["method"]}})
        for h in m.get("headers", []):
            headers.append({"name": h["name"], "stringMatch": string_match(h), "invertMatch": h.get("invert", False)})
        for c in m.get("cookies", []):
            value = c["value"] if c.get("type") == "RegularExpression" else re.escape(c["value"])
            headers.append({"name": "cookie", "invertMatch": c.get("invert", False), "stringMatch": {
                "safeRegex": {"regex": "(?:^|.*;\\s*)%s=(?:%s)(?:;.*)?" % (re.escape(c["name"]), value)}}})
        if headers:
            out["headers"] = headers
        if m.get("query"):
            out["queryParameters"] = [{"name": q["name"], "stringMatch": string_match(q)} for q in m["query"]]
        if "grpcMethod" in m and path["type"] == "PathPrefix" and m["grpcMethod"].get("method") and not m["grpcMethod"].get("service"):
            self.warn(route["id"], "GRPCRoute method-only match", "rendered as its implied prefix; the method suffix is not checked")
        return out

    @staticmethod
    def header_changes(mods, prefix):
        out = {}
        adds = [{"header": {"key": h["name"], "value": h["value"]}, "appendAction": "OVERWRITE_IF_EXISTS_OR_ADD"}
                for h in mods.get("set", [])]
        adds += [{"header": {"key": h["name"], "value": h["value"]}, "appendAction": "APPEND_IF_EXISTS_OR_ADD"}
                 for h in mods.get("add", [])]
        if adds:
            out[prefix + "HeadersToAdd"] = adds
        if mods.get("remove"):
            out[prefix + "HeadersToRemove"] = list(mods["remove"])
        return out

    def rewrite(self, route, rw, action):
        host = rw.get("hostname")
        if host:
            if host["type"] == "Replace":
                action["hostRewriteLiteral"] = host["value"]
            elif host["type"] == "Header":
                action["hostRewriteHeader"] = host["header"]
            elif host["type"] == "Backend":
                action["autoHostRewrite"] = True
            else:
                action["hostRewritePathRegex"] = {"pattern": {"regex": host["pattern"]},
                                                  "substitution": host["substitution"]}
        path = rw.get("path")
        if path:
            if path["type"] == "ReplaceFullPath":
                action["regexRewrite"] = {"pattern": {"regex": "^/.*$"}, "substitution": path["value"]}
            elif path["type"] == "ReplacePrefixMatch":
                action["prefixRewrite"] = path["value"]
            else:
                action["regexRewrite"] = {"pattern": {"regex": path["pattern"]}, "substitution": path["substitution"]}
        if rw.get("appendXForwardedHost"):
            action["appendXForwardedHost"] = True

    def forward(self, route):
        backends = route["action"]["forward"]
        action = {"clusterNotFoundResponseCode": "INTERNAL_SERVER_ERROR"}
        weighted = []
        for b in backends:
            name = INVALID_CLUSTER if b.get("invalid") else self.cluster(b)
            if b.get("dynamicResolver"):
                self.warn(route["id"], "DynamicResolver backend", "rendered as a cluster without endpoints")
            entry = {"name": name, "weight": b["weight"]}
            if len(backends) > 1:
                entry.update(self.header_changes(b.get("requestHeaders", {}), "request"))
                entry.update(self.header_changes(b.get("responseHeaders", {}), "response"))
                if "rewrite" in b:
                    self.warn(route["id"], "backendRef URLRewrite", "per-backend rewrites of a weighted split are not rendered")
            weighted.append(entry)
        if len(weighted) == 1:
            action["cluster"] = weighted[0]["name"]
        else:
            action["weightedClusters"] = {"clusters": weighted}
        rw = route.get("rewrite") or (backends[0].get("rewrite") if len(backends) == 1 else None)
        if rw:
            self.rewrite(route, rw, action)
        mirrors = [{"cluster": self.cluster(m), "runtimeFraction": {"defaultValue": {
            "numerator": int(round(m["percent"] * 10000)), "denominator": "MILLION"}}} for m in route.get("mirrors", [])]
        if mirrors:
            action["requestMirrorPolicies"] = mirrors
        t = route.get("timeouts", {})
        if "request" in t:
            action["timeout"] = duration(t["request"])
        if "backendRequest" in t:
            action["perTryTimeout"] = duration(t["backendRequest"])
        retry = route.get("retry")
        if retry:
            policy = {"retryOn": "retriable-status-codes" if retry.get("codes") else "5xx"}
            if "attempts" in retry:
                policy["numRetries"] = retry["attempts"]
            if retry.get("codes"):
                policy["retriableStatusCodes"] = retry["codes"]
            if "backoff" in retry:
                policy["retryBackOff"] = {"baseInterval": duration(retry["backoff"])}
            action["retryPolicy"] = policy
        return action

    def redirect(self, route, listener, rd):
        out = {"portRedirect": rd["port"]}
        code = REDIRECT_CODES.get(rd["statusCode"])
        if code is None:
            self.warn(route["id"], "redirect statusCode %d" % rd["statusCode"], "Envoy has no such redirect code; 302 used")
            code = "FOUND"
        out["responseCode"] = code
        if "scheme" in rd:
            out["schemeRedirect"] = rd["scheme"]
        if "hostname" in rd:
            out["hostRedirect"] = rd["hostname"]
        path = rd.get("path")
        if path and path["type"] == "ReplaceFullPath":
            out["pathRedirect"] = path["value"]
        elif path and path["type"] == "ReplacePrefixMatch":
            out["prefixRewrite"] = path["value"]
        scheme = rd.get("scheme") or ("https" if listener["protocol"] == "HTTPS" else "http")
        if (scheme, rd["port"]) in (("http", 80), ("https", 443)):
            del out["portRedirect"]          # the scheme's own port is left out of Location
        return out

    def route(self, listener, route):
        out = {"name": route["id"], "match": self.route_match(route)}
        if route["source"]["kind"] == "GRPCRoute":
            self.warn(route["id"], "GRPCRoute", "clusters are rendered without HTTP/2 upstream options")
        action = route["action"]
        if "redirect" in action:
            out["redirect"] = self.redirect(route, listener, action["redirect"])
        elif "directResponse" in action:
            out["directResponse"] = {"status": action["directResponse"]["status"]}
        else:
            out["route"] = self.forward(route)
        out.update(self.header_changes(route.get("requestHeaders", {}), "request"))
        out.update(self.header_changes(route.get("responseHeaders", {}), "response"))
        if len(action.get("forward", [])) == 1:
            b = action["forward"][0]
            for key, prefix in (("requestHeaders", "request"), ("responseHeaders", "response")):
                for k, v in self.header_changes(b.get(key, {}), prefix).items():
                    out[k] = out.get(k, []) + v
        return out

    # ---- listeners ----

    def route_config(self, name, listeners):
        vhosts = []
        for l in listeners:
            for vh in l.get("virtualHosts", []):
                vhosts.append({"name": vh["id"], "domains": [vh["hostname"]],
                               "routes": [self.route(l, r) for r in vh["routes"]]})
        return {"name": name, "virtualHosts": vhosts}

    def tls_context(self, listener):
        certs = [{"certificateChain": {"filename": os.path.join(self.cert_dir, "%s_%s.crt" % (r["namespace"], r["name"]))},
                  "privateKey": {"filename": os.path.join(self.cert_dir, "%s_%s.key" % (r["namespace"], r["name"]))}}
                 for r in listener.get("certificateRefs", [])]
        return {"name": "envoy.transport_sockets.tls", "typedConfig": {
            "@type": TLS, "commonTlsContext": {"tlsCertificates": certs}}}

    def hcm(self, name, listeners):
        return {"name": "envoy.filters.network.http_connection_manager", "typedConfig": {
            "@type": HCM, "statPrefix": name, "stripAnyHostPort": True,
            "routeConfig": self.route_config(name, listeners),
            "httpFilters": [{"name": "envoy.filters.http.router", "typedConfig": {"@type": ROUTER}}]}}

    def tcp_chain(self, listener, route):
        backends = route.get("backends", [])
        proxy = {"@type": TCP_PROXY, "statPrefix": route["id"]}
        if len(backends) == 1:
            proxy["cluster"] = self.cluster(backends[0])
        else:
            proxy["weightedClusters"] = {"clusters": [{"name": self.cluster(b), "weight": b["weight"]} for b in backends]}
        chain = {"name": route["id"], "filters": [{"name": "envoy.filters.network.tcp_proxy", "typedConfig": proxy}]}
        if route.get("hostname") and route["hostname"] != "*":
            chain["filterChainMatch"] = {"serverNames": [route["hostname"]]}
        if listener["protocol"] == "TLS" and listener.get("tlsMode") == "Terminate":
            chain["transportSocket"] = self.tls_context(listener)
        return chain

    def listener(self, port, listeners):
        name = "port-%d" % port
        out = {"name": name, "address": {"socketAddress": {"address": self.bind, "portValue": port}}}
        protocols = {l["protocol"] for l in listeners}
        if protocols == {"HTTP"}:
            out["filterChains"] = [{"filters": [self.hcm(name, listeners)]}]
        elif protocols == {"HTTPS"}:
            chains = []
            for l in listeners:
                chain = {"name": l["id"], "filters": [self.hcm(l["id"], [l])], "transportSocket": self.tls_context(l)}
                if l.get("hostname"):
                    chain["filterChainMatch"] = {"serverNames": [l["hostname"]]}
                chains.append(chain)
            out["filterChains"] = chains
            out["listenerFilters"] = [{"name": "envoy.filters.listener.tls_inspector",
                                       "typedConfig": {"@type": TLS_INSPECTOR}}]
        elif protocols <= {"TLS", "TCP"}:
            chains = [self.tcp_chain(l, r) for l in listeners for r in l.get("routes", []) if r.get("backends")]
            if not chains:
                return None
            out["filterChains"] = chains
            if "TLS" in protocols:
                out["listenerFilters"] = [{"name": "envoy.filters.listener.tls_inspector",
                                           "typedConfig": {"@type": TLS_INSPECTOR}}]
        else:
            for l in listeners:
                self.warn(l["id"], "listener", "%s listeners are not rendered" % l["protocol"])
            return None
        return out

    def render(self, ir):
        by_port = {}
        for gw in ir.get("gateways", []):
            unrendered_policies(self.warn, gw, "JSON patches to xDS are not applied by this renderer",
                                ("HTTP", "HTTPS", "TLS", "TCP"))
            for l in gw.get("listeners", []):
                for c in l.get("sdsCertificates", []):
                    self.warn(l["id"], "SDS certificate", "Secret %s/%s names %s at %s; SDS secret configs are "
                              "not rendered by this renderer" % (c["namespace"], c["name"], c["secretName"], c["url"]))
                by_port.setdefault(l["port"], []).append(l)
        listeners = [x for x in (self.listener(p, ls) for p, ls in sorted(by_port.items())) if x]
        return {"staticResources": {"listeners": listeners, "clusters": list(self.clusters.values())}}


def write_certs(ir, files, cert_dir, warnings):
    terminates = lambda l: l.get("tlsMode") == "Terminate"
    for l, ref, data in listener_certificates(ir, files, terminates):
        for key, ext in (("tls.crt", "crt"), ("tls.key", "key")):
            if key not in data:
                warnings.append("warning: %s: certificate: Secret %s/%s has no %s"
                                % (l["id"], ref["namespace"], ref["name"], key))
                continue
            write_private(cert_dir, "%s_%s.%s" % (ref["namespace"], ref["name"], ext), data[key])


def render(ir, bind, cert_dir):
    r = Renderer(bind, cert_dir)
    return json.dumps(r.render(ir), indent=2) + "\n", r.warnings


def main(argv=None):
    return run_renderer(argv, "gwapi-envoy", "Render the gwapi IR as an Envoy static bootstrap", "envoy.json",
                        render, write_certs, certs_without_files=False)


if __name__ == "__main__":
    sys.exit(main())
