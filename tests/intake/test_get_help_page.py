"""The Get help page: a cacheable, cookie-free guidance page with a form that works without JavaScript, explains
every mistake in the visitor's language and keeps what was typed, and stores only the sealed request."""

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContactPage, ContentPage, HomePage
from intake.models import GetHelpPage, IntakeRequest

from .conftest import KYRGYZ_MARKER, MARKER, VALID

pytestmark = pytest.mark.django_db


@pytest.fixture
def get_help_page(demo_site):
    return GetHelpPage.objects.get(slug="get-help")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["What happened?", "How to stay safe", "Send my request"]),
        ("ru", ["Что случилось?", "Как обезопасить себя", "Отправить обращение"]),
        ("ky", ["Эмне болду?", "Өзүңүздү кантип коргойсуз", "Кайрылууну жөнөтүү"]),
    ],
)
def test_the_page_is_public_cacheable_and_in_every_language(client, get_help_page, language, words):
    response = client.get(f"/{language}/get-help/")
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]
    assert "csrfmiddlewaretoken" not in html
    for text in words:
        assert text in html, text
    # Nothing the browser remembers or sends to a spell-checking service.
    assert 'autocomplete="off"' in html and 'spellcheck="false"' in html
    # Only this site's own files: no third-party script, style, font or image.
    assert "http://" not in html.split("<main", 1)[1].split("</main>")[0].replace("http://testserver", "")


def test_a_request_is_stored_sealed_with_metadata_only(post_request, get_help_page, open_request):
    response = post_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    stored = IntakeRequest.objects.get()
    assert stored.reference in html
    assert stored.received_on == timezone.localdate()
    assert (stored.region, stored.status, stored.staff_notified) == ("chuy", "new", False)
    assert MARKER not in html and KYRGYZ_MARKER not in html  # the thank-you page does not repeat it
    opened = open_request(stored)
    assert opened["what_happened"] == VALID["what_happened"]
    assert opened["language"] == "ky" and opened["contact_channel"] == "signal" and opened["consent"] is True
    assert "website_url" not in opened


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"what_happened": ""}, "Tell us briefly what happened"),
        ({"what_happened": "x" * 10001}, "under 10000 characters (you wrote 10001)"),
        ({"region": ""}, "Choose a region, or"),
        ({"region": "mars"}, "Choose a region from the list."),
        ({"contact_channel": ""}, "Choose how a lawyer may contact you."),
        ({"contact_channel": "pigeon"}, "Choose one of the ways listed."),
        ({"contact_details": ""}, "Write the number or address a lawyer should use."),
        ({"contact_details": "9" * 201}, "too long for a number or address"),
        ({"contact_channel": "phone", "contact_details": "call me"}, "Write the phone number with its digits"),
        ({"contact_channel": "sms", "contact_details": "12-34"}, "Write the phone number with its digits"),
        ({"contact_channel": "email", "contact_details": "aigul@"}, "Write a valid e-mail address"),
        ({"safe_time": ""}, "Tell us when it is safe to contact you"),
        ({"safe_time": "x" * 201}, "under 200 characters"),
        ({"name": "x" * 151}, "keep the name under 150 characters"),
        ({"consent": ""}, "Tick this box so that a lawyer may contact you."),
    ],
)
def test_every_mistake_is_explained_and_nothing_typed_is_lost(post_request, get_help_page, change, message):
    data = {key: value for key, value in {**VALID, **change}.items() if value != ""}
    response = post_request(data, language="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert 'role="alert"' in html and message in html
    assert 'aria-invalid="true"' in html
    if "what_happened" not in change:
        assert MARKER in html and KYRGYZ_MARKER in html  # the person's text comes back in the form
    assert not IntakeRequest.objects.exists()


def test_errors_are_in_kyrgyz_and_russian(post_request, get_help_page):
    html = post_request({**VALID, "contact_channel": "email", "contact_details": "жок"}).content.decode()
    assert "Сураныч, төмөнкүлөрдү оңдоңуз" in html and "электрондук почтанын дарегин" in html
    html = post_request({**VALID, "consent": ""}, language="ru").content.decode()
    assert "Отметьте это поле" in html


def test_the_rate_limit_keeps_the_text_and_explains(post_request, get_help_page, settings):
    settings.INTAKE_FORM_RATE = "2/h"
    for _ in range(2):
        assert post_request().status_code == 200
    response = post_request(language="en")
    assert response.status_code == 429
    html = response.content.decode()
    assert "try again in an hour" in html and MARKER in html
    assert "no-store" in response["Cache-Control"]
    assert IntakeRequest.objects.count() == 2


def test_a_bot_filling_the_trap_gets_thanks_and_stores_nothing(post_request, get_help_page):
    response = post_request({**VALID, "website_url": "http://spam.example"})
    assert response.status_code == 200
    assert not IntakeRequest.objects.exists()


def test_cross_site_posts_are_refused_without_any_cookie(get_help_page):
    browser = Client(enforce_csrf_checks=True)
    assert browser.post("/en/get-help/", VALID, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert browser.post("/en/get-help/", VALID, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert browser.post("/en/get-help/", VALID).status_code == 403
    assert not IntakeRequest.objects.exists()
    assert browser.post("/en/get-help/", VALID, HTTP_ORIGIN="http://testserver").status_code == 200
    assert IntakeRequest.objects.count() == 1


def test_without_a_key_the_page_offers_no_form_and_loses_nothing(client, post_request, get_help_page, settings):
    settings.INTAKE_PUBLIC_KEY = ""
    html = client.get("/en/get-help/").content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]  # the footer has the newsletter's form
    assert "<form" not in main and "not available at the moment" in html
    response = post_request(language="en")
    assert response.status_code == 503
    assert MARKER in response.content.decode()
    assert not IntakeRequest.objects.exists()


def test_the_contact_page_and_the_help_section_link_to_it(client, get_help_page):
    for language in ("en", "ru", "ky"):
        for address in (f"/{language}/contact/", f"/{language}/about/"):
            assert f'href="/{language}/get-help/"' in client.get(address).content.decode(), address
    assert ContactPage.objects.count() == 1 and ContentPage.objects.filter(slug="about").count() == 1


def test_the_demo_loader_changes_nothing_when_run_again(get_help_page):
    from django.core.management import call_command

    contact_intro = ContactPage.objects.get().intro_en
    call_command("load_demo_content", verbosity=0)
    assert GetHelpPage.objects.count() == 1
    assert ContactPage.objects.get().intro_en == contact_intro


class TestGetHelpPageType(WagtailPageTestCase):
    def test_it_lives_once_under_the_home_page(self):
        self.assertAllowedParentPageTypes(GetHelpPage, {HomePage})
        self.assertAllowedSubpageTypes(GetHelpPage, set())


def test_editors_write_the_guidance_in_each_language(client, django_user_model, get_help_page):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("writer", "writer@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(f"/admin/pages/{get_help_page.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    for language in ("en", "ru", "ky"):  # every language's guidance and thank-you text (the toggle shows them)
        assert f"body_{language}" in html and f'name="thank_you_text_{language}"' in html, language
    assert "Shown above the form" in html
