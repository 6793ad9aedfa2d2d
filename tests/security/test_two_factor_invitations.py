"""Two-factor enrolment by invitation: one-time, expiring, for one account, made by another administrator or by
manage.py two_factor_invite; development may switch the requirement off, production may not."""

import io
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from security import two_factor_invitations as invitations
from security.models import TwoFactorInvitation
from tests.security.test_admin_accounts import PASSWORD, enrol, invite, sign_in

pytestmark = [pytest.mark.django_db, pytest.mark.two_factor]


@pytest.fixture
def boss(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)


@pytest.fixture
def deputy(django_user_model):
    return django_user_model.objects.create_superuser("deputy", "deputy@example.org", PASSWORD)


def test_a_link_works_once(client, boss):
    sign_in(client, "boss")
    token = invite(client, boss)
    enrol(client)
    assert TwoFactorInvitation.objects.get().used_at is not None
    assert client.get(f"/admin/two-factor/enrol/{token}/").status_code == 403


@pytest.mark.parametrize("problem", ["expired", "someone else's", "made up"])
def test_a_link_that_is_not_yours_or_has_expired_is_refused(client, boss, deputy, problem):
    sign_in(client, "boss")
    invitation, token = invitations.create(deputy if problem == "someone else's" else boss)
    if problem == "expired":
        TwoFactorInvitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    if problem == "made up":
        token = "x" * 43
    response = client.get(f"/admin/two-factor/enrol/{token}/")
    assert response.status_code == 403
    assert "does not work" in response.content.decode()
    assert client.get("/admin/two-factor/setup/").status_code == 403


def test_a_link_opened_but_expired_before_enrolment_is_refused_at_the_end(client, boss):
    from tests.security.test_admin_accounts import code_for

    sign_in(client, "boss")
    invite(client, boss)
    client.get("/admin/two-factor/setup/")
    TwoFactorInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    device = TOTPDevice.objects.get(confirmed=False)
    assert client.post("/admin/two-factor/setup/", {"code": code_for(device)}).status_code == 403
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


def test_another_superuser_makes_a_link_on_the_settings_page_but_not_for_themselves(client, boss, deputy):
    sign_in(client, "boss")
    invite(client, boss)
    enrol(client)
    page = client.get("/admin/two-factor/invitations/")
    assert page.status_code == 200
    choices = [user.username for user in page.context["form"].fields["user"].queryset]
    assert choices == ["deputy"]
    made = client.post("/admin/two-factor/invitations/", {"user": deputy.pk})
    link = made.context["new_link"]
    assert link.startswith("http://testserver/admin/two-factor/enrol/")
    assert client.post("/admin/two-factor/invitations/", {"user": boss.pk}).context["form"].errors

    deputy_client = type(client)()
    sign_in(deputy_client, "deputy")
    opened = deputy_client.get(link.removeprefix("http://testserver"))
    assert opened["Location"] == "/admin/two-factor/setup/"
    enrol(deputy_client)
    assert TwoFactorInvitation.objects.get(user=deputy).created_by == boss


def test_editors_cannot_make_links(client, django_user_model):
    django_user_model.objects.create_user("editor", "e@example.org", PASSWORD, is_staff=True)
    from django.contrib.auth.models import Group

    django_user_model.objects.get(username="editor").groups.add(Group.objects.get(name="Editors"))
    sign_in(client, "editor")
    assert client.get("/admin/two-factor/invitations/").status_code in (302, 403)


def test_the_command_prints_a_link_for_the_first_superuser(client, boss):
    out = io.StringIO()
    call_command("two_factor_invite", "boss", stdout=out)
    link = out.getvalue().split()[-1]
    sign_in(client, "boss")
    assert client.get(link.removeprefix("http://testserver"))["Location"] == "/admin/two-factor/setup/"
    enrol(client)


def test_development_may_switch_the_requirement_off(client, boss, settings):
    settings.TWO_FACTOR_REQUIRED = False
    sign_in(client, "boss")
    assert client.get("/admin/").status_code == 200


def test_production_refuses_to_switch_it_off():
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="birduino.example",
        DATABASE_URL="postgres://check:check@127.0.0.1:9/check",
        CACHE_URL="rediscache://127.0.0.1:9/0",
        TWO_FACTOR_REQUIRED="false",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "TWO_FACTOR_REQUIRED=false is for development only" in result.stderr
