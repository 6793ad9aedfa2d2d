"""The stored translation states follow every save and revision, and the board reads them in a bounded number
of queries whatever the number of pages (the demo-based board tests are in test_translation_board.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from translations.models import TranslationState
from translations.status import counts, rebuild_all

pytestmark = pytest.mark.django_db


def state_of(page, language):
    return TranslationState.objects.get(is_page=True, object_id=str(page.pk)).states[language]["state"]


def test_states_follow_saves_and_revisions(home_page):
    index = PublicationIndexPageFactory(parent=home_page)
    page = PublicationPageFactory(parent=index, summary_ky="")
    assert state_of(page, "ky") == "missing" and state_of(page, "ru") == "complete"
    page.summary_ky = "Кыргызча кыскача мазмуну."
    page.save_revision().publish()
    assert state_of(page, "ky") == "complete"
    page.summary_en = "The English summary, rewritten."
    page.save_revision().publish()
    assert state_of(page, "ky") == state_of(page, "ru") == "outdated"
    assert counts()["ru"]["outdated"] >= 1
    page.delete()
    assert not TranslationState.objects.filter(is_page=True, object_id=str(page.pk)).exists()


def test_board_makes_the_same_queries_for_30_pages_as_for_3(admin_client, home_page):
    index = PublicationIndexPageFactory(parent=home_page)

    def board_queries():
        admin_client.get("/admin/reports/translations/", {"language": "ky", "status": "missing"})
        with CaptureQueriesContext(connection) as board:
            response = admin_client.get("/admin/reports/translations/", {"language": "ky", "status": "missing"})
        with CaptureQueriesContext(connection) as dashboard:
            admin_client.get("/admin/")
        assert response.status_code == 200
        return len(board), len([q for q in dashboard.captured_queries if "translationstate" in q["sql"]])

    PublicationPageFactory.create_batch(3, parent=index, summary_ky="")
    few = board_queries()
    PublicationPageFactory.create_batch(27, parent=index, summary_ky="")
    assert board_queries() == few
    assert few[1] <= 2  # the dashboard's counts: one aggregate


def test_rebuild_judges_what_bulk_imports_skipped(home_page):
    index = PublicationIndexPageFactory(parent=home_page)
    pages = PublicationPageFactory.create_batch(4, parent=index, summary_ky="")
    TranslationState.objects.all().delete()
    assert rebuild_all() >= 6  # home, index, the four publications
    assert {state_of(page, "ky") for page in pages} == {"missing"}


def test_the_tree_root_is_never_on_the_board(home_page):
    from wagtail.models import Page

    root = Page.objects.get(depth=1)
    root.title = "Root"
    root.save()
    assert not TranslationState.objects.filter(is_page=True, object_id=str(root.pk)).exists()
