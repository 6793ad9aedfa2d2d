"""Every address of the publications comes from the page tree: renaming the section's slug moves its pages, feeds,
PDFs and every link to them, in every language."""

import re

import feedparser
import pytest

pytestmark = pytest.mark.django_db

LINK = re.compile(r'<(?:a|link)\b[^>]*\bhref="(/[^"]*)"')


def internal_links(content):
    links = {href.replace("&amp;", "&") for href in LINK.findall(content)}
    return {link for link in links if not link.startswith(("/static/", "/media/", "/admin/", "//"))}


@pytest.fixture
def renamed(index_page, statement, recommendations_page):
    index_page.slug = "library"
    index_page.save_revision().publish()
    return index_page


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_renamed_section_keeps_every_link_feed_and_pdf_working(client, renamed, language):
    start = [f"/{language}/", f"/{language}/library/", f"/{language}/library/joint-statement/"]
    start.append(f"/{language}/search/?q=prisons")
    links = set()
    for path in start:
        response = client.get(path)
        assert response.status_code == 200, path
        links |= internal_links(response.content.decode())

    assert not any("/publications/" in link for link in links), sorted(links)
    expected = {
        f"/{language}/library/feed/rss/",
        f"/{language}/library/feed/atom/",
        f"/{language}/library/joint-statement/pdf/",
        f"/{language}/recommendations/",
        f"/{language}/library/?topic=torture",
    }
    assert expected <= links, sorted(expected - links)
    for link in sorted(links):
        response = client.get(link)
        assert response.status_code == 200, link
    feed = feedparser.parse(client.get(f"/{language}/library/feed/atom/?topic=torture").content)
    assert [entry.link for entry in feed.entries] == [f"http://testserver/{language}/library/joint-statement/"]
    pdf = client.get(f"/{language}/library/joint-statement/pdf/")
    assert pdf["Content-Type"] == "application/pdf"
    assert client.get(f"/{language}/publications/feed/rss/").status_code == 404


def test_pdf_is_served_only_under_its_own_section(client, statement, index_page):
    assert client.get("/en/publications/joint-statement/pdf/").status_code == 200
    assert client.get("/en/joint-statement/pdf/").status_code == 404


def test_templates_write_no_language_prefixed_addresses_by_hand():
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "templates"
    offenders = [
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if re.search(r'(href|action|src)="/\{\{\s*LANGUAGE_CODE', path.read_text())
    ]
    assert offenders == []


# Pages routed from the cache (core.routing) show a publish on the first request after it commits.
def test_a_publish_shows_on_the_next_request(client, statement, committed):
    assert client.get(statement.url).status_code == 200
    with committed():
        statement.title = "Renamed statement"
        statement.save_revision().publish()
    assert "Renamed statement" in client.get(statement.url).content.decode()


def test_a_new_slug_serves_the_page_and_the_old_address_redirects_to_it(client, statement, committed):
    old_url = statement.url
    assert client.get(old_url).status_code == 200
    with committed():
        statement.slug = "renamed-statement"
        statement.save_revision().publish()
    new_url = type(statement).objects.get(pk=statement.pk).url
    assert new_url != old_url
    assert client.get(new_url).status_code == 200
    assert client.get(old_url).headers["Location"] == new_url  # Wagtail's redirect, not the cached route
