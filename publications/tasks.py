"""Background work after a publish: render the pages it touched once, so their cache entries are warm before
the first visitor comes (that visitor would otherwise pay for rebuilding listings, counts and fragments).

Useful with a shared cache (Redis, Memcached): with the default per-process memory cache the worker only
warms its own memory. Off with WARM_AFTER_PUBLISH=false.
"""

import logging

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.test import RequestFactory
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def warm_pages(host, paths, secure=False):
    """Renders each path as an anonymous visitor would; failures are logged, never raised."""
    handler = WSGIHandler()
    factory = RequestFactory(HTTP_HOST=host)
    warmed = 0
    for path in paths:
        try:
            response = handler.get_response(factory.get(path, secure=secure))
            warmed += response.status_code == 200
        except Exception:  # noqa: BLE001 (warming is an optimisation: it must never break publishing)
            logger.exception("warming %s failed", path)
    return warmed


def warm_after_publish(site, paths):
    if not getattr(settings, "WARM_AFTER_PUBLISH", True) or site is None or not paths:
        return
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    # Behind HTTPS (SECURE_SSL_REDIRECT) a plain request would only be redirected.
    secure = site.port == 443 or settings.SECURE_SSL_REDIRECT
    warm_pages.enqueue(host=host, paths=sorted(set(paths)), secure=secure)
