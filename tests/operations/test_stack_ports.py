"""`make stack` checks every port before it starts anything, and names the one in use (scripts/stack.py)."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def stack(*args, env):
    return subprocess.run(
        [sys.executable, "scripts/stack.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(("variable", "label"), [("STACK_PG_PORT", "PostgreSQL"), ("STACK_APP_PORT", "gunicorn A")])
def test_a_taken_port_stops_the_stack_within_seconds_naming_it(tmp_path, variable, label):
    base = {**os.environ, "STACK_DIR": str(tmp_path)}
    ports = dict(item.split("=") for item in stack("free-ports", env=base).stdout.split())
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", int(ports[variable])))
        taken.listen()
        env = {**base, **ports}
        started = time.monotonic()
        try:
            result = stack("up", env=env)
        finally:
            stack("down", env=env)
    assert time.monotonic() - started < 15
    assert result.returncode != 0
    assert f"127.0.0.1:{ports[variable]} ({label}, {variable})" in result.stderr, result.stderr
    assert not (tmp_path / "pg" / "PG_VERSION").exists(), "nothing was started"


def test_free_ports_keeps_what_is_set_and_derives_the_rest_from_stack_port(tmp_path):
    env = {**os.environ, "STACK_DIR": str(tmp_path)}
    for variable in (
        "STACK_PORT",
        "STACK_APP_PORT",
        "STACK_S3_PORT",
        "STACK_PG_PORT",
        "STACK_REDIS_PORT",
        "STACK_SMTP_PORT",
    ):
        env.pop(variable, None)
    base = int(dict(item.split("=") for item in stack("free-ports", env=env).stdout.split())["STACK_PORT"])
    env.update(STACK_PORT=str(base), STACK_REDIS_PORT=str(base + 5))
    printed = dict(item.split("=") for item in stack("free-ports", env=env).stdout.split())
    assert printed == {
        "STACK_APP_PORT": str(base + 1),
        "STACK_S3_PORT": str(base + 3),
        "STACK_PG_PORT": str(base + 4),
        "STACK_SMTP_PORT": str(base + 6),
    }
