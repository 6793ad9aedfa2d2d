"""Reconciliation with Stripe, as Stripe advises for missed webhooks: list its events since a moment and apply
those we lack, then ask about gifts still pending after an hour. Everything goes through the same store-then-apply
path as the webhook (dispatch.py), so running it twice, or alongside deliveries, changes nothing twice."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from donations import gateways
from donations.models import Donation, Payment, Source, StripeEvent

from .dispatch import receive_event, replay_waiting
from .handlers import HANDLERS

PENDING_AFTER = datetime.timedelta(hours=1)
# What a Checkout Session's state means for a gift Stripe never told us about.
SESSION_EVENTS = {
    ("complete", "paid"): "checkout.session.completed",
    ("complete", "no_payment_required"): "checkout.session.completed",
    ("complete", "unpaid"): "checkout.session.completed",
    ("expired", "unpaid"): "checkout.session.expired",
}


@dataclass
class Report:
    listed: int = 0
    known: int = 0
    fixed: list = field(default_factory=list)  # (event id, type, what it did)
    sessions_checked: int = 0
    still_waiting: int = 0
    replayed: int = 0

    def lines(self):
        yield f"Stripe events listed: {self.listed} ({self.known} already known)."
        yield f"Checkout Sessions checked for gifts pending over an hour: {self.sessions_checked}."
        yield f"Waiting events applied on replay: {self.replayed}."
        for event_id, event_type, outcome in self.fixed:
            yield f"Fixed: {event_type} {event_id}: {outcome}"
        yield f"{len(self.fixed)} fixed; {self.still_waiting} events still waiting."


def _outcome(record):
    if not record.processed:
        return f"stored, waiting ({record.note or 'not applied yet'})"
    if record.donation_id:
        donation = Donation.objects.get(pk=record.donation_id)
        return f"gift #{donation.pk} now {donation.status}"
    return f"recorded ({record.note or 'applied'})"


def _apply(report, event):
    record, created = receive_event(event)
    if created:
        report.fixed.append((event["id"], event["type"], _outcome(record)))
    else:
        report.known += 1


def reconcile(since, now=None):
    now = now or timezone.now()
    gateway = gateways.get_gateway()
    report = Report()
    # Oldest first, as Stripe sent them (the list comes newest first).
    events = list(gateway.events_since(int(since.timestamp()), HANDLERS))
    report.listed = len(events)
    for event in reversed(events):
        _apply(report, event)

    pending = Donation.objects.filter(
        payment=Payment.PENDING,
        source=Source.ONLINE,
        created_at__gte=since,
        created_at__lt=now - PENDING_AFTER,
        stripe_checkout_session_id__isnull=False,
    ).order_by("pk")
    for donation in pending:
        session = gateway.checkout_session(donation.stripe_checkout_session_id)
        if session is None:
            continue
        report.sessions_checked += 1
        event_type = SESSION_EVENTS.get((session.get("status"), session.get("payment_status")))
        if event_type is None:
            continue  # still open: the donor may yet pay, or it expires and Stripe tells us
        # A stand-in event with a stable id, so a second run finds it already applied.
        _apply(
            report,
            {
                "id": f"evt_reconcile_{session['id']}_{session['status']}_{session.get('payment_status')}",
                "object": "event",
                "type": event_type,
                "created": int(now.timestamp()),
                "livemode": bool(session.get("livemode")),
                "data": {"object": session},
            },
        )
    _tried, report.replayed = replay_waiting()
    report.still_waiting = StripeEvent.objects.waiting().count()
    return report
