"""`manage.py check --deploy` under production settings with the HTTPS variables set: no warnings at all."""

import os
import secrets
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "birduino.example",
    # Never connected to: the checks run without --database.
    "DATABASE_URL": "postgres://check:check@127.0.0.1:9/check",
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
    "CACHE_URL": "rediscache://127.0.0.1:9/0",
    "STRIPE_SECRET_KEY": "sk_live_placeholder_for_the_check",
    "STRIPE_WEBHOOK_SECRET": "whsec_placeholder_for_the_check",
}


def test_check_deploy_gives_no_warnings():
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env={**env, **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
