"""Production settings refuse to start without what production needs."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_production(**env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.production")
    code = "import django; from django.conf import settings; django.setup(); print('ok')"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True)


@pytest.mark.parametrize(
    ("env", "complaint"),
    [
        ({"ALLOWED_HOSTS": "example.org", "DATABASE_URL": "postgres://u:p@localhost/db"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://u:p@localhost/db"}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "example.org"}, "PostgreSQL"),
    ],
)
def test_production_refuses_to_start_without(env, complaint):
    result = load_production(**env)
    assert result.returncode != 0
    assert complaint in result.stderr


def test_production_starts_with_everything_set():
    result = load_production(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.org",
        DATABASE_URL="postgres://u:p@localhost/db",
        CACHE_URL="rediscache://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr
