"""The README's Python example, run from the repository root."""
import os
import subprocess
import sys

from conftest import REPO


def test_readme_example():
    with open(os.path.join(REPO, "README.md")) as f:
        readme = f.read()
    block = readme.split("\n```python\n", 1)[1].split("\n```\n", 1)[0]
    assert len(block.splitlines()) == 5
    r = subprocess.run([sys.executable, "-c", block], cwd=REPO, capture_output=True, text=True,
                       env={k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"})
    assert (r.returncode, r.stdout, r.stderr) == (0, "True\n", "")
