import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_run_at_once")]


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "prisons", "Statement on closed institutions"),
        ("ru", "тюрьмы", "Заявление о закрытых учреждениях"),
        ("ky", "түрмөлөргө", "Жабык мекемелер тууралуу билдирүү"),
    ],
)
def test_search_finds_publications_in_each_language(client, statement, language, query, expected):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    results = list(response.context["results"])
    assert [r.title for r in results] == [expected]
    content = response.content.decode()
    assert '<meta name="robots" content="noindex">' in content
    assert "<mark>" in content


def test_search_finds_recommendations(client, statement):
    response = client.get("/en/search/", {"q": "monitors"})
    assert [r.text for r in response.context["recommendations"]] == ["Let independent monitors visit every prison."]
    assert "#recommendation-" in response.content.decode()


def test_search_shows_results_in_the_visitors_language(client, statement):
    response = client.get("/ru/search/", {"q": "prisons"})
    assert [r.title for r in response.context["results"]] == ["Заявление о закрытых учреждениях"]


def test_search_leaves_out_unpublished_pages(client, statement):
    statement.unpublish()
    assert not client.get("/en/search/", {"q": "prisons"}).context["results"]


@pytest.mark.parametrize(
    "query",
    ["", " ", "*", '"', "AND OR NOT", "((((", "a" * 10000, "ä\x00b", "-", "prisons page", "SELECT * FROM x;--", "🙂"],
)
def test_empty_and_absurd_queries_never_fail(client, statement, query):
    response = client.get("/en/search/", {"q": query, "page": "abc"})
    assert response.status_code == (400 if "\x00" in query else 200)  # NUL bytes are refused before any view


def test_search_paginates(client, index_page):
    from tests.publications.factories import PublicationPageFactory

    for _ in range(12):
        PublicationPageFactory(parent=index_page, summary_en="About detention centres.")
    first = client.get("/en/search/", {"q": "detention"})
    assert first.context["results"].paginator.count == 12
    assert len(first.context["results"]) == 10
    assert "q=detention&amp;page=2" in first.content.decode()
    assert len(client.get("/en/search/", {"q": "detention", "page": 2}).context["results"]) == 2


def test_repeated_search_reuses_its_ranking_yet_follows_publishing(client, statement, committed):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def searches(queries):
        return [q for q in queries.captured_queries if "searchdocument" in q["sql"]]

    with CaptureQueriesContext(connection) as first:
        assert [r.title for r in client.get("/en/search/", {"q": "prisons"}).context["results"]]
    with CaptureQueriesContext(connection) as queries:
        repeated = client.get("/en/search/", {"q": "prisons"})
    assert [r.title for r in repeated.context["results"]] == ["Statement on closed institutions"]
    assert len(searches(queries)) == 1 < len(searches(first))  # only the excerpts of the shown rows
    with committed():
        statement.unpublish()  # bumps the data version: the next search looks again
    assert not client.get("/en/search/", {"q": "prisons"}).context["results"]


def test_a_statement_stays_reachable_through_the_cached_route_and_leaves_with_unpublishing(
    client, statement, committed
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = statement.get_url()
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200  # the cached route: the index and the statement remembered
    assert not [query for query in queries.captured_queries if "wagtailcore_page" in query["sql"]]
    with committed():  # the cache follows once the change commits
        statement.unpublish()
    assert client.get(url).status_code == 404


def test_search_leaves_out_pages_behind_a_view_restriction_of_an_ancestor(client, statement, committed):
    from wagtail.models import PageViewRestriction

    def titles():
        results = client.get("/en/search/", {"q": "prisons"}).context["results"]
        return [page.title for page in results or []]

    assert titles() == ["Statement on closed institutions"]
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=statement.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="members-only"
        )
    assert titles() == []
    with committed():
        restriction.delete()
    assert titles() == ["Statement on closed institutions"]
