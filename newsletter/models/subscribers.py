"""A reader's subscription: one row per address, with what they want and where the request stands."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# What a new subscription gets unless the reader chooses otherwise: statements and reports, every topic.
DEFAULT_KINDS = ("statement", "report")


def new_token():
    # 256 bits: the only key to a subscription's confirm, preferences and unsubscribe pages.
    return secrets.token_urlsafe(32)


def default_kinds():
    return list(DEFAULT_KINDS)


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def expired_requests(self, now=None):
        """Unconfirmed requests whose confirmation link no longer works."""
        cutoff = (now or timezone.now()) - timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS)
        return self.filter(status=Subscriber.Status.PENDING, requested_at__lt=cutoff)

    def left_before(self, cutoff):
        """Addresses that unsubscribed, bounced or complained before `cutoff` (the retention job deletes them)."""
        ended = models.Q(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at__lt=cutoff) | models.Q(
            status=Subscriber.Status.SUPPRESSED, suppressed_at__lt=cutoff
        )
        return self.filter(ended)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        SUPPRESSED = "suppressed", _("Suppressed (bounce or complaint)")

    class Suppression(models.TextChoices):
        BOUNCE = "bounce", _("Hard bounce")
        COMPLAINT = "complaint", _("Spam complaint")

    email = models.EmailField(_("e-mail address"), unique=True)  # stored lower-cased
    language = models.CharField(_("language"), max_length=10)
    kinds = models.JSONField(_("kinds"), default=default_kinds)
    topics = models.ManyToManyField(
        "publications.Topic",
        blank=True,
        related_name="+",
        verbose_name=_("topics"),
        help_text=_("None chosen: every topic."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    requested_at = models.DateTimeField(_("last requested"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    suppressed_at = models.DateTimeField(_("suppressed"), null=True, blank=True)
    suppression = models.CharField(_("suppression reason"), max_length=20, choices=Suppression.choices, blank=True)
    suppression_detail = models.CharField(_("provider's note"), max_length=300, blank=True)
    # When the last confirmation or "already subscribed" notice went out: at most one per NOTICE_INTERVAL, so the
    # form cannot be used to flood someone's inbox.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubscriberQuerySet.as_manager()

    NOTICE_INTERVAL = timedelta(minutes=10)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "language"], name="newsletter_status_language")]

    def __str__(self):
        return self.email

    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    language_name.short_description = _("language")

    def topic_slugs(self):
        return " ".join(topic.slug for topic in self.topics.all())

    @property
    def confirmation_expires_at(self):
        return self.requested_at + timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS)

    def confirmation_expired(self, now=None):
        return self.status == self.Status.PENDING and (now or timezone.now()) >= self.confirmation_expires_at

    def may_be_notified(self, now=None):
        return self.notified_at is None or (now or timezone.now()) - self.notified_at >= self.NOTICE_INTERVAL
