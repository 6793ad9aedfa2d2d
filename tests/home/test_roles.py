"""The organisation's roles, as the data migration leaves them: what each group's menu shows and what its members
may do, asked the way a browser asks (HTTP requests to the admin)."""

import json
import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from publications.models import PublicationIndexPage, PublicationPage, RecommendationFollowUp, Topic

pytestmark = pytest.mark.django_db

FOLLOW_UPS = "/admin/snippets/publications/recommendationfollowup/"
DENIED = "Sorry, you do not have permission to access this area."


def member_of(django_user_model, client, group):
    user = django_user_model.objects.create_user(f"{group.lower().replace(' ', '-')}-1", password="not-used")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


# Where each menu entry leads (its name is made from its label in whatever language first built the menu).
MENU = {
    "pages": "/admin/pages/",
    "images": "/admin/images/",
    "documents": "/admin/documents/",
    "recommendations": FOLLOW_UPS,
    "topics": "/admin/snippets/publications/topic/",
    "addressees": "/admin/snippets/publications/addressee/",
    "testimonials": "/admin/snippets/home/testimonial/",
    "translation board": "/admin/reports/translations/",
    "settings": "/admin/settings/home/organisationsettings/",
    "donations": "/admin/donations/gifts/",
}


def menu(client):
    """The entries (named as in MENU) of the admin's sidebar, sub-menus included, that the person is offered."""
    html = client.get("/admin/").content.decode()
    props = json.loads(re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html)[1])
    addresses = set()

    def walk(node):
        if isinstance(node, dict):
            url = node.get("url")
            # Telepath packs a repeated value once ({"_val": …, "_id": n}).
            addresses.add(url.get("_val") if isinstance(url, dict) else url)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(props)
    return {name for name, address in MENU.items() if address in addresses}


def denied(response):
    """Wagtail answers a forbidden admin address by sending the person back to the dashboard with a message."""
    return response.status_code in (302, 403) and "/admin/" in response.get("Location", "/admin/")


def a_statement():
    return PublicationPage.objects.filter(kind="statement", recommendations__isnull=False).distinct().first()


def edit_follow_up(client, record, status, note_en):
    data = {
        "status": status,
        "notes-TOTAL_FORMS": "1",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
        "notes-0-date": "2026-11-20",
        "notes-0-note_en": note_en,
        "notes-0-note_ru": "",
        "notes-0-note_ky": "",
        "notes-0-ORDER": "1",
        "notes-0-id": "",
        "notes-0-DELETE": "",
    }
    return client.post(f"{FOLLOW_UPS}edit/{record.pk}/", data)


def test_the_migration_makes_every_role(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Editors",
        "Moderators",
        "Translators",
        "Donation managers",
    }


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Translators"])
def test_editorial_roles_find_follow_ups_in_the_publications_menu_and_update_them(
    client, django_user_model, demo_site, group
):
    member_of(django_user_model, client, group)
    items = menu(client)
    assert "recommendations" in items and "donations" not in items
    listing = client.get(FOLLOW_UPS)
    assert listing.status_code == 200
    record = RecommendationFollowUp.objects.filter(listed=True).first()
    assert client.get(f"{FOLLOW_UPS}edit/{record.pk}/").status_code == 200
    response = edit_follow_up(client, record, "under_consideration", f"The ministry replied to {group}.")
    assert response.status_code == 302, response.content.decode()[:2000]
    record.refresh_from_db()
    assert record.status == "under_consideration"
    assert record.notes.filter(note_en=f"The ministry replied to {group}.").exists()
    # Records come and go with their recommendations: nobody adds or deletes them by hand.
    assert denied(client.get(f"{FOLLOW_UPS}add/"))
    assert denied(client.get(f"{FOLLOW_UPS}delete/{record.pk}/"))


def test_editors_write_pages_and_submit_them_but_do_not_publish(client, django_user_model, demo_site):
    editor = member_of(django_user_model, client, "Editors")
    index = PublicationIndexPage.objects.get()
    statement = a_statement()
    items = menu(client)
    assert {"pages", "images", "documents", "topics", "addressees", "testimonials", "translation board"} <= items
    assert "settings" not in items
    assert client.get(f"/admin/pages/add/publications/publicationpage/{index.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{statement.pk}/edit/").status_code == 200
    permissions = statement.permissions_for_user(editor)
    assert permissions.can_edit() and not permissions.can_publish() and not permissions.can_delete()
    assert denied(client.post(f"/admin/pages/{statement.pk}/unpublish/"))
    assert client.get("/admin/snippets/publications/topic/add/").status_code == 200
    topic = Topic.objects.first()
    assert denied(client.get(f"/admin/snippets/publications/topic/delete/{topic.pk}/"))
    assert denied(client.get("/admin/donations/gifts/"))


def test_moderators_also_publish_and_keep_the_settings(client, django_user_model, demo_site):
    moderator = member_of(django_user_model, client, "Moderators")
    statement = a_statement()
    items = menu(client)
    assert {"pages", "recommendations", "settings"} <= items and "donations" not in items
    permissions = statement.permissions_for_user(moderator)
    assert permissions.can_publish() and permissions.can_unpublish()
    topic = Topic.objects.first()
    assert client.get(f"/admin/snippets/publications/topic/delete/{topic.pk}/").status_code == 200
    assert denied(client.get("/admin/donations/gifts/"))


def test_translators_edit_what_exists_and_create_or_publish_nothing(client, django_user_model, demo_site):
    translator = member_of(django_user_model, client, "Translators")
    index = PublicationIndexPage.objects.get()
    statement = a_statement()
    items = menu(client)
    assert {"pages", "recommendations", "topics", "testimonials", "translation board"} <= items
    assert not {"donations", "settings", "images"} & items
    assert client.get(f"/admin/pages/{statement.pk}/edit/").status_code == 200
    assert denied(client.get(f"/admin/pages/add/publications/publicationpage/{index.pk}/"))
    permissions = statement.permissions_for_user(translator)
    assert permissions.can_edit() and not permissions.can_publish() and not permissions.can_delete()
    assert not Page.objects.get(pk=index.pk).permissions_for_user(translator).can_add_subpage()
    assert denied(client.get("/admin/snippets/publications/topic/add/"))
    topic = Topic.objects.first()
    assert client.get(f"/admin/snippets/publications/topic/edit/{topic.pk}/").status_code == 200
    assert client.get("/admin/reports/translations/").status_code == 200


def test_donation_managers_see_donations_only(client, django_user_model, demo_site):
    member_of(django_user_model, client, "Donation managers")
    items = menu(client)
    assert "donations" in items
    assert not {"pages", "recommendations", "topics", "testimonials", "settings"} & items
    assert client.get("/admin/donations/gifts/").status_code == 200
    assert denied(client.get(FOLLOW_UPS))
    statement = a_statement()
    assert denied(client.get(f"/admin/pages/{statement.pk}/edit/"))


def test_a_forbidden_address_says_so_in_the_editors_language(client, django_user_model, demo_site):
    from wagtail.users.models import UserProfile

    translator = member_of(django_user_model, client, "Translators")
    UserProfile.get_for_user(translator).__class__.objects.filter(user=translator).update(preferred_language="ru")
    response = client.get("/admin/snippets/publications/topic/add/", follow=True)
    content = response.content.decode()
    assert DENIED not in content and "Извините, но у вас нет доступа" in content


def test_roles_and_the_moderation_workflow_are_made_again_on_an_emptied_database(db):
    """Transactional tests (and a restore into an empty database) lose the rows migrations made; the demo
    loader makes them again, the "Moderators approval" workflow with its task included."""
    from wagtail.models import GroupPagePermission, Task, Workflow

    from home.roles import ensure_roles

    Workflow.objects.all().delete()
    Task.objects.all().delete()
    Group.objects.filter(name__in=["Editors", "Moderators", "Translators"]).delete()
    ensure_roles()
    workflow = Workflow.objects.get()
    tasks = [task.specific for task in workflow.tasks.all()]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [["Moderators"]]
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="change_recommendationfollowup").exists()
    assert set(GroupPagePermission.objects.filter(group=editors).values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
    }
