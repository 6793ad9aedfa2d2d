"""Applying Stripe events without losing one: store, ask Stripe what is needed, then lock and apply.

1. The event is stored under its unique id in its own short transaction (`waiting_since` set): from then on it
   is durable, and the webhook may answer 200 whatever happens next.
2. Anything Stripe must be asked (which invoice a refunded payment paid) is asked outside any transaction.
3. One transaction, under the advisory lock of every payment id the event names (locks.py), re-reads the row,
   applies the handler and marks it processed, or leaves it waiting with a note.
4. After that commit, waiting events about the same gift are tried again, each in its own transaction: the lock
   guarantees that an event stored as waiting before the gift's payment was committed is seen by this step, and
   one arriving after sees the payment. `replay_webhook_events` (cron) retries whatever is still waiting.

Used by the webhook view, the reconciliation command and the simulated gateway, so all run the same code.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from donations import gateways
from donations.ledger import from_unix
from donations.models import Donation, StripeEvent

from .handlers import HANDLERS, NEEDS_INVOICE_LOOKUP
from .locks import lock_payment_ids, relax_commit_durability
from .matching import names_a_gift, related_ids

logger = logging.getLogger(__name__)


def store_event(event):
    """The event's row, created once. Returns (row, created)."""
    obj = event["data"]["object"]
    ids = related_ids(event["type"], obj) if event["type"] in HANDLERS else {}
    handled = event["type"] in HANDLERS
    now = timezone.now()
    try:
        with transaction.atomic():
            record = StripeEvent.objects.create(
                event_id=event["id"],
                type=event["type"],
                created=from_unix(event.get("created")),
                received_at=now,
                livemode=bool(event.get("livemode")),
                object_id=obj.get("id") if isinstance(obj.get("id"), str) else "",
                payment_intent_id=ids.get("payment_intent", ""),
                invoice_id=ids.get("invoice", ""),
                charge_id=ids.get("charge", ""),
                subscription_id=ids.get("subscription", ""),
                processed=not handled,
                note="" if handled else "not used",
                waiting_since=now if handled else None,
                payload=event,
            )
    except IntegrityError:
        record = StripeEvent.objects.filter(event_id=event["id"]).first()
        if record is None:
            raise
        return record, False
    return record, True


def process_event(event):
    """Stores and applies a Stripe event (a plain dict). Returns its row; a copy of a processed event changes
    nothing. Raises only if the event could not even be stored."""
    return receive_event(event)[0]


def receive_event(event):
    """process_event, also saying whether the event was new to us: (row, created)."""
    record, created = store_event(event)
    if not record.processed:
        try:
            record = apply_event(record.pk, stored=record)
        except Exception as error:  # noqa: BLE001 (stored: the replay job tries again, the delivery is not lost)
            logger.exception("Stripe event %s could not be applied; kept for replay", record.event_id)
            StripeEvent.objects.filter(pk=record.pk, processed=False).update(
                note=f"error: {type(error).__name__}"[:255]
            )
    return record, created


def _look_up_invoice(record):
    """A refund or dispute naming only a PaymentIntent we do not know may be a monthly instalment's: ask Stripe
    which invoice it paid. Network, so never inside a transaction; the answer is kept on the row."""
    if record.type not in NEEDS_INVOICE_LOOKUP or record.invoice_id or not record.payment_intent_id:
        return
    obj = record.data_object
    if names_a_gift(obj.get("metadata")):
        return
    known = Donation.objects.filter(stripe_payment_intent_id=record.payment_intent_id).exists() or (
        record.charge_id and Donation.objects.filter(stripe_charge_id=record.charge_id).exists()
    )
    if known:
        return
    try:
        invoice_id = gateways.get_gateway().invoice_for_payment_intent(record.payment_intent_id)
    except Exception:  # noqa: BLE001 (the event waits and the next try asks again)
        logger.exception("Could not ask Stripe which invoice %s paid", record.payment_intent_id)
        return
    if invoice_id:
        record.invoice_id = invoice_id
        StripeEvent.objects.filter(pk=record.pk).update(invoice_id=invoice_id)


def apply_event(pk, stored=None):
    """Applies a stored event if it is still waiting. Returns the row as it stands afterwards."""
    record = stored or StripeEvent.objects.get(pk=pk)
    if record.processed:
        return record
    _look_up_invoice(record)
    with transaction.atomic():
        relax_commit_durability()
        lock_payment_ids(
            [record.payment_intent_id, record.invoice_id, record.charge_id, record.subscription_id, record.object_id]
        )
        record = StripeEvent.objects.select_for_update().get(pk=pk)
        if record.processed:  # applied meanwhile by a copy of the delivery or a replay
            return record
        record.attempts += 1
        record.note = ""
        HANDLERS[record.type](record.data_object, record.payload, record)
        if record.processed:
            record.waiting_since = None
        record.save()
        if record.processed and record.donation_id:
            donation = record.donation
            ids = [
                getattr(donation, f"stripe_{kind}_id")
                for kind in ("checkout_session", "payment_intent", "invoice", "charge")
            ]
            transaction.on_commit(lambda: replay_related(ids, exclude=pk))
    if not record.processed:
        logger.warning("Stripe event %s (%s) waits: %s", record.event_id, record.type, record.note)
    return record


def replay_related(ids, exclude=None):
    """Tries again the waiting events naming these Stripe ids (after the commit that made the gift known)."""
    waiting = StripeEvent.objects.waiting().related_to(ids).exclude(pk=exclude).order_by("created", "pk")
    for pk in waiting.values_list("pk", flat=True):
        replay(pk)


def replay(pk):
    """One waiting event, tried again; errors are logged and leave it waiting."""
    try:
        return apply_event(pk)
    except Exception as error:  # noqa: BLE001 (it stays waiting for the next replay)
        logger.exception("Replaying Stripe event %s failed", pk)
        StripeEvent.objects.filter(pk=pk, processed=False).update(note=f"error: {type(error).__name__}"[:255])
        return None


def replay_waiting(older_than=None, limit=None):
    """Every waiting event (oldest first), for the replay job. Returns (tried, applied)."""
    waiting = StripeEvent.objects.waiting()
    if older_than is not None:
        waiting = waiting.filter(waiting_since__lt=timezone.now() - older_than)
    pks = list(waiting.order_by("created", "pk").values_list("pk", flat=True)[:limit])
    applied = 0
    for pk in pks:
        record = replay(pk)
        applied += bool(record and record.processed)
    return len(pks), applied
