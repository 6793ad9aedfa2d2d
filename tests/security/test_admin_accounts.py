"""Admin sign-in: lockout per (account, address) pair, two-factor sign-in, recovery codes, session limits."""

import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from security import two_factor_invitations as invitations
from security.sessions import LAST_SEEN

pytestmark = [pytest.mark.django_db, pytest.mark.two_factor]
PASSWORD = "correct horse battery staple 7"


@pytest.fixture
def editor(django_user_model, home_page):
    user = django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)


def sign_in(client, username, password=PASSWORD, address="203.0.113.5"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def code_for(device, steps_ahead=0):
    """The code the person's app shows now (or in the next time step: a code is accepted once)."""
    return str(totp(device.bin_key, device.step, device.t0, device.digits, drift=steps_ahead)).zfill(device.digits)


def invite(client, user):
    """Another administrator's one-time link (or manage.py two_factor_invite), opened by the signed-in person."""
    _invitation, token = invitations.create(user)
    assert client.get(f"/admin/two-factor/enrol/{token}/")["Location"] == "/admin/two-factor/setup/"
    return token


def enrol(client):
    page = client.get("/admin/two-factor/setup/")
    assert page.status_code == 200
    assert client.get("/admin/two-factor/setup/qr.svg")["Content-Type"] == "image/svg+xml"
    device = TOTPDevice.objects.get(confirmed=False, user_id=client.session["_auth_user_id"])
    done = client.post("/admin/two-factor/setup/", {"code": code_for(device)})
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10
    return TOTPDevice.objects.get(pk=device.pk), codes


@pytest.fixture
def no_slow_down(settings):
    """The pair lock on its own: no address is slowed before it (security/signin_guard.py is tested apart)."""
    settings.SIGNIN_FREE_FAILURES = 100


def test_wrong_passwords_lock_the_pair_even_for_the_right_password(client, editor, settings, no_slow_down):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "editor", "wrong").status_code == 200
    # The last allowed failure already answers with the lockout page; so does the right password after it.
    assert sign_in(client, "editor", "wrong").status_code == 429
    locked = sign_in(client, "editor")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Sign-in is locked for now" in text
    assert "Wait 30 minutes" in text
    assert "Sign-in lockouts" in text
    assert client.get("/admin/pages/").status_code == 302


def test_the_owner_at_another_address_still_signs_in(client, editor, settings, no_slow_down):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong", address="198.51.100.1")
    assert sign_in(client, "editor", address="198.51.100.1").status_code == 429
    assert sign_in(client, "editor", address="192.0.2.99").status_code == 302


def test_unknown_names_from_one_address_lock_nobody_out(client, editor, settings, no_slow_down):
    for number in range(settings.AXES_FAILURE_LIMIT * 2):
        sign_in(client, f"guess{number}", "wrong")
    assert sign_in(client, "editor").status_code == 302


def test_staff_lift_a_lock(client, editor, superuser, settings, no_slow_down):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong", address="192.0.2.7")
    assert AccessAttempt.objects.filter(username="editor").exists()
    staff = type(client)()
    staff.force_login(superuser)
    invite(staff, superuser)
    enrol(staff)
    listing = staff.get("/admin/sign-in-lockouts/")
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()
    for attempt in AccessAttempt.objects.filter(username="editor"):
        assert staff.post(f"/admin/sign-in-lockouts/delete/{attempt.pk}/").status_code == 302
    assert staff.get("/admin/sign-in-lockouts/new/").status_code in (302, 403)
    assert sign_in(client, "editor", address="192.0.2.8").status_code == 302


def test_editor_may_work_without_two_factor_but_can_enrol(client, editor):
    assert sign_in(client, "editor").status_code == 302
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/two-factor/").status_code == 200
    device, codes = enrol(client)
    client.post("/admin/logout/")

    assert sign_in(client, "editor").status_code == 302
    assert client.get("/admin/pages/")["Location"].startswith("/admin/two-factor/verify/")
    wrong = client.post("/admin/two-factor/verify/", {"code": "000000", "next": "/admin/pages/"})
    assert "not right" in wrong.content.decode()
    time.sleep(1.1)  # each wrong code makes the device wait (1 s, then 2, 4…) before it checks another
    verified = client.post("/admin/two-factor/verify/", {"code": code_for(device, 1), "next": "/admin/pages/"})
    assert verified["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_recovery_code_works_once(client, editor):
    sign_in(client, "editor")
    _device, codes = enrol(client)
    client.post("/admin/logout/")
    for expected in ("/admin/", None):
        sign_in(client, "editor")
        response = client.post("/admin/two-factor/verify/", {"code": codes[0]})
        if expected:
            assert response["Location"] == expected
        else:
            assert response.status_code == 200
        client.post("/admin/logout/")


@pytest.mark.parametrize("who", ["superuser", "donation manager"])
def test_two_factor_is_required_for_superusers_and_donation_managers(client, who, superuser, editor):
    if who == "donation manager":
        editor.groups.add(Group.objects.get(name="Donation managers"))
    username = "boss" if who == "superuser" else "editor"
    assert sign_in(client, username).status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/setup/")
    assert client.get("/admin/donations/").status_code == 302
    # A password alone never reaches the enrolment key: the page asks for an invitation.
    setup = client.get("/admin/two-factor/setup/")
    assert setup.status_code == 403 and "one-time enrolment link" in setup.content.decode()
    assert client.get("/admin/two-factor/setup/qr.svg").status_code == 403
    assert not TOTPDevice.objects.exists()
    invite(client, superuser if who == "superuser" else editor)
    enrol(client)
    assert client.get("/admin/").status_code == 200
    manage = client.get("/admin/two-factor/").content.decode()
    assert "cannot be turned off" in manage
    client.post("/admin/two-factor/", {"action": "turn-off"})
    assert TOTPDevice.objects.filter(confirmed=True).exists()


def test_idle_admin_session_ends(client, editor, settings):
    sign_in(client, "editor")
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[LAST_SEEN] = int(time.time()) - settings.ADMIN_IDLE_MINUTES * 60 - 5
    session.save()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_password_validators_are_on(settings):
    from django.contrib.auth.password_validation import get_default_password_validators

    names = {type(validator).__name__ for validator in get_default_password_validators()}
    assert {"MinimumLengthValidator", "CommonPasswordValidator", "NumericPasswordValidator"} <= names
