"""Development: DEBUG on, a throw-away secret, console e-mail, SQLite unless DATABASE_URL says otherwise."""

import os

os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: E402,F403
from .base import env  # noqa: E402

SECRET_KEY = env("SECRET_KEY") or "dev-only-insecure-key-not-for-production"
ALLOWED_HOSTS = env("ALLOWED_HOSTS") or ["localhost", "127.0.0.1", "[::1]"]
