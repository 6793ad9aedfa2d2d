"""PostgreSQL: a search walks the newest rows only for words common enough to fill its pool there, and goes
straight to the full-text index for rare ones (a typo, a name); either way it finds the same rows, best first."""

import pytest
from django.db import connection
from wagtail.models import Site

from search.backends import backend, postgres, postgres_stats

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("tasks_run_at_once"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statistics and full-text search"),
]


@pytest.fixture
def analysed(index_page):
    from tests.publications.factories import PublicationPageFactory

    for number in range(40):
        town = "Tokmok" if number == 7 else "Naryn"
        PublicationPageFactory(parent=index_page, title_en=f"Detention monitoring in {town}", summary_en="Prisons.")
    postgres_stats._read.update(at=None, statistics=None)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchdocument")
    yield
    postgres_stats._read.update(at=None, statistics=None)


def test_common_words_are_walked_and_rare_ones_asked_of_the_index(analysed):
    assert postgres_stats.statistics() is not None
    common = [["detention"], ["monitoring"]]
    assert postgres.worth_walking("vector", common, "en", False, 20)
    assert not postgres.worth_walking("vector", [["tokmok"]], "en", False, 20)
    assert not postgres.worth_walking("vector", [["detnetion"]], "en", False, 20), "a typo matches nothing"


@pytest.mark.parametrize("query", [["detention"], ["detention", "naryn"], ["tokmok"], ["prisons"], ["detnetion"]])
def test_the_same_rows_are_found_whether_walked_or_not(analysed, monkeypatch, query):
    root = Site.objects.get(is_default_site=True).root_page.path
    # Pools smaller than the matches, so the walk stops at its size and the index's newest must be the same.
    monkeypatch.setattr(type(backend()), "ranked_pool", 10)
    monkeypatch.setattr(type(backend()), "title_pool", 5)
    found = {}
    for share in (0.0, 1.0):
        monkeypatch.setattr(postgres, "expected_share", lambda *args, share=share: share)
        found[share] = backend().find(query, "en", root)
    assert found[0.0] == found[1.0]
    if query == ["detention"]:
        assert len(found[0.0][0]) >= 10 and found[0.0][2], "a full pool, and more match"
    elif query != ["detnetion"]:
        assert found[0.0][0], "something is found"
