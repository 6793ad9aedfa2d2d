"""Public pages tell shared caches they may keep them; nothing personal or editorial is ever marked so."""

import pytest
from django.conf import settings


@pytest.fixture
def site(demo_site):
    return demo_site


def cache_control(response):
    return response.get("Cache-Control", "")


@pytest.mark.parametrize("path", ["/en/", "/ru/", "/ky/", "/en/publications/", "/ru/search/?q=пытки"])
def test_anonymous_public_pages_are_shareable(client, site, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies
    value = cache_control(response)
    assert "public" in value
    assert f"s-maxage={settings.PAGE_CACHE_SECONDS}" in value
    assert f"max-age={settings.BROWSER_CACHE_SECONDS}" in value
    assert "cookie" not in response.get("Vary", "").lower()


def test_a_request_with_a_session_is_not_shareable(admin_client, site):
    response = admin_client.get("/en/")
    assert "public" not in cache_control(response)


def test_admin_and_previews_are_not_shareable(admin_client, site):
    response = admin_client.get("/admin/")
    assert "public" not in cache_control(response)
    home = site.root_page
    preview = admin_client.get(f"/admin/pages/{home.pk}/edit/preview/?mode=")
    assert "s-maxage" not in cache_control(preview)


def test_posts_and_errors_are_not_shareable(client, site):
    assert "public" not in cache_control(client.get("/en/no-such-page/"))
    response = client.post("/en/contact/", {}, HTTP_SEC_FETCH_SITE="same-origin")
    assert "public" not in cache_control(response)


def test_donation_thanks_and_manage_pages_are_private(client, site):
    from donations.models import DonationPage

    page = DonationPage.objects.live().first()
    assert "public" in cache_control(client.get(page.url))  # the form itself may be cached
    manage = client.get(page.url + page.reverse_subpage("manage"))
    assert "private" in cache_control(manage) or "no-store" in cache_control(manage)
    thanks = client.get(page.url + "thanks/00000000-0000-0000-0000-000000000000/")
    assert "s-maxage" not in cache_control(thanks)
