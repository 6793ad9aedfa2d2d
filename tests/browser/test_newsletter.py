"""The newsletter in Chromium: a reader subscribes from the footer without JavaScript, confirms with the button; axe
finds nothing on the newsletter page and the pages behind an e-mail's links in en/ru/ky; screenshots at 375 and
1280 px (test-results/screenshots/newsletter-*)."""

import re

import pytest

from newsletter.models import Subscriber
from tests.newsletter.factories import SubscriberFactory

WIDTHS = (375, 1280)


@pytest.mark.django_db(transaction=True)
def test_subscribe_from_the_footer_without_javascript_and_confirm(
    live_server, demo_site, chromium, screenshot, settings
):
    """axe needs JavaScript, so the pages met here are checked with it in the test below."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from django.core import mail

    context = chromium.new_context(viewport={"width": 375, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/ky/")
    footer = page.locator(".footer-subscribe")
    footer.locator("input[type=email]").fill("okurman@example.org")
    assert footer.locator("select").input_value() == "ky"  # the page's language
    footer.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Почтаңызды текшериңиз"
    screenshot(page, "newsletter-check-inbox-ky-375")
    [message] = mail.outbox
    confirm = re.search(r"http://[^/\s]+(/ky/newsletter/confirm/[\w-]+/)", message.body).group(1)
    page.goto(live_server.url + confirm)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    screenshot(page, "newsletter-confirm-ky-375")
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    assert page.locator("h1").inner_text() == "Сиз жазылдыңыз"
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_newsletter_pages_pass_axe_at_both_widths(
    live_server, demo_site, chromium, screenshot, axe_violations, language
):
    reader = SubscriberFactory(email=f"{language}@example.org", language=language)
    waiting = SubscriberFactory(
        email=f"new-{language}@example.org", language=language, status=Subscriber.Status.PENDING
    )
    paths = {
        "page": f"/{language}/newsletter/",
        "preferences": f"/{language}/newsletter/preferences/{reader.token}/",
        "unsubscribe": f"/{language}/newsletter/unsubscribe/{reader.token}/",
        "confirm": f"/{language}/newsletter/confirm/{waiting.token}/",
        "home": f"/{language}/",
    }
    for width in WIDTHS:
        context = chromium.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for name, path in paths.items():
            page.goto(live_server.url + path)
            assert page.locator("html").get_attribute("lang") == language
            assert axe_violations(page) == [], (name, width)
            if name != "home" or width == 375:
                screenshot(page, f"newsletter-{name}-{language}-{width}")
        # The full form with an error: no kind ticked.
        page.goto(live_server.url + paths["page"])
        page.locator("main input[name=email]").fill("someone@example.org")
        for box in page.locator("main input[name=kinds]").all():
            box.uncheck()
        page.locator("main form.newsletter-form button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator(".form__summary").is_visible()
        assert axe_violations(page) == []
        screenshot(page, f"newsletter-error-{language}-{width}")
        # The footer's form, and the page it leads to.
        page.goto(live_server.url + paths["home"])
        page.locator(".footer-subscribe input[type=email]").fill(f"footer-{width}@example.org")
        page.locator(".footer-subscribe button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator(".notice").is_visible()
        assert axe_violations(page) == []
        screenshot(page, f"newsletter-check-inbox-{language}-{width}")
        context.close()
