"""Error reports reach ADMINS (and the optional error tracker) without the donor's data: a 500 in the middle of a
gift, with the donor's e-mail, name and address in the request and in the exception's message."""

import pytest
import sentry_sdk
from django.core import mail
from django.test import Client
from sentry_sdk.transport import Transport

from security.error_reports import init_error_tracker

pytestmark = pytest.mark.django_db
DONOR = {"email": "aigerim.donor@example.org", "name": "Aigerim Secretname", "address": "203.0.113.77"}


def fail_mid_gift(monkeypatch):
    def broken_gateway():
        raise RuntimeError(f"Stripe refused the customer {DONOR['email']} (cus_9fK2mQ8xLp3vRt7Yh1Zs)")

    monkeypatch.setattr("donations.views.get_gateway", broken_gateway)
    visitor = Client(raise_request_exception=False, HTTP_SEC_FETCH_SITE="same-origin", REMOTE_ADDR=DONOR["address"])
    visitor.cookies["sessionid"] = "s3cr3tsessionvalue1234567890"
    fields = {"currency": "USD", "frequency": "one_time", "amount": "other", "other_amount": "25"}
    fields["email"] = DONOR["email"]
    fields["name"] = DONOR["name"]
    response = visitor.post("/en/donate/?utm_source=donor%40example.org", fields)
    assert response.status_code == 500
    return response


def assert_no_donor_data(text):
    for value in (*DONOR.values(), "Secretname", "s3cr3tsessionvalue", "cus_9fK2mQ8xLp3vRt7Yh1Zs", "donor%40"):
        assert value not in text, value


def test_admins_get_an_e_mail_without_the_donors_data(demo_site, monkeypatch, settings):
    settings.ADMINS = [("ops", "ops@example.org")]
    fail_mid_gift(monkeypatch)
    assert len(mail.outbox) == 1
    report = mail.outbox[0]
    assert report.to == ["ops@example.org"]
    text = report.subject + report.body
    assert "RuntimeError" in text and "/en/donate/" in text, "what broke, and where"
    assert "email" in text and "name" in text, "the form's field names stay"
    assert_no_donor_data(text)
    html = report.alternatives[0][0]
    assert "RuntimeError" in html
    assert_no_donor_data(html)


class CapturingTransport(Transport):
    def __init__(self, options=None):
        super().__init__(options)
        self.events = []

    def capture_envelope(self, envelope):
        event = envelope.get_event()
        if event:
            self.events.append(event)


def test_the_error_tracker_gets_a_scrubbed_event(demo_site, monkeypatch):
    transport = CapturingTransport()
    init_error_tracker("http://public@127.0.0.1:9/1", "test")
    sentry_sdk.get_client().transport = transport
    try:
        fail_mid_gift(monkeypatch)
        sentry_sdk.flush()
    finally:
        sentry_sdk.init()  # off again for the other tests
    assert transport.events, "the 500 reached the tracker"
    event = transport.events[0]
    assert event["exception"]["values"][-1]["type"] == "RuntimeError"
    assert_no_donor_data(repr(event))


def test_a_lost_database_answers_503_and_mails_nobody(demo_site, monkeypatch, settings):
    from django.db import OperationalError

    settings.ADMINS = [("ops", "ops@example.org")]

    def unreachable(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed")

    monkeypatch.setattr("donations.views.get_gateway", unreachable)
    visitor = Client(raise_request_exception=False, HTTP_SEC_FETCH_SITE="same-origin")
    fields = {"currency": "USD", "frequency": "one_time", "amount": "other", "other_amount": "25"}
    response = visitor.post("/en/donate/", {**fields, "email": "d@example.org"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "briefly unavailable" in response.content.decode()
    assert mail.outbox == []
