"""Shared fixtures: a fresh site tree for each test, and the language reset between tests."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Site


@pytest.fixture(autouse=True)
def reset_language_and_cache():
    """A request to /ky/ leaves Kyrgyz active in the thread; every test starts in English with an empty cache
    (Wagtail caches the site's root paths there)."""
    cache.clear()
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def admin_two_factor_satisfied(request, monkeypatch):
    """Tests that sign in to the admin are about something else: their sessions count as verified by a second
    factor. Tests marked `two_factor` get the real requirement (tests/security)."""
    if request.node.get_closest_marker("two_factor") is None:
        monkeypatch.setattr("security.two_factor.session_is_verified", lambda request: True)


@pytest.fixture
def root_page(db):
    call_command("update_translation_fields", verbosity=0)
    return Page.get_first_root_node()


@pytest.fixture
def home_page(root_page):
    """A HomePage as the default site's root, in place of Wagtail's welcome page."""
    from tests.home.factories import HomePageFactory

    for child in root_page.get_children():
        child.delete()
    home = HomePageFactory(parent=root_page, slug="home")
    make_default_site(home)
    return home


def make_default_site(home):
    """Deleting Wagtail's welcome page deletes its site too (the foreign key cascades): make ours."""
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home, "site_name": "Test"}
    )


@pytest.fixture
def demo_site(db):
    """The whole demo site as `make run` builds it."""
    call_command("load_demo_content", verbosity=0)
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pass-for-tests-only")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client
