"""An editor creates a statement with two recommendations in English and Russian, publishes it, and finds it."""

import pytest

from publications.models import PublicationIndexPage


@pytest.mark.django_db(transaction=True)
def test_editor_publishes_a_statement_with_recommendations(
    live_server, demo_site, admin_user, browser_page, screenshot
):
    page = browser_page
    page.set_default_timeout(15000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pass-for-tests-only")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    index = PublicationIndexPage.objects.get()
    page.goto(f"{live_server.url}/admin/pages/add/publications/publicationpage/{index.pk}/")
    # wagtail-modeltranslation shows one language's fields at a time until its toggle adds another.
    page.locator("button.locale-toggle", has_text="ru").click()
    page.fill("#id_title_en", "Open the prisons to monitors")
    page.fill("#id_title_ru", "Откройте тюрьмы для мониторов")
    page.select_option("#id_kind", "statement")
    page.fill("#id_publication_date", "2026-11-20")
    page.fill("#id_summary_en", "Monitors must be able to visit every place of detention.")
    page.fill("#id_summary_ru", "Мониторы должны иметь доступ во все места лишения свободы.")
    for number, (english, russian) in enumerate(
        [
            ("Allow unannounced visits to every prison.", "Разрешить внезапные посещения всех тюрем."),
            ("Publish the findings of every visit.", "Публиковать выводы каждого посещения."),
        ]
    ):
        page.get_by_role("button", name="Add Recommendation").click()
        prefix = f"#id_recommendations-{number}-"
        page.fill(prefix + "text_en", english)
        page.fill(prefix + "text_ru", russian)
        page.select_option(prefix + "addressee", label="State Penitentiary Service")
    page.get_by_role("tab", name="Promote").click()
    page.fill("#id_slug", "open-the-prisons")
    screenshot(page, "publications-editor-form")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url("**/admin/pages/**")
    screenshot(page, "publications-editor-published")

    page.goto(f"{live_server.url}/en/publications/")
    assert "Open the prisons to monitors" in page.locator(".pub-grid").inner_text()
    page.goto(f"{live_server.url}/ru/recommendations/?q=внезапные")
    results = page.locator(".rec-db__results").inner_text()
    assert "Разрешить внезапные посещения всех тюрем." in results
    assert "Откройте тюрьмы для мониторов" in results
    page.goto(f"{live_server.url}/ru/publications/open-the-prisons/")
    assert page.locator(".rec").count() == 2
