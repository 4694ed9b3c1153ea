"""`python -m gwapi validate` prints what the CLI prints."""
import os
import subprocess
import sys

from conftest import REPO


def run(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "gwapi", "validate", *args], cwd=cwd,
                          capture_output=True, text=True)


def test_valid_file():
    r = run("examples/quickstart.yaml")
    assert (r.returncode, r.stdout, r.stderr) == (0, "14 objects: 0 errors, 0 warnings\n", "")


def test_invalid_and_missing_files(tmp_path):
    (tmp_path / "bad.yaml").write_text(
        "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata:\n"
        "  name: eg\nspec: {}\n")
    r = run("bad.yaml", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (1, (
        "bad.yaml:5:7: error: GatewayClass eg: spec.controllerName: Required value\n"
        "bad.yaml:1:1: error: GatewayClass eg: <nil>: Invalid value: null: some validation rules "
        "were not checked because the object was invalid; correct the existing errors to "
        "complete validation\n"
        "1 object: 2 errors, 0 warnings\n"))
    r = run("missing.yaml", "bad.yaml", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (2, "gwapi: missing.yaml: No such file or directory\n")
