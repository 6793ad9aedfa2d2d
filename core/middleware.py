"""CSRF protection for public forms without a cookie, so public pages stay cacheable.

Public pages (contact, donate) render no CSRF token: a token would set a cookie on every
anonymous GET. Instead a POST outside the admin is accepted when the browser proves it comes
from this site: `Sec-Fetch-Site: same-origin` or an `Origin` header naming this host. Every
browser in use sends one of them on form posts. The admin keeps Django's token check.
"""

from django.conf import settings
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _

TOKEN_CHECKED_PREFIXES = ("/admin/", "/django-admin/")


class SameOriginPublicFormMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in ("GET", "HEAD", "OPTIONS", "TRACE") or request.path.startswith(TOKEN_CHECKED_PREFIXES):
            return None
        if getattr(view_func, "csrf_exempt", False) or getattr(request, "_dont_enforce_csrf_checks", False):
            return None
        if self.is_same_origin(request):
            request._dont_enforce_csrf_checks = True
            return None
        return HttpResponseForbidden(_("This form must be sent from this site. Please reload the page and try again."))

    @staticmethod
    def is_same_origin(request):
        fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
        if fetch_site is not None:
            return fetch_site in ("same-origin", "none")
        origin = request.META.get("HTTP_ORIGIN")
        if not origin:
            return False
        scheme = "https" if request.is_secure() else "http"
        return origin == f"{scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS
