"""Every Stripe event type we handle, delivered through the real signed webhook; duplicates and any order."""

import itertools

import pytest
from django.core import mail

from donations.models import Donation, Frequency, Receipt, RecurringDonation, Status, StripeEvent

from . import factories as f

pytestmark = pytest.mark.django_db


def fresh(donation):
    return Donation.objects.get(pk=donation.pk)


def test_one_time_paid_marks_paid_issues_one_receipt_and_emails_it(deliver):
    donation = f.DonationFactory(amount=2500, currency="USD")
    deliver("checkout.session.completed", f.session(donation))
    donation = fresh(donation)
    assert donation.status == Status.PAID
    assert donation.stripe_payment_intent_id == f"pi_{donation.pk:08d}"
    assert donation.receipt.number.endswith("-000001")
    assert donation.receipt.send_status == Receipt.Sending.SENT
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [donation.email]
    assert mail.outbox[0].attachments[0][2] == "application/pdf"


def test_unpaid_completion_waits_then_async_success_pays(deliver):
    donation = f.DonationFactory()
    deliver("checkout.session.completed", f.session(donation, payment_status="unpaid"))
    assert fresh(donation).status == Status.PENDING
    assert not Receipt.objects.exists()
    deliver("checkout.session.async_payment_succeeded", f.session(donation))
    assert fresh(donation).status == Status.PAID
    assert Receipt.objects.count() == 1


def test_async_failure_and_expiry(deliver):
    failed, expired = f.DonationFactory(), f.DonationFactory()
    deliver("checkout.session.completed", f.session(failed, payment_status="unpaid"))
    deliver("checkout.session.async_payment_failed", f.session(failed, payment_status="unpaid"))
    deliver("checkout.session.expired", f.session(expired, payment_status="unpaid", status="expired"))
    assert fresh(failed).status == Status.FAILED
    assert fresh(expired).status == Status.EXPIRED
    assert not Receipt.objects.exists()


def test_paid_is_final_against_late_expiry_or_failure(deliver):
    donation = f.DonationFactory()
    deliver("checkout.session.completed", f.session(donation))
    deliver("checkout.session.expired", f.session(donation, payment_status="unpaid"))
    deliver("checkout.session.async_payment_failed", f.session(donation, payment_status="unpaid"))
    assert fresh(donation).status == Status.PAID


def test_monthly_first_instalment_counted_once_and_later_instalments_each_get_a_receipt(deliver):
    donation = f.DonationFactory(frequency=Frequency.MONTHLY, amount=100000, currency="KGS")
    deliver("checkout.session.completed", f.session(donation))
    deliver("invoice.paid", f.invoice(donation, reason="subscription_create"))
    deliver("customer.subscription.updated", f.subscription(donation))
    assert Donation.objects.count() == 1
    recurring = RecurringDonation.objects.get()
    assert recurring.status == RecurringDonation.State.ACTIVE
    assert recurring.email == donation.email
    assert fresh(donation).recurring == recurring
    deliver("invoice.paid", f.invoice(donation, invoice_id="in_second"))
    deliver("invoice.paid", f.invoice(donation, invoice_id="in_third"))
    assert Donation.objects.count() == 3
    assert Receipt.objects.count() == 3
    second = Donation.objects.get(stripe_invoice_id="in_second")
    assert (second.amount, second.currency, second.frequency) == (100000, "KGS", Frequency.MONTHLY)
    assert second.recurring == recurring and second.status == Status.PAID
    assert sorted(Receipt.objects.values_list("number", flat=True))[-1].endswith("-000003")


def test_invoice_payment_failed_emails_a_manage_link(deliver, donation_page):
    donation = f.DonationFactory(frequency=Frequency.MONTHLY, language="ru", page=donation_page)
    deliver("checkout.session.completed", f.session(donation))
    mail.outbox.clear()
    failed = f.invoice(donation, invoice_id="in_fail")
    failed["status"] = "open"
    deliver("invoice.payment_failed", failed)
    assert RecurringDonation.objects.get().status == RecurringDonation.State.PAST_DUE
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "/ru/donate/manage/" in message.body
    assert "ежемесячн" in message.subject.lower()


def test_subscription_deleted_is_final_even_if_an_older_update_arrives_later(deliver):
    donation = f.DonationFactory(frequency=Frequency.MONTHLY)
    deliver("checkout.session.completed", f.session(donation))
    deliver("customer.subscription.deleted", f.subscription(donation, status="canceled"), created=2_000_000_000)
    deliver("customer.subscription.updated", f.subscription(donation, status="active"), created=1_900_000_000)
    recurring = RecurringDonation.objects.get()
    assert recurring.status == RecurringDonation.State.CANCELED
    assert recurring.canceled_at is not None


def test_partial_then_full_refund_uses_the_running_total(deliver):
    donation = f.DonationFactory(amount=5000)
    deliver("checkout.session.completed", f.session(donation))
    deliver("charge.refunded", f.charge(donation, 2000))
    donation = fresh(donation)
    assert (donation.status, donation.amount_refunded) == (Status.PARTIALLY_REFUNDED, 2000)
    assert donation.receipt.refunded
    deliver("charge.refunded", f.charge(donation, 5000))
    # A late copy of the first refund must not lower the total.
    deliver("charge.refunded", f.charge(donation, 2000))
    donation = fresh(donation)
    assert (donation.status, donation.amount_refunded) == (Status.REFUNDED, 5000)


def test_dispute_opened_then_won_or_lost(deliver):
    won, lost = f.DonationFactory(), f.DonationFactory()
    for donation, outcome in ((won, "won"), (lost, "lost")):
        deliver("checkout.session.completed", f.session(donation))
        deliver("charge.dispute.created", f.dispute(donation))
        assert fresh(donation).status == Status.DISPUTED
        deliver("charge.dispute.closed", f.dispute(donation, status=outcome))
    assert fresh(won).status == Status.PAID
    assert fresh(lost).status == Status.DISPUTE_LOST


def test_unknown_event_types_are_acknowledged_and_recorded(deliver):
    deliver("customer.created", {"id": "cus_x", "object": "customer"})
    event = StripeEvent.objects.get()
    assert event.processed and event.note == "not used"


def test_event_for_an_unknown_session_is_recorded_as_not_ours(deliver):
    # Our gifts exist before their Checkout Session: an unknown one belongs to another site on the account.
    deliver("checkout.session.completed", {"id": "cs_unknown", "payment_status": "paid", "metadata": {}})
    event = StripeEvent.objects.get()
    assert event.processed and event.note == "no gift of this site" and event.waiting_since is None
    assert not Donation.objects.exists()


def test_duplicate_delivery_changes_nothing(client, on_commit):
    donation = f.DonationFactory()
    payload = f.event("checkout.session.completed", f.session(donation))
    for _ in range(3):
        with on_commit():
            assert f.post_event(client, payload).status_code == 200
    assert StripeEvent.objects.count() == 1
    assert Receipt.objects.count() == 1
    assert len(mail.outbox) == 1


ONE_TIME_STORY = ["completed", "refund_partial", "dispute_open", "dispute_won", "refund_full"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(ONE_TIME_STORY))))[::7])
def test_one_time_events_in_any_order_give_the_same_final_state(deliver, order):
    donation = f.DonationFactory(amount=4000)
    events = {
        "completed": ("checkout.session.completed", f.session(donation)),
        "refund_partial": ("charge.refunded", f.charge(donation, 1000)),
        "dispute_open": ("charge.dispute.created", f.dispute(donation)),
        "dispute_won": ("charge.dispute.closed", f.dispute(donation, status="won")),
        "refund_full": ("charge.refunded", f.charge(donation, 4000)),
    }
    for index in order:
        deliver(*events[ONE_TIME_STORY[index]])
    donation = fresh(donation)
    assert donation.status == Status.REFUNDED
    assert (donation.amount_refunded, donation.dispute) == (4000, "won")
    assert Receipt.objects.get().refunded
    assert StripeEvent.objects.filter(processed=False).count() == 0


def test_refund_without_metadata_before_payment_is_applied_once_the_payment_is_known(deliver):
    donation = f.DonationFactory(amount=3000)
    deliver("charge.refunded", f.charge(donation, 3000, with_metadata=False))
    assert StripeEvent.objects.get().processed is False
    deliver("checkout.session.completed", f.session(donation))
    donation = fresh(donation)
    assert donation.status == Status.REFUNDED
    assert StripeEvent.objects.filter(processed=False).count() == 0


MONTHLY_STORY = ["completed", "first_invoice", "sub_updated", "second_invoice"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(MONTHLY_STORY)))))
def test_monthly_events_in_any_order_give_one_first_gift_and_one_second(deliver, order):
    donation = f.DonationFactory(frequency=Frequency.MONTHLY, amount=1500)
    events = {
        "completed": ("checkout.session.completed", f.session(donation)),
        "first_invoice": ("invoice.paid", f.invoice(donation, reason="subscription_create")),
        "sub_updated": ("customer.subscription.updated", f.subscription(donation)),
        "second_invoice": ("invoice.paid", f.invoice(donation, invoice_id="in_second")),
    }
    for index in order:
        deliver(*events[MONTHLY_STORY[index]])
    assert Donation.objects.count() == 2
    assert Donation.objects.filter(status=Status.PAID).count() == 2
    assert Receipt.objects.count() == 2
    recurring = RecurringDonation.objects.get()
    assert recurring.status == RecurringDonation.State.ACTIVE
    assert recurring.stripe_customer_id == f"cus_{donation.pk:08d}"
    assert recurring.instalments.count() == 2
    assert recurring.email == donation.email


def test_first_invoice_without_metadata_before_checkout_is_applied_after_it(deliver):
    donation = f.DonationFactory(frequency=Frequency.MONTHLY)
    first = f.invoice(donation, reason="subscription_create")
    first["parent"]["subscription_details"]["metadata"] = {}
    deliver("invoice.paid", first)
    assert StripeEvent.objects.get().processed is False
    deliver("checkout.session.completed", f.session(donation, payment_status="unpaid"))
    assert fresh(donation).status == Status.PAID
    assert Receipt.objects.count() == 1
    assert not StripeEvent.objects.filter(processed=False).exists()


def test_metadata_from_another_installation_is_not_ours(deliver):
    donation = f.DonationFactory()
    foreign = f.session(donation, id="cs_elsewhere")
    foreign["metadata"]["donation_reference"] = "00000000-0000-0000-0000-000000000000"
    deliver("checkout.session.completed", foreign)
    assert fresh(donation).status == Status.PENDING
    assert StripeEvent.objects.get().note == "no gift of this site"


def test_a_donation_id_without_its_reference_is_not_enough(deliver):
    donation = f.DonationFactory()
    guessed = f.session(donation, id="cs_guessed", metadata={"donation_id": str(donation.pk)})
    deliver("checkout.session.completed", guessed)
    assert fresh(donation).status == Status.PENDING
    refund = f.charge(donation, 100, with_metadata=False)
    refund["metadata"] = {"donation_id": str(donation.pk), "donation_reference": "not-a-uuid"}
    deliver("charge.refunded", refund)
    assert fresh(donation).amount_refunded == 0
