"""A monthly gift's state follows the facts: active from its first paid invoice, past due after a failed one,
canceled for good; the first instalment is counted once; the dashboard and transparency page follow."""

import pytest

from donations.admin_views import DonationsPanel
from donations.models import Donation, Frequency, Receipt, RecurringDonation, Status

from . import factories as f

pytestmark = pytest.mark.django_db
State = RecurringDonation.State
T = 1_900_000_000


def state():
    return RecurringDonation.objects.get().status


def failed(donation, invoice_id):
    invoice = f.invoice(donation, invoice_id=invoice_id)
    invoice["status"] = "open"
    return invoice


def test_active_from_the_first_paid_invoice_without_any_subscription_event(deliver):
    donation = f.DonationFactory(frequency=Frequency.MONTHLY, amount=900)
    deliver("checkout.session.completed", f.session(donation, payment_status="unpaid"), created=T)
    assert state() == State.INCOMPLETE
    deliver("invoice.paid", f.invoice(donation, reason="subscription_create"), created=T + 1)
    assert state() == State.ACTIVE
    for month in range(2, 5):
        deliver("invoice.paid", f.invoice(donation, invoice_id=f"in_month_{month}"), created=T + month * 100)
    assert state() == State.ACTIVE
    assert Donation.objects.filter(status=Status.PAID).count() == 4 == Receipt.objects.count()


def test_past_due_after_a_failed_instalment_active_again_when_paid_then_canceled_for_good(deliver, on_commit):
    donation = f.DonationFactory(frequency=Frequency.MONTHLY)
    deliver("checkout.session.completed", f.session(donation), created=T)
    assert state() == State.ACTIVE  # a paid subscription Checkout is its first paid invoice
    deliver("invoice.payment_failed", failed(donation, "in_2"), created=T + 100)
    assert state() == State.PAST_DUE
    deliver("invoice.paid", f.invoice(donation, invoice_id="in_2"), created=T + 200)
    assert state() == State.ACTIVE
    # A late copy of the older failure does not make it past due again.
    deliver("invoice.payment_failed", failed(donation, "in_2b"), created=T + 150)
    assert state() == State.ACTIVE
    deliver("customer.subscription.deleted", f.subscription(donation, status="canceled"), created=T + 300)
    deliver("invoice.paid", f.invoice(donation, invoice_id="in_3"), created=T + 400)
    deliver("customer.subscription.updated", f.subscription(donation, status="active"), created=T + 500)
    recurring = RecurringDonation.objects.get()
    assert recurring.status == State.CANCELED and recurring.canceled_at is not None


def test_subscription_created_as_incomplete_after_the_paid_invoice_does_not_undo_it(deliver):
    donation = f.DonationFactory(frequency=Frequency.MONTHLY)
    deliver("invoice.paid", f.invoice(donation, reason="subscription_create"), created=T)
    deliver("customer.subscription.created", f.subscription(donation, status="incomplete"), created=T)
    deliver("checkout.session.completed", f.session(donation), created=T)
    assert state() == State.ACTIVE
    assert Donation.objects.count() == 1 and Receipt.objects.count() == 1  # the first instalment, once


def test_dashboard_and_transparency_counts_follow_the_state(deliver, admin_client, client, donation_page):
    gifts = [f.DonationFactory(frequency=Frequency.MONTHLY, page=donation_page) for _ in range(3)]
    for gift in gifts:
        deliver("invoice.paid", f.invoice(gift, reason="subscription_create"), created=T)
    deliver("invoice.payment_failed", failed(gifts[1], "in_late"), created=T + 10)
    deliver("customer.subscription.deleted", f.subscription(gifts[2], status="canceled"), created=T + 10)
    panel = DonationsPanel().get_context_data()
    assert panel["active_monthly"] == 2  # active and past due: both still giving
    page = client.get("/en/donate/transparency/")
    assert page.context["monthly_donors"] == 1
