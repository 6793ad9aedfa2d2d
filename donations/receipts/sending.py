"""E-mailing a receipt (HTML, text and PDF, in the donor's language). Runs in the task worker, never in a request.
A failed send is recorded on the receipt (the task retries it later); the donation stays paid whatever happens."""

import logging

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from donations import links
from donations.emails import compose
from donations.models import Receipt

from .render import receipt_context, receipt_pdf

logger = logging.getLogger(__name__)


def deliver_receipt(receipt_id):
    """Sends the receipt unless it was sent already. Returns the receipt afterwards (None if nothing to do)."""
    with transaction.atomic():
        # Only the receipt row: the ledger locks the donation, then its receipt (a refund), never the other way.
        receipt = (
            Receipt.objects.select_for_update(of=("self",)).select_related("donation").filter(pk=receipt_id).first()
        )
        if receipt is None or receipt.send_status in (Receipt.Sending.SENT, Receipt.Sending.NO_EMAIL):
            return None
        if not receipt.donation.email:
            return None
        receipt.attempts += 1
        receipt.save(update_fields=["attempts"])
    donation = receipt.donation
    try:
        with translation.override(donation.language):
            context = receipt_context(receipt)
            context["receipt_url"] = links.absolute(links.receipt_path(receipt, donation.language))
            subject = _("Your receipt %(number)s from %(organisation)s") % {
                "number": receipt.number,
                "organisation": context["organisation"].organisation_name if context["organisation"] else "",
            }
            message = compose(subject, "receipt", context, donation.email)
            message.attach(f"receipt-{receipt.number}.pdf", receipt_pdf(receipt), "application/pdf")
        message.send()
    except Exception as error:  # noqa: BLE001 (any failure is recorded and retried, never lost)
        logger.exception("Receipt %s could not be sent", receipt.number)
        receipt.send_status, receipt.last_error = Receipt.Sending.FAILED, f"{type(error).__name__}: {error}"[:2000]
        Receipt.objects.filter(pk=receipt.pk).update(send_status=receipt.send_status, last_error=receipt.last_error)
        return receipt
    receipt.send_status, receipt.sent_at, receipt.last_error = Receipt.Sending.SENT, timezone.now(), ""
    Receipt.objects.filter(pk=receipt.pk).update(
        send_status=receipt.send_status, sent_at=receipt.sent_at, last_error=""
    )
    return receipt


def mark_for_resend(receipt):
    """Staff action: whatever happened before, the receipt waits to be sent again (the caller queues it)."""
    Receipt.objects.filter(pk=receipt.pk).update(send_status=Receipt.Sending.PENDING, attempts=0)
