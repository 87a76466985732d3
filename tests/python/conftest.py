"""Shared by the Python tests: the repository, the native CLI to compare
with, and ../shared (tests that need it skip when it is absent)."""

import glob
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
SEEDS = sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("KASHIF_CLI", os.path.join(ROOT, "build", "native", "kashif"))
    if not os.access(path, os.X_OK):
        pytest.skip(f"no native CLI at {path} (cmake --build --preset native)")
    return path


def run_cli(cli, *args):
    return subprocess.run([cli, *args], capture_output=True)


@pytest.fixture(scope="session")
def devset_docs():
    docs = sorted(glob.glob(os.path.join(SHARED, "devset", "docs", "*.txt")))
    if not docs:
        pytest.skip("../shared/devset is absent")
    return docs
