"""Bench-only settings: the real site with DEBUG off on its own database, plus a bare ceiling view.

BENCH_DATABASE_URL picks the database (bench_pages.py sets it: PostgreSQL by default, SQLite beside it).
"""

import os

import environ

os.environ.setdefault("DEBUG", "false")
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL",
    f"sqlite:///{os.environ.get('BENCH_DB', '/tmp/bench-publications.sqlite3')}",  # noqa: S108
)

from config.settings.base import *  # noqa: E402,F403
from config.settings.base import DJANGO_REDIS_CACHE, STORAGES  # noqa: E402

DEBUG = False
SECRET_KEY = "bench-only-key-not-secret-0123456789abcdef"  # noqa: S105 (local benchmark only)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "benchmarks.urls"
# No collectstatic step for the bench: plain static storage, served by whitenoise from the app dirs.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
# bench_pages.py starts a Redis of its own: production's shared cache, which several workers need.
if os.environ.get("BENCH_CACHE_URL"):
    CACHES = {"default": environ.Env.cache_url_config(os.environ["BENCH_CACHE_URL"])}
    if CACHES["default"]["BACKEND"] == DJANGO_REDIS_CACHE:
        CACHES["default"]["BACKEND"] = "core.redis_cache.RedisCache"
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "ERROR"}}
