"""One table says what each change invalidates; the dispatcher applies the most specific rows, once per
transaction, after the commit. `pytest -s` prints the table."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from core.caching import versions
from core.dispatcher import describe, rows_for
from publications.models import FollowUpNote, PublicationPage, RecommendationFollowUp


def test_the_whole_table_prints(capsys):
    call_command("invalidation_table")
    table = capsys.readouterr().out
    print(table)  # for the reviewer: pytest -s tests/core/test_invalidation_table.py
    assert table == describe()
    readme = (Path(settings.BASE_DIR) / "core" / "README.md").read_text()
    assert table in readme, "core/README.md shows the table as it is: paste `manage.py invalidation_table`"
    lines = table.splitlines()
    note = next(line for line in lines if line.startswith("| publications.FollowUpNote |"))
    assert "recommendations, the statement's fragments" in note and "recommendations database" in note
    restriction = [line for line in lines if line.startswith("| wagtailcore.PageViewRestriction | saved")]
    assert any("| all | the whole site |" in line for line in restriction)
    assert any("whether each record below is listed" in line for line in restriction)
    image = next(line for line in lines if line.startswith("| wagtailimages.Image | deleted"))
    assert "the original file" in image and "every page showing the image" in image


def test_a_publication_has_its_own_rows_not_those_of_every_page():
    rows = rows_for(PublicationPage, "saved")
    assert {row.model for row in rows} == {"publications.PublicationPage"}
    assert all("all" not in (row.sections if isinstance(row.sections, tuple) else ()) for row in rows)
    assert {row.model for row in rows_for(PublicationPage, "moved")} == {"wagtailcore.Page"}


def statement_addresses(language):
    return [
        f"testserver/{language}/publications/joint-statement/",
        f"testserver/{language}/publications/joint-statement/pdf/",
        f"testserver/{language}/recommendations/",
    ]


def test_a_follow_up_note_purges_the_statement_and_the_database(
    statement, recommendations_page, purge_server, committed
):
    record = RecommendationFollowUp.objects.filter(publication_id=statement.pk).first()
    before = versions("publications", "recommendations", f"page:{statement.pk}")
    with committed():
        FollowUpNote.objects.create(follow_up=record, date=datetime.date(2024, 6, 1), note="The ministry replied.")
    after = versions("publications", "recommendations", f"page:{statement.pk}")
    assert after[1] == before[1] and after[2:] != before[2:], "the database and the statement; not the archive"
    for language in ("en", "ru", "ky"):
        for address in statement_addresses(language):
            assert address in purge_server
    assert "testserver/en/" not in purge_server, "home shows no statuses"


def test_a_bulk_update_reports_its_records(statement, recommendations_page, purge_server, committed):
    """Queryset updates send no signals: code that makes them hands the records to the dispatcher."""
    from core.dispatcher import changed

    records = RecommendationFollowUp.objects.filter(publication_id=statement.pk)
    with committed():
        records.update(status="implemented")
        for record in records:
            changed(record)
    assert statement_addresses("ky")[0] in purge_server
    assert len(purge_server) == len(set(purge_server)), "one batch, each address once"


@pytest.mark.django_db
def test_a_draft_changes_nothing_public(index_page, purge_server, committed):
    from tests.publications.factories import PublicationPageFactory

    before = versions("pages", "publications")
    with committed():
        PublicationPageFactory(parent=index_page, slug="draft", live=False)
    assert versions("pages", "publications") == before
    assert purge_server == []
