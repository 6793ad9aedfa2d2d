"""An editor follows a missing Kyrgyz translation from the board to the editor, which shows the Kyrgyz fields,
and the language choice stays after saving."""

import pytest
from wagtail.models import Page


@pytest.mark.django_db(transaction=True)
def test_editor_follows_a_board_row_to_the_kyrgyz_fields(live_server, demo_site, admin_user, browser_page, screenshot):
    page = browser_page
    page.set_default_timeout(15000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pass-for-tests-only")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/reports/translations/?language=ky&status=missing")
    screenshot(page, "translation-board")
    uranium_row = page.locator("tr", has_text="Living next to uranium tailings")
    uranium_row.locator('a[data-translation-state="missing"][data-language="ky"]').click()
    page.wait_for_url("**/edit/?translation=ky")
    assert page.locator("#id_summary_ky").is_visible()
    assert page.locator("#id_summary_en").is_visible()
    assert not page.locator("#id_summary_ru").is_visible()
    page.fill("#id_summary_ky", "Уран калдыктарынын жанында жашоо: тобокелдиктер.")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state()
    screenshot(page, "translation-editor-after-save")
    assert page.locator("#id_summary_ky").is_visible()  # the chosen language stays after saving
    uranium = Page.objects.get(slug="uranium-tailings-2019").get_latest_revision_as_object()
    assert uranium.summary_ky.startswith("Уран")
