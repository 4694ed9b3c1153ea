#!/usr/bin/env python3
"""The hook of .pre-commit-hooks.yaml runs as pre-commit runs it: its entry
followed by the staged file names, with `gwapi` on PATH. Valid manifests and
files of other kinds pass; an invalid manifest fails the commit with the
error alone on the output."""
import os
import shlex
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:  # PyYAML (python3-yaml) reads the hook file
    print("PyYAML missing")
    sys.exit(77)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def main():
    gwapi = os.environ["GWAPI"]
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml")) as f:
        hooks = yaml.safe_load(f)
    passed = failed = 0

    def check(name, got, want):
        nonlocal passed, failed
        if got == want:
            passed += 1
        else:
            failed += 1
            print("FAIL: %s\n  got:  %r\n  want: %r" % (name, got, want))

    check("hook ids", [h["id"] for h in hooks], ["gwapi-validate"])
    hook = hooks[0]
    check("hook language and types", (hook["language"], hook["types_or"]),
          ("system", ["yaml", "json"]))
    tmp = tempfile.mkdtemp()
    bindir = os.path.join(tmp, "bin")
    os.mkdir(bindir)
    os.symlink(gwapi, os.path.join(bindir, "gwapi"))
    files = {
        "class.yaml": "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\n"
                      "metadata:\n  name: eg\nspec:\n  controllerName: example.com/c\n",
        "deploy.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
        "bad.json": '{"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",'
                    ' "metadata": {"name": "eg"}, "spec": {}}',
    }
    for name, text in files.items():
        with open(os.path.join(tmp, name), "w") as f:
            f.write(text)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
    run = lambda names: subprocess.run(shlex.split(hook["entry"]) + names, cwd=tmp, env=env,
                                       capture_output=True, text=True)
    r = run(["class.yaml", "deploy.yaml"])
    check("valid files pass", (r.returncode, r.stdout, r.stderr), (0, "", ""))
    r = run(["class.yaml", "bad.json", "deploy.yaml"])
    check("invalid file fails", (r.returncode, r.stdout, r.stderr),
          (1, "bad.json:1:108: error: GatewayClass eg: spec.controllerName: Required value\n"
              "bad.json:1:1: error: GatewayClass eg: <nil>: Invalid value: null: some validation"
              " rules were not checked because the object was invalid; correct the existing"
              " errors to complete validation\n", ""))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
