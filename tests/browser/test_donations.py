"""A monthly gift in Kyrgyz through the test gateway, in Chromium, with axe-core on every donation page."""

import re
import time

import pytest
from django.core import mail
from django.core.management import call_command


@pytest.mark.django_db(transaction=True)
def test_monthly_gift_in_kyrgyz_through_the_test_gateway(
    live_server, demo_site, browser_page, screenshot, axe_violations, settings
):
    # The receipt goes to the database queue as in development and production: nothing is built while the
    # donor waits for the thanks page; the worker below sends it.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    page = browser_page
    page.goto(f"{live_server.url}/ky/donate/")
    assert page.locator("html").get_attribute("lang") == "ky"
    assert page.locator(".donation-test-banner").is_visible()
    assert axe_violations(page) == []
    screenshot(page, "donate-ky")

    page.check("input[name=frequency][value=monthly]")
    page.check("input[name=amount][value='250000']")
    page.fill("#id_email", "donor@example.org")
    page.fill("#id_name", "Айгүл Өмүрова")
    page.click("button[type=submit]")

    page.wait_for_url(re.compile(r"/ky/donate/test-payment/"))
    assert page.locator(".donation-test-banner").is_visible()
    assert axe_violations(page) == []
    started = time.perf_counter()
    page.click("button[value=succeed]")
    page.wait_for_url(re.compile(r"/ky/donate/thanks/"))
    page.locator(".notice").wait_for()
    print(f"\npay → thanks page: {(time.perf_counter() - started) * 1000:.0f} ms")
    assert "2 500 сом" in page.locator(".notice").inner_text().replace("\u202f", " ").replace("\xa0", " ")
    # "On its way", with a link to look again (no timed refresh: WCAG 2.2.1, and no script).
    assert "жолдо" in page.locator(".donation-receipt-state").inner_text()
    assert page.locator(".donation-receipt-state a").count() == 1
    assert not mail.outbox
    assert axe_violations(page) == []
    screenshot(page, "donate-thanks-ky")

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert len(mail.outbox) == 1
    page.click(".donation-receipt-state a")
    page.wait_for_load_state()
    assert "жөнөттүк" in page.locator(".donation-receipt-state").inner_text()  # "we have sent it"

    page.click("a[href*='/ky/receipts/']")
    page.wait_for_url(re.compile(r"/ky/receipts/"))
    receipt_text = page.locator("main").inner_text()
    assert re.search(r"№ \d{4}-000001", receipt_text)
    assert "Айгүл Өмүрова" in receipt_text and "Ай сайын" in receipt_text
    assert axe_violations(page) == []
    screenshot(page, "donate-receipt-ky")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("path", ["/ru/donate/manage/", "/ky/donate/transparency/", "/en/donate/?currency=USD"])
def test_donation_pages_have_no_accessibility_violations(live_server, demo_site, browser_page, axe_violations, path):
    browser_page.goto(f"{live_server.url}{path}")
    assert axe_violations(browser_page) == []


@pytest.mark.django_db(transaction=True)
def test_form_errors_are_announced_in_russian(live_server, demo_site, browser_page, axe_violations):
    page = browser_page
    page.goto(f"{live_server.url}/ru/donate/")
    page.check("input[name=amount][value=other]")
    page.fill("#id_other_amount", "5")
    page.fill("#id_email", "not-an-email")
    page.click("button[type=submit]")
    summary = page.locator(".form__summary")
    assert "Сумма должна быть от" in summary.inner_text()
    assert axe_violations(page) == []
