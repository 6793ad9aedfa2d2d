"""Cache-Control for public pages: the reverse proxy and a CDN keep exactly what a purge can reach.

A response is marked shareable (`public, max-age=BROWSER_CACHE_SECONDS, s-maxage=PAGE_CACHE_SECONDS`) only when
nothing about it is personal (an anonymous GET or HEAD with no session cookie, answered 200 with no cookie set,
outside the admin, not a preview, not given its own Cache-Control by the view: receipts, thank-you, manage and
test-payment pages say `never_cache`, search says `private`) and when its address is one the purge knows:
- a page: its address or one of its `get_cached_paths()` (PDF, feeds, the first page of each single filter), in
  any language. Anything else (a later page of a listing, combined filters, a parameter the page does not use)
  is answered `private`: the proxy would key it separately, and no purge would ever name it;
- any other view (sitemaps, robots.txt): its address without a query string.
The proxy drops tracking parameters (utm_*, fbclid, gclid, yclid, mc_*…) before its key and before the app
(deploy/nginx/birduino.conf), so a shared link is served the page's one cached copy. Publishing purges what
changed (core.purge), so `s-maxage` can be long while `max-age` stays short. Whatever answers a POST (form errors
repeat what was typed; so may an error page) is `no-store` unless the view chose its own Cache-Control.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

from core.prefixes import PRIVATE_PREFIXES


def is_personal(request, response):
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return True
    if response.cookies or response.has_header("Cache-Control"):
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return True
    if getattr(request, "is_preview", False) or request.path.startswith(PRIVATE_PREFIXES):
        return True
    # Vary on a cookie or on the visitor's languages would split (or break) the shared copy.
    vary = response.get("Vary", "").lower()
    return "cookie" in vary or "accept-language" in vary


def is_purgeable_address(request):
    """Whether a purge names this address: a page's own or cached paths, or another view without a query."""
    query = request.META.get("QUERY_STRING", "")
    page = getattr(request, "served_page", None)  # core.wagtail_hooks
    if page is None:
        return not query
    page_url = page.get_url(request)
    if not page_url or not request.path.startswith(page_url):
        return False
    address = request.path[len(page_url) :] + (f"?{query}" if query else "")
    if not address:
        return True
    return address in {path.lstrip("/") for path in page.get_cached_paths()}


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "POST" and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        if is_personal(request, response):
            return response
        if is_purgeable_address(request):
            patch_cache_control(
                response, public=True, max_age=settings.BROWSER_CACHE_SECONDS, s_maxage=settings.PAGE_CACHE_SECONDS
            )
        else:
            patch_cache_control(response, private=True, max_age=settings.BROWSER_CACHE_SECONDS)
        return response
