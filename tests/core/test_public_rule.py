"""What is not public is nowhere public: a section behind a password, a sign-in or a group appears in no listing,
feed, sitemap, search result, count or link in any language, and comes back as soon as it is opened again."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from publications.models import PublicationIndexPage, PublicationPage, Recommendation

LANGUAGES = ("en", "ru", "ky")


def listings(client, language, search_word):
    """Every public page that lists or links publications, in one language (the sitemap's sections included)."""
    paths = [
        f"/{language}/",
        f"/{language}/publications/feed/rss/",
        f"/{language}/publications/feed/atom/?topic=torture-prevention",
        f"/{language}/recommendations/",
        f"/{language}/recommendations/?q=monitor",
        f"/{language}/search/?q={search_word}",
        f"/{language}/search/?q=prison",
        "/sitemap.xml",
    ]
    sitemap = client.get("/sitemap.xml").content.decode()
    paths += [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    pages = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 302), path  # the section's own feeds ask for a sign-in
        pages[path] = response.content.decode()
    return pages


def leaks(pages, statements, recommendations):
    """(page, what) for every trace of the section: a statement's address or title, a recommendation's text."""
    found = []
    for path, content in pages.items():
        for statement in statements:
            for title in {statement.title_en, statement.title_ru, statement.title_ky} - {"", None}:
                if title in content:
                    found.append((path, title))
            if f"/publications/{statement.slug}/" in content:
                found.append((path, statement.slug))
        for text in recommendations:
            if text in content:
                found.append((path, text[:40]))
    return found


def database_count(client, language):
    return client.get(f"/{language}/recommendations/").context["recommendations"].paginator.count


def restrict(index, kind):
    restriction = PageViewRestriction.objects.create(page=index, restriction_type=kind, password="members-only")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Editors")])
    return restriction


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS])
def test_a_restricted_section_is_listed_nowhere_until_it_is_opened_again(
    client, demo_site, committed, kind, tasks_run_at_once
):
    index = PublicationIndexPage.objects.get()
    statements = list(PublicationPage.objects.child_of(index).live())
    recommendations = [r.text_en for r in Recommendation.objects.filter(publication__in=statements) if r.text_en]
    search_word = statements[0].title_en.split()[-1]
    before = {language: listings(client, language, search_word) for language in LANGUAGES}
    assert leaks(before["en"], statements, recommendations), "the walk sees the section while it is public"
    counts = {language: database_count(client, language) for language in LANGUAGES}
    assert all(counts.values())

    with committed():
        restriction = restrict(index, kind)
    for language in LANGUAGES:
        pages = listings(client, language, search_word)
        assert leaks(pages, statements, recommendations) == [], language
        assert database_count(client, language) == 0, language
        assert f"/{language}/publications/" not in pages[f"/{language}/"], "no link to the section either"
    assert "/publications/" not in client.get("/sitemap.xml").content.decode()

    with committed():
        restriction.delete()
    for language in LANGUAGES:
        pages = listings(client, language, search_word)
        assert leaks(pages, statements, recommendations), language
        assert database_count(client, language) == counts[language]


def test_whoever_passed_the_sections_password_sees_its_archive(client, demo_site, committed):
    index = PublicationIndexPage.objects.get()
    statement = PublicationPage.objects.child_of(index).live().order_by("-publication_date").first()
    with committed():
        restriction = restrict(index, PageViewRestriction.PASSWORD)
    form = client.get("/en/publications/").content.decode()
    assert statement.title_en not in form and 'name="password"' in form
    action = re.search(r'<form[^>]+action="([^"]+)"', form).group(1)
    client.post(action, {"password": "members-only", "return_url": "/en/publications/"})
    archive = client.get("/en/publications/").content.decode()
    assert statement.title_en in archive, "the section lists its statements to its members"
    assert statement.title_en not in client.get("/en/").content.decode(), "the public home page still does not"
    assert restriction.pk
