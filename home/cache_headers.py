"""Cache-Control for public pages, so the reverse proxy and a CDN may keep them and browsers only briefly.

A response is marked shareable only when nothing about it is personal: an anonymous GET or HEAD (no session
cookie sent), answered 200 with no cookie set, outside the admin, not a preview, and not already given its own
Cache-Control by the view (receipts, thank-you, manage and test-payment pages say `never_cache`). Everything
else is left as Django made it, which a shared cache does not store. Publishing purges what changed
(home.purge), so `s-maxage` can be long while `max-age` stays short. Whatever answers a POST (form errors
repeat what was typed; so may an error page) is `no-store` unless the view chose its own Cache-Control.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

PRIVATE_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/healthz")


def is_shareable(request, response):
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if response.cookies or response.has_header("Cache-Control"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if getattr(request, "is_preview", False) or request.path.startswith(PRIVATE_PREFIXES):
        return False
    # Vary on a cookie or on the visitor's languages would split (or break) the shared copy.
    vary = response.get("Vary", "").lower()
    return "cookie" not in vary and "accept-language" not in vary


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_shareable(request, response):
            patch_cache_control(
                response, public=True, max_age=settings.BROWSER_CACHE_SECONDS, s_maxage=settings.PAGE_CACHE_SECONDS
            )
        elif request.method == "POST" and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response
