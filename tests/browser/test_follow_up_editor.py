"""In Chromium, an editor of the Editors group, with the admin in Russian: opens a recommendation's follow-up from
the menu, adds a dated note, sets one status with one note on five recommendations at once, and finds both on
the public statement and in the recommendations database in English, Russian and Kyrgyz. A statement without
body text shows no "not translated" notice; the board names recommendations whose Kyrgyz text is missing; the
admin screens of ours show no English of ours, in Russian or in Kyrgyz."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from publications.models import PublicationIndexPage, PublicationPage, RecommendationFollowUp
from scripts.untranslated import collect_msgids
from tests.publications.factories import AddresseeFactory, PublicationPageFactory, RecommendationFactory

PASSWORD = "editor-password-for-tests"
NOTE = {
    "en": "The ministry promised a reply by March.",
    "ru": "Министерство обещало ответить к марту.",
    "ky": "Министрлик мартка чейин жооп берерин убада кылды.",
}
BULK_NOTE = {
    "en": "Accepted at the Universal Periodic Review.",
    "ru": "Приняты в ходе Универсального периодического обзора.",
    "ky": "Жалпы мезгилдүү сереп учурунда кабыл алынды.",
}
IMPLEMENTED = {"en": "Implemented", "ru": "Выполнена", "ky": "Аткарылды"}

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor(django_user_model, demo_site):
    user = django_user_model.objects.create_user("aigul", "aigul@example.org", PASSWORD, first_name="Aigul")
    user.groups.add(Group.objects.get(name="Editors"))  # made by the roles migration, re-made with the demo
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "ru"})
    return user


@pytest.fixture(scope="module")
def phrases_of_ours():
    """Our English strings of two words or more (no placeholders): none may show in a Russian admin screen."""
    found = set()
    for _context, msgid, plural, _locations in collect_msgids():
        for text in filter(None, (msgid, plural)):
            if len(text.split()) >= 2 and "%" not in text and "<" not in text and "{" not in text:
                found.add(text)
    return found


def english_of_ours(page, phrases):
    text = " ".join(page.locator("body").inner_text().split())
    return sorted(phrase for phrase in phrases if " ".join(phrase.split()) in text)


def sign_in(page, base):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "aigul")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def pick_today(page, selector):
    """Opens Wagtail's date picker on the field and clicks today, as a person would; returns the date set."""
    page.locator(selector).click()
    page.locator(".xdsoft_datetimepicker:visible td.xdsoft_today").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    return page.input_value(selector)


def public_text(page, url):
    page.goto(url)
    return " ".join(page.locator("main").text_content().split())


def statement_without_body(index):
    """Title, summary and recommendations in English and Kyrgyz, no body text anywhere."""
    page = PublicationPageFactory(
        parent=index,
        slug="no-body-text",
        kind="statement",
        title_en="Stop torture in police custody",
        title_ru="",
        title_ky="Полиция кармоосундагы кыйноолорду токтотуу",
        summary_en="Three steps the police can take now.",
        summary_ru="",
        summary_ky="Милиция азыр эле жасай турган үч кадам.",
    )
    addressee = AddresseeFactory(slug="police-walk")
    for n in range(3):
        RecommendationFactory(
            publication=page, addressee=addressee, text_en=f"Record every interrogation {n}.", text_ky=f"Сурак {n}."
        )
    page.save_revision().publish()
    return page


def recommendations_without_kyrgyz(index):
    page = PublicationPageFactory(parent=index, slug="no-kyrgyz-recommendations", kind="statement")
    RecommendationFactory(publication=page, addressee=AddresseeFactory(slug="ky-missing"), text_ky="")
    page.save_revision().publish()
    return page


def test_an_editor_updates_follow_ups_and_visitors_see_them_in_every_language(
    live_server, editor, browser_page, screenshot, phrases_of_ours
):
    page = browser_page
    page.set_default_timeout(30000)  # a shared 2-core machine under load
    base = live_server.url
    statement = PublicationPage.objects.get(slug="joint-meeting-2020-statement")
    records = list(RecommendationFollowUp.objects.filter(publication_id=statement.pk, removed=False))
    single, bulk = records[0], records[1:6]
    english = {}

    sign_in(page, base)
    english["dashboard"] = english_of_ours(page, phrases_of_ours)

    # The follow-ups are in the Publications menu.
    page.locator("nav").get_by_role("button", name="Публикации").click()
    page.locator("nav").get_by_role("link", name="Рекомендации").click()
    page.wait_for_url("**/snippets/publications/recommendationfollowup/")
    english["follow-up list"] = english_of_ours(page, phrases_of_ours)
    screenshot(page, "follow-up-list-ru")

    # One record: a dated note in three languages and a new status.
    page.goto(f"{base}/admin/snippets/publications/recommendationfollowup/edit/{single.pk}/")
    notes_before = single.notes.count()
    page.locator("#id_notes-ADD").click()
    row = f"#id_notes-{notes_before}-"
    note_date = pick_today(page, row + "date")
    for language, text in NOTE.items():
        if not page.locator(f"{row}note_{language}").is_visible():
            page.locator("button.locale-toggle", has_text=language).click()
        page.fill(f"{row}note_{language}", text)
    page.select_option("#id_status", "under_consideration")
    english["follow-up editor"] = english_of_ours(page, phrases_of_ours)
    screenshot(page, "follow-up-editor-ru")
    page.locator("button.action-save").click()
    page.wait_for_url("**/snippets/publications/recommendationfollowup/")
    single.refresh_from_db()
    assert single.status == "under_consideration"
    assert single.notes.filter(note_ky=NOTE["ky"], date=note_date).exists()
    page.goto(f"{base}/admin/snippets/publications/recommendationfollowup/edit/{single.pk}/")
    history = page.locator("ol.follow-up-history").inner_text()
    assert "Aigul" in history and "На рассмотрении" in history

    # Five records at once, from the list filtered by the statement.
    page.goto(f"{base}/admin/snippets/publications/recommendationfollowup/?publication={statement.pk}")
    for record in bulk:
        page.locator(f"input[data-bulk-action-checkbox][data-object-id='{record.pk}']").check()
    page.get_by_text("Установить статус", exact=True).click()
    page.wait_for_url("**/bulk/publications/recommendationfollowup/set_follow_up_status/**")
    page.select_option("#id_status", "implemented")
    assert page.input_value("#id_date")  # today's date, which the note keeps
    for language, text in BULK_NOTE.items():
        page.fill(f"#id_note_{language}", text)
    english["bulk form"] = english_of_ours(page, phrases_of_ours)
    screenshot(page, "follow-up-bulk-ru")
    page.get_by_role("button", name="Сохранить у всех").click()
    page.wait_for_url("**/snippets/publications/recommendationfollowup/**")
    assert "сохранены у 5 рекомендаций" in page.locator(".messages").inner_text()

    # Visitors see both at once, in every language: on the statement and in the database.
    for language in ("en", "ru", "ky"):
        article = public_text(page, f"{base}/{language}/publications/{statement.slug}/")
        assert NOTE[language] in article and BULK_NOTE[language] in article, language
        assert article.count(IMPLEMENTED[language]) >= 5, language
        database = public_text(page, f"{base}/{language}/recommendations/?status=implemented")
        assert database.count(BULK_NOTE[language]) == 5, language
        if language == "ky":
            screenshot(page, "recommendations-database-ky")

    # A statement without body text is translated wherever its words are.
    index = PublicationIndexPage.objects.get()
    no_body = statement_without_body(index)
    for language in ("en", "ky"):
        page.goto(f"{base}/{language}/publications/{no_body.slug}/")
        assert page.locator(".translation-notice").count() == 0, language
        assert page.locator("main").get_attribute("lang") is None, language

    # The board names the recommendations whose Kyrgyz text is missing, in Russian.
    missing = recommendations_without_kyrgyz(index)
    page.goto(f"{base}/admin/reports/translations/?language=ky&status=missing")
    row = page.locator("tr", has_text=missing.title)
    assert "Не хватает: рекомендации" in row.inner_text()
    english["translation board"] = english_of_ours(page, phrases_of_ours)
    screenshot(page, "translation-board-ru")

    page.goto(f"{base}/admin/pages/{statement.pk}/edit/")
    english["statement editor"] = english_of_ours(page, phrases_of_ours)

    # The same screens of ours in a Kyrgyz admin.
    UserProfile.objects.filter(user=editor).update(preferred_language="ky")
    follow_ups = f"{base}/admin/snippets/publications/recommendationfollowup/"
    bulk_ids = "&".join(f"id={record.pk}" for record in bulk)
    for screen, url in {
        "ky dashboard": f"{base}/admin/",
        "ky follow-up list": follow_ups,
        "ky follow-up editor": f"{follow_ups}edit/{single.pk}/",
        "ky bulk form": f"{base}/admin/bulk/publications/recommendationfollowup/set_follow_up_status/?{bulk_ids}",
        "ky translation board": f"{base}/admin/reports/translations/?language=ky&status=missing",
        "ky statement editor": f"{base}/admin/pages/{statement.pk}/edit/",
    }.items():
        page.goto(url)
        assert page.locator("html").get_attribute("lang") == "ky", screen
        english[screen] = english_of_ours(page, phrases_of_ours)
    screenshot(page, "statement-editor-ky")
    page.goto("about:blank")  # leave the editor before the database is emptied (it pings its editing session)
    assert {screen: found for screen, found in english.items() if found} == {}


def block_menu(page, base, publication):
    page.goto(f"{base}/admin/pages/{publication.pk}/edit/")
    page.locator("button.c-sf-add-button").first.click()
    return " ".join(page.locator(".w-combobox").first.inner_text().split())


def test_the_recommendations_block_is_offered_on_statements_only(live_server, editor, browser_page, screenshot):
    page = browser_page
    page.set_default_timeout(30000)  # a shared 2-core machine under load
    sign_in(page, live_server.url)
    news = PublicationPage.objects.filter(kind="news").first()
    menu = block_menu(page, live_server.url, news)
    screenshot(page, "block-menu-news-ru")
    assert "Таблица" in menu and "Рекомендации" not in menu
    statement = PublicationPage.objects.get(slug="joint-meeting-2020-statement")
    assert "Рекомендации" in block_menu(page, live_server.url, statement)
    page.goto("about:blank")
