"""One stack for every stack test module (it takes minutes to start): two app servers, S3, started once."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def pytest_collection_modifyitems(items):
    """The stack takes minutes to start: only `make stack-test` (STACK_TEST=1) runs these, never `make test`."""
    if os.environ.get("STACK_TEST") == "1":
        return
    skip = pytest.mark.skip(reason="the stack test runs by make stack-test")
    for item in items:
        if Path(item.fspath).parent == Path(__file__).parent:
            item.add_marker(skip)


# Pages stay fresh in the proxy this long, so the database outage (test_scale_out.py) also sees stale copies.
PAGE_CACHE_SECONDS = 20


@pytest.fixture(scope="session")
def the_stack():
    env = {**os.environ, "PAGE_CACHE_SECONDS": str(PAGE_CACHE_SECONDS)}
    command = [sys.executable, "scripts/stack.py", "up", "--instances", "2", "--s3"]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    try:
        yield
    finally:
        subprocess.run([sys.executable, "scripts/stack.py", "down"], cwd=ROOT, check=False)
