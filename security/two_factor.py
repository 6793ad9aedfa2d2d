"""Two-factor sign-in for the Wagtail admin, on django-otp (TOTP apps, plus one-time recovery codes).

Required for superusers and the groups in TWO_FACTOR_REQUIRED_GROUPS (donor data), who enrol through an
invitation (two_factor_invitations.py); any other editor may enrol from the account menu. Once a person has a
device, every admin session must be verified with it.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django_otp import user_has_device

# Admin addresses an unverified person may still reach: signing in and out, the two-factor pages themselves,
# and the static pieces those pages need.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
    "two_factor_setup",
    "two_factor_qr",
    "two_factor_invitation",
}


def two_factor_required(user):
    if not settings.TWO_FACTOR_REQUIRED:  # development only (production settings refuse it)
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def session_is_verified(request):
    """django-otp's OTPMiddleware marks the user verified when the session holds a device it signed in with."""
    return request.user.is_verified()


class AdminTwoFactorMiddleware:
    """Placed after django-otp's OTPMiddleware. Only admin addresses are guarded; public pages never read the
    session, so they stay cookie-free and cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(("/admin/", "/django-admin/")) or not request.user.is_authenticated:
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_URL_NAMES:
            return None
        if session_is_verified(request):
            return None
        if user_has_device(request.user, confirmed=True):
            return redirect_to_login(request.get_full_path(), reverse("two_factor_verify"))
        if two_factor_required(request.user):
            return redirect_to_login(request.get_full_path(), reverse("two_factor_setup"))
        return None
