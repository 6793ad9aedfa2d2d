"""Legal intake in the admin: the group's members list requests by their metadata, open one in the browser with
their key (the page carries only the sealed bytes, under a script policy with no inline code), change its
status, delete it, and export the sealed list for the offline tool. Editors do none of it; 2FA is required."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client

from intake import services
from intake.models import IntakeRequest

from .conftest import DEVELOPMENT_KEY, KYRGYZ_MARKER, MARKER, TOOL_PATH, VALID

pytestmark = pytest.mark.django_db


def member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def stored(demo_site):
    fields = {
        "language": "ky",
        "region": "naryn",
        "name": "",
        "contact_channel": "telegram",
        "contact_details": "@aigul",
        "safe_time": "any time",
        "consent": True,
        "what_happened": VALID["what_happened"],
    }
    return services.receive(fields)


@pytest.fixture
def lawyer_client(client, django_user_model):
    client.force_login(member(django_user_model, "lawyer", "Legal intake"))
    return client


def test_the_list_shows_metadata_only(lawyer_client, stored):
    response = lawyer_client.get("/admin/intake/requests/")
    html = response.content.decode()
    assert response.status_code == 200
    assert stored.reference in html and "Naryn region" in html and stored.key_id in html
    assert MARKER not in html and KYRGYZ_MARKER not in html and "@aigul" not in html
    assert "Add legal help request" not in html  # requests only come from the public form
    assert lawyer_client.get("/admin/intake/requests/new/").status_code in (302, 403)
    assert "Legal intake" in lawyer_client.get("/admin/").content.decode()
    other = services.receive({"language": "en", "region": "talas", "what_happened": "x", "consent": True})
    found = lawyer_client.get(f"/admin/intake/requests/?q={stored.reference.lower()}").content.decode()
    assert stored.reference in found and other.reference not in found


def test_the_reading_page_carries_only_sealed_bytes_under_a_strict_script_policy(lawyer_client, stored):
    response = lawyer_client.get(f"/admin/intake/requests/inspect/{stored.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert stored.sealed_base64 in html and stored.key_id in html
    assert MARKER not in html and KYRGYZ_MARKER not in html
    assert "intake/read_request.js" in html
    policy = response["Content-Security-Policy"]
    scripts = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert scripts.split() == ["script-src", "'self'"]
    # The key inputs have no name and sit in no form: nothing there can be submitted.
    reader = html.split("data-intake-reader", 1)[1].split("</section>", 1)[0]
    assert "<form" not in reader and " name=" not in reader


def test_status_changes_and_deletion(lawyer_client, stored):
    response = lawyer_client.post(f"/admin/intake/requests/edit/{stored.pk}/", {"status": "in-progress"})
    assert response.status_code == 302
    stored.refresh_from_db()
    assert stored.status == "in-progress"
    before = bytes(stored.sealed)
    assert bytes(IntakeRequest.objects.get().sealed) == before  # the edit form cannot touch the sealed request
    response = lawyer_client.post(f"/admin/intake/requests/delete/{stored.pk}/")
    assert response.status_code == 302
    assert not IntakeRequest.objects.exists()


def test_the_csv_export_opens_with_the_offline_tool(lawyer_client, stored, tmp_path):
    import subprocess
    import sys

    response = lawyer_client.get("/admin/intake/requests/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["reference"] for row in rows] == [stored.reference]
    assert MARKER not in text
    # Only CSV: an XLSX cell could not hold a long sealed request (the address just shows the list).
    assert "spreadsheet" not in lawyer_client.get("/admin/intake/requests/?export=xlsx")["Content-Type"]
    export = tmp_path / "legal-intake-requests.csv"
    export.write_text(text)
    result = subprocess.run(
        [sys.executable, str(TOOL_PATH), "open", str(export), "--key", str(DEVELOPMENT_KEY), "--language", "ky"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert VALID["what_happened"] in result.stdout and result.stderr == ""
    assert f"Номери: {stored.reference}" in result.stdout and "Кантип байланышуу: telegram" in result.stdout
    folder = tmp_path / "opened"
    subprocess.run(
        [sys.executable, str(TOOL_PATH), "open", str(export), "--key", str(DEVELOPMENT_KEY), "--out", str(folder)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    opened = folder / f"{stored.reference}.txt"
    assert VALID["what_happened"] in opened.read_text()
    assert oct(opened.stat().st_mode & 0o777) == "0o600"


def test_editors_cannot_list_open_change_delete_or_export(client, django_user_model, stored):
    client.force_login(member(django_user_model, "editor2", "Editors"))
    for address in (
        "/admin/intake/requests/",
        "/admin/intake/requests/?export=csv",
        f"/admin/intake/requests/inspect/{stored.pk}/",
        f"/admin/intake/requests/edit/{stored.pk}/",
        f"/admin/intake/requests/delete/{stored.pk}/",
    ):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert stored.reference not in response.content.decode(), address
    assert client.post(f"/admin/intake/requests/delete/{stored.pk}/").status_code in (302, 403)
    assert IntakeRequest.objects.filter(pk=stored.pk).exists()
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/intake/requests/" not in dashboard


@pytest.mark.two_factor
def test_legal_intake_members_must_use_a_second_factor(django_user_model, stored):
    browser = Client()
    user = member(django_user_model, "lawyer", "Legal intake")
    user.set_password("a-long-test-password")
    user.save()
    browser.post("/admin/login/", {"username": "lawyer", "password": "a-long-test-password"})
    response = browser.get("/admin/intake/requests/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/two-factor/setup/")
