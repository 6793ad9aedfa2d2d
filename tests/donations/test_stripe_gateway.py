"""What we send to Stripe, asserted at the HTTP layer with recorded, Stripe-shaped responses."""

import json
from urllib.parse import parse_qs

import pytest
import stripe
import stripe._api_version

from donations.models import Donation, Frequency
from donations.stripe_gateway import STRIPE_API_VERSION, StripeGateway

pytestmark = pytest.mark.django_db


class RecordingHTTPClient(stripe.HTTPClient):
    """Stands in for the network: records each request and answers with a canned Stripe object."""

    name = "recording"

    def __init__(self, responses):
        super().__init__()
        self.responses = list(responses)
        self.requests = []

    def request(self, method, url, headers, post_data=None, *, _usage=None):
        self.requests.append(
            {"method": method, "url": url, "headers": dict(headers), "form": parse_qs(post_data or "")}
        )
        status, body = self.responses.pop(0)
        return json.dumps(body), status, {"Request-Id": "req_test"}

    def close(self):
        pass


SESSION = {
    "id": "cs_test_a1B2c3",
    "object": "checkout.session",
    "url": "https://checkout.stripe.com/c/pay/cs_test_a1B2c3",
    "mode": "payment",
    "status": "open",
    "payment_status": "unpaid",
}


@pytest.fixture
def stripe_on(settings, donation_page):
    settings.STRIPE_SECRET_KEY = "sk_test_123"
    settings.DONATIONS_GATEWAY = "stripe"
    return donation_page


def start(http, donation):
    gateway = StripeGateway(api_key="sk_test_123", http_client=http)
    return gateway.start_checkout(
        donation, "https://example.org/thanks/?session_id={CHECKOUT_SESSION_ID}", "https://example.org/en/donate/"
    )


def test_one_time_checkout_request(donation_page):
    http = RecordingHTTPClient([(200, SESSION)])
    donation = Donation.objects.create(
        amount=2575, currency="USD", email="a@example.org", language="ky", page=donation_page, campaign="spring"
    )
    assert start(http, donation) == SESSION["url"]
    (request,) = http.requests
    form = {key: values[0] for key, values in request["form"].items()}
    assert request["method"] == "post" and request["url"].endswith("/v1/checkout/sessions")
    assert request["headers"]["Idempotency-Key"] == f"donation-{donation.reference}-checkout"
    assert request["headers"]["Stripe-Version"] == STRIPE_API_VERSION == stripe._api_version._ApiVersion.CURRENT
    assert form["mode"] == "payment" and form["submit_type"] == "donate"
    assert form["line_items[0][price_data][unit_amount]"] == "2575"
    assert form["line_items[0][price_data][currency]"] == "usd"
    assert form["line_items[0][quantity]"] == "1"
    assert form["locale"] == "ru"  # Checkout has no Kyrgyz
    assert form["customer_email"] == "a@example.org"
    assert form["metadata[donation_id]"] == str(donation.pk)
    assert form["payment_intent_data[metadata][donation_id]"] == str(donation.pk)
    assert form["metadata[campaign]"] == "spring"
    assert form["success_url"].endswith("session_id={CHECKOUT_SESSION_ID}")
    assert "subscription_data[metadata][donation_id]" not in form
    donation.refresh_from_db()
    assert donation.stripe_checkout_session_id == "cs_test_a1B2c3"


def test_monthly_checkout_request(donation_page):
    http = RecordingHTTPClient([(200, {**SESSION, "mode": "subscription"})])
    donation = Donation.objects.create(
        amount=50000,
        currency="KGS",
        email="b@example.org",
        language="en",
        frequency=Frequency.MONTHLY,
        page=donation_page,
    )
    start(http, donation)
    form = {key: values[0] for key, values in http.requests[0]["form"].items()}
    assert form["mode"] == "subscription"
    assert "submit_type" not in form and "payment_intent_data[metadata][donation_id]" not in form
    assert form["line_items[0][price_data][recurring][interval]"] == "month"
    assert form["line_items[0][price_data][currency]"] == "kgs"
    assert form["line_items[0][price_data][unit_amount]"] == "50000"
    assert form["subscription_data[metadata][donation_id]"] == str(donation.pk)
    assert form["locale"] == "en"


def test_zero_decimal_currency_is_sent_in_whole_units(donation_page):
    http = RecordingHTTPClient([(200, SESSION)])
    donation = Donation.objects.create(amount=3000, currency="JPY", email="c@example.org", page=donation_page)
    start(http, donation)
    assert http.requests[0]["form"]["line_items[0][price_data][unit_amount]"] == ["3000"]


def test_form_post_reaches_stripe_and_redirects(site_client, stripe_on, monkeypatch):
    http = RecordingHTTPClient([(200, SESSION)])
    monkeypatch.setattr("donations.views.get_gateway", lambda: StripeGateway(api_key="sk_test_123", http_client=http))
    response = site_client.post(
        "/ky/donate/",
        {
            "currency": "JPY",
            "frequency": "one_time",
            "amount": "other",
            "other_amount": "1500",
            "email": "jp@example.org",
            "cover_fees": "on",
        },
    )
    assert response.status_code == 303
    assert response["Location"] == SESSION["url"]
    donation = Donation.objects.get()
    assert (donation.amount, donation.fee_amount, donation.language) == (1545, 45, "ky")
    assert http.requests[0]["form"]["line_items[0][price_data][unit_amount]"] == ["1545"]


def test_stripe_error_leaves_a_pending_donation_and_a_clear_message(site_client, stripe_on, monkeypatch):
    error = {"error": {"type": "api_error", "message": "Something went wrong"}}
    http = RecordingHTTPClient([(500, error)] * 3)
    monkeypatch.setattr("donations.views.get_gateway", lambda: StripeGateway(api_key="sk_test_123", http_client=http))
    monkeypatch.setattr(stripe.HTTPClient, "_sleep_time_seconds", lambda *a, **k: 0)
    response = site_client.post(
        "/en/donate/",
        {"currency": "USD", "frequency": "one_time", "amount": "2500", "email": "x@example.org"},
    )
    assert response.status_code == 502
    assert b"Nothing was charged" in response.content
    # Retries reuse the same Idempotency-Key, so Stripe can never create two sessions.
    assert len({r["headers"]["Idempotency-Key"] for r in http.requests}) == 1


def test_billing_portal_and_cancel_requests():
    from donations.models import RecurringDonation

    recurring = RecurringDonation(stripe_subscription_id="sub_1", stripe_customer_id="cus_1")
    http = RecordingHTTPClient(
        [
            (200, {"id": "bps_1", "object": "billing_portal.session", "url": "https://billing.stripe.com/p/session/x"}),
            (200, {"id": "sub_1", "object": "subscription", "status": "canceled"}),
        ]
    )
    gateway = StripeGateway(api_key="sk_test_123", http_client=http)
    assert gateway.manage(recurring, "https://example.org/en/donate/") == "https://billing.stripe.com/p/session/x"
    gateway.cancel(recurring)
    portal, cancel = http.requests
    assert portal["url"].endswith("/v1/billing_portal/sessions")
    assert portal["form"]["customer"] == ["cus_1"]
    assert cancel["method"] == "delete" and cancel["url"].endswith("/v1/subscriptions/sub_1")
    assert cancel["headers"]["Idempotency-Key"] == "cancel-sub_1"


def test_refund_of_a_monthly_instalment_is_matched_through_its_invoice(client, settings, on_commit, monkeypatch):
    from donations.models import Donation, Frequency, Receipt

    from . import factories as f

    instalment = Donation.objects.create(
        amount=1500, currency="USD", email="m@example.org", frequency=Frequency.MONTHLY, stripe_invoice_id="in_cycle_9"
    )
    from donations.ledger import settle_paid

    with on_commit():
        settle_paid(instalment)
    http = RecordingHTTPClient(
        [
            (
                200,
                {
                    "object": "list",
                    "url": "/v1/invoice_payments",
                    "has_more": False,
                    "data": [{"id": "inpay_1", "object": "invoice_payment", "invoice": "in_cycle_9"}],
                },
            )
        ]
    )
    settings.STRIPE_SECRET_KEY = "sk_test_123"
    monkeypatch.setattr(
        "donations.gateways.get_gateway", lambda: StripeGateway(api_key="sk_test_123", http_client=http)
    )
    charge = {
        "id": "ch_cycle",
        "object": "charge",
        "amount": 1500,
        "amount_refunded": 1500,
        "refunded": True,
        "payment_intent": "pi_cycle_9",
        "metadata": {},
    }
    with on_commit():
        assert f.post_event(client, f.event("charge.refunded", charge)).status_code == 200
    (request,) = http.requests
    assert request["method"] == "get" and "/v1/invoice_payments" in request["url"]
    assert (
        "payment%5Bpayment_intent%5D=pi_cycle_9" in request["url"]
        or "payment[payment_intent]=pi_cycle_9" in request["url"]
    )
    instalment.refresh_from_db()
    assert instalment.status == "refunded" and instalment.stripe_payment_intent_id == "pi_cycle_9"
    assert Receipt.objects.get().refunded
