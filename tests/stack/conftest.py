"""One stack for every stack test module (it takes minutes to start): two app servers, S3, started once."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


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
