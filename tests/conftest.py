"""Shared fixtures: a fresh site tree for each test, and the language reset between tests."""

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Site


@pytest.fixture(autouse=True)
def reset_language():
    """A request to /ky/ leaves Kyrgyz active in the thread; every test starts in English."""
    translation.activate("en")
    yield
    translation.activate("en")


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
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


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
