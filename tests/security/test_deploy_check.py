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


def environment_file(path):
    """The variables as deploy/manage.sh (POSIX sh, `set -a; . FILE`) reads them; systemd's EnvironmentFile reads
    the same quoting."""
    script = f'set -a; . "{path}"; set +a; env -0'
    result = subprocess.run(["sh", "-ec", script], env={"PATH": os.environ["PATH"]}, capture_output=True, timeout=30)
    assert result.returncode == 0 and not result.stderr, result.stderr.decode()
    pairs = (item.split("=", 1) for item in result.stdout.decode().split("\0") if "=" in item)
    return {key: value for key, value in pairs if key not in ("PWD", "SHLVL", "_", "PATH")}


def test_the_example_environment_passes_check_deploy_as_written():
    example = environment_file(settings.BASE_DIR / "deploy" / "env.example")
    assert example["DEFAULT_FROM_EMAIL"] == "Bir Duino-Kyrgyzstan <noreply@example.org>"
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env={**env, **example},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_turns_hsts_on_unless_switched_off():
    code = "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS)"
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")}
    env = {**env, **PRODUCTION_ENV}
    env.pop("SECURE_HSTS_SECONDS")
    for extra, expected in (({}, "31536000"), ({"SECURE_HSTS_SECONDS": "0"}, "0")):
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=settings.BASE_DIR,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.stdout.split()[-1] == expected, result.stderr
