"""A change drops what it affects, not every derived entry, once it commits (core.dispatcher)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.caching import version_tag
from publications.models import RecommendationFollowUp

from .factories import PublicationPageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def tags(*sections):
    return {section: version_tag(section) for section in sections}


def test_publishing_a_publication_drops_its_sections_only(statement, committed):
    other = PublicationPageFactory(parent=statement.get_parent(), slug="unrelated")
    sections = ("pages", "publications", "recommendations", f"page:{statement.pk}", f"page:{other.pk}")
    before = tags(*sections)
    with committed():
        statement.save_revision().publish()
    after = tags(*sections)
    assert after[f"page:{other.pk}"] == before[f"page:{other.pk}"]
    assert all(after[name] != before[name] for name in sections[:4])


def test_a_status_change_drops_the_database_and_its_statement_only(statement, committed):
    before = tags("publications", "recommendations", f"page:{statement.pk}")
    record = RecommendationFollowUp.objects.filter(publication_id=statement.pk).first()
    record.status = "implemented"
    with committed():
        record.save()
    after = tags("publications", "recommendations", f"page:{statement.pk}")
    assert after["publications"] == before["publications"]
    assert after["recommendations"] != before["recommendations"]
    assert after[f"page:{statement.pk}"] != before[f"page:{statement.pk}"]


def test_a_topic_change_drops_everything(statement, committed):
    before = version_tag()
    with committed():
        TopicFactory(slug="new-topic")
    assert version_tag() != before


def test_nothing_is_dropped_before_the_change_commits_or_after_it_rolls_back(statement, committed):
    """A version bumped before the commit could be refilled from the old rows by a request in between; a rolled
    back change must drop nothing."""
    from django.db import transaction

    before = tags("publications", f"page:{statement.pk}")
    with committed():
        try:
            with transaction.atomic():
                statement.save_revision().publish()
                assert tags("publications", f"page:{statement.pk}") == before, "not before the commit"
                raise RuntimeError("the editor's request fails")
        except RuntimeError:
            pass
    assert tags("publications", f"page:{statement.pk}") == before


def test_one_transaction_bumps_each_section_once(statement, committed):
    from core.caching import versions

    before = versions("recommendations", f"page:{statement.pk}")
    with committed():
        for record in RecommendationFollowUp.objects.filter(publication_id=statement.pk)[:5]:
            record.status = "implemented"
            record.save()
    after = versions("recommendations", f"page:{statement.pk}")
    assert [b - a for a, b in zip(before, after, strict=True)] == [0, 1, 1]


def test_the_home_page_sections_follow_what_they_show(client, statement, committed):
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

    with committed():
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
