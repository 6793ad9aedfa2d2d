"""A follow-up note or status saved in the admin reaches visitors behind the proxy at once: the statement and the
recommendations database are purged in every language, once however many records one save touched."""

import pytest
from django.contrib.auth.models import Group

from publications.follow_up_updates import set_status
from publications.models import RecommendationFollowUp
from tests.publications.factories import (
    AddresseeFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    RecommendationFactory,
    RecommendationsPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(home_page):
    index = PublicationIndexPageFactory(parent=home_page)
    RecommendationsPageFactory(parent=home_page)
    page = PublicationPageFactory(parent=index, slug="statement-on-prisons", kind="statement")
    addressee = AddresseeFactory()
    for _n in range(3):
        RecommendationFactory(publication=page, addressee=addressee)
    page.save_revision().publish()
    return page


def purged_paths(purge_server):
    return {address.removeprefix("testserver") for address in purge_server}


def test_a_note_saved_in_the_editor_purges_the_statement_and_the_database(
    client, django_user_model, statement, purge_server, committed
):
    editor = django_user_model.objects.create_user("editor-1", password="not-used")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    record = RecommendationFollowUp.objects.filter(publication_id=statement.pk).first()
    data = {
        "status": "implemented",
        "notes-TOTAL_FORMS": "1",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
        "notes-0-date": "2026-11-20",
        "notes-0-note_en": "The service opened the prisons.",
        "notes-0-ORDER": "1",
    }
    with committed():
        response = client.post(f"/admin/snippets/publications/recommendationfollowup/edit/{record.pk}/", data)
    assert response.status_code == 302
    paths = purged_paths(purge_server)
    for language in ("en", "ru", "ky"):
        assert f"/{language}/publications/statement-on-prisons/" in paths
        assert f"/{language}/recommendations/" in paths
    assert len(purge_server) == len(set(purge_server)), "each address is purged once"


def test_a_bulk_change_purges_once(django_user_model, statement, purge_server, committed):
    user = django_user_model.objects.create_user("editor-2", password="not-used")
    records = list(RecommendationFollowUp.objects.filter(publication_id=statement.pk))
    with committed():
        set_status(records, "rejected", "2026-11-21", {"note_en": "Refused in writing."}, user)
    assert "/ky/publications/statement-on-prisons/" in purged_paths(purge_server)
    assert len(purge_server) == len(set(purge_server))
