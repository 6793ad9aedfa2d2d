"""Absolute addresses come from the request's site (or WAGTAILADMIN_BASE_URL), never from the Wagtail Site's stored
hostname: a fresh install and the demo leave it as `localhost`, and the canonical link already uses the request."""

import json
import re

import pytest

from core.addresses import absolute_url

pytestmark = pytest.mark.django_db
HOST = "birduino.example"


def fetch(client, path):
    response = client.get(path, HTTP_HOST=HOST, secure=True)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


def urls_in_json_ld(content):
    found = []
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', content):
        found += re.findall(r'"(https?://[^"]+)"', json.dumps(json.loads(block)))
    return found


def test_structured_data_share_links_feeds_and_sitemap_name_the_requests_host(client, demo_site):
    from publications.models import PublicationPage

    assert demo_site.hostname == "localhost"
    statement = PublicationPage.objects.live().first()
    pages = ["/en/", "/ky/publications/", "/ru/recommendations/", "/ky/donate/", statement.url]
    linked = []
    for path in pages:
        content = fetch(client, path)
        assert f'<link rel="canonical" href="https://{HOST}' in content
        linked += urls_in_json_ld(content)
    assert not [url for url in linked if re.match(r"https?://(localhost|testserver|127\.)", url)], linked
    assert sum(url.startswith(f"https://{HOST}/") for url in linked) >= len(pages), linked
    article = fetch(client, statement.url)
    assert f"https%3A%2F%2F{HOST}%2F" in article or f"https://{HOST}/" in article.split("share", 1)[-1]
    for path in ("/en/publications/feed/rss/", "/en/publications/feed/atom/", "/sitemap.xml"):
        content = fetch(client, path)
        assert f"https://{HOST}/" in content and "localhost" not in content, path
    assert "localhost" not in "".join(linked)


def test_without_a_request_the_configured_base_url_is_used(demo_site, settings):
    from publications.models import PublicationPage

    settings.WAGTAILADMIN_BASE_URL = f"https://{HOST}/"
    statement = PublicationPage.objects.live().first()
    assert absolute_url(None, statement) == f"https://{HOST}{statement.url}"
