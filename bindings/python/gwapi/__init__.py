"""gwapi: Kubernetes Gateway API and Envoy Gateway resources, validated
exactly as an API server with the CRDs installed would, from Python.

    import gwapi
    with gwapi.Context(channel="standard") as ctx:
        result = ctx.validate(open("routes.yaml", "rb").read())
    print(result.ok)
    for d in result.diagnostics:
        print(d)

A Context is immutable and may be shared by threads; calls release the GIL.
Problems with the input are never exceptions: they are diagnostics on the
result. A failing library call (a bad option, out of memory) raises
GwapiError with the status name.
"""
from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, fields
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union

from . import _ffi
from ._ffi import GwapiError
from ._types import (API_VERSION, Diagnostic, Severity, Summary, TranslationResult,
                     ValidationResult)

__all__ = ["Context", "Limits", "GwapiError", "Diagnostic", "Severity", "Summary",
           "ValidationResult", "TranslationResult", "API_VERSION", "version", "validate"]

__version__ = "0.1.0"

Input = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]


def version() -> str:
    """The version of the C library in use, e.g. "0.1.0"."""
    return _ffi.version()


@dataclass(frozen=True)
class Limits:
    """Limits on untrusted input (docs/limits.md); None keeps the default."""

    max_document_bytes: Optional[int] = None
    max_input_bytes: Optional[int] = None
    max_depth: Optional[int] = None
    max_nodes: Optional[int] = None
    max_alias_expansion: Optional[int] = None
    max_scalar_bytes: Optional[int] = None
    max_items: Optional[int] = None
    max_diagnostics: Optional[int] = None

    def to_json(self) -> Dict[str, int]:
        def camel(name: str) -> str:
            head, *rest = name.split("_")
            return head + "".join(p.capitalize() for p in rest)
        return {camel(f.name): getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) is not None}


class Context:
    """Options shared by every call made with it: the Gateway API channel
    ("experimental", the default, or "standard"), the severity of unknown
    fields ("error", kubectl's strict validation, or "warn"), the namespace
    of namespaced objects that name none, limits (a Limits or a dict of
    its field names), and for translate() the controller whose
    GatewayClasses are managed (spec.controllerName; None manages all) and
    the instant, in Unix seconds, certificate and CRL dates are checked
    against (now; None: the current time at each call).
    Close it with close() or a with block."""

    def __init__(self, channel: str = "experimental", *, unknown_fields: str = "error",
                 default_namespace: Optional[str] = None,
                 limits: Union[Limits, Mapping[str, int], None] = None,
                 controller_name: Optional[str] = None, now: Optional[int] = None):
        self.controller_name = controller_name
        self.now = now
        options: Dict[str, Any] = {"channel": channel, "unknownFields": unknown_fields}
        if default_namespace is not None:
            options["defaultNamespace"] = default_namespace
        if limits is not None:
            lim = limits if isinstance(limits, Limits) else Limits(**dict(limits))
            options["limits"] = lim.to_json()
        self._lock = threading.Lock()
        self._calls = 0
        self._closed = False
        self._handle: Optional[int] = _ffi.ctx_new(json.dumps(options))

    def validate(self, data: Input, *, file: Optional[str] = None,
                 format: str = "auto") -> ValidationResult:
        """Validates one file: bytes (YAML or JSON, multi-document, kind:
        List), or the path of a file to read (str or os.PathLike). ``file``
        names the input in diagnostics (default: the path, or "<input>");
        ``format`` is "auto", "yaml" or "json"."""
        raw, options = _input(data, file, format)
        return ValidationResult.from_json(json.loads(self._run(_ffi.validate_json, raw, options)))

    def translate(self, data: Input, *, file: Optional[str] = None,
                  format: str = "auto") -> TranslationResult:
        """Validates and resolves one file (as validate() takes it) as the
        controller of this Context would: its diagnostics and the status it
        writes (TranslationResult.status)."""
        raw, options = _input(data, file, format)
        if self.controller_name is not None:
            options["controllerName"] = self.controller_name
        if self.now is not None:
            options["now"] = self.now
        return TranslationResult.from_json(json.loads(self._run(_ffi.translate_json, raw,
                                                                options)))

    def status(self, data: Input, *, file: Optional[str] = None,
               format: str = "auto") -> List[Dict[str, Any]]:
        """The status items translate() computes: one dict per managed
        object, {"apiVersion", "kind", "metadata", "status"}."""
        return self.translate(data, file=file, format=format).statuses

    def _run(self, call: Callable[[int, bytes, str], str], raw: bytes,
             options: Dict[str, Any]) -> str:
        handle = self._enter()
        try:
            return call(handle, raw, json.dumps(options))
        finally:
            self._leave()

    # A call in flight keeps the C context alive; close() frees it when the
    # last call returns.
    def _enter(self) -> int:
        with self._lock:
            if self._closed:
                raise ValueError("the gwapi Context is closed")
            self._calls += 1
            return self._handle  # type: ignore[return-value]

    def _leave(self) -> None:
        with self._lock:
            self._calls -= 1
            handle = self._release_if_idle()
        _ffi.ctx_free(handle)

    def _release_if_idle(self) -> Optional[int]:
        if self._closed and self._calls == 0 and self._handle is not None:
            handle, self._handle = self._handle, None
            return handle
        return None

    def close(self) -> None:
        """Releases the C context (after calls still running in other threads)."""
        with self._lock:
            self._closed = True
            handle = self._release_if_idle()
        _ffi.ctx_free(handle)

    def __enter__(self) -> "Context":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        if getattr(self, "_handle", None) is not None and not getattr(self, "_calls", 0):
            _ffi.ctx_free(self._handle)
            self._handle = None


def _input(data: Input, file: Optional[str], format: str) -> Tuple[bytes, Dict[str, Any]]:
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        name = file if file is not None else "<input>"
    elif isinstance(data, (str, os.PathLike)):
        with open(data, "rb") as f:
            raw = f.read()
        name = file if file is not None else os.fspath(data)
    else:
        raise TypeError("takes bytes or a path, not %s" % type(data).__name__)
    return raw, {"file": name, "format": format}


def validate(data: Input, **options: Any) -> ValidationResult:
    """One-off validation with a fresh Context (keyword options as Context's
    plus ``file`` and ``format``)."""
    file = options.pop("file", None)
    fmt = options.pop("format", "auto")
    with Context(**options) as ctx:
        return ctx.validate(data, file=file, format=fmt)
