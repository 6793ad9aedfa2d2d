"""Stripe's way of delivering, on PostgreSQL: many copies, any order, in parallel, with refunds and disputes sent
before their checkouts on purpose and a slow Stripe lookup on the way. Nothing may be lost or doubled."""

import json
import queue
import random
import threading
import time

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from donations.models import Donation, Receipt, Status, StripeEvent

from . import factories as f

pytestmark = [
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="needs PostgreSQL's concurrent writers (SQLite serialises them)",
    ),
    pytest.mark.django_db(transaction=True),
]

DONATIONS, COPIES, THREADS, ROUNDS = 25, 10, 20, 10


class SlowLookup:
    """Stands in for Stripe's invoice_payments lookup: slow, and never inside a transaction."""

    is_test = True

    def __init__(self, delay, answer=None):
        self.delay, self.answer, self.calls, self.in_transaction = delay, answer, 0, 0
        self.started = threading.Event()

    def invoice_for_payment_intent(self, payment_intent):
        self.calls += 1
        self.started.set()
        self.in_transaction += connection.in_atomic_block
        time.sleep(self.delay)
        return self.answer


@pytest.fixture
def slow_stripe(monkeypatch):
    def install(delay, answer=None):
        lookup = SlowLookup(delay, answer)
        monkeypatch.setattr("donations.gateways.get_gateway", lambda: lookup)
        return lookup

    return install


def deliver_all(bodies, threads=THREADS):
    """Posts every signed body from `threads` workers, each with its own connection, in list order."""
    work, codes = queue.Queue(), []
    for body in bodies:
        work.put(body)

    def worker():
        client = Client()
        try:
            while True:
                try:
                    body = work.get_nowait()
                except queue.Empty:
                    return
                codes.append(f.post_event(client, body).status_code)
        finally:
            connection.close()

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return codes


def storm_round(round_, lookup):
    """50 distinct events (a checkout and a refund or dispute for each of 25 gifts) × 10 copies, 20 threads."""
    rng = random.Random(round_)
    donations = [f.DonationFactory(amount=1000 + i) for i in range(DONATIONS)]
    expected, early, late = {}, [], []
    for i, donation in enumerate(donations):
        checkout = json.dumps(f.event("checkout.session.completed", f.session(donation)))
        if i % 2:
            follow_up = json.dumps(f.event("charge.dispute.created", f.dispute(donation)))
            expected[donation.pk] = (Status.DISPUTED, 0)
        else:
            follow_up = json.dumps(f.event("charge.refunded", f.charge(donation, 300, with_metadata=False)))
            expected[donation.pk] = (Status.PARTIALLY_REFUNDED, 300)
        early += [follow_up] * (COPIES // 2)  # refunds and disputes first, before any checkout
        late += [follow_up] * (COPIES - COPIES // 2) + [checkout] * COPIES
    rng.shuffle(early)
    rng.shuffle(late)
    started = time.perf_counter()
    codes = deliver_all(early + late)
    elapsed = time.perf_counter() - started

    ids = [d.pk for d in donations]
    events = StripeEvent.objects.filter(donation__in=ids) | StripeEvent.objects.filter(
        payment_intent_id__in=[f"pi_{pk:08d}" for pk in ids]
    )
    distinct = events.distinct().count()
    got = {d.pk: (d.status, d.amount_refunded) for d in Donation.objects.filter(pk__in=ids)}
    figures = {
        "sent": len(codes),
        "answered_200": codes.count(200),
        "distinct": distinct,
        "applied": events.filter(processed=True).distinct().count(),
        "lost": events.filter(processed=False).distinct().count() + (2 * DONATIONS - distinct),
        "doubled": Receipt.objects.filter(donation__in=ids).count() - DONATIONS,
        "wrong": sum(got.get(pk) != want for pk, want in expected.items()),
        "seconds": round(elapsed, 2),
    }
    return figures


def test_storm_of_copies_in_any_order_ten_times_loses_and_doubles_nothing(slow_stripe, settings, caplog):
    # Receipts go to the database queue as in production (a worker sends them), not built in the request.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    lookup = slow_stripe(0.05)
    rounds = [storm_round(round_, lookup) for round_ in range(ROUNDS)]
    for number, figures in enumerate(rounds):
        print(f"\nstorm round {number}: {figures}")
    total = {
        key: sum(r[key] for r in rounds) for key in ("sent", "answered_200", "applied", "lost", "doubled", "wrong")
    }
    print(f"storm total over {ROUNDS} rounds: {total}, slow lookups asked: {lookup.calls}")
    failures = [r for r in caplog.records if r.levelname == "ERROR" and r.name.startswith("donations")]
    assert total["answered_200"] == total["sent"] == ROUNDS * 2 * DONATIONS * COPIES
    assert total["applied"] == ROUNDS * 2 * DONATIONS
    assert (total["lost"], total["doubled"], total["wrong"]) == (0, 0, 0)
    assert failures == []  # not even a deadlock retried behind the scenes
    assert len(set(Receipt.objects.values_list("number", flat=True))) == ROUNDS * DONATIONS
    assert lookup.in_transaction == 0


@pytest.mark.parametrize("round_", range(3))
def test_dispute_with_a_slow_lookup_racing_its_checkout(round_, slow_stripe):
    """The lost-event case: the dispute asks Stripe (0.8 s) while its checkout commits."""
    lookup = slow_stripe(0.8)
    donation = f.DonationFactory()
    dispute = json.dumps(f.event("charge.dispute.created", f.dispute(donation)))
    checkout = json.dumps(f.event("checkout.session.completed", f.session(donation)))
    first = threading.Thread(target=lambda: deliver_all([dispute], threads=1))
    first.start()
    # Once the dispute is asking Stripe (a loaded machine may take longer to get there than any fixed sleep),
    # the checkout lands while the lookup is still waiting.
    assert lookup.started.wait(10)
    time.sleep(0.1 * round_)
    assert deliver_all([checkout], threads=1) == [200]
    first.join()
    donation.refresh_from_db()
    assert donation.status == Status.DISPUTED
    assert not StripeEvent.objects.waiting().exists()
    assert lookup.calls >= 1 and lookup.in_transaction == 0


def test_monthly_refund_found_through_a_slow_recorded_lookup_while_its_invoice_arrives(slow_stripe):
    donation = f.DonationFactory(frequency="monthly", amount=700)
    invoice = f.invoice(donation, invoice_id="in_cycle_storm")
    slow_stripe(0.5, answer="in_cycle_storm")
    refund = {**f.charge(donation, 700, with_metadata=False), "id": "ch_cycle", "payment_intent": "pi_cycle"}
    bodies = [json.dumps(f.event("charge.refunded", refund)), json.dumps(f.event("invoice.paid", invoice))]
    assert deliver_all(bodies * 3, threads=6) == [200] * 6
    instalment = Donation.objects.get(stripe_invoice_id="in_cycle_storm")
    assert instalment.status == Status.REFUNDED and instalment.stripe_payment_intent_id == "pi_cycle"
    assert not StripeEvent.objects.waiting().exists()
