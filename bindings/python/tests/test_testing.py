"""gwapi.testing for downstream suites."""
import pytest

from gwapi.testing import assert_valid

CLASS = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
         "metadata": {"name": "eg"}, "spec": {"controllerName": "example.com/gateway-controller"}}


def test_assert_valid_accepts_valid_input(quickstart, tmp_path):
    assert assert_valid(quickstart).summary.objects == 14
    p = tmp_path / "q.yaml"
    p.write_bytes(quickstart)
    assert_valid(p)
    assert_valid(str(p), channel="standard")
    assert_valid(CLASS)
    assert assert_valid([CLASS, dict(CLASS, metadata={"name": "other"})]).summary.objects == 2


def test_assert_valid_fails_with_every_error():
    bad = dict(CLASS, spec={})
    with pytest.raises(AssertionError) as e:
        assert_valid([CLASS, bad])
    assert str(e.value) == (
        "2 problems:\n"
        "<objects>:1:317: error: GatewayClass eg: spec.controllerName: Required value\n"
        "<objects>:1:210: error: GatewayClass eg: <nil>: Invalid value: null: some validation "
        "rules were not checked because the object was invalid; correct the existing errors "
        "to complete validation")


def test_warnings_can_fail_too():
    dep = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}}
    assert_valid(dep)
    with pytest.raises(AssertionError) as e:
        assert_valid(dep, allow_warnings=False)
    assert str(e.value) == (
        '1 problem:\n<objects>:1:48: warning: Deployment default/web: no schema for kind '
        '"Deployment" in version "apps/v1"; kept without validation')
