"""Warm before purging: once a change has committed and bumped its data-cache versions (core.dispatcher), the
pages it touched (and the pages listing them) are rendered once in every language, in this process, as an
anonymous visitor's GET; only then are the proxy's copies purged. The fragments, listings and page objects those
renders rebuild are in the shared cache, so the first visitor after a publish is served about as fast as the
next, without waiting on the task queue. A failing render is logged and never breaks publishing.
"""

import io
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.utils import translation
from wagtail.models import Page

from core import purge

logger = logging.getLogger(__name__)
MOST_PAGES = 12  # a change touching more (a section's worth) leaves the rest to their first visitors


def pages_to_warm(page_ids):
    """The live pages among `page_ids` and the live pages listing them, at most MOST_PAGES."""
    found = {}
    for page in Page.objects.filter(pk__in=page_ids).specific():
        for target in [page, *purge.listing_pages(page, page.get_site())]:
            if target.live and len(found) < MOST_PAGES:
                found.setdefault(target.pk, target)
    return list(found.values())


def anonymous_get(url):
    """A GET of `url` as a visitor without cookies sends it (over HTTPS when the site's address says so)."""
    parts = urlsplit(url)
    secure = parts.scheme == "https"
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": parts.path,
        "QUERY_STRING": "",
        "SCRIPT_NAME": "",
        "SERVER_NAME": parts.hostname,
        "SERVER_PORT": str(parts.port or (443 if secure else 80)),
        "HTTP_HOST": parts.netloc,
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": parts.scheme,
        "wsgi.input": io.BytesIO(),
    }
    return WSGIRequest(environ)


def warm(page_ids):
    """Renders each page of `pages_to_warm(page_ids)` in every language; returns how many answered 200."""
    handler = BaseHandler()
    handler.load_middleware()
    answered = 0
    with translation.override(translation.get_language()):  # each render activates its own language
        for page in pages_to_warm(page_ids):
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    url = page.get_full_url()
                if not url:
                    continue
                try:
                    answered += handler.get_response(anonymous_get(url)).status_code == 200
                except Exception:  # noqa: BLE001 (warming only saves the next visitor time)
                    logger.exception("Warming %s failed", url)
    return answered
