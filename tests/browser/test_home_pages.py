"""The organisation's pages in a real browser: the language switcher and the contact form (axe: test_design)."""

import pytest


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
    form = browser_page.locator("main")  # the footer has an e-mail field too (the newsletter)
    form.get_by_label("Атыңыз").fill("Айгүл")
    form.get_by_label("Электрондук почта").fill("aigul@example.org")
    form.get_by_label("Билдирүү").fill("Менин укугум бузулду.")
    form.get_by_role("button", name="Билдирүү жөнөтүү").click()
    browser_page.wait_for_load_state()
    assert "Билдирүүңүз бизге жетти" in browser_page.locator("main").inner_text()
    screenshot(browser_page, "contact-sent-ky")
    assert FormSubmission.objects.get().get_data()["message"] == "Менин укугум бузулду."
    assert browser_page.context.cookies() == []
