"""Stripe events as received: stored before they are applied, so none is lost between receipt and effect."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .gifts import Donation


class StripeEventQuerySet(models.QuerySet):
    def waiting(self):
        """Stored but not applied yet: their gift is not known yet, or applying them failed."""
        return self.filter(processed=False)

    def waiting_longer_than(self, age):
        """What monitoring looks at: an event waiting this long (e.g. an hour) needs a person."""
        return self.waiting().filter(waiting_since__lt=timezone.now() - age)

    def related_to(self, ids):
        """Events naming any of these Stripe ids (payment, charge, invoice, session or subscription)."""
        ids = [i for i in ids if i]
        return self.filter(
            models.Q(object_id__in=ids)
            | models.Q(payment_intent_id__in=ids)
            | models.Q(invoice_id__in=ids)
            | models.Q(charge_id__in=ids)
        )


class StripeEvent(models.Model):
    """Every event received, under its unique id (so copies are no-ops), stored first and then applied.

    `processed` is True once the event was applied or found not needed; until then `waiting_since` says since
    when it waits (set on receipt, cleared when applied) and `note` says why.
    """

    event_id = models.CharField(max_length=255, unique=True)
    type = models.CharField(max_length=100, db_index=True)
    created = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    processed = models.BooleanField(default=False)
    waiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    note = models.CharField(max_length=255, blank=True)
    livemode = models.BooleanField(default=False)
    # Ids that tie the event to a gift: to find its donation, to serialise events about one payment, and to
    # find waiting events when the gift becomes known.
    object_id = models.CharField(max_length=255, blank=True, db_index=True)
    payment_intent_id = models.CharField(max_length=255, blank=True, db_index=True)
    invoice_id = models.CharField(max_length=255, blank=True, db_index=True)
    charge_id = models.CharField(max_length=255, blank=True, db_index=True)
    subscription_id = models.CharField(max_length=255, blank=True)
    donation = models.ForeignKey(Donation, null=True, blank=True, on_delete=models.SET_NULL, related_name="events")
    payload = models.JSONField(default=dict, blank=True)

    objects = StripeEventQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")

    def __str__(self):
        return f"{self.type} {self.event_id}"

    @property
    def data_object(self):
        return self.payload["data"]["object"]
