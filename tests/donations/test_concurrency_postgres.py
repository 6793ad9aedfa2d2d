"""Parallel deliveries on PostgreSQL: row locks and unique constraints keep one donation and one receipt."""

import json
import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from donations.models import Donation, Receipt, StripeEvent

from . import factories as f

pytestmark = [
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="needs PostgreSQL's row locks (SQLite serialises writers)",
    ),
    pytest.mark.django_db(transaction=True),
]


def in_parallel(bodies):
    """Posts each signed body from its own thread and connection, all released at once."""
    barrier = threading.Barrier(len(bodies))
    codes = []

    def send(body):
        try:
            barrier.wait()
            codes.append(f.post_event(Client(), body).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(body,)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return codes


def test_same_event_twenty_times_in_parallel():
    donation = f.DonationFactory(amount=1234)
    body = json.dumps(f.event("checkout.session.completed", f.session(donation)))
    codes = in_parallel([body] * 20)
    assert codes == [200] * 20
    assert StripeEvent.objects.count() == 1
    assert Donation.objects.count() == 1 and Receipt.objects.count() == 1
    assert Donation.objects.get().status == "paid"


@pytest.mark.parametrize("round_", range(5))
def test_first_invoice_racing_its_checkout_completion(round_):
    donation = f.DonationFactory(frequency="monthly", amount=5000)
    completed = json.dumps(f.event("checkout.session.completed", f.session(donation)))
    first_invoice = json.dumps(f.event("invoice.paid", f.invoice(donation, reason="subscription_create")))
    updated = json.dumps(f.event("customer.subscription.updated", f.subscription(donation)))
    codes = in_parallel([completed, first_invoice, updated] * 3)
    assert set(codes) == {200}
    assert Donation.objects.count() == 1
    assert Receipt.objects.count() == 1
    donation.refresh_from_db()
    assert donation.status == "paid" and donation.recurring.status == "active"


def test_parallel_instalments_get_distinct_sequential_receipt_numbers():
    donation = f.DonationFactory(frequency="monthly", amount=700)
    bodies = [json.dumps(f.event("invoice.paid", f.invoice(donation, invoice_id=f"in_par_{i}"))) for i in range(12)]
    assert set(in_parallel(bodies + bodies)) == {200}
    numbers = sorted(Receipt.objects.values_list("number", flat=True))
    assert len(numbers) == 12 == Donation.objects.filter(stripe_invoice_id__startswith="in_par_").count()
    assert [int(n.split("-")[1]) for n in numbers] == list(range(1, 13))
