"""Indexing goes through the task queue: a save queues one task per page, which writes the page's public rows and
its entry in Wagtail's admin index; nothing is stemmed while the editor waits."""

import pytest
from django_tasks import default_task_backend
from wagtail.models import Page

from search.models import SearchDocument
from search.tasks import index_page, index_recommendation

pytestmark = pytest.mark.django_db


def queued():
    return [(result.task.module_path, tuple(result.args)) for result in default_task_backend.results]


def test_publishing_queues_one_indexing_task_and_writes_no_row_before_it_runs(statement, admin_user):
    default_task_backend.clear()
    SearchDocument.objects.all().delete()
    statement.title_en = "Statement on places of detention"
    statement.save_revision(user=admin_user).publish()

    page_tasks = [args for path, args in queued() if path == "search.tasks.index_page"]
    assert page_tasks and set(page_tasks) == {(statement.pk,)}
    wagtail_indexed = [args[1] for path, args in queued() if path.startswith("modelsearch")]
    assert "publicationpage" not in wagtail_indexed, "Wagtail's own indexing of the page: a second pass"
    assert not SearchDocument.objects.filter(page_id=statement.pk).exists(), "written by the task, not the save"

    index_page.call(statement.pk)
    rows = SearchDocument.objects.filter(page_id=statement.pk, recommendation=None)
    assert sorted(rows.values_list("language", flat=True)) == ["en", "ky", "ru"]
    assert SearchDocument.objects.filter(page_id=statement.pk).exclude(recommendation=None).exists()
    assert statement.pk in [page.pk for page in Page.objects.search("detention")], "the admin's search finds it"


def test_a_recommendation_edit_queues_its_rows(statement):
    recommendation = statement.recommendations.first()
    default_task_backend.clear()
    recommendation.text_en = "Close the isolation cells."
    recommendation.save()
    assert ("search.tasks.index_recommendation", (recommendation.pk,)) in queued()
    index_recommendation.call(recommendation.pk)
    row = SearchDocument.objects.get(recommendation=recommendation, language="en")
    assert "isolation cells" in row.body


def test_a_deleted_recommendation_leaves_no_row(statement):
    recommendation = statement.recommendations.first()
    pk = recommendation.pk
    recommendation.delete()
    index_recommendation.call(pk)
    assert not SearchDocument.objects.filter(recommendation_id=pk).exists()
