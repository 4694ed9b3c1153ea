"""Helpers for downstream pytest suites.

    from gwapi.testing import assert_valid

    def test_manifests_are_valid():
        assert_valid("deploy/gateway.yaml")
        assert_valid({"apiVersion": "gateway.networking.k8s.io/v1",
                      "kind": "GatewayClass", "metadata": {"name": "eg"},
                      "spec": {"controllerName": "example.com/gateway-controller"}})

A failing assertion lists every error as the CLI prints it.
"""
from __future__ import annotations

import json
import os
from typing import Any, Mapping, Optional, Sequence, Union

from . import Context, ValidationResult

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
