"""One function per Stripe event type. Each receives the event's object as a plain dict (the current API shape,
see the Stripe guide) and the StripeEvent row being stored; it runs inside the event's transaction.

Rows are locked (SELECT … FOR UPDATE) before they change, so two events about one gift run one after the other.
"""

import logging

from django.db import IntegrityError, transaction
from django.db.models import Q

from donations.ledger import from_unix, settle_paid, sync_receipt_refund
from donations.models import Dispute, Donation, Frequency, Payment, RecurringDonation

logger = logging.getLogger(__name__)


def _metadata_id(metadata):
    """Our donation named in Stripe metadata, as a query. The reference must match too, so metadata written by
    another installation sharing the Stripe account (staging, a copy) never touches our rows."""
    metadata = metadata or {}
    try:
        donation_id = int(metadata.get("donation_id") or 0)
    except (TypeError, ValueError):
        return None
    if not donation_id:
        return None
    query = Q(pk=donation_id)
    if metadata.get("donation_reference"):
        query &= Q(reference=metadata["donation_reference"])
    return query


def _locked_donation(named=None, **ids):
    query = named if named is not None else Q()
    for field, value in ids.items():
        if isinstance(value, str) and value:
            query |= Q(**{field: value})
    if not query:
        return None
    return Donation.objects.select_for_update().filter(query).order_by("pk").first()


def _fill(donation, **ids):
    """Sets Stripe ids we did not know yet; never overwrites one."""
    for field, value in ids.items():
        if isinstance(value, str) and value and not getattr(donation, field):
            setattr(donation, field, value)


def _replay_waiting(donation, record):
    """Events that arrived before the ids tying them to this gift were known (a refund or dispute before its
    payment, a first invoice without metadata before its checkout) are applied now."""
    from .dispatch import HANDLERS

    ids = [i for i in (donation.stripe_payment_intent_id, donation.stripe_charge_id, donation.stripe_invoice_id) if i]
    if not ids:
        return
    # Saved first, so a replayed event's own replay never picks this one up again.
    record.save()
    waiting = record.__class__.objects.select_for_update().filter(
        Q(payment_intent_id__in=ids) | Q(object_id__in=ids), processed=False
    )
    for event in waiting.exclude(pk=record.pk):
        HANDLERS[event.type](event.payload["data"]["object"], event.payload, event)
        event.save()


# --- Checkout ------------------------------------------------------------------------------------------------


def _session_donation(session):
    return _locked_donation(_metadata_id(session.get("metadata")), stripe_checkout_session_id=session.get("id"))


def checkout_completed(session, event, record):
    donation = _session_donation(session)
    if donation is None:
        record.note = "no donation for this session"
        return
    record.donation = donation
    _fill(
        donation,
        stripe_checkout_session_id=session.get("id"),
        stripe_payment_intent_id=session.get("payment_intent"),
    )
    if not donation.email:
        donation.email = (session.get("customer_details") or {}).get("email") or ""
    if session.get("mode") == "subscription" and session.get("subscription"):
        _fill(donation, stripe_invoice_id=session.get("invoice"))
        recurring = _upsert_recurring(session["subscription"], session.get("customer"), donation)
        donation.recurring = recurring
    donation.save()
    if session.get("payment_status") in ("paid", "no_payment_required"):
        settle_paid(donation, from_unix(event.get("created")))
    record.processed = True
    _replay_waiting(donation, record)


def checkout_async_succeeded(session, event, record):
    checkout_completed({**session, "payment_status": "paid"}, event, record)


def _checkout_outcome(session, record, outcome):
    donation = _session_donation(session)
    if donation is None:
        record.note = "no donation for this session"
        return
    record.donation = donation
    if donation.mark_payment(outcome):
        donation.save()
    record.processed = True


def checkout_async_failed(session, event, record):
    _checkout_outcome(session, record, Payment.FAILED)


def checkout_expired(session, event, record):
    _checkout_outcome(session, record, Payment.EXPIRED)


# --- Subscriptions and invoices ---------------------------------------------------------------------------------

SUBSCRIPTION_STATES = {
    "active": RecurringDonation.State.ACTIVE,
    "trialing": RecurringDonation.State.ACTIVE,
    "past_due": RecurringDonation.State.PAST_DUE,
    "unpaid": RecurringDonation.State.PAST_DUE,
    "paused": RecurringDonation.State.PAST_DUE,
    "incomplete": RecurringDonation.State.INCOMPLETE,
    "incomplete_expired": RecurringDonation.State.CANCELED,
    "canceled": RecurringDonation.State.CANCELED,
}


def _upsert_recurring(subscription_id, customer_id, origin=None):
    """The locked RecurringDonation for a subscription, created on first sight (any event may come first)."""
    try:
        with transaction.atomic():
            recurring, _created = RecurringDonation.objects.get_or_create(stripe_subscription_id=subscription_id)
    except IntegrityError:
        pass
    recurring = RecurringDonation.objects.select_for_update().get(stripe_subscription_id=subscription_id)
    changed = False
    if customer_id and not recurring.stripe_customer_id:
        recurring.stripe_customer_id, changed = customer_id, True
    if origin is not None and not recurring.currency:
        recurring.email = recurring.email or origin.email
        recurring.name, recurring.language = origin.name, origin.language
        recurring.amount, recurring.currency = origin.amount, origin.currency
        changed = True
    if origin is not None and origin.email and not recurring.email:
        recurring.email, changed = origin.email, True
    if changed:
        recurring.save()
    return recurring


def _origin_donation(metadata):
    named = _metadata_id(metadata)
    return Donation.objects.filter(named).first() if named is not None else None


def _invoice_subscription(invoice):
    details = (invoice.get("parent") or {}).get("subscription_details") or {}
    return details.get("subscription"), details.get("metadata") or {}


def _invoice_payment_intent(invoice):
    for payment in ((invoice.get("payments") or {}).get("data")) or []:
        intent = (payment.get("payment") or {}).get("payment_intent")
        if isinstance(intent, str):
            return intent
    return None


def invoice_paid(invoice, event, record):
    subscription_id, metadata = _invoice_subscription(invoice)
    paid_at = from_unix((invoice.get("status_transitions") or {}).get("paid_at") or event.get("created"))
    if not invoice.get("amount_paid"):
        record.processed, record.note = True, "nothing paid"
        return
    if invoice.get("billing_reason") == "subscription_create":
        # The first instalment, paid inside Checkout: it is the donation the form created, never a second one.
        donation = _locked_donation(_metadata_id(metadata), stripe_invoice_id=invoice.get("id"))
        if donation is None:
            record.note = "no donation for this first invoice"
            return
    else:
        if not subscription_id:
            record.processed, record.note = True, "not a subscription invoice"
            return
        origin = _origin_donation(metadata)
        recurring = _upsert_recurring(subscription_id, invoice.get("customer"), origin)
        donation = _locked_donation(stripe_invoice_id=invoice["id"])
        if donation is None:
            try:
                with transaction.atomic():
                    Donation.objects.create(
                        stripe_invoice_id=invoice["id"],
                        amount=invoice["amount_paid"],
                        currency=invoice["currency"].upper(),
                        frequency=Frequency.MONTHLY,
                        email=recurring.email or invoice.get("customer_email") or "",
                        name=recurring.name,
                        language=recurring.language,
                        recurring=recurring,
                        page=origin.page if origin else None,
                        campaign=origin.campaign if origin else "",
                    )
            except IntegrityError:
                pass  # the same invoice, created by a concurrent delivery
            donation = _locked_donation(stripe_invoice_id=invoice["id"])
    record.donation = donation
    _fill(donation, stripe_invoice_id=invoice.get("id"), stripe_payment_intent_id=_invoice_payment_intent(invoice))
    if subscription_id and donation.recurring_id is None:
        donation.recurring = _upsert_recurring(subscription_id, invoice.get("customer"), donation)
    donation.save()
    settle_paid(donation, paid_at)
    record.processed = True
    _replay_waiting(donation, record)


def invoice_payment_failed(invoice, event, record):
    subscription_id, metadata = _invoice_subscription(invoice)
    record.processed = True
    if not subscription_id or invoice.get("billing_reason") == "subscription_create":
        record.note = "first payment: the donor sees the failure in Checkout"
        return
    recurring = _upsert_recurring(subscription_id, invoice.get("customer"), _origin_donation(metadata))
    if recurring.status != RecurringDonation.State.CANCELED:
        recurring.status = RecurringDonation.State.PAST_DUE
        recurring.save(update_fields=["status"])
    email = recurring.email or invoice.get("customer_email")
    if email:
        from donations.tasks import send_payment_failed_notice

        transaction.on_commit(lambda: send_payment_failed_notice.enqueue(recurring.pk, email))


def subscription_changed(subscription, event, record):
    recurring = _upsert_recurring(
        subscription["id"], subscription.get("customer"), _origin_donation(subscription.get("metadata"))
    )
    record.processed = True
    created = from_unix(event.get("created"))
    if recurring.status == RecurringDonation.State.CANCELED:
        return  # cancelled is final; a late "updated" must not bring it back
    if recurring.last_event_at and created and created < recurring.last_event_at:
        record.note = "older than the state we hold"
        return
    state = SUBSCRIPTION_STATES.get(subscription.get("status"), recurring.status)
    if event.get("type") == "customer.subscription.deleted":
        state = RecurringDonation.State.CANCELED
    recurring.status = state
    if state == RecurringDonation.State.CANCELED:
        recurring.canceled_at = from_unix(subscription.get("canceled_at") or event.get("created"))
    items = (subscription.get("items") or {}).get("data") or []
    if items:
        item = items[0]
        recurring.current_period_end = from_unix(item.get("current_period_end")) or recurring.current_period_end
        price = item.get("price") or {}
        if price.get("unit_amount"):
            recurring.amount = price["unit_amount"] * (item.get("quantity") or 1)
            recurring.currency = (price.get("currency") or recurring.currency).upper()
    recurring.last_event_at = created
    recurring.save()


# --- Refunds and disputes --------------------------------------------------------------------------------------


def _charge_donation(record, *, metadata=None, payment_intent=None, charge=None):
    record.payment_intent_id = payment_intent if isinstance(payment_intent, str) else ""
    donation = _locked_donation(
        _metadata_id(metadata), stripe_payment_intent_id=payment_intent, stripe_charge_id=charge
    )
    if donation is None and record.payment_intent_id:
        # A monthly instalment: ask Stripe which invoice this payment paid (the guide's "re-fetch when in doubt").
        from donations.gateways import get_gateway

        try:
            invoice_id = get_gateway().invoice_for_payment_intent(record.payment_intent_id)
        except Exception:  # noqa: BLE001 (the event is kept and can be replayed; never fail the delivery)
            logger.exception("Could not look up the invoice of %s", record.payment_intent_id)
            invoice_id = None
        if invoice_id:
            donation = _locked_donation(stripe_invoice_id=invoice_id)
    return donation


def charge_refunded(charge, event, record):
    donation = _charge_donation(
        record, metadata=charge.get("metadata"), payment_intent=charge.get("payment_intent"), charge=charge.get("id")
    )
    if donation is None:
        record.note = "waiting for its payment"
        return
    record.donation = donation
    _fill(donation, stripe_charge_id=charge.get("id"), stripe_payment_intent_id=charge.get("payment_intent"))
    donation.record_refunded(int(charge.get("amount_refunded") or 0))
    donation.save()
    sync_receipt_refund(donation)
    record.processed = True


DISPUTE_OUTCOMES = {"won": Dispute.WON, "warning_closed": Dispute.WON, "lost": Dispute.LOST}


def _dispute(dispute, record, state):
    donation = _charge_donation(
        record,
        metadata=dispute.get("metadata"),
        payment_intent=dispute.get("payment_intent"),
        charge=dispute.get("charge"),
    )
    if donation is None:
        record.note = "waiting for its payment"
        return
    record.donation = donation
    if donation.record_dispute(state):
        donation.save()
    record.processed = True


def dispute_created(dispute, event, record):
    _dispute(dispute, record, Dispute.OPEN)


def dispute_closed(dispute, event, record):
    _dispute(dispute, record, DISPUTE_OUTCOMES.get(dispute.get("status"), Dispute.WON))
