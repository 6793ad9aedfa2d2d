"""Development: DEBUG on, a throw-away secret, console e-mail, SQLite unless DATABASE_URL says otherwise."""

import os

os.environ.setdefault("DEBUG", "true")
# `make run`'s admin signs in with its password alone; TWO_FACTOR_REQUIRED=true tries the real thing (README).
os.environ.setdefault("TWO_FACTOR_REQUIRED", "false")

from .base import *  # noqa: E402,F403
from .base import env  # noqa: E402

SECRET_KEY = env("SECRET_KEY") or "dev-only-insecure-key-not-for-production"
# The Get help form seals to the development key unless a real one is given (intake/README.md).
INTAKE_PUBLIC_KEY = env("INTAKE_PUBLIC_KEY") or INTAKE_DEVELOPMENT_PUBLIC_KEY  # noqa: F405
ALLOWED_HOSTS = env("ALLOWED_HOSTS") or ["localhost", "127.0.0.1", "[::1]"]

# The console shows e-mails with attachments summarised, not as base64.
if EMAIL_BACKEND == "django.core.mail.backends.console.EmailBackend":  # noqa: F405
    EMAIL_BACKEND = "config.dev_email.SummarisingConsoleBackend"
# Links in e-mails (receipts, "manage my gift") point at the port the dev server really uses (PORT, set by
# scripts/serve_dev.py), unless WAGTAILADMIN_BASE_URL was chosen explicitly.
if "WAGTAILADMIN_BASE_URL" not in os.environ and os.environ.get("PORT"):
    WAGTAILADMIN_BASE_URL = f"http://127.0.0.1:{os.environ['PORT']}"
# Receipts and other background work go through the database queue, worked by the `db_worker` that
# scripts/serve_dev.py starts beside the server: the donor never waits for a PDF.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# No scheduler runs beside the development server (`make stack` runs one), so /healthz leaves the periodic
# jobs out rather than call them late.
HEALTHZ_NOT_CHECKED = {"jobs": "no scheduler in development"}
