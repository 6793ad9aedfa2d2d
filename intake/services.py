"""Receiving, deleting and announcing requests. What a person wrote passes through `receive` only as the dict it
seals; the row, the notification and every log line carry references, counts and dates, never content."""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.users.models import UserProfile

from . import sealing
from .models import IntakeRequest

logger = logging.getLogger(__name__)
LEGAL_INTAKE_GROUP = "Legal intake"


def receive(fields):
    """Seal `fields` and store the request; returns the stored row (its reference is shown to the person)."""
    key_id, sealed = sealing.seal(fields)
    # No log line here: its timestamp would tell the hour and minute the stored day leaves out.
    return IntakeRequest.objects.create(
        received_on=timezone.localdate(), region=fields["region"], key_id=key_id, sealed=sealed
    )


def retention_cutoff(days=None, today=None):
    """Requests received before this day are past the retention period."""
    days = settings.INTAKE_RETENTION_DAYS if days is None else days
    return (today or timezone.localdate()) - datetime.timedelta(days=days)


def delete_expired(days=None, today=None):
    """Delete every request received more than `days` days ago (settings.INTAKE_RETENTION_DAYS by default)."""
    deleted, _per_model = IntakeRequest.objects.filter(received_on__lt=retention_cutoff(days, today)).delete()
    if deleted:
        logger.info("Deleted %d legal help request(s) past the retention period", deleted)
    return deleted


def intake_staff():
    return get_user_model().objects.filter(is_active=True, groups__name=LEGAL_INTAKE_GROUP).exclude(email="")


def notice_for(user, count, link):
    """(subject, body) in the admin language the person chose, else the site's default (never the language of
    whatever request ran last in this thread)."""
    language = UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        subject = ngettext(
            "%(count)d new confidential request for legal help",
            "%(count)d new confidential requests for legal help",
            count,
        ) % {"count": count}
        body = _(
            "New requests are waiting in the admin. Sign in and open them with your key:\n%(link)s\n\n"
            "This e-mail never contains what people wrote."
        ) % {"link": link}
    return subject, body


def notify_staff():
    """Tell the Legal intake group how many requests arrived since the last notice: a count and a link, never
    a region, a reference or anything a person wrote. Returns the number of requests announced (0 when no
    member has an e-mail address: they stay waiting for the next run)."""
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("intake_requests:index")
    with transaction.atomic():
        waiting = list(
            IntakeRequest.objects.select_for_update().filter(staff_notified=False).values_list("pk", flat=True)
        )
        staff = list(intake_staff())
        if not waiting:
            return 0
        if not staff:
            logger.warning("%d legal help request(s) waiting, and no Legal intake member has an e-mail", len(waiting))
            return 0
        messages = [(*notice_for(user, len(waiting), link), None, [user.email]) for user in staff]
        send_mass_mail(messages)
        IntakeRequest.objects.filter(pk__in=waiting).update(staff_notified=True)
    logger.info("Legal intake staff told of %d new request(s)", len(waiting))
    return len(waiting)
