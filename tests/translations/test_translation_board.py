"""The translation status board: the demo's missing and outdated translations, filters, dashboard counts and
links from the page explorer and to the editor in the right language."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def rows_text(response):
    return response.content.decode()


def edit_url(slug):
    return f"/admin/pages/{Page.objects.get(slug=slug).pk}/edit/"


def test_board_shows_the_demos_missing_and_outdated_translations(admin_client, demo_site):
    content = rows_text(admin_client.get("/admin/reports/translations/"))
    assert "Living next to uranium tailings" in content and edit_url("networks") in content
    assert 'data-translation-state="missing"' in content and 'data-translation-state="outdated"' in content
    assert 'data-translation-state="complete"' in content
    assert "Missing: summary, body" in content

    missing = rows_text(admin_client.get("/admin/reports/translations/", {"language": "ky", "status": "missing"}))
    assert f"{edit_url('uranium-tailings-2019')}?translation=ky" in missing and edit_url("networks") not in missing

    outdated = rows_text(admin_client.get("/admin/reports/translations/", {"language": "ru", "status": "outdated"}))
    assert f"{edit_url('networks')}?translation=ru" in outdated and "uranium" not in outdated

    snippets = rows_text(admin_client.get("/admin/reports/translations/", {"type": "home.testimonial"}))
    assert "/admin/snippets/home/testimonial/edit/" in snippets and "Living next to" not in snippets


def test_dashboard_counts_and_explorer_link(admin_client, demo_site):
    dashboard = admin_client.get("/admin/").content.decode()
    assert "translation-status-panel" in dashboard
    assert "/admin/reports/translations/?language=ky&amp;status=missing" in dashboard
    networks = Page.objects.get(slug="networks")
    explorer = admin_client.get(f"/admin/pages/{networks.get_parent().pk}/").content.decode()
    assert "/admin/reports/translations/?for_page=" in explorer
    only_networks = rows_text(admin_client.get("/admin/reports/translations/", {"for_page": networks.pk}))
    assert edit_url("networks") in only_networks and "uranium" not in only_networks


def test_editor_opened_from_the_board_loads_the_language_chooser(admin_client, demo_site):
    uranium = Page.objects.get(slug="uranium-tailings-2019")
    editor = admin_client.get(f"/admin/pages/{uranium.pk}/edit/?translation=ky")
    assert editor.status_code == 200
    assert "translations/admin/translation_language" in editor.content.decode()


def test_board_is_for_admin_users_only(client, demo_site):
    assert client.get("/admin/reports/translations/").status_code == 302
