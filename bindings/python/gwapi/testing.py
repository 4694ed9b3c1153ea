"""Helpers for downstream pytest suites.

    from gwapi.testing import assert_valid

    def test_manifests_are_valid():
        assert_valid("deploy/gateway.yaml")
        assert_valid({"apiVersion": "gateway.networking.k8s.io/v1",
                      "kind": "GatewayClass", "metadata": {"name": "eg"},
                      "spec": {"controllerName": "example.com/gateway-controller"}})

    def test_route_attaches():
        result = gwapi.Context().translate("deploy/all.yaml")
        assert_attached(result, route="apps/store", parent="default/eg", listener="http")
        assert_status(result, "Gateway default/eg", type="Programmed", status="True")

A failing assertion says what it found instead.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from . import Context, TranslationResult, ValidationResult

Manifest = Union[bytes, str, "os.PathLike[str]", Mapping[str, Any], Sequence[Mapping[str, Any]]]


def _as_input(manifest: Manifest):
    """Bytes and paths as they are; objects as one JSON `kind: List`."""
    if isinstance(manifest, (bytes, bytearray, memoryview, str, os.PathLike)):
        return manifest, None
    items = [manifest] if isinstance(manifest, Mapping) else list(manifest)
    doc = {"apiVersion": "v1", "kind": "List", "items": items}
    return json.dumps(doc).encode(), "<objects>"


def assert_valid(manifest: Manifest, *, context: Optional[Context] = None,
                 allow_warnings: bool = True, **options: Any) -> ValidationResult:
    """Asserts that the manifest (bytes, a path, an object or a list of
    objects) is valid: no error diagnostics (and no warnings either when
    allow_warnings is False). Uses ``context``, or a fresh Context made with
    the keyword options. Returns the result for further checks."""
    data, name = _as_input(manifest)
    if context is not None:
        if options:
            raise TypeError("pass either context or Context options, not both")
        res = context.validate(data, file=name)
    else:
        with Context(**options) as ctx:
            res = ctx.validate(data, file=name)
    bad = res.errors if allow_warnings else res.errors + res.warnings
    if bad:
        raise AssertionError("%d problem%s:\n%s" % (len(bad), "" if len(bad) == 1 else "s",
                                                     "\n".join(str(d) for d in bad)))
    return res


ROUTE_KINDS = ("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute")


def _ns_name(ref: str) -> Tuple[Optional[str], str]:
    ns, _, name = ref.rpartition("/")
    return (ns or None), name


def _find(result: TranslationResult, kinds: Sequence[str], ref: str) -> Dict[str, Any]:
    ns, name = _ns_name(ref)
    for item in result.statuses:
        md = item.get("metadata", {})
        if item.get("kind") in kinds and md.get("name") == name and \
                (ns is None or md.get("namespace") == ns):
            return item
    raise AssertionError("no status for %s %s; statuses: %s" % (
        "/".join(kinds), ref, ", ".join(_label(i) for i in result.statuses) or "none"))


def _label(item: Dict[str, Any]) -> str:
    md = item.get("metadata", {})
    obj = "%s/%s" % (md["namespace"], md.get("name")) if md.get("namespace") else md.get("name")
    return "%s %s" % (item.get("kind"), obj)


def _condition(conditions: List[Dict[str, Any]], ctype: str) -> Optional[Dict[str, Any]]:
    return next((c for c in conditions if c.get("type") == ctype), None)


def assert_attached(result: TranslationResult, *, route: str, parent: str,
                    listener: Optional[str] = None) -> Dict[str, Any]:
    """Asserts that the route ("namespace/name", any route kind) is accepted
    by the Gateway ``parent`` ("namespace/name"), and, with ``listener``,
    that it attaches to that listener: its parentRef names it (sectionName),
    or names none and the listener counts attached routes. Returns the
    route's parent status entry."""
    item = _find(result, ROUTE_KINDS, route)
    route_ns = item["metadata"].get("namespace")
    gw_ns, gw_name = _ns_name(parent)
    tried = []
    for p in item.get("status", {}).get("parents", []):
        ref = p.get("parentRef", {})
        if ref.get("name") != gw_name or ref.get("namespace", route_ns) != (gw_ns or route_ns) \
                or ref.get("kind", "Gateway") != "Gateway":
            continue
        accepted = _condition(p.get("conditions", []), "Accepted")
        tried.append("%s: Accepted=%s (%s)" % (ref.get("sectionName", "all listeners"),
                                               accepted and accepted.get("status"),
                                               accepted and accepted.get("reason")))
        if not accepted or accepted.get("status") != "True":
            continue
        if listener is None or ref.get("sectionName") == listener:
            return p
        if "sectionName" not in ref and _listener_attached(result, parent, listener):
            return p
    raise AssertionError("%s is not attached to %s%s: %s" % (
        _label(item), parent, " listener %s" % listener if listener else "",
        "; ".join(tried) or "no parent entry for it"))


def _listener_attached(result: TranslationResult, gateway: str, listener: str) -> bool:
    gw = _find(result, ("Gateway",), gateway)
    return any(l.get("name") == listener and l.get("attachedRoutes", 0) > 0
               for l in gw.get("status", {}).get("listeners", []))


def assert_status(result: TranslationResult, obj: str, *, type: str,
                  status: Optional[str] = None, reason: Optional[str] = None,
                  parent: Optional[str] = None) -> Dict[str, Any]:
    """Asserts that the object ("Kind namespace/name", or "Kind name" for
    cluster-scoped kinds) has a condition of this type, with this status
    ("True", "False", "Unknown") and reason when given. A route's conditions
    are per parent: those of its parent entry for Gateway ``parent``
    ("namespace/name"), else of every entry. Returns the condition."""
    kind, _, ref = obj.partition(" ")
    item = _find(result, (kind,), ref)
    st = item.get("status", {})
    conditions = list(st.get("conditions", []))
    for p in st.get("parents", []):
        ref_ = p.get("parentRef", {})
        if parent is None or _ns_name(parent) == (ref_.get("namespace",
                                                           item["metadata"].get("namespace")),
                                                  ref_.get("name")):
            conditions += p.get("conditions", [])
    found = [c for c in conditions if c.get("type") == type]
    for c in found:
        if (status is None or c.get("status") == status) and \
                (reason is None or c.get("reason") == reason):
            return c
    raise AssertionError("%s has no %s condition%s%s; it has: %s" % (
        obj, type, " status=%s" % status if status else "", " reason=%s" % reason if reason else "",
        ", ".join("%s=%s (%s)" % (c.get("type"), c.get("status"), c.get("reason"))
                  for c in conditions) or "none"))
