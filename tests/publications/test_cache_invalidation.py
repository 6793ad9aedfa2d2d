"""A change drops what it affects, not every derived entry; a publish warms the pages it touched."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from home.caching import version_tag
from publications.models import RecommendationFollowUp

from .factories import PublicationPageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def tags(*sections):
    return {section: version_tag(section) for section in sections}


def test_publishing_a_publication_drops_its_sections_only(statement):
    other = PublicationPageFactory(parent=statement.get_parent(), slug="unrelated")
    sections = ("pages", "publications", "recommendations", f"page:{statement.pk}", f"page:{other.pk}")
    before = tags(*sections)
    statement.save_revision().publish()
    after = tags(*sections)
    assert after[f"page:{other.pk}"] == before[f"page:{other.pk}"]
    assert all(after[name] != before[name] for name in sections[:4])


def test_a_status_change_drops_the_database_and_its_statement_only(statement):
    before = tags("publications", "recommendations", f"page:{statement.pk}")
    record = RecommendationFollowUp.objects.filter(publication_id=statement.pk).first()
    record.status = "implemented"
    record.save()
    after = tags("publications", "recommendations", f"page:{statement.pk}")
    assert after["publications"] == before["publications"]
    assert after["recommendations"] != before["recommendations"]
    assert after[f"page:{statement.pk}"] != before[f"page:{statement.pk}"]


def test_a_topic_change_drops_everything(statement):
    before = version_tag()
    TopicFactory(slug="new-topic")
    assert version_tag() != before


def test_the_first_visitor_after_a_publish_finds_the_pages_warm(
    client, statement, recommendations_page, django_capture_on_commit_callbacks, tasks_run_at_once
):
    urls = ["/en/publications/joint-statement/", "/ru/publications/", "/ky/recommendations/", "/en/"]
    for url in urls:
        client.get(url)
    warm = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        warm[url] = len(queries)
    with override_settings(WARM_AFTER_PUBLISH=True), django_capture_on_commit_callbacks(execute=True):
        statement.save_revision().publish()
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) <= warm[url], url
