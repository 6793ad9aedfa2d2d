"""Which gift a Stripe event names: the ids it carries (our metadata, Stripe's objects), and the gift's row found
and locked by any of them (handlers.py applies the event to it)."""

import uuid

from django.db.models import Q

from donations.models import Donation

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
