"""Applying one Stripe event: stored under its unique id in the same transaction as its effect.

Used by the webhook view (after the signature is verified) and by the test gateway, so both run the same code.
"""

import logging

from django.db import IntegrityError, transaction

from donations.ledger import from_unix
from donations.models import StripeEvent

from . import handlers

logger = logging.getLogger(__name__)

HANDLERS = {
    "checkout.session.completed": handlers.checkout_completed,
    "checkout.session.async_payment_succeeded": handlers.checkout_async_succeeded,
    "checkout.session.async_payment_failed": handlers.checkout_async_failed,
    "checkout.session.expired": handlers.checkout_expired,
    "invoice.paid": handlers.invoice_paid,
    "invoice.payment_failed": handlers.invoice_payment_failed,
    "customer.subscription.created": handlers.subscription_changed,
    "customer.subscription.updated": handlers.subscription_changed,
    "customer.subscription.deleted": handlers.subscription_changed,
    "charge.refunded": handlers.charge_refunded,
    "charge.dispute.created": handlers.dispute_created,
    "charge.dispute.closed": handlers.dispute_closed,
}


def process_event(event):
    """Applies a Stripe event (a plain dict). Returns False for a duplicate, True otherwise."""
    obj = event["data"]["object"]
    try:
        with transaction.atomic():
            record = StripeEvent.objects.create(
                event_id=event["id"],
                type=event["type"],
                created=from_unix(event.get("created")),
                livemode=bool(event.get("livemode")),
                object_id=obj.get("id") or "",
                payload=event,
            )
            handler = HANDLERS.get(event["type"])
            if handler is None:
                record.processed, record.note = True, "not used"
            else:
                handler(obj, event, record)
            record.save()
    except IntegrityError:
        if StripeEvent.objects.filter(event_id=event["id"]).exists():
            return False
        raise
    if not record.processed:
        logger.warning("Stripe event %s (%s) kept for later: %s", event["id"], event["type"], record.note)
    return True
