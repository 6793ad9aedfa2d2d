"""One function per Stripe event type. Each receives the event's object as a plain dict (the current API shape,
see the Stripe guide), the event and its StripeEvent row; it runs inside the event's transaction, under the
payment's lock (locks.py), and never calls the network: what Stripe must be asked is asked before (dispatch.py).

A handler sets `record.processed` when the event was applied or is not needed; otherwise the event waits, with
`record.note` saying why, and is tried again when its gift becomes known.
"""

import uuid

from django.db import IntegrityError, transaction
from django.db.models import Q

from donations.ledger import from_unix, notify_payment_failed, settle_paid, sync_receipt_refund
from donations.models import Dispute, Donation, Frequency, Payment, RecurringDonation

WAITING_FOR_PAYMENT = "waiting for its payment"
NOT_OURS = "no gift of this site"


def _text(value):
    return value if isinstance(value, str) else ""


def _dict(value):
    return value if isinstance(value, dict) else {}


def related_ids(event_type, obj):
    """The Stripe ids an event is about: its payment lock keys and how waiting events are found again."""
    ids = {"payment_intent": "", "invoice": "", "charge": "", "subscription": ""}
    if event_type.startswith("checkout.session."):
        ids.update(
            payment_intent=_text(obj.get("payment_intent")),
            invoice=_text(obj.get("invoice")),
            subscription=_text(obj.get("subscription")),
        )
    elif event_type.startswith("invoice."):
        ids.update(
            invoice=_text(obj.get("id")),
            payment_intent=_invoice_payment_intent(obj) or "",
            subscription=_text(_invoice_subscription(obj)[0]),
        )
    elif event_type.startswith("invoice_payment."):
        payment = _dict(obj.get("payment"))
        ids.update(
            invoice=_text(obj.get("invoice")),
            payment_intent=_text(payment.get("payment_intent")),
            charge=_text(payment.get("charge")),
        )
    elif event_type.startswith("customer.subscription."):
        ids.update(subscription=_text(obj.get("id")))
    elif event_type == "charge.refunded":
        ids.update(charge=_text(obj.get("id")), payment_intent=_text(obj.get("payment_intent")))
    elif event_type.startswith("charge.dispute."):
        ids.update(charge=_text(obj.get("charge")), payment_intent=_text(obj.get("payment_intent")))
    return ids


def _metadata_id(metadata):
    """Our donation named in Stripe metadata, as a query. The id and the unguessable reference must both match,
    so metadata written by another installation sharing the Stripe account (staging, a copy) or a guessed id
    never touches our rows."""
    metadata = _dict(metadata)
    try:
        donation_id = int(metadata.get("donation_id") or 0)
        reference = uuid.UUID(str(metadata.get("donation_reference") or ""))
    except (TypeError, ValueError):
        return None
    if not 0 < donation_id < 2**63:
        return None
    return Q(pk=donation_id, reference=reference)


def names_a_gift(metadata):
    return _metadata_id(metadata) is not None


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


# --- Checkout ------------------------------------------------------------------------------------------------


def _session_donation(session):
    return _locked_donation(_metadata_id(session.get("metadata")), stripe_checkout_session_id=session.get("id"))


def checkout_completed(session, event, record):
    donation = _session_donation(session)
    if donation is None:
        # Our gifts exist before their session does, so this one belongs to another site on the account.
        record.processed, record.note = True, NOT_OURS
        return
    record.donation = donation
    _fill(
        donation,
        stripe_checkout_session_id=session.get("id"),
        stripe_payment_intent_id=session.get("payment_intent"),
    )
    if not donation.email:
        donation.email = _text(_dict(session.get("customer_details")).get("email"))
    paid = session.get("payment_status") in ("paid", "no_payment_required")
    if session.get("mode") == "subscription" and _text(session.get("subscription")):
        _fill(donation, stripe_invoice_id=session.get("invoice"))
        recurring = _upsert_recurring(session["subscription"], session.get("customer"), donation)
        donation.recurring = recurring
        if paid:  # a paid subscription Checkout is its first paid invoice
            move_state(recurring, RecurringDonation.State.ACTIVE, from_unix(event.get("created")))
    donation.save()
    if paid:
        settle_paid(donation, from_unix(event.get("created")))
    record.processed = True


def checkout_async_succeeded(session, event, record):
    checkout_completed({**session, "payment_status": "paid"}, event, record)


def _checkout_outcome(session, record, outcome):
    donation = _session_donation(session)
    if donation is None:
        record.processed, record.note = True, NOT_OURS
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


def move_state(recurring, state, at):
    """Follows the facts: canceled is final; once paid, never incomplete again; otherwise the newest event wins
    (events arrive out of order). Saves and returns True when the state changed."""
    State = RecurringDonation.State
    if recurring.status == State.CANCELED or state == recurring.status:
        return False
    if state == State.INCOMPLETE:
        return False
    if state != State.CANCELED and recurring.last_event_at and at and at < recurring.last_event_at:
        return False
    recurring.status = state
    if at and (recurring.last_event_at is None or at > recurring.last_event_at):
        recurring.last_event_at = at
    if state == State.CANCELED and recurring.canceled_at is None:
        recurring.canceled_at = at
    recurring.save()
    return True


def _upsert_recurring(subscription_id, customer_id, origin=None):
    """The locked RecurringDonation for a subscription, created on first sight (any event may come first)."""
    try:
        with transaction.atomic():
            RecurringDonation.objects.get_or_create(stripe_subscription_id=subscription_id)
    except IntegrityError:
        pass
    recurring = RecurringDonation.objects.select_for_update().get(stripe_subscription_id=subscription_id)
    changed = False
    customer_id = _text(customer_id)
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
    details = _dict(_dict(invoice.get("parent")).get("subscription_details"))
    return _text(details.get("subscription")), _dict(details.get("metadata"))


def _invoice_payment_intent(invoice):
    payments = _dict(invoice.get("payments")).get("data")
    for payment in payments if isinstance(payments, list) else []:
        intent = _dict(_dict(payment).get("payment")).get("payment_intent")
        if isinstance(intent, str):
            return intent
    return None


def _instalment(invoice, subscription_id, metadata):
    """A later month's donation: its own row, created once per invoice."""
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
                    email=recurring.email or _text(invoice.get("customer_email")),
                    name=recurring.name,
                    language=recurring.language,
                    recurring=recurring,
                    page=origin.page if origin else None,
                    campaign=origin.campaign if origin else "",
                )
        except IntegrityError:
            pass  # the same invoice, created by a concurrent delivery
        donation = _locked_donation(stripe_invoice_id=invoice["id"])
    return donation


def invoice_paid(invoice, event, record):
    subscription_id, metadata = _invoice_subscription(invoice)
    paid_at = from_unix(_dict(invoice.get("status_transitions")).get("paid_at") or event.get("created"))
    if not invoice.get("amount_paid"):
        record.processed, record.note = True, "nothing paid"
        return
    if invoice.get("billing_reason") == "subscription_create":
        # The first instalment, paid inside Checkout: it is the donation the form created, never a second one.
        donation = _locked_donation(_metadata_id(metadata), stripe_invoice_id=invoice.get("id"))
        if donation is None:
            record.note = "waiting for its checkout"
            return
    elif not subscription_id:
        record.processed, record.note = True, "not a subscription invoice"
        return
    else:
        donation = _instalment(invoice, subscription_id, metadata)
    record.donation = donation
    _fill(donation, stripe_invoice_id=invoice.get("id"), stripe_payment_intent_id=_invoice_payment_intent(invoice))
    if subscription_id:
        donation.recurring = _upsert_recurring(subscription_id, invoice.get("customer"), donation)
        move_state(donation.recurring, RecurringDonation.State.ACTIVE, from_unix(event.get("created")))
    donation.save()
    settle_paid(donation, paid_at)
    record.processed = True


def invoice_payment_paid(payment, event, record):
    """Which PaymentIntent (or charge) paid which invoice. An instalment's later refund or dispute names only
    those, so recording them here lets it apply without asking Stripe (invoice.paid's invoice does not carry its
    payments unless expanded). Waits for the invoice's own invoice.paid when it comes first."""
    invoice_id = _text(payment.get("invoice"))
    details = _dict(payment.get("payment"))
    intent, charge = _text(details.get("payment_intent")), _text(details.get("charge"))
    if not invoice_id or not (intent or charge):
        record.processed, record.note = True, "names no invoice or payment"
        return
    donation = _locked_donation(stripe_invoice_id=invoice_id)
    if donation is None:
        record.note = "waiting for its invoice"
        return
    record.donation = donation
    _fill(donation, stripe_payment_intent_id=intent, stripe_charge_id=charge)
    donation.save()
    record.processed = True


def invoice_payment_failed(invoice, event, record):
    subscription_id, metadata = _invoice_subscription(invoice)
    record.processed = True
    if not subscription_id or invoice.get("billing_reason") == "subscription_create":
        record.note = "first payment: the donor sees the failure in Checkout"
        return
    recurring = _upsert_recurring(subscription_id, invoice.get("customer"), _origin_donation(metadata))
    move_state(recurring, RecurringDonation.State.PAST_DUE, from_unix(event.get("created")))
    email = recurring.email or _text(invoice.get("customer_email"))
    if email and recurring.status == RecurringDonation.State.PAST_DUE:
        notify_payment_failed(recurring, email)


def subscription_changed(subscription, event, record):
    recurring = _upsert_recurring(
        subscription["id"], subscription.get("customer"), _origin_donation(subscription.get("metadata"))
    )
    record.processed = True
    created = from_unix(event.get("created"))
    state = SUBSCRIPTION_STATES.get(subscription.get("status"), recurring.status)
    if event.get("type") == "customer.subscription.deleted":
        state = RecurringDonation.State.CANCELED
    if state == RecurringDonation.State.CANCELED and recurring.status != state:
        recurring.canceled_at = from_unix(subscription.get("canceled_at")) or created
    if recurring.last_event_at and created and created < recurring.last_event_at:
        move_state(recurring, state, created)  # only "canceled" can still apply
        record.note = "older than the state we hold"
        return
    items = _dict(subscription.get("items")).get("data")
    if isinstance(items, list) and items:
        item = _dict(items[0])
        recurring.current_period_end = from_unix(item.get("current_period_end")) or recurring.current_period_end
        price = _dict(item.get("price"))
        if price.get("unit_amount"):
            recurring.amount = price["unit_amount"] * (item.get("quantity") or 1)
            recurring.currency = (_text(price.get("currency")) or recurring.currency).upper()
    if not move_state(recurring, state, created):
        recurring.last_event_at = max(filter(None, [recurring.last_event_at, created]), default=None)
        recurring.save()


# --- Refunds and disputes --------------------------------------------------------------------------------------


def _charge_donation(record, *, metadata=None, payment_intent=None, charge=None):
    """The gift a refund or dispute is about: by our metadata, its payment or charge id, or (a monthly
    instalment, which names only its PaymentIntent) the invoice Stripe said it paid, asked before the lock."""
    donation = _locked_donation(
        _metadata_id(metadata), stripe_payment_intent_id=payment_intent, stripe_charge_id=charge
    )
    if donation is None and record.invoice_id:
        donation = _locked_donation(stripe_invoice_id=record.invoice_id)
    return donation


def charge_refunded(charge, event, record):
    donation = _charge_donation(
        record, metadata=charge.get("metadata"), payment_intent=charge.get("payment_intent"), charge=charge.get("id")
    )
    if donation is None:
        record.note = WAITING_FOR_PAYMENT
        return
    record.donation = donation
    _fill(donation, stripe_charge_id=charge.get("id"), stripe_payment_intent_id=charge.get("payment_intent"))
    try:
        refunded = int(charge.get("amount_refunded") or 0)
    except (TypeError, ValueError):
        refunded = 0
    donation.record_refunded(refunded)
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
        record.note = WAITING_FOR_PAYMENT
        return
    record.donation = donation
    _fill(donation, stripe_charge_id=dispute.get("charge"))
    if donation.record_dispute(state):
        donation.save()
    record.processed = True


def dispute_created(dispute, event, record):
    _dispute(dispute, record, Dispute.OPEN)


def dispute_closed(dispute, event, record):
    _dispute(dispute, record, DISPUTE_OUTCOMES.get(dispute.get("status"), Dispute.WON))


HANDLERS = {
    "checkout.session.completed": checkout_completed,
    "checkout.session.async_payment_succeeded": checkout_async_succeeded,
    "checkout.session.async_payment_failed": checkout_async_failed,
    "checkout.session.expired": checkout_expired,
    "invoice.paid": invoice_paid,
    "invoice.payment_failed": invoice_payment_failed,
    "invoice_payment.paid": invoice_payment_paid,
    "customer.subscription.created": subscription_changed,
    "customer.subscription.updated": subscription_changed,
    "customer.subscription.deleted": subscription_changed,
    "charge.refunded": charge_refunded,
    "charge.dispute.created": dispute_created,
    "charge.dispute.closed": dispute_closed,
}
# Refunds and disputes of monthly instalments whose invoice_payment.paid has not arrived (or was lost) may still
# need Stripe's word on which invoice they paid; once it arrives they apply from the ledger alone.
NEEDS_INVOICE_LOOKUP = frozenset({"charge.refunded", "charge.dispute.created", "charge.dispute.closed"})
