import pytest

from .factories import WEBHOOK_SECRET, DonationCurrencyFactory, DonationPageFactory


@pytest.fixture(autouse=True)
def donation_settings(settings, tasks_run_at_once):
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_SECRET_KEY = ""
    settings.DONATIONS_GATEWAY = "auto"
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    return settings


@pytest.fixture
def donation_page(home_page):
    page = DonationPageFactory(parent=home_page)
    for order, (code, presets) in enumerate([("KGS", "500, 1000, 2500"), ("USD", "10, 25, 50"), ("JPY", "1000, 3000")]):
        DonationCurrencyFactory(page=page, currency=code, presets=presets, sort_order=order)
    return page


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Runs on-commit work (receipt e-mails) at the end of each block, as a real commit would."""

    def block():
        return django_capture_on_commit_callbacks(execute=True)

    return block


@pytest.fixture
def deliver(client, on_commit):
    """Posts a signed Stripe event to the webhook and asserts it was accepted."""
    from . import factories as f

    def send(event_type, obj, **kwargs):
        payload = f.event(event_type, obj, **kwargs)
        with on_commit():
            response = f.post_event(client, payload)
        assert response.status_code == 200, response.content
        return payload

    return send


@pytest.fixture
def site_client(db):
    """A client whose POSTs carry what browsers send on same-site form posts (core.middleware checks it)."""
    from django.test import Client

    return Client(HTTP_SEC_FETCH_SITE="same-origin")
