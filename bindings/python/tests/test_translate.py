"""translate() and status(): the statuses a controller writes, and the
gwapi.testing helpers over them."""
import os

import pytest

import gwapi
from gwapi.testing import assert_attached, assert_status

EG = "gateway.envoyproxy.io/gatewayclass-controller"


@pytest.fixture
def result(quickstart):
    return gwapi.Context(controller_name=EG).translate(quickstart, file="q.yaml")


def test_translation_result(result):
    assert isinstance(result, gwapi.TranslationResult) and result.ok
    assert result.summary == gwapi.Summary(objects=14, errors=0, warnings=0)
    assert (result.status["apiVersion"], result.status["kind"]) == ("v1", "List")
    assert [(i["kind"], i["metadata"]) for i in result.statuses] == [
        ("GatewayClass", {"name": "eg"}),
        ("Gateway", {"name": "eg", "namespace": "default"}),
        ("HTTPRoute", {"name": "legacy-redirect", "namespace": "apps"}),
        ("HTTPRoute", {"name": "store", "namespace": "default"}),
        ("BackendTrafficPolicy", {"name": "store-timeouts", "namespace": "default"}),
    ]
    assert result.status_of("HTTPRoute", "legacy-redirect", "apps")["status"]["parents"] == [{
        "parentRef": {"group": "gateway.networking.k8s.io", "kind": "Gateway",
                      "namespace": "default", "name": "eg", "sectionName": "http"},
        "controllerName": EG,
        "conditions": [
            {"type": "Accepted", "status": "True", "observedGeneration": 1,
             "reason": "Accepted", "message": "Route is accepted"},
            {"type": "ResolvedRefs", "status": "True", "observedGeneration": 1,
             "reason": "ResolvedRefs", "message": "Resolved all the Object references for the Route"},
        ]}]
    assert result.status_of("HTTPRoute", "nope", "apps") is None


def test_ir_and_route_table(result):
    assert (result.ir["apiVersion"], result.ir["kind"]) == ("gwapi.dev/v1alpha1", "IR")
    assert [(g["id"], [(l["id"], l["port"], l["protocol"]) for l in g["listeners"]])
            for g in result.ir["gateways"]] == [
        ("default/eg", [("default/eg/http", 80, "HTTP"), ("default/eg/https", 443, "HTTPS")])]
    http = result.routes["listeners"][0]
    assert (http["gateway"], http["listener"], http["port"]) == ("default/eg", "http", 80)
    assert http["routes"][0] == {
        "route": "HTTPRoute apps/legacy-redirect", "rule": 0, "match": 0,
        "hostname": "legacy.example.com", "path": {"type": "PathPrefix", "value": "/"},
        "redirect": {"scheme": "https", "port": 443, "statusCode": 301}}


def test_other_controller_gets_no_status(quickstart):
    ctx = gwapi.Context(controller_name="example.com/other")
    assert ctx.status(quickstart) == []
    res = ctx.translate(quickstart)
    assert [(d.severity, d.object, d.path) for d in res.diagnostics[:2]] == [
        (gwapi.Severity.INFO, "GatewayClass eg", "spec.controllerName"),
        (gwapi.Severity.INFO, "Gateway default/eg", "spec.gatewayClassName")]
    assert gwapi.Context().status(quickstart) == gwapi.Context(controller_name=EG).status(quickstart)


def test_assert_attached(result):
    entry = assert_attached(result, route="apps/legacy-redirect", parent="default/eg",
                            listener="http")
    assert entry["parentRef"]["sectionName"] == "http"
    # No sectionName: attached where the listener counts it.
    assert_attached(result, route="default/store", parent="default/eg", listener="https")
    assert_attached(result, route="default/store", parent="default/eg")
    with pytest.raises(AssertionError) as e:
        assert_attached(result, route="apps/legacy-redirect", parent="default/eg", listener="https")
    assert str(e.value) == ("HTTPRoute apps/legacy-redirect is not attached to default/eg "
                            "listener https: http: Accepted=True (Accepted)")
    with pytest.raises(AssertionError) as e:
        assert_attached(result, route="apps/missing", parent="default/eg")
    assert str(e.value) == ("no status for HTTPRoute/GRPCRoute/TLSRoute/TCPRoute/UDPRoute "
                            "apps/missing; statuses: GatewayClass eg, Gateway default/eg, "
                            "HTTPRoute apps/legacy-redirect, HTTPRoute default/store, "
                            "BackendTrafficPolicy default/store-timeouts")


def test_assert_status(result):
    assert assert_status(result, "Gateway default/eg", type="Programmed", status="True",
                         reason="Programmed")["message"] == "The Gateway has been programmed"
    assert_status(result, "HTTPRoute apps/legacy-redirect", type="ResolvedRefs", status="True",
                  parent="default/eg")
    with pytest.raises(AssertionError) as e:
        assert_status(result, "GatewayClass eg", type="Accepted", status="False")
    assert str(e.value) == ("GatewayClass eg has no Accepted condition status=False; it has: "
                            "Accepted=True (Accepted), SupportedVersion=True (SupportedVersion)")


def test_now_fixes_the_instant_dates_are_checked_at():
    repo = os.path.join(os.path.dirname(__file__), "..", "..", "..")
    with open(os.path.join(repo, "tests", "cases", "policy-ctp-client-validation", "input.yaml"), "rb") as f:
        data = f.read()

    def message(now):
        for item in gwapi.Context(now=now).status(data):
            if item["metadata"]["name"] == "ca-expired" and item["kind"] == "ClientTrafficPolicy":
                return item["status"]["ancestors"][0]["conditions"][0]["message"]

    assert "has expired since 2020-01-02" in message(1800000000)
    assert message(1577880000) == "Policy has been accepted."
    assert "has expired since" in message(None)
