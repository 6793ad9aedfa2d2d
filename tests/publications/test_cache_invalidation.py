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


def test_the_home_page_sections_follow_what_they_show(client, statement):
    """Home's sections below the hero are cached fragments: a new publication, an edited testimonial, a new
    network membership and new organisation settings show at once; a warm home runs none of their queries."""
    from home.models import OrganisationSettings
    from tests.home.factories import NetworkOrganisationFactory, TestimonialFactory

    testimonial = TestimonialFactory(headline_en="Before the edit")
    client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/en/").content.decode()
    assert "Before the edit" in page and statement.title in page
    assert not [q for q in queries if "home_testimonial" in q["sql"] or "home_networkorganisation" in q["sql"]]

    PublicationPageFactory(parent=statement.get_parent(), title="A fresh report", slug="fresh")
    testimonial.headline_en = "After the edit"
    testimonial.save()
    NetworkOrganisationFactory(name_en="A newly joined network")
    settings = OrganisationSettings.for_site(statement.get_site())
    settings.organisation_name_en = "Renamed organisation"
    settings.save()
    page = client.get("/en/").content.decode()
    assert "A fresh report" in page and "After the edit" in page and "Before the edit" not in page
    assert "A newly joined network" in page
    assert '"name":"Renamed organisation"' in page
