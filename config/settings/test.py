"""Tests: fast hashing, in-memory e-mail, tasks recorded (not run), static files without a manifest."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import STORAGES

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 (tests only)
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Test clients' login() carries no request; tests/security drives the real sign-in form (lockout, two factors).
AUTHENTICATION_BACKENDS = [
    "tests.security.backends.AxesBackendForTestClientLogin",
    "django.contrib.auth.backends.ModelBackend",
]
# Requests are sealed to the development key, whose private half the tests read (intake/offline/).
INTAKE_PUBLIC_KEY = INTAKE_DEVELOPMENT_PUBLIC_KEY  # noqa: F405
# Tasks are recorded, not run: tests that need their effect (receipts, search index) ask for `tasks_run_at_once`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
# Backups made by tests (the nightly job on PostgreSQL) go to a temporary folder, never into the checkout.
BACKUP_DIR = str(Path(tempfile.gettempdir()) / f"birduino-test-backups-{os.getpid()}")
