"""Moving money facts into the ledger. Called by webhook handlers (and offline entry) inside their transaction."""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import Payment, Receipt


def from_unix(value):
    if not value:
        return None
    return datetime.datetime.fromtimestamp(int(value), tz=datetime.UTC)


def settle_paid(donation, when=None):
    """Marks the donation paid (once) and issues its receipt, sent after the transaction commits."""
    if donation.mark_payment(Payment.PAID, when):
        donation.save()
    if donation.payment != Payment.PAID:
        return None
    receipt, created = Receipt.issue(donation)
    if created:
        sync_receipt_refund(donation)  # a refund may have been recorded before the payment event
        queue_receipt(receipt)
    return receipt


def queue_receipt(receipt):
    if receipt.send_status == Receipt.Sending.NO_EMAIL:
        return
    from .tasks import send_receipt

    transaction.on_commit(lambda: send_receipt.enqueue(receipt.pk))


def sync_receipt_refund(donation):
    refunded = donation.amount_refunded > 0
    Receipt.objects.filter(donation=donation).exclude(refunded=refunded).update(refunded=refunded)


def now():
    return timezone.now()
