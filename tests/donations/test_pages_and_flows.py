"""The public pages and the test gateway, end to end through the same event handling as Stripe."""

import re

import pytest
from django.core import mail
from django.core.management import call_command

from donations import links
from donations.checks import check_gateway
from donations.models import Donation, Receipt, RecurringDonation, Status

from . import factories as f

# JSON-LD data blocks are never executed; the strict CSP allows them.
JSON_LD = '<script type="application/ld+json">'
pytestmark = pytest.mark.django_db


def give(site_client, on_commit, language="en", outcome="succeed", **data):
    form = {"currency": "KGS", "frequency": "monthly", "amount": "100000", "email": "donor@example.org"}
    form.update(data)
    response = site_client.post(f"/{language}/donate/", form)
    assert response.status_code == 303, response.content
    test_page = response["Location"]
    assert "/donate/test-payment/" in test_page
    page = site_client.get(test_page)
    assert "no money moves" in page.content.decode() or "акча которулбайт" in page.content.decode()
    with on_commit():
        response = site_client.post(test_page, {"outcome": outcome})
    assert response.status_code == 302
    return site_client.get(response["Location"])


def test_monthly_gift_through_the_test_gateway(site_client, on_commit, donation_page):
    thanks = give(site_client, on_commit, language="ky")
    body = thanks.content.decode()
    assert "1 000 сом" in body.replace("\u202f", " ").replace("\xa0", " ")
    assert "/ky/receipts/" in body
    donation = Donation.objects.get()
    assert donation.status == Status.PAID and donation.recurring.status == RecurringDonation.State.ACTIVE
    assert Receipt.objects.count() == 1
    assert len(mail.outbox) == 1 and "квитанцияңыз" in mail.outbox[0].subject


def test_declined_test_payment_fails_without_receipt(site_client, on_commit, donation_page):
    body = give(site_client, on_commit, outcome="fail", frequency="one_time").content.decode()
    assert "did not go through" in body
    assert Donation.objects.get().status == Status.FAILED
    assert not Receipt.objects.exists()


def test_thanks_page_never_marks_paid_and_unknown_reference_is_404(client, donation_page):
    donation = f.DonationFactory(page=donation_page)
    response = client.get(f"/en/donate/thanks/{donation.reference}/?session_id=cs_forged")
    assert "being confirmed" in response.content.decode()
    assert Donation.objects.get().status == Status.PENDING
    assert client.get("/en/donate/thanks/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_test_payment_page_refuses_forged_tokens_and_real_gateway(client, settings, donation_page):
    donation = f.DonationFactory(page=donation_page)
    assert client.get("/en/donate/test-payment/forged/").status_code == 404
    token = links.sign("test-payment", donation.pk)
    assert client.get(f"/en/donate/test-payment/{token}/").status_code == 200
    settings.STRIPE_SECRET_KEY = "sk_test_x"
    assert client.get(f"/en/donate/test-payment/{token}/").status_code == 404


def test_manage_sends_a_signed_link_and_the_donor_can_cancel(site_client, on_commit, donation_page):
    give(site_client, on_commit)
    mail.outbox.clear()
    response = site_client.post("/ru/donate/manage/", {"email": "Donor@Example.org"})
    assert response.status_code == 200
    assert "мы отправили" in response.content.decode()
    (message,) = mail.outbox
    link = re.search(r"http://testserver(/ru/donate/manage/[\w-]+/)", message.body).group(1)
    page = site_client.get(link)
    assert re.search(r"1\s000\sсом", page.content.decode())  # Russian money format
    recurring = RecurringDonation.objects.get()
    with on_commit():
        site_client.post(link, {"gift": recurring.pk, "action": "next"})
        site_client.post(link, {"gift": recurring.pk, "action": "cancel"})
    recurring.refresh_from_db()
    assert recurring.status == RecurringDonation.State.CANCELED
    assert recurring.instalments.count() == 2 and Receipt.objects.count() == 2


def test_manage_does_not_reveal_whether_an_address_gives(site_client, donation_page):
    response = site_client.post("/en/donate/manage/", {"email": "nobody@example.org"})
    assert "If this address has a monthly gift" in response.content.decode()
    assert not mail.outbox
    assert site_client.get("/en/donate/manage/bad-token/").status_code == 410


def test_transparency_shows_monthly_totals_and_no_names(client, on_commit, donation_page):
    from donations.ledger import settle_paid

    for amount in (1000, 2500):
        donation = f.DonationFactory(amount=amount, currency="USD", name="Secret Donor", email="secret@example.org")
        with on_commit():
            settle_paid(donation)
    f.DonationFactory(amount=99999, currency="USD")  # pending: not counted
    body = client.get("/en/donate/transparency/").content.decode()
    assert "$35" in body
    assert "Secret" not in body and "secret@" not in body and "999.99" not in body


def test_campaign_progress_comes_from_the_ledger(client, on_commit, donation_page):
    from donations.ledger import settle_paid

    donation_page.goal_amount, donation_page.goal_currency = 1000, "KGS"
    donation_page.save()
    with on_commit():
        settle_paid(f.DonationFactory(amount=25000, currency="KGS", page=donation_page))
    body = client.get("/en/donate/").content.decode()
    assert 'value="25"' in body and "250\xa0som" in body


def test_every_donation_page_shows_the_test_banner(client, donation_page, settings):
    for path in ("/en/donate/", "/en/donate/manage/", "/en/donate/transparency/"):
        assert "donation-test-banner" in client.get(path).content.decode()
    settings.STRIPE_SECRET_KEY = "sk_test_x"
    assert "donation-test-banner" not in client.get("/en/donate/").content.decode()


def test_system_check_refuses_test_gateway_without_debug_unless_forced(settings):
    settings.DEBUG = False
    assert [e.id for e in check_gateway()] == ["donations.E001"]
    settings.DONATIONS_FORCE_TEST_GATEWAY = True
    assert check_gateway() == []
    settings.DEBUG, settings.DONATIONS_FORCE_TEST_GATEWAY = True, False
    assert check_gateway() == []
    settings.STRIPE_SECRET_KEY, settings.STRIPE_WEBHOOK_SECRET = "sk_live_x", ""
    assert [e.id for e in check_gateway()] == ["donations.E002"]


def test_demo_content_is_idempotent_and_linked_from_the_header(client, demo_site):
    call_command("load_demo_content", verbosity=0)
    from donations.models import DonationPage
    from home.models import OrganisationSettings

    page = DonationPage.objects.get()
    assert OrganisationSettings.for_site(demo_site).donation_page_id == page.pk
    assert page.currencies.count() == 3
    assert page.impacts.count() == 12  # four lines for each currency's four presets, added once
    for language in ("en", "ru", "ky"):
        for path in ("", "manage/", "transparency/"):
            assert client.get(f"/{language}/donate/{path}").status_code == 200
    kyrgyz = client.get("/ky/donate/").content.decode()
    assert "юристтин сотто бир күн иштешин төлөйт" in kyrgyz and "Кыргыз Республикасында катталган" in kyrgyz
    assert 'href="/ky/donate/"' in client.get("/ky/").content.decode()


def test_anonymise_keeps_accounting_and_erases_people(on_commit, home_page):
    import datetime

    from django.utils import timezone

    from donations.ledger import settle_paid

    old = f.DonationFactory(name="Old Donor", email="old@example.org", dedication_name="Someone", amount=700)
    with on_commit():
        settle_paid(old)
    Donation.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=365 * 8))
    recent = f.DonationFactory(name="New Donor")
    call_command("anonymise_donations", "--older-than", "7", verbosity=0)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email, old.dedication_name) == ("", "", "")
    assert old.amount == 700 and old.receipt.number and old.anonymised_at
    assert recent.name == "New Donor"


def test_public_donation_pages_set_no_cookie_and_load_no_script(client, on_commit, donation_page):
    from donations.ledger import settle_paid

    donation = f.DonationFactory(page=donation_page)
    with on_commit():
        settle_paid(donation)
    paths = [
        "/ky/donate/",
        "/ky/donate/manage/",
        "/ky/donate/transparency/",
        f"/ky/donate/thanks/{donation.reference}/",
        links.receipt_path(donation.receipt, "ky"),
    ]
    for path in paths:
        response = client.get(path)
        body = response.content.decode()
        assert response.status_code == 200, path
        assert not response.cookies, path
        inline_script = re.search(r"<script(?![^>]*\ssrc=)", body.replace(JSON_LD, ""))
        assert not inline_script and " style=" not in body and " onclick" not in body, path


def test_receipts_of_test_gateway_gifts_say_they_are_tests(site_client, on_commit, donation_page):
    import io

    from pypdf import PdfReader

    from donations.receipts.render import receipt_pdf

    give(site_client, on_commit, language="ky")
    receipt = Receipt.objects.get()
    text = PdfReader(io.BytesIO(receipt_pdf(receipt))).pages[0].extract_text()
    assert "Сыноо квитанциясы" in text
    assert "Сыноо квитанциясы" in mail.outbox[0].alternatives[0][0]
    assert "donation-test-banner" in site_client.get(links.receipt_path(receipt, "ky")).content.decode()


def test_one_time_donor_gets_a_link_to_yearly_statements(site_client, on_commit, donation_page):
    import io

    from pypdf import PdfReader

    give(site_client, on_commit, frequency="one_time", amount="250000", email="once@example.org")
    mail.outbox.clear()
    site_client.post("/ky/donate/manage/", {"email": "once@example.org"})
    (message,) = mail.outbox
    link = re.search(r"http://testserver(/ky/donate/manage/[\w-]+/)", message.body).group(1)
    page = site_client.get(link).content.decode()
    statement_url = re.search(r'href="(/ky/donate/manage/[\w-]+/statement/\d{4}/)"', page).group(1)
    pdf = site_client.get(statement_url)
    assert pdf["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "2 500 сом" in text.replace("\u202f", " ").replace("\xa0", " ")
    assert site_client.get("/ky/donate/manage/forged/statement/2026/").status_code == 404


def test_manage_page_answers_bad_gift_choices_with_a_clear_error(site_client, on_commit, donation_page):
    give(site_client, on_commit)
    link = f"/en/donate/manage/{links.manage_token('donor@example.org')}/"
    for gift in ("abc", "", "99999999999999999999999", "-1", "٣"):
        response = site_client.post(link, {"gift": gift, "action": "portal"})
        assert response.status_code == 400
        assert "Choose one of your monthly gifts" in response.content.decode()


def test_payment_service_down_when_opening_the_portal_shows_the_checkout_502_page(
    site_client, on_commit, donation_page, settings, monkeypatch
):
    import stripe

    from donations.stripe_gateway import StripeGateway

    give(site_client, on_commit)
    settings.STRIPE_SECRET_KEY, settings.DONATIONS_GATEWAY = "sk_test_x", "stripe"
    monkeypatch.setattr(StripeGateway, "manage", mock_raise(stripe.APIConnectionError("network down")))
    recurring = RecurringDonation.objects.get()
    link = f"/en/donate/manage/{links.manage_token('donor@example.org')}/"
    response = site_client.post(link, {"gift": recurring.pk})
    assert response.status_code == 502
    assert "The payment service is not answering" in response.content.decode()


def mock_raise(error):
    def raiser(*args, **kwargs):
        raise error

    return raiser


@pytest.mark.parametrize("year", ["0", "10000", "99999999999999999999", "1999"])
def test_statement_years_out_of_range_are_not_found(client, donation_page, year):
    token = links.manage_token("donor@example.org")
    assert client.get(f"/en/donate/manage/{token}/statement/{year}/").status_code == 404


def test_manage_link_does_not_reveal_the_donors_address_and_rejects_tampering(client, donation_page, settings):
    import base64

    token = links.manage_token("Donor@Example.org ")
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    assert b"donor" not in raw.lower() and "donor" not in token.lower()
    assert links.email_from_manage_token(token) == "donor@example.org"
    flipped = token[:-5] + ("A" if token[-5] != "A" else "B") + token[-4:]
    for bad in (flipped, token[:40], "forged", "", "%%%", links.sign("manage", "donor@example.org")):
        assert links.email_from_manage_token(bad) is None
    # A link made before the secret was rotated keeps working while the old secret is a fallback.
    settings.SECRET_KEY_FALLBACKS, settings.SECRET_KEY = [settings.SECRET_KEY], "x" * 50
    assert links.email_from_manage_token(token) == "donor@example.org"


def test_manage_link_expires(donation_page, settings, monkeypatch):
    import time

    token = links.manage_token("donor@example.org")
    later = time.time() + settings.DONATIONS_MANAGE_LINK_MAX_AGE + 5
    monkeypatch.setattr(time, "time", lambda: later)
    assert links.email_from_manage_token(token) is None


def test_campaign_progress_shows_the_sum_raised_and_the_gifts_or_that_it_has_just_begun(
    client, on_commit, donation_page
):
    from donations.ledger import settle_paid

    donation_page.goal_amount, donation_page.goal_currency = 10000, "KGS"
    donation_page.save()
    with on_commit():
        settle_paid(f.DonationFactory(amount=40000, currency="KGS", page=donation_page))  # 400 som: 4 %
    body = client.get("/en/donate/").content.decode()
    assert "<strong>400\xa0som</strong> raised of 10,000\xa0som" in body
    assert '<progress class="donation-goal__bar" max="100" value="4"' in body
    # A nearly empty bar reads as failure: below 5 % the page says the campaign has just begun.
    assert "The campaign has just begun" in body and "gifts so far" not in body
    with on_commit():
        settle_paid(f.DonationFactory(amount=10000, currency="KGS", page=donation_page))  # 500 som: 5 %
    body = client.get("/en/donate/").content.decode()
    assert '<progress class="donation-goal__bar" max="100" value="5"' in body
    assert "2 gifts so far" in body and "just begun" not in body
    russian = client.get("/ru/donate/").content.decode()
    assert "<strong>500\xa0сом</strong> собрано из 10\u202f000\xa0сом" in russian and "Уже 2 взноса" in russian


def test_thanks_page_suggests_sharing_and_a_monthly_gift_after_a_one_time_gift(site_client, on_commit, donation_page):
    one_time = give(site_client, on_commit, frequency="one_time").content.decode()
    assert "Give every month" in one_time and "#id_frequency" in one_time
    assert '<a href="http://testserver/en/donate/" class="share__copy">' in one_time and "t.me/share" in one_time
    monthly = give(site_client, on_commit, frequency="monthly").content.decode()
    assert "Give every month" not in monthly and "t.me/share" in monthly
