"""The headers a visitor's browser enforces: public pages, the donation page, the admin and its preview."""

import pytest

from tests.donations.factories import DonationCurrencyFactory, DonationPageFactory
from tests.utils import page_edit_form_data

pytestmark = pytest.mark.django_db


def policy(response, header="Content-Security-Policy"):
    directives = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def test_public_page_sends_the_strict_policy_and_sets_no_cookie(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["report-uri"] == ["/csp-report/"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert "nonce-" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    features = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert features[feature] == "()"
    assert not response.cookies


def test_donation_page_may_send_its_form_to_stripe_checkout_only(client, home_page):
    page = DonationPageFactory(parent=home_page)
    DonationCurrencyFactory(page=page, currency="USD", presets="10, 25")
    donate = client.get(page.url)
    assert donate.status_code == 200
    assert policy(donate)["form-action"] == ["'self'", "https://checkout.stripe.com"]
    assert policy(donate)["frame-ancestors"] == ["'none'"]
    assert not donate.cookies
    assert policy(client.get(page.url + "transparency/"))["form-action"] == ["'self'"]
    assert policy(client.get("/en/"))["form-action"] == ["'self'"]


def test_admin_gets_its_own_policy(admin_client, home_page):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    csp = policy(response)
    # Wagtail's widgets and wagtail-modeltranslation write inline scripts and style attributes (README "Security").
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_preview_of_a_public_page_can_be_framed_by_the_editor(admin_client, home_page):
    url = f"/admin/pages/{home_page.pk}/edit/preview/"
    assert admin_client.post(url, page_edit_form_data(admin_client, home_page)).json()["is_valid"]
    response = admin_client.get(url + "?in_preview_panel=true")
    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_security_txt_names_a_contact_and_an_expiry(client, settings, home_page):
    settings.SECURITY_CONTACTS = ["mailto:security@example.org"]
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Contact: mailto:security@example.org" in text
    assert "Expires: " in text
    assert "Preferred-Languages: en, ru, ky" in text
    assert not response.cookies


def test_security_txt_falls_back_to_the_organisation_contact(client, home_page):
    from wagtail.models import Site

    from home.models import OrganisationSettings

    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    organisation.contact_email = "info@example.org"
    organisation.save()
    assert "Contact: mailto:info@example.org" in client.get("/.well-known/security.txt").content.decode()
