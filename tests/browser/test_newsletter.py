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


@pytest.mark.django_db(transaction=True)
def test_staff_walk_in_russian(live_server, demo_site, chromium, screenshot, django_user_model, settings):
    """An editor (Russian admin) sees counts and the sending history, sends a test to themselves, and is refused
    the subscribers; a Newsletter manager sees them. The two-factor step is the autouse fixture's."""
    from django.contrib.auth.models import Group
    from django.core import mail
    from wagtail.users.models import UserProfile

    from newsletter.models import Delivery, Mailing
    from publications.models import PublicationPage

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    SubscriberFactory(email="private-reader@example.org", language="ky")
    statement = PublicationPage.objects.filter(kind="statement").first()
    mailing = Mailing.objects.create(kind="publication", publication=statement, title=statement.title)
    Delivery.objects.create(mailing=mailing, status="sent")
    Delivery.objects.create(mailing=mailing, status="failed", error="SMTPRecipientsRefused: 550 5.1.1 no such user")
    staff_groups()
    people = {}
    for name, group in (("redaktor", "Editors"), ("rassylka", "Newsletter managers")):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pass-for-tests-only")
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "ru"
        profile.save()
        people[name] = user

    def sign_in(name):
        context = chromium.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(20000)
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", name)
        page.fill("#id_password", "pass-for-tests-only")
        page.locator("button[type=submit]").click()
        page.wait_for_url("**/admin/")
        return context, page

    context, page = sign_in("redaktor")
    panel = page.locator(".newsletter-panel")
    assert "Рассылка" in panel.inner_text() and "Кыргызча" in panel.inner_text()
    assert "private-reader" not in page.content()
    screenshot(page, "newsletter-admin-dashboard-ru")
    page.goto(f"{live_server.url}/admin/newsletter/history/inspect/{mailing.pk}/")
    assert "550 5.1.1" in page.content() and "private-reader" not in page.content()
    screenshot(page, "newsletter-admin-history-ru")
    page.goto(f"{live_server.url}/admin/pages/{statement.pk}/edit/")
    assert "Отправить подписчикам" in page.content() or "отправить подписчикам" in page.content()
    page.goto(f"{live_server.url}/admin/newsletter/test/{statement.pk}/")
    screenshot(page, "newsletter-admin-send-test-ru")
    page.select_option("#id_language", "ky")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"**/admin/pages/{statement.pk}/edit/")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["redaktor@example.org"]
    page.goto(f"{live_server.url}/admin/newsletter/subscribers/")
    assert "private-reader" not in page.content()
    context.close()

    context, page = sign_in("rassylka")
    page.goto(f"{live_server.url}/admin/newsletter/subscribers/")
    assert "private-reader@example.org" in page.content() and "Подписчики" in page.content()
    screenshot(page, "newsletter-admin-subscribers-ru")
    context.close()


def staff_groups():
    """The groups the migrations make (Wagtail's Editors, our Newsletter managers), made again when an earlier
    transactional test emptied the tables (PostgreSQL rebuilds the demo, not the migrations' rows)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page

    def perms(*codenames):
        return Permission.objects.filter(codename__in=codenames)

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*perms("access_admin", "view_mailing"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=perms(codename).get())
    managers, _ = Group.objects.get_or_create(name="Newsletter managers")
    managers.permissions.add(
        *perms("access_admin", "view_subscriber", "change_subscriber", "delete_subscriber", "view_mailing")
    )
