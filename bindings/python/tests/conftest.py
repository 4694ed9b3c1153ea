import os

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


@pytest.fixture
def quickstart():
    with open(os.path.join(REPO, "examples", "quickstart.yaml"), "rb") as f:
        return f.read()
