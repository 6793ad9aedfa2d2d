"""Editors keep recommendations' follow-up: dated notes added, edited and removed on a record, a status set on
many records at once from the filtered list, and every change shown on the statement and in the database at
once, with who changed the status and when."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from publications.follow_up_updates import STATUS_CHANGED
from publications.models import FollowUpNote, RecommendationFollowUp

from .factories import RecommendationFactory

pytestmark = pytest.mark.django_db

FOLLOW_UPS = "/admin/snippets/publications/recommendationfollowup/"
BULK = "/admin/bulk/publications/recommendationfollowup/set_follow_up_status/"


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("aigul", password="not-used", first_name="Aigul", last_name="S.")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def record_form(record, status, notes):
    """The editor's POST: the status and every note row (existing rows carry their id; `delete` removes one)."""
    data = {
        "status": status,
        "notes-TOTAL_FORMS": str(len(notes)),
        "notes-INITIAL_FORMS": str(sum(1 for note in notes if note.get("id"))),
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
    }
    for n, note in enumerate(notes):
        data.update(
            {
                f"notes-{n}-id": note.get("id", ""),
                f"notes-{n}-date": note["date"],
                f"notes-{n}-note_en": note["en"],
                f"notes-{n}-note_ru": note.get("ru", ""),
                f"notes-{n}-note_ky": note.get("ky", ""),
                f"notes-{n}-ORDER": str(n + 1),
                f"notes-{n}-DELETE": "1" if note.get("delete") else "",
            }
        )
    return data


def public_text(client, path):
    return client.get(path).content.decode()


def test_an_editor_adds_edits_and_removes_dated_notes(client, editor, statement, recommendations_page, committed):
    record = RecommendationFollowUp.objects.get(pk=statement.recommendations.order_by("sort_order")[1].pk)
    for language in ("en", "ru", "ky"):  # the pages are cached before the change
        public_text(client, f"/{language}/publications/joint-statement/")
        public_text(client, f"/{language}/recommendations/")
    client.force_login(editor)
    added = {
        "date": "2026-11-20",
        "en": "The committee heard the authors of the bill.",
        "ru": "Комитет заслушал авторов законопроекта.",
        "ky": "Комитет мыйзам долбоорунун авторлорун укту.",
    }
    with committed():  # what a save drops from the cache is dropped once it commits
        response = client.post(f"{FOLLOW_UPS}edit/{record.pk}/", record_form(record, "partially_implemented", [added]))
    assert response.status_code == 302, response.content.decode()[:3000]

    for language, words, status in (
        ("en", added["en"], "Partially implemented"),
        ("ru", added["ru"], "Выполнена частично"),
        ("ky", added["ky"], "Жарым-жартылай аткарылды"),
    ):
        page = public_text(client, f"/{language}/publications/joint-statement/")
        assert words in page and status in page, language
        database = public_text(client, f"/{language}/recommendations/")
        assert words in database and status in database, language

    note = record.notes.get()
    edited = {"id": str(note.pk), "date": "2026-11-21", "en": "The committee rejected the bill."}
    with committed():
        response = client.post(f"{FOLLOW_UPS}edit/{record.pk}/", record_form(record, "partially_implemented", [edited]))
    assert response.status_code == 302
    note.refresh_from_db()
    assert (str(note.date), note.note_en) == ("2026-11-21", "The committee rejected the bill.")
    assert "The committee rejected the bill." in public_text(client, "/en/publications/joint-statement/")

    removed = {**edited, "delete": True}
    with committed():
        response = client.post(
            f"{FOLLOW_UPS}edit/{record.pk}/", record_form(record, "partially_implemented", [removed])
        )
    assert response.status_code == 302
    assert not record.notes.exists()
    assert "The committee rejected the bill." not in public_text(client, "/en/publications/joint-statement/")


def test_the_record_shows_who_changed_the_status_and_when(client, editor, statement):
    record = RecommendationFollowUp.objects.get(pk=statement.recommendations.order_by("sort_order")[1].pk)
    note = {"date": "2026-11-20", "en": "Adopted in the first reading."}
    client.post(f"{FOLLOW_UPS}edit/{record.pk}/", record_form(record, "implemented", [note]))
    entry = ModelLogEntry.objects.for_instance(record).get(action=STATUS_CHANGED)
    assert (entry.user, entry.data) == (editor, {"from": "under_consideration", "to": "implemented"})

    editor_page = client.get(f"{FOLLOW_UPS}edit/{record.pk}/").content.decode()
    assert "Status history" in editor_page
    assert "Aigul S.: Under consideration → <strong>Implemented</strong>" in editor_page
    history = client.get(f"{FOLLOW_UPS}history/{record.pk}/").content.decode()
    assert "Status changed from “Under consideration” to “Implemented”" in history

    # A save that keeps the status logs no status change.
    client.post(f"{FOLLOW_UPS}edit/{record.pk}/", record_form(record, "implemented", []))
    assert ModelLogEntry.objects.for_instance(record).filter(action=STATUS_CHANGED).count() == 1


@pytest.fixture
def five_for_the_ministry(statement, addressees):
    """Five more recommendations to the penitentiary service, each with its own follow-up record."""
    for n in range(5):
        RecommendationFactory(
            publication=statement, addressee=addressees["prisons"], text_en=f"Act on prison rule {n}."
        )
    return list(
        RecommendationFollowUp.objects.filter(addressee=addressees["prisons"], removed=False).order_by("position")
    )


def bulk_data(status="implemented", **notes):
    return {
        "status": status,
        "date": "2026-11-25",
        "note_en": notes.get("en", "The UPR review accepted these recommendations."),
        "note_ru": notes.get("ru", "Обзор УПО принял эти рекомендации."),
        "note_ky": notes.get("ky", "УПО сереби бул сунуштарды кабыл алды."),
    }


def test_one_status_and_one_dated_note_for_many_records_at_once(
    client, editor, five_for_the_ministry, addressees, recommendations_page, committed
):
    listing = client.get(FOLLOW_UPS, {"addressee": addressees["prisons"].pk}).content.decode()
    assert "Act on prison rule 4." in listing and "Withdraw the bill restricting NGOs." not in listing
    assert "set_follow_up_status" in listing  # the bulk action is offered on the list
    chosen = five_for_the_ministry[1:6]
    ids = "&".join(f"id={record.pk}" for record in chosen)
    form = client.get(f"{BULK}?{ids}&next={FOLLOW_UPS}")
    assert form.status_code == 200 and "Act on prison rule 4." in form.content.decode()

    client.get("/ru/recommendations/", {"status": "implemented"})  # cached before the change
    with committed():
        response = client.post(f"{BULK}?{ids}&next={FOLLOW_UPS}", bulk_data())
    assert response.status_code == 302 and response["Location"] == FOLLOW_UPS
    for record in chosen:
        record.refresh_from_db()
        assert record.status == "implemented"
        note = record.notes.get(date="2026-11-25")
        assert note.note_ky == "УПО сереби бул сунуштарды кабыл алды."
        # Logged per record: its own revision (with the note) and its status change.
        assert record.revisions.count() == 1
        assert record.latest_revision.content["notes"][-1]["note_en"].startswith("The UPR review")
        assert ModelLogEntry.objects.for_instance(record).filter(action=STATUS_CHANGED, user=editor).exists()
    untouched = five_for_the_ministry[0]
    untouched.refresh_from_db()
    assert untouched.status != "implemented" or not untouched.notes.filter(date="2026-11-25").exists()
    database = client.get("/ru/recommendations/", {"status": "implemented"}).content.decode()
    assert database.count("Обзор УПО принял эти рекомендации.") == 5


def test_the_bulk_change_is_all_or_nothing(client, editor, five_for_the_ministry, monkeypatch):
    chosen = five_for_the_ministry[:5]
    before = {record.pk: record.status for record in chosen}
    created = []
    real_create = FollowUpNote.objects.create

    def fail_on_the_fourth(**kwargs):
        created.append(kwargs)
        if len(created) == 4:
            raise RuntimeError("the database went away")
        return real_create(**kwargs)

    monkeypatch.setattr(FollowUpNote.objects, "create", fail_on_the_fourth)
    ids = "&".join(f"id={record.pk}" for record in chosen)
    client.raise_request_exception = False
    response = client.post(f"{BULK}?{ids}", bulk_data())
    assert response.status_code == 500
    assert {r.pk: r.status for r in RecommendationFollowUp.objects.filter(pk__in=before)} == before
    assert not FollowUpNote.objects.filter(date="2026-11-25").exists()


def test_a_bulk_change_without_its_note_is_refused_and_changes_nothing(client, editor, five_for_the_ministry):
    chosen = five_for_the_ministry[:2]
    ids = "&".join(f"id={record.pk}" for record in chosen)
    response = client.post(f"{BULK}?{ids}", bulk_data(en=""))
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not FollowUpNote.objects.filter(date="2026-11-25").exists()


def test_the_list_filters_by_statement(client, editor, statement, news_2022, addressees):
    other = RecommendationFactory(publication=news_2022, addressee=addressees["prisons"], text_en="Count the vote.")
    listing = client.get(FOLLOW_UPS, {"publication": statement.pk}).content.decode()
    assert "Withdraw the bill restricting NGOs." in listing and other.text_en not in listing
    listing = client.get(FOLLOW_UPS, {"publication": news_2022.pk}).content.decode()
    assert other.text_en in listing and "Withdraw the bill" not in listing
