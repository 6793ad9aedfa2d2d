"""Production: refuses to start without a secret key, allowed hosts and a real database."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, DEBUG, INTAKE_DEVELOPMENT_PUBLIC_KEY, INTAKE_PUBLIC_KEY, SECRET_KEY, env
from .security import content_security_policies

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
)

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production settings.")
if not SECRET_KEY or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("SECRET_KEY must be set (at least 32 characters) in production.")
if not env("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production.")
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("Production needs PostgreSQL: set DATABASE_URL=postgres://…")
if not env("TWO_FACTOR_REQUIRED"):
    raise ImproperlyConfigured("TWO_FACTOR_REQUIRED=false is for development only: production requires it.")
# Its private key is in the repository: anyone could read the requests.
if INTAKE_PUBLIC_KEY.strip() == INTAKE_DEVELOPMENT_PUBLIC_KEY:
    raise ImproperlyConfigured("INTAKE_PUBLIC_KEY is the development key: make a real one (intake/README.md).")
# A per-process cache keeps its own data version and rate-limit counts in every worker: pages go stale after a
# publish and limits multiply by the number of processes. Production shares one cache (Redis).
if CACHES["default"]["BACKEND"] in PER_PROCESS_CACHES:
    raise ImproperlyConfigured("Production needs a shared cache: set CACHE_URL=rediscache://127.0.0.1:6379/0")

# Cookies only over HTTPS. `make stack` serves plain HTTP on loopback and turns this off (SECURE_COOKIES=false).
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env("SECURE_COOKIES")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# ---------------------------------------------------------------------------
# Security (README "Security"): HTTPS-only cookies and headers; `check --deploy` gives no warnings once the
# HTTPS variables are set (tests/security/test_deploy_check.py).
# ---------------------------------------------------------------------------
LANGUAGE_COOKIE_SECURE = True
# HSTS is on unless switched off explicitly (SECURE_HSTS_SECONDS=0): browsers remember to use HTTPS for a year.
# Django sends it over HTTPS only, so `make stack`'s plain HTTP on loopback is unaffected.
SECURE_HSTS_SECONDS = 31_536_000 if env("SECURE_HSTS_SECONDS") is None else env("SECURE_HSTS_SECONDS")
# Including subdomains and joining the browsers' preload list bind every subdomain to HTTPS for months: the
# operator decides (SECURE_HSTS_INCLUDE_SUBDOMAINS, SECURE_HSTS_PRELOAD; README "Security"), so `check --deploy`
# does not nag about a choice that is deliberately left off by default.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
# The health view answers on plain HTTP too: monitors and the proxy ask each app server directly.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY = content_security_policies(upgrade_insecure_requests=True)
