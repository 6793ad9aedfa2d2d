"""Receipts: one per paid donation, numbered YYYY-NNNNNN without gaps from duplicates or races."""

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .gifts import Donation


class ReceiptCounter(models.Model):
    """The last number used in a year. Locked with SELECT … FOR UPDATE, so two receipts never share a number."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"

    @classmethod
    def next_number(cls, year):
        # get_or_create first (its own savepoint absorbs a concurrent insert), then lock the row.
        cls.objects.get_or_create(year=year)
        counter = cls.objects.select_for_update().get(year=year)
        counter.last += 1
        counter.save(update_fields=["last"])
        return f"{year}-{counter.last:06d}"


class Receipt(models.Model):
    class Sending(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Sending failed")
        NO_EMAIL = "no_email", _("No e-mail address")

    donation = models.OneToOneField(Donation, on_delete=models.PROTECT, related_name="receipt")
    number = models.CharField(_("number"), max_length=20, unique=True)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    refunded = models.BooleanField(_("refunded"), default=False)
    send_status = models.CharField(
        _("sending"), max_length=10, choices=Sending.choices, default=Sending.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")

    def __str__(self):
        return self.number

    @classmethod
    def issue(cls, donation):
        """The donation's receipt, created once. Call inside the transaction that marked the donation paid."""
        existing = cls.objects.filter(donation=donation).first()
        if existing is not None:
            return existing, False
        issued_at = donation.paid_at or timezone.now()
        year = timezone.localtime(issued_at).year
        with transaction.atomic():
            receipt = cls.objects.create(
                donation=donation,
                number=ReceiptCounter.next_number(year),
                issued_at=issued_at,
                send_status=cls.Sending.PENDING if donation.email else cls.Sending.NO_EMAIL,
            )
        return receipt, True
