"""No event is lost: stored before it is applied, kept waiting when its gift is not known yet, tried again after
the commit that makes the gift known and by `replay_webhook_events`; answered 200 only once stored."""

import datetime
import io
import json
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from donations.models import Donation, Status, StripeEvent
from donations.webhooks import dispatch

from . import factories as f

pytestmark = pytest.mark.django_db


def fresh(donation):
    return Donation.objects.get(pk=donation.pk)


def test_refund_and_dispute_before_their_payment_wait_then_apply_and_lose_the_waiting_note(deliver):
    donation = f.DonationFactory(amount=3000)
    deliver("charge.refunded", f.charge(donation, 1000, with_metadata=False))
    deliver("charge.dispute.created", f.dispute(donation))
    waiting = StripeEvent.objects.waiting()
    assert waiting.count() == 2
    assert all(e.note == "waiting for its payment" and e.waiting_since for e in waiting)
    deliver("checkout.session.completed", f.session(donation))
    donation = fresh(donation)
    assert (donation.status, donation.amount_refunded, donation.dispute) == (Status.DISPUTED, 1000, "open")
    assert not StripeEvent.objects.waiting().exists()
    replayed = StripeEvent.objects.filter(type__startswith="charge.")
    assert [(e.processed, e.note, e.waiting_since, e.donation_id) for e in replayed] == [
        (True, "", None, donation.pk)
    ] * 2


def test_a_crash_between_store_and_apply_is_recovered_by_the_replay_job(client, on_commit):
    donation = f.DonationFactory()
    event = f.event("checkout.session.completed", f.session(donation))
    with mock.patch.object(dispatch, "apply_event", side_effect=SystemExit("worker killed")), pytest.raises(SystemExit):
        dispatch.process_event(event)
    stored = StripeEvent.objects.get()
    assert not stored.processed and stored.waiting_since is not None
    assert fresh(donation).status == Status.PENDING
    with on_commit():
        call_command("replay_webhook_events", stdout=(out := io.StringIO()))
    assert "1 applied, 0 still waiting" in out.getvalue()
    assert fresh(donation).status == Status.PAID
    stored.refresh_from_db()
    assert stored.processed and stored.waiting_since is None and stored.attempts == 1


def test_a_failing_handler_still_answers_200_once_stored_and_the_replay_applies_it(client, on_commit):
    donation = f.DonationFactory()
    payload = f.event("checkout.session.completed", f.session(donation))
    broken = dict(dispatch.HANDLERS, **{"checkout.session.completed": mock.Mock(side_effect=RuntimeError("bug"))})
    with mock.patch.object(dispatch, "HANDLERS", broken), on_commit():
        assert f.post_event(client, json.dumps(payload)).status_code == 200
    stored = StripeEvent.objects.get()
    assert not stored.processed and stored.note == "error: RuntimeError"
    # Stripe's own retry of the delivery applies it too (the copy finds it stored but not processed).
    with on_commit():
        assert f.post_event(client, json.dumps(payload)).status_code == 200
    assert fresh(donation).status == Status.PAID
    assert StripeEvent.objects.get().note == ""


def test_waiting_since_is_queryable_for_monitoring(deliver):
    donation = f.DonationFactory()
    deliver("charge.dispute.created", f.dispute(donation))
    assert not StripeEvent.objects.waiting_longer_than(datetime.timedelta(hours=1)).exists()
    StripeEvent.objects.update(waiting_since=timezone.now() - datetime.timedelta(hours=2))
    assert StripeEvent.objects.waiting_longer_than(datetime.timedelta(hours=1)).count() == 1
    out = io.StringIO()
    call_command("replay_webhook_events", "--older-than", "3600", stdout=out)
    assert "Replayed 1 waiting Stripe events: 0 applied, 1 still waiting." in out.getvalue()
    assert StripeEvent.objects.get().attempts == 2


def test_copies_of_a_processed_event_change_nothing_and_unknown_types_never_wait(deliver):
    deliver("customer.created", {"id": "cus_1"})
    event = StripeEvent.objects.get()
    assert event.processed and event.waiting_since is None and event.attempts == 0


class StripeUnreachable:
    def invoice_for_payment_intent(self, payment_intent):
        raise ConnectionError("api.stripe.com unreachable")


def instalment_refund(payment_intent, amount):
    return {
        "id": "ch_instalment_2",
        "object": "charge",
        "amount": amount,
        "amount_refunded": amount,
        "refunded": True,
        "currency": "kgs",
        "payment_intent": payment_intent,
        "metadata": {},  # a subscription's PaymentIntents carry none of our metadata
    }


@pytest.mark.parametrize("order", ["as Stripe sends them", "refund first, invoice last"])
def test_an_instalments_refund_applies_without_asking_stripe(deliver, monkeypatch, order):
    monkeypatch.setattr("donations.gateways.get_gateway", StripeUnreachable)
    donation = f.DonationFactory(frequency="monthly", amount=100000, currency="KGS")
    deliver("checkout.session.completed", f.session(donation))
    deliver("invoice.paid", f.invoice(donation, reason="subscription_create"))
    events = [
        ("invoice.paid", f.invoice(donation, invoice_id="in_second")),
        ("invoice_payment.paid", f.invoice_payment("in_second", payment_intent="pi_instalment_2")),
        ("charge.refunded", instalment_refund("pi_instalment_2", 100000)),
    ]
    for event_type, obj in events if order == "as Stripe sends them" else reversed(events):
        deliver(event_type, obj)
    second = Donation.objects.get(stripe_invoice_id="in_second")
    assert second.stripe_payment_intent_id == "pi_instalment_2"
    assert (second.status, second.amount_refunded) == (Status.REFUNDED, 100000)
    assert not StripeEvent.objects.waiting().exists()
    assert fresh(donation).status == Status.PAID, "the first instalment is untouched"
