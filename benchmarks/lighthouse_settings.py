"""Lighthouse's server (benchmarks/lighthouse.py): the bench settings with production's static files (hashed,
pre-compressed, collected to STATIC_ROOT) and gzipped HTML, as nginx's `gzip on` serves it in production."""

from benchmarks.settings import *  # noqa: F403
from benchmarks.settings import MIDDLEWARE
from config.settings.base import STORAGES as PRODUCTION_STORAGES

STORAGES = PRODUCTION_STORAGES
WHITENOISE_USE_FINDERS = False
MIDDLEWARE = ["django.middleware.gzip.GZipMiddleware", *MIDDLEWARE]
