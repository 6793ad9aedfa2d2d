"""The ledger: what was given, as Stripe (or staff, for offline gifts) confirmed it.

A donation's status is derived from facts that only ever move forward: the payment outcome
(pending → paid / failed / expired), the refunded running total, and the dispute state. Because
each fact is monotonic, webhook events applied twice or in any order leave the same row.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from donations import currency as money


class Frequency(models.TextChoices):
    ONE_TIME = "one_time", _("One-time")
    MONTHLY = "monthly", _("Monthly")


class Source(models.TextChoices):
    ONLINE = "online", _("Online (card)")
    BANK_TRANSFER = "bank_transfer", _("Bank transfer")
    CASH = "cash", _("Cash")


class Payment(models.TextChoices):
    PENDING = "pending", _("Pending")
    PAID = "paid", _("Paid")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")


class Status(models.TextChoices):
    PENDING = "pending", _("Pending")
    PAID = "paid", _("Paid")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")
    PARTIALLY_REFUNDED = "partially_refunded", _("Partially refunded")
    REFUNDED = "refunded", _("Refunded")
    DISPUTED = "disputed", _("Disputed")
    DISPUTE_LOST = "dispute_lost", _("Dispute lost")


class Dispute(models.TextChoices):
    NONE = "", _("None")
    OPEN = "open", _("Open")
    WON = "won", _("Won")
    LOST = "lost", _("Lost")


DISPUTE_RANK = {Dispute.NONE: 0, Dispute.OPEN: 1, Dispute.WON: 2, Dispute.LOST: 2}
# Statuses that count as money received (for totals, progress bars and transparency).
COUNTED = (Status.PAID, Status.PARTIALLY_REFUNDED, Status.DISPUTED)


class Dedication(models.TextChoices):
    NONE = "", _("No dedication")
    HONOUR = "honour", _("In honour of")
    MEMORY = "memory", _("In memory of")


class Donation(models.Model):
    reference = models.UUIDField(_("reference"), default=uuid.uuid4, unique=True, editable=False)
    amount = models.PositiveBigIntegerField(_("amount (minor units)"), help_text=_("Includes any fee top-up."))
    fee_amount = models.PositiveBigIntegerField(_("fee top-up (minor units)"), default=0)
    currency = models.CharField(_("currency"), max_length=3, choices=[(c, c) for c in money.SUPPORTED])
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.ONE_TIME)
    source = models.CharField(_("source"), max_length=20, choices=Source.choices, default=Source.ONLINE)
    payment = models.CharField(_("payment"), max_length=10, choices=Payment.choices, default=Payment.PENDING)
    amount_refunded = models.PositiveBigIntegerField(_("refunded (minor units)"), default=0)
    dispute = models.CharField(_("dispute"), max_length=10, choices=Dispute.choices, blank=True, default="")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True, editable=False
    )

    email = models.EmailField(_("e-mail"), blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    dedication_type = models.CharField(
        _("dedication"), max_length=10, choices=Dedication.choices, blank=True, default=""
    )
    dedication_name = models.CharField(_("dedicated to"), max_length=200, blank=True)
    cover_fees = models.BooleanField(_("covers the fees"), default=False)
    newsletter_consent = models.BooleanField(_("newsletter consent"), default=False)
    language = models.CharField(_("language"), max_length=5, default="en")

    page = models.ForeignKey(
        "donations.DonationPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="donations"
    )
    campaign = models.CharField(_("campaign"), max_length=120, blank=True, db_index=True)
    recurring = models.ForeignKey(
        "donations.RecurringDonation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="instalments",
        verbose_name=_("monthly gift"),
    )
    note = models.TextField(_("staff note"), blank=True)

    stripe_checkout_session_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    stripe_payment_intent_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    stripe_invoice_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    stripe_charge_id = models.CharField(max_length=255, unique=True, null=True, blank=True)

    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("donation")
        verbose_name_plural = _("donations")
        constraints = [models.CheckConstraint(condition=models.Q(amount__gt=0), name="donation_amount_positive")]

    def __str__(self):
        return f"#{self.pk} {self.display_amount} ({self.get_status_display()})"

    @property
    def display_amount(self):
        return money.format_amount(self.amount, self.currency)

    display_amount.fget.short_description = _("amount")

    @property
    def receipt_number(self):
        receipt = getattr(self, "receipt", None)
        return receipt.number if receipt else ""

    # Forward-only facts. Each returns True when it changed something.
    def mark_payment(self, outcome, when=None):
        if self.payment != Payment.PENDING or outcome == Payment.PENDING:
            return False
        self.payment = outcome
        if outcome == Payment.PAID:
            self.paid_at = when or timezone.now()
        return True

    def record_refunded(self, running_total):
        if running_total <= self.amount_refunded:
            return False
        self.amount_refunded = min(running_total, self.amount)
        return True

    def record_dispute(self, state):
        if DISPUTE_RANK[state] <= DISPUTE_RANK[self.dispute]:
            return False
        self.dispute = state
        return True

    def derive_status(self):
        if self.payment != Payment.PAID:
            return self.payment
        if self.dispute == Dispute.OPEN:
            return Status.DISPUTED
        if self.dispute == Dispute.LOST:
            return Status.DISPUTE_LOST
        if self.amount_refunded >= self.amount:
            return Status.REFUNDED
        if self.amount_refunded:
            return Status.PARTIALLY_REFUNDED
        return Status.PAID

    def save(self, *args, **kwargs):
        self.status = self.derive_status()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "status", "updated_at"}
        super().save(*args, **kwargs)


class RecurringDonation(models.Model):
    """A monthly gift: our own record of the Stripe subscription, so recurring donors are never only in Stripe."""

    class State(models.TextChoices):
        INCOMPLETE = "incomplete", _("Incomplete")
        ACTIVE = "active", _("Active")
        PAST_DUE = "past_due", _("Past due")
        CANCELED = "canceled", _("Canceled")

    stripe_subscription_id = models.CharField(max_length=255, unique=True)
    stripe_customer_id = models.CharField(max_length=255, blank=True, db_index=True)
    email = models.EmailField(_("e-mail"), blank=True, db_index=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=5, default="en")
    amount = models.PositiveBigIntegerField(_("amount (minor units)"), default=0)
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=State.choices, default=State.INCOMPLETE)
    current_period_end = models.DateTimeField(_("paid until"), null=True, blank=True)
    # The newest Stripe event applied: older snapshots arriving late must not overwrite newer ones.
    last_event_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    canceled_at = models.DateTimeField(_("canceled"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("monthly gift")
        verbose_name_plural = _("monthly gifts")

    def __str__(self):
        amount = money.format_amount(self.amount, self.currency) if self.currency else "?"
        return f"{amount} / {_('month')} ({self.get_status_display()})"
