"""`reconcile_stripe` against recorded, Stripe-shaped API answers (two pages of events, Checkout Sessions):
it applies what the webhook missed through the same handlers, reports it, and a second run changes nothing."""

import datetime
import io
import json
from urllib.parse import parse_qs, urlparse

import pytest
import stripe
from django.core.management import CommandError, call_command
from django.utils import timezone

from donations.models import Donation, Receipt, Status, StripeEvent
from donations.stripe_gateway import StripeGateway

from . import factories as f

pytestmark = pytest.mark.django_db


class RecordedStripe(stripe.HTTPClient):
    """Answers Stripe API requests from recorded responses, chosen by path and query; keeps every request."""

    name = "recorded"

    def __init__(self, answer):
        super().__init__()
        self.answer, self.requests = answer, []

    def request(self, method, url, headers, post_data=None, *, _usage=None):
        parsed = urlparse(url)
        query = {key: values[0] for key, values in parse_qs(parsed.query).items()}
        self.requests.append((method, parsed.path, query))
        status, body = self.answer(method, parsed.path, query)
        return json.dumps(body), status, {"Request-Id": "req_recorded"}

    def close(self):
        pass


def page(events, has_more):
    return {"object": "list", "url": "/v1/events", "has_more": has_more, "data": events}


@pytest.fixture
def stripe_account(settings, monkeypatch):
    settings.STRIPE_SECRET_KEY, settings.DONATIONS_GATEWAY = "sk_test_recorded", "stripe"

    def connect(answer):
        http = RecordedStripe(answer)
        monkeypatch.setattr(
            "donations.gateways.get_gateway", lambda: StripeGateway(api_key="sk_test_recorded", http_client=http)
        )
        return http

    return connect


def two_hours_ago():
    return timezone.now() - datetime.timedelta(hours=2)


def run(*args):
    out = io.StringIO()
    call_command("reconcile_stripe", *args, stdout=out)
    return out.getvalue()


def test_reconcile_applies_missed_events_and_pending_sessions_then_changes_nothing(stripe_account, deliver):
    missed_paid = f.DonationFactory(amount=1500, created_at=two_hours_ago())
    refunded = f.DonationFactory(amount=2000, created_at=two_hours_ago())
    already = f.DonationFactory(amount=900, created_at=two_hours_ago())
    session_paid = f.DonationFactory(amount=3000, created_at=two_hours_ago())
    session_expired = f.DonationFactory(amount=4000, created_at=two_hours_ago())
    session_open = f.DonationFactory(amount=5000, created_at=two_hours_ago())
    too_recent = f.DonationFactory(amount=6000)
    # What the webhook did receive: two payments and one event.
    for donation in (refunded, already):
        deliver("checkout.session.completed", f.session(donation))
    known = StripeEvent.objects.get(donation=already).payload
    events = [
        known,
        f.event("checkout.session.completed", f.session(missed_paid), event_id="evt_missed_paid"),
        f.event("charge.dispute.created", f.dispute(missed_paid), event_id="evt_missed_dispute"),
        f.event("charge.refunded", f.charge(refunded, 2000), event_id="evt_missed_refund"),
    ]
    newest_first = list(reversed(events))
    sessions = {
        session_paid.stripe_checkout_session_id: f.session(session_paid),
        session_expired.stripe_checkout_session_id: f.session(session_expired, "unpaid", status="expired"),
        session_open.stripe_checkout_session_id: f.session(session_open, "unpaid", status="open"),
    }

    def answer(method, path, query):
        if path == "/v1/events":
            assert query["limit"] == "100" and "created[gte]" in query
            assert "checkout.session.completed" in [v for k, v in query.items() if k.startswith("types")]
            if query.get("starting_after") == newest_first[1]["id"]:
                return 200, page(newest_first[2:], has_more=False)
            return 200, page(newest_first[:2], has_more=True)
        if path.startswith("/v1/checkout/sessions/"):
            return 200, sessions[path.rsplit("/", 1)[1]]
        raise AssertionError(f"unexpected request {method} {path}")

    http = stripe_account(answer)
    report = run("--since", "48h")
    statuses = {d: Donation.objects.get(pk=d.pk).status for d in (missed_paid, refunded, session_paid)}
    assert statuses == {missed_paid: Status.DISPUTED, refunded: Status.REFUNDED, session_paid: Status.PAID}
    assert Donation.objects.get(pk=session_expired.pk).status == Status.EXPIRED
    assert Donation.objects.get(pk=session_open.pk).status == Status.PENDING
    assert Donation.objects.get(pk=too_recent.pk).status == Status.PENDING
    assert Receipt.objects.count() == 4  # the two delivered, plus the two it settled
    event_pages = [q for _m, p, q in http.requests if p == "/v1/events"]
    assert len(event_pages) == 2 and event_pages[1]["starting_after"] == newest_first[1]["id"]
    checked = sorted(p for _m, p, _q in http.requests if p.startswith("/v1/checkout/sessions/"))
    assert len(checked) == 3  # the too recent gift is left to its webhook
    assert "Stripe events listed: 4 (1 already known)." in report
    assert f"gift #{missed_paid.pk} now disputed" in report and f"gift #{refunded.pk} now refunded" in report
    assert f"gift #{session_paid.pk} now paid" in report and f"gift #{session_expired.pk} now expired" in report
    assert "5 fixed; 0 events still waiting." in report
    print(report)

    again = run("--since", "48h")
    assert "0 fixed; 0 events still waiting." in again
    assert "Stripe events listed: 4 (4 already known)." in again
    assert Receipt.objects.count() == 4 and Donation.objects.count() == 7


def test_reconcile_refuses_nonsense_and_is_quiet_with_the_simulated_gateway(settings):
    with pytest.raises(CommandError):
        run("--since", "yesterday-ish")
    settings.STRIPE_SECRET_KEY = ""
    assert "nothing to reconcile" in run("--since", "24h")
