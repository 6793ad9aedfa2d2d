"""Admin sessions end after ADMIN_IDLE_MINUTES without a request and SESSION_COOKIE_AGE after signing in,
whichever comes first. Only admin addresses read the session, so public pages stay cookie-free."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from core.prefixes import ADMIN_PREFIXES

SIGNED_IN_AT = "security_signed_in_at"
LAST_SEEN = "security_last_seen"
# The last-seen mark is rewritten at most this often, so an active editor does not save the session per request.
LAST_SEEN_RESOLUTION = 60


class AdminSessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIXES) and request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            signed_in_at = session.setdefault(SIGNED_IN_AT, now)
            last_seen = session.get(LAST_SEEN, now)
            if now - last_seen > settings.ADMIN_IDLE_MINUTES * 60 or now - signed_in_at > settings.SESSION_COOKIE_AGE:
                logout(request)
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
            if now - last_seen >= LAST_SEEN_RESOLUTION or LAST_SEEN not in session:
                session[LAST_SEEN] = now
        return self.get_response(request)
