"""Production settings refuse what breaks a multi-process deployment: SQLite and a per-process cache."""

import os
import subprocess
import sys

import pytest

BASE_ENV = {
    "SECRET_KEY": "x" * 40,
    "ALLOWED_HOSTS": "example.org",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/db",
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
}


def load_production_settings(**overrides):
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "CACHE_URL", "DATABASE_URL")}
    env.update(BASE_ENV, **overrides)
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("cache_url", ["locmemcache://", "dummycache://"])
def test_production_refuses_a_per_process_cache(cache_url):
    result = load_production_settings(CACHE_URL=cache_url)
    assert result.returncode != 0
    assert "Production needs a shared cache" in result.stderr


def test_production_accepts_redis():
    result = load_production_settings(CACHE_URL="rediscache://127.0.0.1:6399/0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "core.redis_cache.RedisCache"


def test_production_still_refuses_sqlite():
    result = load_production_settings(CACHE_URL="rediscache://127.0.0.1:6399/0", DATABASE_URL="sqlite:///x.db")
    assert "Production needs PostgreSQL" in result.stderr
