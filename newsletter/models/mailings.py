"""What is sent: a mailing (one publication, or one week's digest) and a delivery row per recipient.

The unique (mailing, subscriber) pair is what makes sending idempotent: preparing a mailing twice adds no row, and
a delivery moves pending → claimed → sending → sent/failed under conditional updates, so two workers never take
the same row and a worker that dies leaves rows another can finish (newsletter.sending).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Mailing(models.Model):
    class Kind(models.TextChoices):
        PUBLICATION = "publication", _("Publication")
        DIGEST = "digest", _("Weekly digest")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    # The statement or report sent at once (one mailing per publication, ever).
    publication = models.OneToOneField(
        "publications.PublicationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="newsletter_mailing",
        verbose_name=_("publication"),
    )
    # The digest's week (its Monday), and the publications it lists.
    week = models.DateField(_("week"), null=True, blank=True, unique=True)
    items = models.ManyToManyField(
        "publications.PublicationPage", blank=True, related_name="+", verbose_name=_("publications in the digest")
    )
    title = models.CharField(_("title"), max_length=255)  # kept when the publication is deleted
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    prepared_at = models.DateTimeField(_("recipients chosen"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("sending history")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def sent_count(self):
        return self.counts()["sent"]

    sent_count.short_description = pgettext_lazy("deliveries", "sent")

    def failed_count(self):
        return self.counts()["failed"]

    failed_count.short_description = pgettext_lazy("deliveries", "failed")

    def pending_count(self):
        return self.counts()["pending"]

    pending_count.short_description = pgettext_lazy("deliveries", "pending")

    def counts(self):
        """Deliveries per state: sent, failed and pending (waiting, claimed or in flight)."""
        if hasattr(self, "_counts"):
            return self._counts
        found = dict(self.deliveries.values_list("status").annotate(n=models.Count("pk")).order_by())
        pending = sum(found.get(status, 0) for status in Delivery.UNFINISHED)
        self._counts = {
            "sent": found.get(Delivery.Status.SENT, 0),
            "failed": found.get(Delivery.Status.FAILED, 0),
            "pending": pending,
        }
        return self._counts


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        CLAIMED = "claimed", _("Taken by a worker")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    UNFINISHED = (Status.PENDING, Status.CLAIMED, Status.SENDING)

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    # Kept (without the address) when the subscriber is deleted, so the sending history still adds up.
    subscriber = models.ForeignKey(
        "newsletter.Subscriber", null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    worker = models.CharField(max_length=40, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["mailing", "subscriber"], name="newsletter_one_delivery_per_recipient")
        ]
        indexes = [models.Index(fields=["status", "mailing"], name="newsletter_delivery_status")]

    def __str__(self):
        return f"{self.mailing_id}/{self.pk}: {self.status}"
