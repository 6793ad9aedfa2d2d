"""Moving money facts into the ledger. Called by webhook handlers (and offline entry) inside their transaction."""

import datetime

from .models import Payment, Receipt
from .signals import instalment_failed, receipt_issued


def from_unix(value):
    if not value:
        return None
    try:
        return datetime.datetime.fromtimestamp(int(value), tz=datetime.UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def settle_paid(donation, when=None):
    """Marks the donation paid (once) and issues its receipt; the e-mail is queued for after the commit."""
    if donation.mark_payment(Payment.PAID, when):
        donation.save()
    if donation.payment != Payment.PAID:
        return None
    receipt, created = Receipt.issue(donation)
    if created:
        sync_receipt_refund(donation)  # a refund may have been recorded before the payment event
        if receipt.send_status != Receipt.Sending.NO_EMAIL:
            receipt_issued.send(sender=Receipt, receipt=receipt)
    return receipt


def sync_receipt_refund(donation):
    refunded = donation.amount_refunded > 0
    Receipt.objects.filter(donation=donation).exclude(refunded=refunded).update(refunded=refunded)


def notify_payment_failed(recurring, email):
    instalment_failed.send(sender=type(recurring), recurring=recurring, email=email)
