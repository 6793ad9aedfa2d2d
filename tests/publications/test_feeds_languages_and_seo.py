"""Feeds date items by the publication and say when an item falls back to another language; every public page
type has a description, link-preview tags and, where it helps, JSON-LD data blocks (never executable scripts)."""

import json
import re

import feedparser
import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_rss_items_carry_the_publication_date_and_the_fallback_language(client, statement, news_2022):
    content = client.get("/ky/publications/feed/rss/").content.decode()
    feed = feedparser.parse(content)
    assert not feed.bozo, feed.bozo_exception
    by_title = {entry.title: entry for entry in feed.entries}
    news, kyrgyz = by_title["Наблюдатели о выборах"], by_title["Жабык мекемелер тууралуу билдирүү"]
    assert news.published_parsed[:3] == (2022, 3, 1) and kyrgyz.published_parsed[:3] == (2020, 8, 25)
    assert news.get("language") == "ru"  # dc:language: this item is read in Russian
    assert "language" not in kyrgyz
    assert content.count("<dc:language>") == 1


def test_atom_entries_are_published_on_the_publication_date_in_their_language(client, statement, news_2022):
    content = client.get("/ky/publications/feed/atom/").content.decode()
    feed = feedparser.parse(content)
    assert not feed.bozo, feed.bozo_exception
    assert [entry.published_parsed[:3] for entry in feed.entries] == [(2022, 3, 1), (2020, 8, 25)]
    assert '<entry xml:lang="ru">' in content and content.count("<entry xml:lang=") == 1


def json_ld(content):
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', content)]


def test_every_public_page_type_has_a_description_and_link_preview(client, demo_site):
    pages = Page.objects.live().exclude(depth__lte=1).specific()
    seen_types = set()
    for page in pages:
        if type(page) in seen_types:
            continue
        seen_types.add(type(page))
        for language in ("en", "ky"):
            content = client.get(
                f"/{language}{page.url_path[len(demo_site.root_page.url_path) - 1 :]}"
            ).content.decode()
            assert re.search(r'<meta name="description" content="[^"&<]{20,}', content), (language, page)
            assert '<meta property="og:title"' in content and '<meta property="og:url"' in content, page
            # No inline scripts: only JSON-LD data blocks, which browsers never execute.
            for attributes in re.findall(r"<script([^>]*)>", content):
                assert "src=" in attributes or 'type="application/ld+json"' in attributes, (page, attributes)
    names = {cls.__name__ for cls in seen_types}
    assert {"HomePage", "DonationPage", "PublicationPage", "PublicationIndexPage", "ContentPage"} <= names


def test_index_recommendations_and_donate_pages_describe_themselves_as_data(client, demo_site):
    index = json_ld(client.get("/ky/publications/").content.decode())
    collection = next(block for block in index if block["@type"] == "CollectionPage")
    assert collection["inLanguage"] == "ky" and collection["mainEntity"]["@type"] == "ItemList"
    assert "/ky/publications/" in collection["mainEntity"]["itemListElement"][0]["url"]
    dataset = json_ld(client.get("/ru/recommendations/").content.decode())
    assert any(block["@type"] == "Dataset" and block["inLanguage"] == "ru" for block in dataset)
    donate = json_ld(client.get("/ky/donate/").content.decode())
    action = next(block for block in donate if block["@type"] == "DonateAction")
    assert action["recipient"]["@type"] == "NGO" and action["target"]["urlTemplate"].endswith("/ky/donate/")
