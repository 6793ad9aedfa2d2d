"""Background work of the security app: telling an account's owner that sign-in to it was locked somewhere."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

logger = logging.getLogger(__name__)


def _language(user):
    from wagtail.users.models import UserProfile

    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


@task()
def notify_account_locked(username, address):
    """One e-mail to the owner of `username` (if such an account exists and has an address): which address was
    locked out, for how long, and that they can still sign in elsewhere. Unknown names get nothing."""
    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None or not user.email:
        return
    context = {
        "username": user.get_username(),
        "address": address,
        "when": timezone.localtime(),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/",
    }
    with translation.override(_language(user)):
        subject = render_to_string("security/email/account_locked_subject.txt", context).strip()
        body = render_to_string("security/email/account_locked.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    logger.warning("Sign-in locked for an account at one address; its owner was told (user #%s)", user.pk)
