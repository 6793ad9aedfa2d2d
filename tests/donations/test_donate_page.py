"""A donate page that says what a gift does: an impact line under each preset amount in the visitor's language,
monthly giving first as the recommended choice, a face and a quote, and the reasons to trust the button beside it."""

import re

import pytest
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from donations.models import DonationImpact, DonationPage
from home.models import OrganisationSettings
from tests.home.factories import TestimonialFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def impacts(donation_page):
    lines = [
        ("KGS", 500, "pays a client's bus fare to a hearing", "оплатит дорогу на заседание", "жол киреесин төлөйт"),
        ("KGS", 2500, "pays for a lawyer's day in court", "оплатит день юриста в суде", "юристтин сотто бир күнү"),
        ("USD", 25, "pays for a lawyer's day in court", "оплатит день юриста в суде", ""),
    ]
    for order, (code, amount, en, ru, ky) in enumerate(lines):
        DonationImpact.objects.create(
            page=donation_page, currency=code, amount=amount, text_en=en, text_ru=ru, text_ky=ky, sort_order=order
        )
    return lines


def amount_options(html):
    """[(label, impact line)] of the amount choices, in order."""
    block = html.split('id="id_amount"', 1)[1].split("</fieldset>", 1)[0]
    found = re.findall(
        r'<span class="choice__label">(.*?)</span>(?:<span class="choice__note">(.*?)</span>)?', block, re.S
    )
    return [(label.replace("\xa0", " "), note) for label, note in found]


def test_each_preset_amount_says_what_it_pays_for_in_the_visitors_language(client, impacts):
    assert amount_options(client.get("/en/donate/").content.decode()) == [
        ("500 som", "pays a client&#x27;s bus fare to a hearing"),
        ("1,000 som", ""),
        ("2,500 som", "pays for a lawyer&#x27;s day in court"),
        ("Other amount", ""),
    ]
    russian = amount_options(client.get("/ru/donate/").content.decode())
    assert russian[0] == ("500 сом", "оплатит дорогу на заседание")
    kyrgyz = amount_options(client.get("/ky/donate/").content.decode())
    assert kyrgyz[2][1] == "юристтин сотто бир күнү"
    # Another currency has its own lines; a line missing in Kyrgyz falls back as every field does.
    dollars = amount_options(client.get("/ky/donate/?currency=USD").content.decode())
    assert dollars[1] == ("25 $", "оплатит день юриста в суде")


def test_monthly_comes_first_as_recommended_and_one_time_stays_preselected(client, donation_page):
    donation_page.monthly_pitch_en = "A monthly gift lets our lawyers take on cases that last for years."
    donation_page.monthly_pitch_ky = "Ай сайынкы салым юристтерибизге узак иштерди алып барууга жардам берет."
    donation_page.save()
    html = client.get("/en/donate/").content.decode()
    frequency = html.split('id="id_frequency"', 1)[1].split("</fieldset>", 1)[0]
    assert frequency.index('value="monthly"') < frequency.index('value="one_time"')
    assert re.search(r'<input[^>]*value="one_time"[^>]*checked', frequency)
    assert "choice--recommended" in frequency and "Recommended" in frequency
    assert "cases that last for years" in frequency
    kyrgyz = client.get("/ky/donate/").content.decode()
    assert "Сунушталат" in kyrgyz and "узак иштерди" in kyrgyz
    # Without monthly giving, neither the choice nor the badge.
    donation_page.offer_monthly = False
    donation_page.save()
    assert "choice--recommended" not in client.get("/en/donate/").content.decode()


def test_a_testimonial_and_the_trust_lines_stand_beside_the_form(client, donation_page):
    TestimonialFactory(headline_en="First published", quote_en="Words of the first.")
    chosen = TestimonialFactory(headline_en="They stood by me", quote_en="The lawyers came to every hearing.")
    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    organisation.legal_status_en = "A public association registered in the Kyrgyz Republic."
    organisation.save()

    html = client.get("/en/donate/").content.decode()
    aside = html.split('class="donate__aside"', 1)[1].split("</aside>", 1)[0]
    assert "First published" in aside  # without a choice, the first published testimonial
    trust = html.split('class="trust-list"', 1)[1].split("</ul>", 1)[0]
    assert "A public association registered in the Kyrgyz Republic." in trust
    assert "we never see or store them" in trust
    assert 'href="/en/donate/transparency/"' in trust
    # The trust lines come right after the button, inside the form.
    assert html.index("Continue to payment") < html.index('class="trust-list"') < html.index("</form>")

    donation_page.testimonial = chosen
    donation_page.save()
    assert "The lawyers came to every hearing." in client.get("/en/donate/").content.decode()
    # Consent withdrawn: the chosen quote disappears from the page at once.
    chosen.consent_given = False
    chosen.save()
    html = client.get("/en/donate/").content.decode()
    assert "The lawyers came to every hearing." not in html and "First published" in html


def page_form(page, impacts, **overrides):
    data = {
        "title_en": page.title_en,
        "title_ky": "",
        "title_ru": "",
        "slug": page.slug,
        "intro_en": rich_text("<p>Support us.</p>"),
        "currencies": inline_formset([{"currency": "KGS", "presets": "500, 1000, 2500"}]),
        "impacts": inline_formset(impacts),
        "offer_monthly": "on",
        "monthly_pitch_en": "Plan with us.",
        **overrides,
    }
    return nested_form_data(data)


def test_editors_write_impact_lines_per_language_and_an_amount_not_offered_is_refused(admin_client, donation_page):
    url = f"/admin/pages/{donation_page.pk}/edit/"
    wrong = [{"currency": "KGS", "amount": "700", "text_en": "Seven hundred", "text_ru": "", "text_ky": ""}]
    response = admin_client.post(url, page_form(donation_page, wrong))
    assert response.status_code == 200
    assert "700\xa0som is not one of the preset amounts in KGS above." in response.content.decode()
    assert not DonationImpact.objects.filter(page=donation_page).exists()

    right = [{"currency": "KGS", "amount": "1000", "text_en": "Files a case", "text_ru": "Подаст иск", "text_ky": ""}]
    response = admin_client.post(url, page_form(donation_page, right, **{"action-publish": "publish"}))
    assert response.status_code == 302
    line = DonationPage.objects.get(pk=donation_page.pk).impacts.get()
    assert (line.amount, line.text_en, line.text_ru) == (1000, "Files a case", "Подаст иск")


def test_the_russian_admin_explains_the_new_fields(admin_client, admin_user, donation_page):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ru"
    profile.save()
    html = admin_client.get(f"/admin/pages/{donation_page.pk}/edit/").content.decode()
    assert "Что даёт взнос" in html and "почему ежемесячно" in html.lower()
    profile.preferred_language = "ky"
    profile.save()
    html = admin_client.get(f"/admin/pages/{donation_page.pk}/edit/").content.decode()
    assert "Салым эмнеге жумшалат" in html
