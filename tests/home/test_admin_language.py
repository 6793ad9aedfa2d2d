"""Kyrgyz is an admin language: offered in the preferences, and Wagtail's screens speak it."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.users.models import UserProfile

CATALOGUES = sorted(Path(settings.BASE_DIR, "third_party_locale").glob("*/LC_MESSAGES/*.po"))


@pytest.fixture
def kyrgyz_editor(db, django_user_model, client):
    user = django_user_model.objects.create_user("redaktor", "redaktor@example.org", "pass-for-tests-only")
    group, _created = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ky"
    profile.save()
    client.force_login(user)
    return user


def test_kyrgyz_is_offered_under_account_preferences(kyrgyz_editor, client):
    page = client.get(reverse("wagtailadmin_account")).content.decode()
    assert '<option value="ky" selected>Кыргызча</option>' in page


def test_the_dashboard_speaks_kyrgyz(kyrgyz_editor, client):
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<html lang="ky"' in page
    assert "Сайттын кыскача маалыматы" in page  # "Site summary"
    assert "Site summary" not in page


def test_sign_in_speaks_the_browser_language(client, db):
    page = client.get(reverse("wagtailadmin_login"), headers={"accept-language": "ky"}).content.decode()
    assert "Wagtail'ге кирүү" in page and "Сырсөз" in page  # Wagtail's heading; the password label
    russian = client.get(reverse("wagtailadmin_login"), headers={"accept-language": "ru"}).content.decode()
    assert "Пароль" in russian and ">Password<" not in russian


def test_our_strings_come_first_and_makemessages_never_writes_the_packages_catalogue():
    assert [Path(path).name for path in settings.LOCALE_PATHS] == ["locale", "third_party_locale"]


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext not installed")
@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: "/".join(path.parts[-3:]))
def test_catalogues_keep_every_placeholder(catalogue):
    """A translation that drops or renames a %(name)s placeholder would break the admin page using it."""
    subprocess.run(["msgfmt", "--check-format", "-o", "/dev/null", str(catalogue)], check=True)
