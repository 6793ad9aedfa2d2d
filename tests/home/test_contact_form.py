"""The contact form: stored and e-mailed, spam kept out without any third-party service, bad input kept."""

import pytest
from django.core import mail
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from home.models import ContactPage

pytestmark = pytest.mark.django_db

VALID = {"your_name": "Aida", "e_mail": "aida@example.org", "phone": "", "message": "My brother was detained."}


@pytest.fixture
def contact_page(demo_site):
    return ContactPage.objects.get(slug="contact")


def test_message_is_stored_and_emailed(client, contact_page):
    response = client.post("/ru/contact/", VALID)
    assert response.status_code == 200
    assert "Ваше сообщение получено" in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["message"] == "My brother was detained."
    assert "website_url" not in submission.form_data
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["info@bir-duino.example"]
    assert "My brother was detained." in mail.outbox[0].body


def test_form_labels_are_translated(client, contact_page):
    html = client.get("/ky/contact/").content.decode()
    assert "Атыңыз" in html
    assert "Билдирүү" in html


def test_invalid_input_is_explained_and_kept(client, contact_page):
    response = client.post("/en/contact/", {**VALID, "e_mail": "not-an-address"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html
    assert "My brother was detained." in html  # nothing the visitor typed is lost
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


def test_honeypot_catches_bots_silently(client, contact_page):
    response = client.post("/en/contact/", {**VALID, "website_url": "http://spam.example"})
    assert response.status_code == 200
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


def test_rate_limit_keeps_the_message_and_explains(client, contact_page, settings):
    settings.CONTACT_FORM_RATE = "2/h"
    for _ in range(2):
        assert client.post("/en/contact/", VALID).status_code == 200
    response = client.post("/en/contact/", {**VALID, "message": "Third message"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "try again in an hour" in html
    assert "Third message" in html
    assert FormSubmission.objects.count() == 2


def test_cross_site_posts_are_refused_without_a_csrf_cookie(contact_page):
    browser = Client(enforce_csrf_checks=True)
    assert browser.post("/en/contact/", VALID, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert browser.post("/en/contact/", VALID, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert browser.post("/en/contact/", VALID).status_code == 403
    assert browser.post("/en/contact/", VALID, HTTP_SEC_FETCH_SITE="same-origin").status_code == 200
    assert browser.post("/en/contact/", VALID, HTTP_ORIGIN="http://testserver").status_code == 200
    assert FormSubmission.objects.count() == 2


def test_admin_keeps_djangos_csrf_token_check(admin_user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(admin_user)
    response = browser.post("/admin/pages/add/home/contentpage/3/", {}, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 403
