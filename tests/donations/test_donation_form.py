"""Server-side validation decides: amounts per currency (zero-decimal too), bounds, offered currencies, e-mail."""

import pytest

from donations import currency as money
from donations.models import Donation, Status

# JSON-LD data blocks are never executed; the strict CSP allows them.
JSON_LD = '<script type="application/ld+json">'
pytestmark = pytest.mark.django_db


def post(client, language="en", **data):
    form = {"currency": "USD", "frequency": "one_time", "amount": "other", "email": "d@example.org"}
    form.update(data)
    return client.post(f"/{language}/donate/", form)


@pytest.mark.parametrize(
    ("currency", "raw", "minor"),
    [("USD", "25", 2500), ("USD", "25.5", 2550), ("USD", "1,99", 199), ("KGS", "1 500", 150000), ("JPY", "3000", 3000)],
)
def test_valid_custom_amounts_become_minor_units(site_client, donation_page, currency, raw, minor):
    response = post(site_client, currency=currency, other_amount=raw)
    assert response.status_code == 303
    donation = Donation.objects.get()
    assert (donation.amount, donation.currency, donation.status) == (minor, currency, Status.PENDING)


@pytest.mark.parametrize(
    ("currency", "raw", "message"),
    [
        ("USD", "0.99", "between"),
        ("USD", "10000.01", "between"),
        ("USD", "10.001", "at most 2 decimals"),
        ("USD", "-5", "between"),
        ("USD", "abc", "at most 2 decimals"),
        ("USD", "NaN", "at most 2 decimals"),
        ("USD", "", "Enter an amount"),
        ("JPY", "1500.5", "whole number"),
        ("JPY", "99", "between"),
        ("KGS", "99.99", "between"),
        ("KGS", "1000001", "between"),
    ],
)
def test_bad_amounts_are_refused_and_nothing_is_created(site_client, donation_page, currency, raw, message):
    response = post(site_client, currency=currency, other_amount=raw)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Donation.objects.exists()


def test_currency_not_offered_and_forged_preset_are_refused(site_client, donation_page):
    assert post(site_client, currency="EUR", other_amount="20").status_code == 400
    assert post(site_client, currency="USD", amount="1").status_code == 400  # not one of the presets
    assert not Donation.objects.exists()


def test_bad_email_and_missing_dedication_name(site_client, donation_page):
    response = post(site_client, amount="2500", email="not-an-email", dedication_type="memory")
    assert response.status_code == 400
    assert not Donation.objects.exists()


def test_errors_are_in_the_visitors_language(site_client, donation_page):
    body = post(site_client, language="ky", currency="JPY", other_amount="1.5").content.decode()
    assert "Бүтүн сан жазыңыз." in body
    body = post(site_client, language="ru", currency="KGS", other_amount="5").content.decode()
    assert "Сумма должна быть от" in body


def test_preset_cover_fees_dedication_and_consent_are_recorded(site_client, donation_page):
    response = post(
        site_client,
        language="ru",
        currency="KGS",
        amount="100000",
        cover_fees="on",
        name="Айбек",
        dedication_type="honour",
        dedication_name="Мама",
        newsletter="on",
        frequency="monthly",
    )
    assert response.status_code == 303
    donation = Donation.objects.get()
    assert (donation.amount, donation.fee_amount) == (103000, 3000)
    assert (donation.frequency, donation.language, donation.name) == ("monthly", "ru", "Айбек")
    assert (donation.dedication_type, donation.dedication_name, donation.newsletter_consent) == ("honour", "Мама", True)


def test_newsletter_is_unticked_and_page_sets_no_cookie_and_has_no_csrf_token(client, donation_page):
    response = client.get("/en/donate/")
    body = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in body
    assert 'name="newsletter" id="id_newsletter"' in body and "checked" not in body.split('name="newsletter"')[1][:40]
    assert "<script" not in body.replace(JSON_LD, "") and "style=" not in body


def test_checkout_creation_is_rate_limited(site_client, donation_page, settings):
    settings.DONATIONS_CHECKOUT_RATE = "2/h"
    codes = [post(site_client, amount="2500").status_code for _ in range(3)]
    assert codes == [303, 303, 429]
    assert Donation.objects.count() == 2


def test_cross_site_post_is_refused(donation_page):
    from django.test import Client

    # A browser-like client: Django's test client skips CSRF checks unless asked to enforce them.
    response = Client(enforce_csrf_checks=True).post(
        "/en/donate/", {"currency": "USD", "amount": "2500"}, HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403


def test_currency_helpers():
    assert money.exponent("JPY") == 0 and money.exponent("KGS") == 2
    assert money.to_minor("12.34", "USD") == 1234
    assert money.fee_top_up(1000) == 30 and money.fee_top_up(1) == 1
    with pytest.raises(ValueError):
        money.to_minor("1.5", "JPY")
    assert money.minor_limits("JPY") == (100, 1500000)
