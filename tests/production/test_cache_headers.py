"""Public pages tell shared caches they may keep them; nothing personal or editorial is ever marked so."""

from django.conf import settings

PUBLIC_PATHS = [
    "/en/",
    "/ru/",
    "/ky/",
    "/en/publications/",
    "/ru/publications/?kind=statement",  # the first page of one filter: a purge names it
    "/ky/publications/feed/rss/",
    "/en/publications/feed/atom/?topic=torture-prevention",
]
# Answered, but no purge could name them: never kept by the proxy or a CDN (core.cache_headers).
UNPURGEABLE_PATHS = [
    "/ru/search/?q=пытки",
    "/en/search/",
    "/en/publications/?kind=statement&year=2020",
    "/en/publications/?page=2",
    "/ky/recommendations/?status=no_response",
    "/en/publications/joint-meeting-2020-statement/?fbclid=abc",  # the proxy drops it; without the proxy, not kept
]


def cache_control(response):
    return response.get("Cache-Control", "")


def test_anonymous_public_pages_are_shareable_and_personal_ones_are_not(client, demo_site):
    for path in PUBLIC_PATHS:
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, path
        value = cache_control(response)
        assert "public" in value, path
        assert f"s-maxage={settings.PAGE_CACHE_SECONDS}" in value, path
        assert f"max-age={settings.BROWSER_CACHE_SECONDS}" in value, path
        assert "cookie" not in response.get("Vary", "").lower(), path

    for path in UNPURGEABLE_PATHS:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "private" in cache_control(response) and "s-maxage" not in cache_control(response), path

    assert "public" not in cache_control(client.get("/en/no-such-page/"))
    posted = client.post("/en/contact/", {}, HTTP_SEC_FETCH_SITE="same-origin")
    assert "public" not in cache_control(posted)

    from donations.models import DonationPage

    page = DonationPage.objects.live().first()
    assert "public" in cache_control(client.get(page.url)), "the donation form itself may be cached"
    manage = client.get(page.url + page.reverse_subpage("manage"))
    assert "no-store" in cache_control(manage) and "public" not in cache_control(manage)
    thanks = client.get(page.url + "thanks/00000000-0000-0000-0000-000000000000/")
    assert "s-maxage" not in cache_control(thanks)
    assert "no-store" in cache_control(client.get("/healthz"))


def test_editors_admin_and_previews_are_never_shareable(admin_client, demo_site):
    assert "public" not in cache_control(admin_client.get("/en/")), "a request with a session"
    assert "public" not in cache_control(admin_client.get("/admin/"))
    home = demo_site.root_page
    preview = admin_client.get(f"/admin/pages/{home.pk}/edit/preview/?mode=")
    assert "s-maxage" not in cache_control(preview)
