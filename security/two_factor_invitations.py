"""Enrolment by invitation: who must use two-factor sign-in (superusers, Donation managers) enrols only through a
one-time link that another administrator created, or that `manage.py two_factor_invite` printed on the server for
the first superuser. A password alone never reaches the enrolment key, so whoever first guesses or steals a
password cannot make the second factor theirs."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .models import TwoFactorInvitation

SESSION_KEY = "two_factor_invitation"


def _hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def create(user, created_by=None, hours=None):
    """A new link for `user` (their earlier unused links stop working). Returns (invitation, token)."""
    token = secrets.token_urlsafe(32)
    hours = hours or settings.TWO_FACTOR_INVITATION_HOURS
    with transaction.atomic():
        TwoFactorInvitation.objects.filter(user=user, used_at__isnull=True).delete()
        invitation = TwoFactorInvitation.objects.create(
            user=user,
            token_hash=_hash(token),
            created_by=created_by,
            expires_at=timezone.now() + timedelta(hours=hours),
        )
    return invitation, token


def link(token, request=None):
    """The absolute link: this request's site, or WAGTAILADMIN_BASE_URL (the management command has no request)."""
    path = reverse("two_factor_invitation", args=[token])
    return request.build_absolute_uri(path) if request else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def find(token, user):
    """The usable invitation this token names for this user, or None (unknown, someone else's, used, expired)."""
    if not isinstance(token, str) or len(token) > 100:
        return None
    return TwoFactorInvitation.objects.usable().filter(token_hash=_hash(token), user=user).first()


def accept(request, invitation):
    """Opening the link: this session may now enrol."""
    request.session[SESSION_KEY] = invitation.pk


def session_invitation(request):
    pk = request.session.get(SESSION_KEY)
    if pk is None:
        return None
    return TwoFactorInvitation.objects.usable().filter(pk=pk, user=request.user).first()


def use(request):
    """Marks the session's invitation used, once; False if it was used or expired meanwhile."""
    invitation = session_invitation(request)
    if invitation is None:
        return False
    used = TwoFactorInvitation.objects.usable().filter(pk=invitation.pk).update(used_at=timezone.now())
    request.session.pop(SESSION_KEY, None)
    return bool(used)
