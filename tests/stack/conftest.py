"""One stack for every stack test module (it takes minutes to start): two app servers, S3, started once."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="session")
def the_stack():
    subprocess.run([sys.executable, "scripts/stack.py", "up", "--instances", "2", "--s3"], cwd=ROOT, check=True)
    try:
        yield
    finally:
        subprocess.run([sys.executable, "scripts/stack.py", "down"], cwd=ROOT, check=False)
