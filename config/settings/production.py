"""Production: refuses to start without a secret key, allowed hosts and a real database."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, DEBUG, INTAKE_DEVELOPMENT_PUBLIC_KEY, INTAKE_PUBLIC_KEY, SECRET_KEY, env

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
# Its private key is in the repository: anyone could read the requests.
if INTAKE_PUBLIC_KEY.strip() == INTAKE_DEVELOPMENT_PUBLIC_KEY:
    raise ImproperlyConfigured("INTAKE_PUBLIC_KEY is the development key: make a real one (intake/README.md).")
# A per-process cache keeps its own data version and rate-limit counts in every worker: pages go stale after a
# publish and limits multiply by the number of processes. Production shares one cache (Redis).
if CACHES["default"]["BACKEND"] in PER_PROCESS_CACHES:
    raise ImproperlyConfigured("Production needs a shared cache: set CACHE_URL=rediscache://127.0.0.1:6379/0")

# Cookies only over HTTPS. `make stack` serves plain HTTP on loopback and turns this off (SECURE_COOKIES=false).
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# ---------------------------------------------------------------------------
# Security (README "Security"): HTTPS-only cookies and headers; `check --deploy` gives no warnings once the
# HTTPS variables are set (tests/security/test_deploy_check.py).
# ---------------------------------------------------------------------------
LANGUAGE_COOKIE_SECURE = True
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True
ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True
