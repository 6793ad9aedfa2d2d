"""The providers' webhooks, with recorded payloads: Mailgun's signed the way Mailgun signs (HMAC-SHA256 of timestamp
and token with the webhook signing key), Postmark's behind basic auth. A hard bounce or complaint suppresses the
address; a forged or unsigned call changes nothing; an unconfigured provider's address refuses every call."""

import base64
import hashlib
import hmac
import json
import time
from pathlib import Path

import pytest
from django.test import Client

from newsletter.models import Subscriber

from .factories import SubscriberFactory

pytestmark = pytest.mark.django_db

PAYLOADS = Path(__file__).parent / "payloads"
SIGNING_KEY = "key-test-mailgun-signing-0123456789"


def mailgun_signed(name, key=SIGNING_KEY):
    payload = json.loads((PAYLOADS / name).read_text())
    timestamp = str(int(time.time()))
    token = payload["signature"]["token"]
    payload["signature"]["timestamp"] = timestamp
    payload["signature"]["signature"] = hmac.new(
        key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256
    ).hexdigest()
    return json.dumps(payload)


@pytest.fixture
def mailgun(settings):
    settings.ANYMAIL = {**settings.ANYMAIL, "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY}


@pytest.fixture
def provider():
    # The provider's servers: no cookie, no CSRF token, no Origin.
    return Client(enforce_csrf_checks=True)


def test_a_signed_mailgun_hard_bounce_suppresses_the_address(provider, mailgun):
    reader = SubscriberFactory(email="gone@example.org")
    other = SubscriberFactory(email="still-here@example.org")
    url = "/newsletter/webhooks/mailgun/tracking/"
    response = provider.post(url, mailgun_signed("mailgun_permanent_failure.json"), content_type="application/json")
    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.SUPPRESSED
    assert reader.suppression == Subscriber.Suppression.BOUNCE
    assert "does not exist" in reader.suppression_detail
    other.refresh_from_db()
    assert other.status == Subscriber.Status.CONFIRMED


def test_a_forged_or_tampered_mailgun_event_changes_nothing(provider, mailgun):
    reader = SubscriberFactory(email="gone@example.org")
    url = "/newsletter/webhooks/mailgun/tracking/"
    forged = mailgun_signed("mailgun_permanent_failure.json", key="not-the-key")
    assert provider.post(url, forged, content_type="application/json").status_code == 400
    tampered = json.loads(mailgun_signed("mailgun_permanent_failure.json"))
    tampered["signature"]["token"] = "b" * 50
    assert provider.post(url, json.dumps(tampered), content_type="application/json").status_code == 400
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED


def test_an_unconfigured_provider_has_no_webhook(provider, settings):
    settings.ANYMAIL = {**settings.ANYMAIL, "MAILGUN_WEBHOOK_SIGNING_KEY": "", "WEBHOOK_SECRET": []}
    body = mailgun_signed("mailgun_permanent_failure.json")
    assert (
        provider.post("/newsletter/webhooks/mailgun/tracking/", body, content_type="application/json").status_code
        == 403
    )
    assert (
        provider.post("/newsletter/webhooks/postmark/tracking/", "{}", content_type="application/json").status_code
        == 403
    )
    assert (
        provider.post("/newsletter/webhooks/unknown/tracking/", "{}", content_type="application/json").status_code
        == 403
    )


def test_a_postmark_complaint_behind_basic_auth(provider, settings):
    settings.ANYMAIL = {**settings.ANYMAIL, "WEBHOOK_SECRET": ["birduino:s3cret-webhook"]}
    reader = SubscriberFactory(email="annoyed@example.org")
    body = (PAYLOADS / "postmark_spam_complaint.json").read_text()
    url = "/newsletter/webhooks/postmark/tracking/"
    wrong = "Basic " + base64.b64encode(b"birduino:guess").decode()
    assert provider.post(url, body, content_type="application/json", HTTP_AUTHORIZATION=wrong).status_code == 400
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED
    right = "Basic " + base64.b64encode(b"birduino:s3cret-webhook").decode()
    assert provider.post(url, body, content_type="application/json", HTTP_AUTHORIZATION=right).status_code == 200
    reader.refresh_from_db()
    assert reader.suppression == Subscriber.Suppression.COMPLAINT


def test_the_mailto_unsubscribe_arrives_through_inbound_routing(provider, mailgun):
    """The `mailto:` of List-Unsubscribe: Mailgun's inbound route posts the message, signed the same way."""
    reader = SubscriberFactory(email="leaving@example.org")
    timestamp, token = str(int(time.time())), "c" * 50
    signature = hmac.new(SIGNING_KEY.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    message = (
        "From: someone@forwarder.example\r\nTo: noreply@localhost\r\n"
        f"Subject: unsubscribe {reader.token}\r\n\r\n(sent by the mail client's unsubscribe button)\r\n"
    )
    response = provider.post(
        "/newsletter/webhooks/mailgun/inbound/",
        {"body-mime": message, "timestamp": timestamp, "token": token, "signature": signature},
    )
    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED
