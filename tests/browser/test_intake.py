"""Confidential legal help in Chromium: a request written in Kyrgyz on a phone with JavaScript off is stored only
sealed, listed for the Legal intake group, opened in the admin with the private key (which never leaves the tab),
and deleted by the retention job. axe finds nothing on the page in any language, nor on its error state."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile

from intake.models import IntakeRequest
from operations import jobs

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct horse battery staple 7"
DEVELOPMENT_KEY = Path(settings.BASE_DIR) / "intake" / "offline" / "development-key.pem"
STORY = "Zarnitsa-7Q4K: Токмоктогу тергөөчү мени сабады, 3-майда. Үй-бүлөм коркуп жатат."
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def lawyer(django_user_model, demo_site):
    # Transactional tests flush the groups migrations made: give the group its permissions here.
    user = django_user_model.objects.create_user("lawyer", "lawyer@example.org", PASSWORD)
    group, _created = Group.objects.get_or_create(name="Legal intake")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["view_intakerequest", "change_intakerequest", "access_admin"])
    )
    user.groups.add(group)
    return user


def sign_in(page, base):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "lawyer")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def fill_request(page):
    page.fill("#id_what_happened", STORY)
    page.select_option("#id_region", "chuy")
    page.check("input[name=contact_channel][value=whatsapp]")
    page.fill("#id_contact_details", "+996 700 111 222")
    page.fill("#id_safe_time", "Жумуш күндөрү 18:00дөн кийин")
    page.check("#id_consent")


def test_kyrgyz_phone_without_javascript_to_a_lawyer_reading_it_in_the_browser(
    live_server, chromium, lawyer, screenshot, axe_violations
):
    phone = chromium.new_context(java_script_enabled=False, viewport=PHONE, is_mobile=True, locale="ky")
    page = phone.new_page()
    page.goto(f"{live_server.url}/ky/get-help/")
    assert page.locator("html").get_attribute("lang") == "ky"
    # Without JavaScript the first try misses the consent box: the error is explained and nothing is lost.
    fill_request(page)
    page.uncheck("#id_consent")
    page.get_by_role("button", name="Кайрылууну жөнөтүү").click()
    page.locator(".form__summary").wait_for()
    assert "кутучаны белгилеңиз" in page.locator(".form__summary").inner_text()
    assert page.input_value("#id_what_happened") == STORY
    screenshot(page, "get-help-ky-375-error")
    page.check("#id_consent")
    page.get_by_role("button", name="Кайрылууну жөнөтүү").click()
    page.get_by_role("heading", name="Кайрылууңуз жөнөтүлдү").wait_for()
    reference = page.locator(".get-help__reference strong").inner_text()
    screenshot(page, "get-help-ky-375-sent")
    phone.close()

    stored = IntakeRequest.objects.get()
    assert stored.reference == reference and stored.region == "chuy"
    assert b"Zarnitsa" not in bytes(stored.sealed) and "Токмок".encode() not in bytes(stored.sealed)

    desk = chromium.new_context(viewport=DESKTOP)
    page = desk.new_page()
    problems, sent = [], []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: sent.append((request.method, request.url, request.post_data or "")))
    sign_in(page, live_server.url)
    page.goto(f"{live_server.url}/admin/intake/requests/")
    assert "Chüy region" in page.locator("table.listing").inner_text()
    assert "Zarnitsa" not in page.content()
    screenshot(page, "intake-admin-list-1280")
    page.get_by_role("link", name=reference).click()
    page.wait_for_url(re.compile(r"/admin/intake/requests/inspect/"))
    sent.clear()
    page.set_input_files("#intake-key-file", str(DEVELOPMENT_KEY))
    page.get_by_text("Opened in this tab only").wait_for()
    assert page.locator("[data-field=what_happened]").inner_text() == STORY
    assert page.locator("[data-field=contact_channel]").inner_text() == "WhatsApp"
    assert page.locator("[data-field=language]").inner_text() == "Кыргызча"
    assert page.locator("[data-field=consent]").inner_text() == "yes"
    screenshot(page, "intake-admin-read-1280")
    key_text = DEVELOPMENT_KEY.read_text().split("-----BEGIN PRIVATE KEY-----")[1].split("-----END")[0].strip()
    assert not [r for r in sent if r[0] != "GET" or key_text in r[2] or key_text[:20] in r[1]], sent
    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
    page.get_by_role("button", name="Forget the key").click()
    assert page.locator("[data-reader-output]").is_hidden()
    assert page.locator("[data-field=what_happened]").inner_text() == ""
    desk.close()

    IntakeRequest.objects.update(received_on=datetime.date.today() - datetime.timedelta(days=91))
    jobs.run(jobs.registered_jobs()["delete_intake_requests"])
    assert not IntakeRequest.objects.exists()


ADMIN_WORDS = {
    "ru": {
        "open": "Открыть этим ключом",
        "wrong": "Это обращение зашифровано для ключа",
        "bad": "Это не закрытый ключ X25519",
        "opened": "Открыто только в этой вкладке",
        "region": "Ошская область",
        "menu": "Юридические обращения",
    },
    "ky": {
        "open": "Ушул ачкыч менен ачуу",
        "wrong": "Бул кайрылуу",
        "bad": "Бул PEM түрүндөгү X25519 жабык ачкычы эмес",
        "opened": "Ушул өтмөктө гана ачылды",
        "region": "Ош облусу",
        "menu": "Юридикалык кайрылуулар",
    },
}


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_pasting_a_wrong_key_and_the_right_one_in_the_russian_and_kyrgyz_admin(
    live_server, chromium, lawyer, screenshot, language
):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from intake import services

    words = ADMIN_WORDS[language]
    services.receive({"language": "ru", "region": "osh", "what_happened": "Задержали брата.", "consent": True})
    profile = UserProfile.get_for_user(lawyer)
    profile.preferred_language = language
    profile.save()
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    sign_in(page, live_server.url)
    page.goto(f"{live_server.url}/admin/intake/requests/")
    assert words["menu"] in page.locator("nav").first.inner_text() and words["region"] in page.content()
    screenshot(page, f"intake-admin-list-{language}-1280")
    page.goto(f"{live_server.url}/admin/intake/requests/inspect/{IntakeRequest.objects.get().pk}/")
    other = X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    page.fill("#intake-key-text", other.decode())
    page.get_by_role("button", name=words["open"]).click()
    page.get_by_text(words["wrong"]).wait_for()
    assert page.input_value("#intake-key-text") == ""  # the pasted key is not left in the page
    page.fill("#intake-key-text", "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----")
    page.get_by_role("button", name=words["open"]).click()
    page.get_by_text(words["bad"]).wait_for()
    page.fill("#intake-key-text", DEVELOPMENT_KEY.read_text())
    page.get_by_role("button", name=words["open"]).click()
    page.get_by_text(words["opened"]).wait_for()
    assert page.locator("[data-field=what_happened]").inner_text() == "Задержали брата."
    assert page.locator("[data-field=region]").inner_text() == words["region"]
    screenshot(page, f"intake-admin-read-{language}-1280")
    context.close()


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_the_page_and_its_errors_have_no_accessibility_violations(
    live_server, demo_site, chromium, screenshot, axe_violations, language
):
    for name, viewport in (("375", PHONE), ("1280", DESKTOP)):
        context = chromium.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(f"{live_server.url}/{language}/get-help/")
        assert axe_violations(page) == []
        screenshot(page, f"get-help-{language}-{name}")
        page.locator("#get-help-form button[type=submit]").click()
        page.locator(".form__summary").wait_for()
        assert page.locator(".form__error").count() >= 5
        assert axe_violations(page) == []
        if name == "375":
            screenshot(page, f"get-help-{language}-{name}-errors")
        context.close()
