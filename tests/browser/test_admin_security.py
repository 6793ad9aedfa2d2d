"""In Chromium: an editor turns on two-factor sign-in, signs out and back in with a code; wrong passwords lock
an account and the person is told what to do."""

from base64 import b32decode

import pytest
from django.contrib.auth.models import Group, Permission
from django_otp.oath import totp

PASSWORD = "correct horse battery staple 7"
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.two_factor]


@pytest.fixture
def editor(django_user_model, demo_site):
    # Transactional tests flush the groups Wagtail's migrations made: give the editor admin access directly.
    user = django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD)
    group, _created = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.groups.add(group)
    return user


def sign_in(page, base, password=PASSWORD):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", password)
    page.get_by_role("button", name="Sign in").click()


def app_code(secret, steps_ahead=0):
    """What an authenticator app shows for this key (a code is accepted once, so the next step's for sign-in)."""
    return str(totp(b32decode(secret), drift=steps_ahead)).zfill(6)


def test_editor_enrols_signs_out_and_signs_in_with_a_code(live_server, editor, browser_page, screenshot):
    page = browser_page
    page.set_default_timeout(15000)
    sign_in(page, live_server.url)
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/two-factor/setup/")
    assert page.locator("img[src$='qr.svg']").evaluate("img => img.naturalWidth") > 0
    secret = page.locator(".two-factor-secret").inner_text().strip()
    screenshot(page, "two-factor-setup")
    page.fill("#id_code", app_code(secret))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    page.get_by_role("heading", name="Two-factor sign-in is on").wait_for()
    assert page.locator(".recovery-codes li").count() == 10
    screenshot(page, "two-factor-recovery-codes")

    page.locator(".sidebar-footer__account").click()
    page.get_by_text("Log out").click()
    page.wait_for_url("**/admin/login/**")

    sign_in(page, live_server.url)
    page.wait_for_url("**/admin/two-factor/verify/**")
    screenshot(page, "two-factor-verify")
    page.fill("#id_code", app_code(secret, 1))
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/pages/")
    assert "/two-factor/" not in page.url


def test_wrong_passwords_lock_the_account(live_server, editor, browser_page, screenshot, settings):
    settings.SIGNIN_FREE_FAILURES = settings.AXES_FAILURE_LIMIT  # the (account, address) lock, not the slow-down
    page = browser_page
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(page, live_server.url, password="not the password")
    page.get_by_role("heading", name="Sign-in is locked for now").wait_for()
    sign_in(page, live_server.url)
    page.get_by_role("heading", name="Sign-in is locked for now").wait_for()
    assert "Wait 30 minutes" in page.content()
    screenshot(page, "sign-in-locked")
