"""Request guards and response headers that hold for the whole site.

- `RefuseNulBytesMiddleware` answers 400 before any view runs when the path, query string or form fields carry
  a NUL character: PostgreSQL refuses NUL in text, so it would otherwise surface as a 500 deep in a query.
- `AreaContentSecurityPolicyMiddleware` sends the public policy everywhere except the admin areas, which get
  their own (settings: CONTENT_SECURITY_POLICY and ADMIN_CONTENT_SECURITY_POLICY).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _

from core.prefixes import ADMIN_PREFIXES

NUL = "\x00"


def _carries_nul(querydict):
    return any(NUL in key or any(NUL in value for value in values) for key, values in querydict.lists())


class RefuseNulBytesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.is_hostile(request):
            return HttpResponseBadRequest(_("The address or form contains characters that are not allowed."))
        return self.get_response(request)

    @staticmethod
    def is_hostile(request):
        if NUL in request.path or "%00" in request.META.get("QUERY_STRING", "") or _carries_nul(request.GET):
            return True
        content_type = request.content_type or ""
        if request.method != "POST" or not content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            return False
        try:
            return _carries_nul(request.POST) or any(NUL in name for name in request.FILES)
        except MultiPartParserError:
            return True


class AreaContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with a second, looser policy for the admin (what it needs is explained in settings)."""

    def process_response(self, request, response):
        # Wagtail renders a preview by running the page through the middleware again on a stand-in request for
        # the page's public address; the admin request around it must choose the policy (its own), or the public
        # frame-ancestors 'none' would blank the editor's preview panel.
        if getattr(request, "is_preview", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIXES):
            admin_policy = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            return PolicyParts(admin_policy, parts.update, parts.replace, parts.nonce)
        return parts
