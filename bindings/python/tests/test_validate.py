"""Context and validate(): typed results, options, errors as exceptions."""
import dataclasses
import os
import pathlib

import pytest

import gwapi
from gwapi import Diagnostic, Severity, Summary

BAD = b"""\
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: infra
spec:
  gatewayClassName: eg
  bogus: 1
  listeners:
  - name: http
    protocol: HTTP
    port: 70000
"""


def test_quickstart_is_valid(quickstart):
    res = gwapi.Context().validate(quickstart)
    assert res.ok is True
    assert res.summary == Summary(objects=14, errors=0, warnings=0)
    assert res.diagnostics == ()


def test_diagnostics_are_typed_and_exact():
    with gwapi.Context() as ctx:
        res = ctx.validate(BAD, file="bad.yaml")
    assert res.ok is False
    assert res.summary == Summary(objects=1, errors=2, warnings=0)
    assert res.diagnostics == (
        Diagnostic(Severity.ERROR, "unknown-field", "Gateway", "infra", "gw", "spec.bogus",
                   "bad.yaml", 8, 3, 'unknown field "spec.bogus"'),
        Diagnostic(Severity.ERROR, "invalid", "Gateway", "infra", "gw", "spec.listeners[0].port",
                   "bad.yaml", 12, 11, "Invalid value: 70000: spec.listeners[0].port in body "
                   "should be less than or equal to 65535"),
    )
    assert str(res.errors[1]) == ("bad.yaml:12:11: error: Gateway infra/gw: spec.listeners[0].port: "
                                  "Invalid value: 70000: spec.listeners[0].port in body should be "
                                  "less than or equal to 65535")
    assert res.errors[0].severity == "error"
    assert res.errors[0].object == "Gateway infra/gw"
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.errors[0].line = 1


def test_options_reach_the_library():
    res = gwapi.Context(unknown_fields="warn").validate(BAD)
    assert [(d.severity, d.code) for d in res.diagnostics] == [
        (Severity.WARNING, "unknown-field"), (Severity.ERROR, "invalid")]
    route = b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n"
    assert gwapi.validate(route, default_namespace="apps").ok
    res = gwapi.validate(b"apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\n"
                         b"metadata: {name: g}\nspec: {gatewayClassName: x, listeners: "
                         b"[{name: a, protocol: HTTP, port: 80}]}\n",
                         limits={"max_depth": 2})
    assert [d.code for d in res.diagnostics] == ["limit"]


def test_paths_and_file_names(tmp_path, quickstart):
    p = tmp_path / "q.yaml"
    p.write_bytes(BAD)
    ctx = gwapi.Context()
    assert {d.file for d in ctx.validate(p).diagnostics} == {str(p)}
    assert {d.file for d in ctx.validate(str(p)).diagnostics} == {str(p)}
    assert {d.file for d in ctx.validate(BAD).diagnostics} == {"<input>"}
    with pytest.raises(FileNotFoundError):
        ctx.validate(tmp_path / "missing.yaml")
    with pytest.raises(TypeError):
        ctx.validate(42)
    ctx.close()


def test_bad_input_is_diagnostics_not_exceptions():
    ctx = gwapi.Context()
    for data in (b"a: [", b"\x00\xff\xfe", b"{\"apiVersion\": ", b"- - - -", b""):
        res = ctx.validate(data)
        assert isinstance(res, gwapi.ValidationResult)
    res = ctx.validate(b"a: [")
    assert [(d.code, d.kind, d.line) for d in res.diagnostics] == [("syntax", None, 2)]


def test_library_errors_raise_with_the_status_name():
    with pytest.raises(gwapi.GwapiError) as e:
        gwapi.Context(channel="beta")
    assert e.value.status == "EINVAL"
    with pytest.raises(gwapi.GwapiError) as e:
        gwapi.Context().validate(b"", format="toml")
    assert e.value.status == "EINVAL"


def test_closed_context():
    ctx = gwapi.Context()
    ctx.close()
    ctx.close()
    with pytest.raises(ValueError):
        ctx.validate(b"")


def test_version_and_typing_marker():
    assert gwapi.version() == gwapi.__version__
    assert os.path.exists(os.path.join(os.path.dirname(gwapi.__file__), "py.typed"))
    # The library comes from the package itself, not from the environment.
    assert "GWAPI_LIBRARY" not in os.environ
    assert pathlib.Path(gwapi._ffi.lib._name).parent == pathlib.Path(gwapi.__file__).parent
