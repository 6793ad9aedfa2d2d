"""The editors' day, timed: an editor creates a statement with three recommendations, translates it into Kyrgyz
and submits it; a moderator approves it; the editor updates a recommendation's follow-up. Clicks, fields typed
and seconds are written to test-results/editor-walk.json (measure them under `flock /tmp/measure.lock`; the
test asserts what the walk achieves, never how fast)."""

import json
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from publications.models import PublicationIndexPage, PublicationPage, RecommendationFollowUp

RESULTS = Path(__file__).resolve().parents[2] / "test-results" / "editor-walk.json"
PASSWORD = "walk-password-for-tests"
RECOMMENDATIONS = [
    ("Record every interrogation on video.", "Ар бир суракты видеого жазуу.", "Ministry of Internal Affairs"),
    (
        "Give detainees a lawyer from the first hour.",
        "Кармалгандарга биринчи сааттан адвокат берүү.",
        "State Penitentiary Service",
    ),
    (
        "Publish the yearly torture statistics.",
        "Кыйноолор боюнча жылдык статистиканы жарыялоо.",
        "Ombudsman (Akyikatchy)",
    ),
]

pytestmark = pytest.mark.django_db(transaction=True)


class Walk:
    """Counts what a person does: clicks (buttons, links, menus, choices) and fields typed into."""

    def __init__(self, page):
        self.page = page
        self.clicks = 0
        self.fields = 0

    def click(self, locator):
        locator.click()
        self.clicks += 1

    def choose(self, selector, **option):
        self.page.select_option(selector, **option)
        self.clicks += 1

    def pick_today(self, selector):
        """Wagtail's date picker, as a person uses it: open it on the field, click today."""
        self.click(self.page.locator(selector))
        self.click(self.page.locator(".xdsoft_datetimepicker:visible td.xdsoft_today"))
        expect(self.page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)

    def type(self, selector, text):
        self.page.fill(selector, text)
        self.fields += 1

    def sign_in(self, username):
        self.page.goto(f"{self.base}/admin/login/")
        self.type("#id_username", username)
        self.type("#id_password", PASSWORD)
        self.click(self.page.locator("form button[type=submit]"))
        self.page.wait_for_url("**/admin/")


@pytest.fixture
def staff(django_user_model, demo_site):
    people = {}
    for username, group in (("editor-walk", "Editors"), ("moderator-walk", "Moderators")):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        people[group] = user
    return people


def test_the_editors_day_timed(live_server, staff, chromium, screenshot, settings):
    # SQLite's shared in-memory test database locks whole tables: Wagtail's autosave (after half a second of
    # quiet) would race the walk's own clicks. The walk is the same for the person without it.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    index = PublicationIndexPage.objects.get()
    editor_context = chromium.new_context(viewport={"width": 1280, "height": 900})
    moderator_context = chromium.new_context(viewport={"width": 1280, "height": 900})
    editor, moderator = Walk(editor_context.new_page()), Walk(moderator_context.new_page())
    for walk in (editor, moderator):
        walk.base = live_server.url
        walk.page.set_default_timeout(30000)  # a shared 2-core machine under load
    started = time.monotonic()

    # The editor writes the statement: a new publication is a statement already.
    page = editor.page
    editor.sign_in("editor-walk")
    page.goto(f"{live_server.url}/admin/pages/{index.pk}/")
    editor.click(page.get_by_role("link", name="Add child page").first)
    page.wait_for_url("**/add/publications/publicationpage/**")
    editor.type("#id_title_en", "Stop torture in police custody")
    editor.pick_today("#id_publication_date")
    editor.type("#id_summary_en", "Three steps the police and the courts can take now.")
    for number, (english, _kyrgyz, addressee) in enumerate(RECOMMENDATIONS):
        editor.click(page.get_by_role("button", name="Add Recommendation"))
        editor.type(f"#id_recommendations-{number}-text_en", english)
        editor.choose(f"#id_recommendations-{number}-addressee", label=addressee)

    # … translates it into Kyrgyz beside the English …
    editor.click(page.locator("button.locale-toggle", has_text="ky"))
    editor.type("#id_title_ky", "Полиция кармоосундагы кыйноолорду токтотуу")
    editor.type("#id_summary_ky", "Милиция жана соттор азыр эле жасай турган үч кадам.")
    for number, (_english, kyrgyz, _addressee) in enumerate(RECOMMENDATIONS):
        editor.type(f"#id_recommendations-{number}-text_ky", kyrgyz)

    # … and submits it for moderation.
    editor.click(page.get_by_role("button", name="More actions"))
    editor.click(page.get_by_role("button", name="Submit to Moderators approval"))
    try:
        page.wait_for_url(f"**/admin/pages/{index.pk}/")
    except Exception:
        screenshot(page, "editor-walk-submit-failed")
        print(page.url, page.locator(".messages, .error-message, .w-field__errors").all_inner_texts())
        raise  # back to the publications, the statement in moderation
    statement = PublicationPage.objects.get(title_en="Stop torture in police custody")
    assert statement.kind == "statement" and not statement.live

    # The moderator approves it from the dashboard.
    page = moderator.page
    moderator.sign_in("moderator-walk")
    row = page.locator("#awaiting-review-section tr", has_text="Stop torture in police custody")
    moderator.click(row.locator("button.w-dropdown__toggle, [data-w-dropdown-target='toggle']").first)
    moderator.click(page.get_by_role("button", name="Approve", exact=True).first)
    expect(page.locator("#awaiting-review-section")).to_have_count(0)
    statement.refresh_from_db()
    assert statement.live

    # The editor records the ministry's reply on the first recommendation.
    page = editor.page
    page.goto(f"{live_server.url}/admin/")
    editor.click(page.locator("nav").get_by_role("button", name="Publications"))
    editor.click(page.locator("nav").get_by_role("link", name="Recommendations"))
    editor.click(page.get_by_role("link", name=RECOMMENDATIONS[0][0]))
    editor.choose("#id_status", value="under_consideration")
    editor.click(page.locator("#id_notes-ADD"))
    editor.pick_today("#id_notes-0-date")
    editor.type("#id_notes-0-note_en", "The ministry will equip ten interrogation rooms.")
    editor.click(page.locator("button.action-save"))
    page.wait_for_url("**/snippets/publications/recommendationfollowup/")
    seconds = time.monotonic() - started

    record = RecommendationFollowUp.objects.get(recommendation__text_en=RECOMMENDATIONS[0][0])
    assert record.status == "under_consideration" and record.notes.count() == 1
    page.goto(f"{live_server.url}/ky/publications/{statement.slug}/")
    assert page.locator(".translation-notice").count() == 0
    assert "Ар бир суракты видеого жазуу." in page.locator("main").inner_text()
    screenshot(page, "editor-walk-statement-ky")
    for walk in (editor, moderator):
        walk.page.goto("about:blank")
    editor_context.close()
    moderator_context.close()

    figures = {
        "clicks": editor.clicks + moderator.clicks,
        "fields_typed": editor.fields + moderator.fields,
        "seconds": round(seconds, 1),
        "editor": {"clicks": editor.clicks, "fields_typed": editor.fields},
        "moderator": {"clicks": moderator.clicks, "fields_typed": moderator.fields},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n")
    print("editor walk:", figures)
