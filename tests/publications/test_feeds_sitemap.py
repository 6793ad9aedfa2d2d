import re

import feedparser
import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_parse_per_language(client, statement, news_2022, language, kind):
    response = client.get(f"/{language}/publications/feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    expected = {
        "en": ["Observers report on the election", "Statement on closed institutions"],
        "ru": ["Наблюдатели о выборах", "Заявление о закрытых учреждениях"],
        # The news item has no Kyrgyz title: the feed falls back to Russian, as the pages do.
        "ky": ["Наблюдатели о выборах", "Жабык мекемелер тууралуу билдирүү"],
    }
    assert [entry.title for entry in feed.entries] == expected[language]
    assert all(f"/{language}/publications/" in entry.link for entry in feed.entries)


def test_feed_per_topic(client, statement, news_2022):
    feed = feedparser.parse(client.get("/en/publications/feed/atom/?topic=torture").content)
    assert [entry.title for entry in feed.entries] == ["Statement on closed institutions"]
    assert client.get("/en/publications/feed/rss/?topic=unknown").status_code == 404


def test_pages_link_their_feeds(client, statement):
    content = client.get("/ru/publications/?topic=torture").content.decode()
    assert 'type="application/rss+xml"' in content
    assert 'href="/ru/publications/feed/atom/?topic=torture"' in content


def sitemap_sections(client):

    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and index["Content-Type"] == "application/xml"
    assert not index.cookies
    return re.findall(r"<loc>http://testserver(/sitemap-[^<]+)</loc>", index.content.decode())


def whole_sitemap(client):
    return "".join(client.get(section).content.decode() for section in sitemap_sections(client))


def test_sitemap_index_lists_a_section_per_type_and_language(client, statement, recommendations_page):
    statement.save_revision().publish()
    sections = sitemap_sections(client)
    for language in ("en", "ru", "ky"):
        assert f"/sitemap-{language}-publicationpage-1.xml" in sections
        assert f"/sitemap-{language}-recommendationspage-1.xml" in sections
    assert "<lastmod>" in client.get("/sitemap.xml").content.decode()
    assert client.get("/sitemap-en-publicationpage-2.xml").status_code == 404
    assert client.get("/sitemap-xx-publicationpage-1.xml").status_code == 404
    assert client.get("/sitemap-en-nosuchpage-1.xml").status_code == 404


def test_sitemap_lists_every_page_in_every_language_with_alternates(client, statement, recommendations_page):
    response = client.get("/sitemap-ru-publicationpage-1.xml")
    assert response.status_code == 200
    assert not response.cookies
    assert "<loc>http://testserver/ru/publications/joint-statement/</loc>" in response.content.decode()
    content = whole_sitemap(client)
    for language in ("en", "ru", "ky"):
        assert f"<loc>http://testserver/{language}/publications/joint-statement/</loc>" in content
        assert f"<loc>http://testserver/{language}/recommendations/</loc>" in content
        assert f'hreflang="{language}" href="http://testserver/{language}/publications/joint-statement/"' in content
    assert 'hreflang="x-default" href="http://testserver/en/publications/joint-statement/"' in content


def test_sitemap_sections_hold_at_most_the_section_size(client, statement, monkeypatch):
    from publications import sitemap

    from .factories import PublicationPageFactory

    statement.save_revision().publish()
    for n in range(3):
        PublicationPageFactory(parent=statement.get_parent(), slug=f"more-{n}").save_revision().publish()
    monkeypatch.setattr(sitemap, "SECTION_SIZE", 2)
    sections = [s for s in sitemap_sections(client) if s.startswith("/sitemap-en-publicationpage-")]
    assert sections == [f"/sitemap-en-publicationpage-{n}.xml" for n in (1, 2)]
    counts = [client.get(s).content.decode().count("<url>") for s in sections]
    assert counts == [2, 2]
    # Each section of the index carries the newest date of its own pages.
    index = client.get("/sitemap.xml").content.decode()
    for section in sections:
        assert re.search(rf"{re.escape(section)}</loc><lastmod>\d{{4}}-\d{{2}}-\d{{2}}</lastmod>", index)


def test_robots_points_to_the_sitemap(client, db):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_sitemap_shows_a_new_publication_at_once(client, statement, committed):
    from .factories import PublicationPageFactory

    assert "/en/publications/fresh/" not in whole_sitemap(client)
    with committed():
        PublicationPageFactory(parent=statement.get_parent(), slug="fresh")
    assert "http://testserver/ky/publications/fresh/" in whole_sitemap(client)
