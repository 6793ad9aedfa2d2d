"""Addresses that are not a page's own: the site's home page in the current language, and absolute addresses.

Absolute addresses (structured data, share links, PDFs) come from the request's own scheme and host, or, without a
request (e-mails, tasks), from WAGTAILADMIN_BASE_URL: never from the Wagtail Site's hostname, which the demo and
a fresh install leave as `localhost`.
"""

from django.conf import settings
from wagtail.models import Site

from core.caching import cached


def site_home_url(request):
    """The home page's address in the current language ("/" when no site matches the request)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return "/"
    root = cached(f"site-root:{site.pk}", lambda: site.root_page.specific)
    return root.get_url(request)


def absolute_url(request, page_or_path):
    """`page_or_path` (a page, or a path starting with /) as an absolute address for this request's site."""
    path = page_or_path if isinstance(page_or_path, str) else page_or_path.get_url(request)
    if request is not None:
        return request.build_absolute_uri(path)
    return path if "://" in path else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
