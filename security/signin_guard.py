"""What stops password guessing without letting a stranger lock the staff out.

- django-axes locks an (account, address) pair after AXES_FAILURE_LIMIT wrong passwords: the guesser's address
  waits, the account's owner at any other address still signs in (settings: AXES_LOCKOUT_PARAMETERS).
- Each address is slowed progressively, whatever accounts it tries: after SIGNIN_FREE_FAILURES failures, its next
  attempt must wait 2, 4, 8… seconds (at most SIGNIN_MAX_WAIT_SECONDS) after the previous failure. A request that
  comes too early is answered 429 before any password is checked, so a worker is never held asleep and an office
  behind one NAT is only slowed, never locked. A successful sign-in from the address clears its count.
- On a lock, the account's owner gets an e-mail naming the address (tasks.notify_account_locked).
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse

from .lockouts import client_ip

KEY = "signin-failures:{}"


def _key(request):
    return KEY.format(client_ip(request))


def wait_seconds(failures):
    """How long an address must wait after its latest failure, given how many it has made."""
    over = failures - settings.SIGNIN_FREE_FAILURES
    return 0 if over <= 0 else min(2**over, settings.SIGNIN_MAX_WAIT_SECONDS)


def seconds_left(request, now=None):
    failures, last = cache.get(_key(request), (0, 0.0))
    return max(0, int(last + wait_seconds(failures) - (now or time.time()) + 0.999))


def record_failure(request):
    failures, _last = cache.get(_key(request), (0, 0.0))
    cache.set(_key(request), (failures + 1, time.time()), int(settings.AXES_COOLOFF_TIME.total_seconds()))


def clear(request):
    cache.delete(_key(request))


def sign_in_paths():
    return {reverse("wagtailadmin_login"), reverse("admin:login")}


class SignInSlowDownMiddleware:
    """Answers a sign-in POST that comes before its address's wait is over with 429 and Retry-After."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path_info in sign_in_paths():
            left = seconds_left(request)
            if left:
                response = render(request, "security/slow_down.html", {"seconds": left}, status=429)
                response["Retry-After"] = str(left)
                return response
        return self.get_response(request)


def on_login_failed(sender, credentials, request=None, **kwargs):
    if request is not None:
        record_failure(request)


def on_logged_in(sender, request, user, **kwargs):
    if request is not None:
        clear(request)


def on_locked_out(sender, request, username, ip_address, **kwargs):
    """axes sends this for every failure at or past the limit: the owner hears once, at the lock itself."""
    if getattr(request, "axes_failures_since_start", None) != settings.AXES_FAILURE_LIMIT:
        return
    from .tasks import notify_account_locked

    notify_account_locked.enqueue(username or "", ip_address or "")
