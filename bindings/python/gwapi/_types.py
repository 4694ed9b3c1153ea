"""Typed results: what the library's JSON documents hold, as dataclasses."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

API_VERSION = "gwapi.dev/v1alpha1"


class Severity(str, enum.Enum):
    """Severity of a diagnostic; compares equal to its name ("error")."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Diagnostic:
    """One problem with the input, in the API server's words.

    ``code`` is a stable short name (``"unknown-field"``, ``"invalid"``, ...;
    docs/cli.md lists them). ``kind``/``namespace``/``name`` identify the
    object (None for documents that are not objects; namespace None for
    cluster-scoped kinds). ``path`` is the field path as the API server
    prints it (``"spec.rules[0].matches[1].path.value"``; ``""`` for the
    whole document). ``line``/``column`` count from 1 (0: unknown)."""

    severity: Severity
    code: str
    kind: Optional[str]
    namespace: Optional[str]
    name: Optional[str]
    path: str
    file: Optional[str]
    line: int
    column: int
    message: str

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Diagnostic":
        return cls(Severity(d["severity"]), d["code"], d["kind"], d["namespace"], d["name"],
                   d["path"], d["file"], d["line"], d["column"], d["message"])

    @property
    def object(self) -> Optional[str]:
        """The object as the CLI names it: "Kind namespace/name" (or "Kind name"
        for cluster-scoped kinds); None for documents that are not objects."""
        if self.kind is None:
            return None
        name = self.name if self.name is not None else "<unnamed>"
        return "%s %s/%s" % (self.kind, self.namespace, name) if self.namespace is not None \
            else "%s %s" % (self.kind, name)

    def __str__(self) -> str:
        """The CLI's text line: FILE:LINE:COL: SEVERITY: KIND NS/NAME: PATH: MESSAGE."""
        parts = []
        if self.file:
            parts.append("%s:%d:%d:" % (self.file, self.line, self.column))
        parts.append("%s:" % self.severity.value)
        if self.kind is not None:
            parts.append("%s:" % self.object)
        if self.path:
            parts.append("%s:" % self.path)
        parts.append(self.message)
        return " ".join(parts)


@dataclass(frozen=True)
class Summary:
    """Counts over the whole input: objects read, error and warning diagnostics."""

    objects: int
    errors: int
    warnings: int


@dataclass(frozen=True)
class ValidationResult:
    """The verdict on one input: its diagnostics in input order and the counts.
    ``ok`` is True when there is no error (warnings allowed)."""

    summary: Summary
    diagnostics: Tuple[Diagnostic, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.summary.errors == 0

    @property
    def errors(self) -> List[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> List[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    @classmethod
    def from_json(cls, doc: Dict[str, Any]) -> "ValidationResult":
        _check_kind(doc, "ValidationResult")
        return cls(_summary(doc), _diagnostics(doc))


def _check_kind(doc: Dict[str, Any], kind: str) -> None:
    if doc.get("apiVersion") != API_VERSION or doc.get("kind") != kind:
        raise ValueError("not a %s %s: %r" % (API_VERSION, kind,
                                             {k: doc.get(k) for k in ("apiVersion", "kind")}))


def _summary(doc: Dict[str, Any]) -> Summary:
    s = doc["summary"]
    return Summary(s["objects"], s["errors"], s["warnings"])


def _diagnostics(doc: Dict[str, Any]) -> Tuple[Diagnostic, ...]:
    return tuple(Diagnostic.from_json(d) for d in doc["diagnostics"])


@dataclass(frozen=True)
class TranslationResult(ValidationResult):
    """What a controller would make of the input: the diagnostics of
    validation, then of resolution, and ``status``, the Kubernetes List
    ``{"apiVersion": "v1", "kind": "List", "items": [...]}`` of the status
    the controller writes, one item per object it manages, in input order:
    ``{"apiVersion", "kind", "metadata": {"name", "namespace"}, "status":
    {...}}`` with the status exactly as Gateway API / Envoy Gateway define it
    (``conditions``; ``listeners`` of Gateways; ``parents`` of routes, each
    with ``parentRef``, ``controllerName`` and ``conditions``)."""

    status: Dict[str, Any] = field(default_factory=dict)

    @property
    def statuses(self) -> List[Dict[str, Any]]:
        """The status List's items."""
        return list(self.status.get("items", []))

    def status_of(self, kind: str, name: str,
                  namespace: Optional[str] = None) -> Optional[Dict[str, Any]]:
        """The status item of one object (its "status" member's parent), or None."""
        for item in self.status.get("items", []):
            md = item.get("metadata", {})
            if item.get("kind") == kind and md.get("name") == name and \
                    md.get("namespace") == namespace:
                return item
        return None

    @classmethod
    def from_json(cls, doc: Dict[str, Any]) -> "TranslationResult":
        _check_kind(doc, "TranslationResult")
        return cls(_summary(doc), _diagnostics(doc), doc["status"])
