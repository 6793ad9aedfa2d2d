"""Every page request first finds its site by host (a query) and then its home page, where routing starts
(another query, of the widest page type). For public reads both come from the cache, with the site's data
version: saving a site, or a site's root page, bumps it (home.apps), as does publishing any page but a
publication. The admin, the health check, documents, and anything but GET and HEAD, look them up as Wagtail
does."""

from wagtail.models import Site

from core.cache_headers import PRIVATE_PREFIXES
from core.caching import cached

MAX_HOST_LENGTH = 200


def site_for_request(request):
    host = request.get_host()  # after CommonMiddleware: an allowed host
    if len(host) > MAX_HOST_LENGTH:
        return Site.find_for_request(request)

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return False
        site.root_page = site.root_page.specific  # routing starts here: `.specific` is then no query
        return site

    return cached(f"site-for-host:{request.scheme}:{host}:{request.get_port()}", build) or None


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and not request.path.startswith(PRIVATE_PREFIXES):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)
