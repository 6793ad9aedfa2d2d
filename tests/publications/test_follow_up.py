"""A recommendation's status and notes live on their own record: edited in one place, kept across drafts."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from publications.models import FollowUpNote, PublicationPage, Recommendation, RecommendationFollowUp

pytestmark = pytest.mark.django_db

ADMIN_URL = "/admin/snippets/publications/recommendationfollowup/"


def edit_follow_up(admin_client, recommendation, status, note=None):
    notes = [{"date": "2024-06-01", "note_en": note, "note_ru": "", "note_ky": ""}] if note else []
    data = {"status": status, "notes-TOTAL_FORMS": str(len(notes)), "notes-INITIAL_FORMS": "0"}
    data.update({"notes-MIN_NUM_FORMS": "0", "notes-MAX_NUM_FORMS": "1000"})
    for n, row in enumerate(notes):
        data.update({f"notes-{n}-{name}": value for name, value in row.items()})
        data.update({f"notes-{n}-ORDER": str(n + 1), f"notes-{n}-id": "", f"notes-{n}-DELETE": ""})
    response = admin_client.post(f"{ADMIN_URL}edit/{recommendation.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_status_stands_when_an_older_draft_of_the_statement_is_published(
    admin_client, client, recommendations_page, statement
):
    older = statement.save_revision()
    older.publish()
    first = statement.recommendations.order_by("sort_order").first()

    edit_follow_up(admin_client, first, "implemented", note="The service opened every prison to monitors.")
    # An editor restores and publishes the older draft (Wagtail's revision revert does the same).
    PublicationPage.objects.get(pk=statement.pk).revisions.get(pk=older.pk).publish()

    record = RecommendationFollowUp.objects.get(pk=first.pk)
    assert record.status == "implemented"
    assert "The service opened every prison to monitors." in [n.note_en for n in record.notes.all()]
    assert record.revisions.count() == 1  # its own history
    page = client.get("/en/publications/joint-statement/").content.decode()
    assert "Implemented" in page and "The service opened every prison to monitors." in page
    database = client.get("/en/recommendations/?status=implemented")
    assert [r.pk for r in database.context["recommendations"]] == [first.pk]


def test_a_revision_from_before_the_split_cannot_bring_a_status_back(statement):
    first = statement.recommendations.order_by("sort_order").first()
    revision = statement.save_revision()
    revision.content["recommendations"][0]["status"] = "no_response"  # what revisions held before
    revision.save()
    revision.publish()
    assert RecommendationFollowUp.objects.get(pk=first.pk).status == "rejected"


def test_record_survives_its_recommendation_leaving_and_coming_back(statement):
    with_both = statement.save_revision()
    first = statement.recommendations.order_by("sort_order").first()
    page = PublicationPage.objects.get(pk=statement.pk)
    page.recommendations.remove(page.recommendations.get(pk=first.pk))
    page.save_revision().publish()
    assert not Recommendation.objects.filter(pk=first.pk).exists()
    assert not RecommendationFollowUp.objects.get(pk=first.pk).listed
    with_both.publish()
    record = RecommendationFollowUp.objects.get(pk=first.pk)
    assert (record.status, record.listed, record.removed, record.notes.count()) == ("rejected", True, False, 1)


def test_listing_columns_follow_the_statement(client, recommendations_page, statement):
    assert set(RecommendationFollowUp.objects.values_list("listed", flat=True)) == {True}
    statement.unpublish()
    assert set(RecommendationFollowUp.objects.values_list("listed", flat=True)) == {False}
    statement.refresh_from_db()
    statement.publication_date = statement.publication_date.replace(year=2019)
    statement.save_revision().publish()
    assert set(RecommendationFollowUp.objects.values_list("listed", "publication_date__year")) == {(True, 2019)}


def test_editors_change_records_but_never_add_or_delete_them(admin_client, statement):
    listing = admin_client.get(ADMIN_URL, {"status": "rejected"})
    assert listing.status_code == 200
    assert "Let independent monitors visit every prison." in listing.content.decode()
    assert admin_client.get(f"{ADMIN_URL}add/").status_code in (302, 403)
    first = statement.recommendations.order_by("sort_order").first()
    assert admin_client.get(f"{ADMIN_URL}delete/{first.pk}/").status_code in (302, 403)
    edit = admin_client.get(f"{ADMIN_URL}edit/{first.pk}/")
    assert edit.status_code == 200 and "Let independent monitors visit every prison." in edit.content.decode()


@pytest.mark.django_db(transaction=True)
def test_migration_carries_todays_statuses_and_notes_over(statement):
    before = ("publications", "0003_featured_publication")
    first = statement.recommendations.order_by("sort_order").first()
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old_apps = executor.loader.project_state([before]).apps
    OldRecommendation = old_apps.get_model("publications", "Recommendation")
    OldRecommendation.objects.filter(pk=first.pk).update(status="partially_implemented")
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    record = RecommendationFollowUp.objects.get(pk=first.pk)
    assert (record.status, record.listed, record.publication_id) == ("partially_implemented", True, statement.pk)
    assert FollowUpNote.objects.filter(follow_up=record).count() == 1
    assert RecommendationFollowUp.objects.count() == Recommendation.objects.count() == 2
