"""The organisation's pages in a real browser: rendering, accessibility, and the contact form."""

import pytest

ORGANISATION_PAGES = ["", "about/", "testimonials/", "networks/", "contact/"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_organisation_pages_render_without_accessibility_violations(
    live_server, demo_site, browser_page, screenshot, axe_violations, language
):
    for path in ORGANISATION_PAGES:
        response = browser_page.goto(f"{live_server.url}/{language}/{path}")
        assert response.status == 200, path
        assert browser_page.locator("html").get_attribute("lang") == language
        assert browser_page.locator("h1").count() == 1, path
        if path == "":
            screenshot(browser_page, f"home-{language}")
        assert axe_violations(browser_page) == [], path


@pytest.mark.django_db(transaction=True)
def test_visitor_switches_language_and_stays_on_the_page(live_server, demo_site, browser_page):
    browser_page.goto(f"{live_server.url}/en/networks/")
    browser_page.get_by_role("navigation", name="Language").get_by_role("link", name="Кыргызча").click()
    assert browser_page.url == f"{live_server.url}/ky/networks/"
    assert browser_page.locator("h1").inner_text() == "Тармактар жана өнөктөштөр"


@pytest.mark.django_db(transaction=True)
def test_visitor_sends_the_contact_form_in_kyrgyz(live_server, demo_site, browser_page, screenshot):
    from wagtail.contrib.forms.models import FormSubmission

    browser_page.goto(f"{live_server.url}/ky/contact/")
    assert browser_page.context.cookies() == []
    browser_page.get_by_label("Атыңыз").fill("Айгүл")
    browser_page.get_by_label("Электрондук почта").fill("aigul@example.org")
    browser_page.get_by_label("Билдирүү").fill("Менин укугум бузулду.")
    browser_page.get_by_role("button", name="Билдирүү жөнөтүү").click()
    browser_page.wait_for_load_state()
    assert "Билдирүүңүз бизге жетти" in browser_page.locator("main").inner_text()
    screenshot(browser_page, "contact-sent-ky")
    assert FormSubmission.objects.get().get_data()["message"] == "Менин укугум бузулду."
    assert browser_page.context.cookies() == []
