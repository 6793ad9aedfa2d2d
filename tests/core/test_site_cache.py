"""Public reads take the site and its home page from the cache (core.site_cache); every change to either shows
at once, and the admin never sees the cached copies."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.home.factories import ContentPageFactory, HomePageFactory

pytestmark = pytest.mark.django_db


def test_a_warm_home_page_needs_no_site_or_page_query(client, home_page):
    client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/")
    assert response.status_code == 200 and not response.cookies
    assert not [q for q in queries if "wagtailcore_site" in q["sql"] or "home_homepage" in q["sql"]]


def test_changes_to_the_home_page_show_at_once(client, home_page, committed):
    assert "Defending human rights" in client.get("/en/").content.decode()
    home_page.hero_heading_en = "Documenting every case"
    with committed():
        home_page.save_revision().publish()
    assert "Documenting every case" in client.get("/en/").content.decode()
    home_page.hero_heading_en = "Saved without a revision"
    with committed():
        home_page.save()
    assert "Saved without a revision" in client.get("/en/").content.decode()


def test_a_new_site_root_is_served_at_once(client, home_page, root_page, committed):
    client.get("/en/")
    other = HomePageFactory(parent=root_page, slug="other-home", hero_heading_en="Another front page")
    ContentPageFactory(parent=other, slug="about", title="About the other site")
    site = Site.objects.get(is_default_site=True)
    site.root_page = other
    with committed():
        site.save()
    assert "Another front page" in client.get("/en/").content.decode()
    assert client.get("/en/about/").status_code == 200
