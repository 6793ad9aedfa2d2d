import pytest

from publications.listing import PUBLICATIONS_PER_PAGE
from publications.models import PublicationPage

from .factories import PublicationPageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [p.title for p in response.context["publications"]]


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_index_lists_publications_newest_first(client, statement, news_2022, language):
    response = client.get(f"/{language}/publications/")
    assert response.status_code == 200
    assert [p.pk for p in response.context["publications"]] == [news_2022.pk, statement.pk]
    assert f'<html lang="{language}">' in response.content.decode()


def test_filter_by_kind(client, statement, news_2022):
    assert titles(client.get("/en/publications/?kind=statement")) == [statement.title]
    assert titles(client.get("/en/publications/?kind=news")) == [news_2022.title]


def test_filter_by_topic(client, statement, news_2022):
    assert titles(client.get("/en/publications/?topic=torture")) == [statement.title]
    assert titles(client.get("/en/publications/?topic=elections")) == [news_2022.title]


def test_filter_by_year(client, statement, news_2022):
    response = client.get("/en/publications/?year=2020")
    assert titles(response) == [statement.title]
    # Year choices come from the data.
    assert [value for value, _label in response.context["filter_form"].fields["year"].choices] == ["", "2022", "2020"]


def test_filters_combine(client, statement, news_2022):
    assert titles(client.get("/en/publications/?kind=news&topic=elections&year=2022")) == [news_2022.title]
    response = client.get("/en/publications/?kind=statement&topic=elections")
    assert titles(response) == []
    content = response.content.decode()
    assert "No publications match these filters" in content
    assert 'href="/en/publications/"' in content


def test_filter_form_keeps_choices_in_url(client, statement):
    content = client.get("/en/publications/?kind=statement&topic=torture").content.decode()
    assert 'method="get"' in content
    assert '<option value="statement" selected>' in content
    assert '<option value="torture" selected>' in content


@pytest.mark.parametrize(
    "query",
    [
        "topic=does-not-exist",
        "year=abc",
        "year=99999999999999999999",
        "kind=%00%ff",
        "page=99999",
        "page=-1",
        "page=abc",
        "topic=" + "x" * 5000,
        "kind=statement&kind=news",
        "year=2020&page=0",
    ],
)
def test_bad_filter_values_never_fail(client, statement, query):
    response = client.get(f"/en/publications/?{query}")
    # NUL bytes are refused (400) before any view runs (security.middleware).
    assert response.status_code in (200, 400, 404)


def test_unknown_filter_value_is_ignored_with_a_note(client, statement, news_2022):
    response = client.get("/en/publications/?topic=nope")
    assert len(titles(response)) == 2
    assert "not recognised" in response.content.decode()


def test_pagination_keeps_filters(client, index_page):
    for n in range(PUBLICATIONS_PER_PAGE + 2):
        PublicationPageFactory(parent=index_page, kind=PublicationPage.Kind.REPORT)
    first = client.get("/en/publications/?kind=report")
    assert len(first.context["publications"]) == PUBLICATIONS_PER_PAGE
    assert "?kind=report&amp;page=2" in first.content.decode()
    second = client.get("/en/publications/?kind=report&page=2")
    assert len(second.context["publications"]) == 2
    last = client.get("/en/publications/?kind=report&page=99999")
    assert last.status_code == 200 and last.context["publications"].number == 2


def test_anonymous_get_sets_no_cookies(client, statement):
    for url in ("/en/publications/", "/ru/publications/joint-statement/", "/ky/search/?q=test"):
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, url


def test_home_shows_latest_and_featured_statement(client, statement, news_2022):
    content = client.get("/en/").content.decode()
    assert "Featured statement" in content
    assert statement.title in content and news_2022.title in content


def test_editors_pick_the_featured_statement(client, statement, news_2022):
    index = statement.get_parent().specific
    index.featured_publication = news_2022
    index.save()
    content = client.get("/en/").content.decode()
    featured = content[content.index("Featured statement") :]
    assert featured.index(news_2022.title) < featured.index(statement.title)


def test_scheduled_publication_appears_once_publish_scheduled_runs(client, statement, committed):
    import datetime as dt

    from django.core.management import call_command
    from django.utils import timezone

    assert len(titles(client.get("/en/publications/"))) == 1  # fills the caches first
    page = PublicationPageFactory(parent=statement.get_parent(), slug="scheduled", live=False, title="Scheduled one")
    page.save_revision(approved_go_live_at=timezone.now() - dt.timedelta(minutes=1))
    assert "Scheduled one" not in titles(client.get("/en/publications/"))
    with committed():
        call_command("publish_scheduled", verbosity=0)
    assert "Scheduled one" in titles(client.get("/en/publications/"))
    assert "Scheduled one" in client.get("/en/publications/feed/rss/").content.decode()
