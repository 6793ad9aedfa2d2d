"""The daily Wagtail screens an editor walks, and what on them is still English.

`walk()` signs in, visits each screen (opening the menus and dialogs an editor opens there) and collects the text
a person sees or hears: visible text, button and input labels, placeholders, titles, aria-labels and the options
of visible selects. `english_strings()` keeps those with a Latin-script word that is not a proper name, a code
(`en`, `PDF`), an address, or the site's content (page titles, image and document titles, user names).
"""

import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, Site, Task, Workflow

# Collected in the page: what a person sees (visible text nodes and visible selects' options) or hears
# (visually hidden text, aria-label), each with where it was found.
COLLECT_TEXT = """
() => {
  const found = [];
  const shown = (element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const skip = "script, style, noscript, template, textarea, [contenteditable='true'], .w-sr-only-skip";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    const text = walker.currentNode.textContent.replace(/\\s+/g, " ").trim();
    if (!text || !element || element.closest(skip) || element.closest("select")) continue;
    if (!shown(element)) continue;
    found.push(["text", text]);
  }
  const labelled = "[placeholder], [title], [aria-label], input[type=submit], input[type=button], select";
  for (const element of document.querySelectorAll(labelled)) {
    if (element.closest(skip) || !shown(element)) continue;
    for (const attribute of ["placeholder", "title", "aria-label"]) {
      const value = (element.getAttribute(attribute) || "").trim();
      if (value) found.push([attribute, value]);
    }
    if (element.matches("input[type=submit], input[type=button]") && element.value) {
      found.push(["value", element.value]);
    }
    if (element.tagName === "SELECT") {
      for (const option of element.options) found.push(["option", option.textContent.replace(/\\s+/g, " ").trim()]);
    }
  }
  return found;
}
"""

# Names and codes that stay in Latin script in Kyrgyz and Russian text.
ALLOWED_WORDS = {
    "wagtail",
    "bir",
    "duino",
    "kyrgyzstan",
    "duino-kyrgyzstan",
    "stripe",
    "django",
    "en",
    "ru",
    "ky",
    "english",
    "pdf",
    "jpeg",
    "jpg",
    "png",
    "gif",
    "webp",
    "avif",
    "svg",
    "heic",
    "html",
    "csv",
    "xlsx",
    "id",
    "url",
    "urls",
    "qr",
    "totp",
    "px",
    "kb",
    "mb",
    "gb",
    "ctrl",
    "shift",
    "alt",
    "cmd",
    "esc",
    "enter",
    "tab",
    "ok",
    "utc",
    "xml",
    "rss",
    "atom",
    "youtube",
    "vimeo",
    "openstreetmap",
    "wcag",
    "aa",
    "api",
    "json",
    "seo",
    "og",
    "alt-text",
}
# Codes: a two-factor key (base32) and Wagtail's "(app_label.model)" after a content type's name.
CODE = re.compile(r"\b[A-Z2-7]{16,}\b|\(\w+\.\w+\)")
ADDRESS = re.compile(
    r"(https?://|www\.|mailto:)\S+|\S+@\S+|(?<!\w)/[\w\-./?=&%#]*|\S+\.(pdf|jpe?g|png|gif|webp|avif|docx?|odt|xlsx?|csv|txt|zip)\b",
    re.I,
)
# A time zone option is an identifier and the browser's own name for the zone ("Asia/Bishkek: GMT+6 (…)").
TIME_ZONE_OPTION = re.compile(r"^(?:[A-Za-z][\w+\-]*(?:/[\w+\-]+)*|localtime)(?:: |$)")
BROWSER_ZONE_NAME = re.compile(r"\b(?:GMT|UTC)[+\-\d:]*\s*\([^)]*\)")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|(?<![\w])[A-Za-z](?![\w])")


@dataclass
class Screen:
    name: str
    path: str
    # Clicks (CSS selectors; "?selector" only when present) that open what an editor opens on this screen, after
    # filling `fill` (selector: text).
    opens: list = field(default_factory=list)
    fill: dict = field(default_factory=dict)


def content_strings():
    """Text that is the site's content, not the admin's: it stays in whatever language it was written."""
    found = set()
    for row in Page.objects.values_list("title", "draft_title", "slug"):
        found.update(row)
    for page in Page.objects.specific():
        text_fields = [
            field for field in page._meta.concrete_fields if isinstance(field, models.CharField | models.TextField)
        ]
        found.update(str(getattr(page, field.attname) or "") for field in text_fields)
    for image in get_image_model().objects.all():
        found.update({image.title, image.filename})
    for document in get_document_model().objects.all():
        found.update({document.title, document.filename})
    found.update(Collection.objects.values_list("name", flat=True))
    found.update(PageLogEntry.objects.values_list("label", flat=True))
    found.update(Workflow.objects.values_list("name", flat=True))
    found.update(Task.objects.values_list("name", flat=True))
    found.update(Site.objects.values_list("site_name", flat=True))
    for user in get_user_model().objects.all():
        found.update({user.get_username(), user.get_full_name(), user.first_name, user.last_name, user.email})
    from wagtail.snippets.models import get_snippet_models

    for model in get_snippet_models():
        found.update(str(instance) for instance in model.objects.all()[:200])
    return sorted((text for text in found if text and len(text) > 2), key=len, reverse=True)


def english_words(text, content):
    """The Latin-script words of `text` that are neither content, an address, nor an allowed name or code."""
    if text.endswith("…") and any(piece.startswith(text[:-1].strip()) for piece in content):
        return []  # a title the admin shortened
    text = CODE.sub(" ", ADDRESS.sub(" ", text))
    for piece in content:
        if piece in text:  # whole words only: a slug like "contact" must not hide "Add contact"
            text = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", text)
    return [word for word in LATIN_WORD.findall(text) if word.lower().strip("'’-") not in ALLOWED_WORDS]


def english_strings(found, content):
    """The collected strings with English in them, once each, as 'kind: text'."""
    english = []
    for kind, text in found:
        if kind == "option" and TIME_ZONE_OPTION.match(text):
            continue
        text = BROWSER_ZONE_NAME.sub(" ", text)
        entry = f"{kind}: {text}"
        if english_words(text, content) and entry not in english:
            english.append(entry)
    return english


def daily_screens(editor):
    """The screens an editor uses daily, on the demo site (plus one document)."""
    home = Page.objects.get(depth=2, slug="home")
    statement = _model("publications", "publicationpage").objects.live().order_by("-id").first()
    image = get_image_model().objects.order_by("id").first()
    document = get_document_model().objects.order_by("id").first()
    edit = reverse("wagtailadmin_pages:edit", args=[statement.id])
    # The editor remembers an open side panel: open the status panel only when it is closed.
    status_panel = "?[data-side-panel-toggle='status'][aria-expanded='false']"
    return [
        Screen("dashboard", reverse("wagtailadmin_home"), opens=[".sidebar-footer__account"]),
        Screen("explorer", reverse("wagtailadmin_explore", args=[home.id])),
        Screen("explorer-root", reverse("wagtailadmin_explore_root")),
        Screen("page-search", reverse("wagtailadmin_pages:search") + "?q=uranium"),
        # The "More actions" toggle exists only when the user has more than one action on the page.
        Screen("page-editor", edit, opens=["?.w-dropdown-button [aria-expanded]"]),
        Screen("page-editor-status", edit, opens=[status_panel]),
        Screen(
            "page-schedule", edit, opens=[status_panel, "[data-a11y-dialog-show='schedule-publishing-dialog']:visible"]
        ),
        Screen("page-editor-errors", edit, opens=["button.action-save"], fill={"#id_title_en": ""}),
        Screen("page-history", reverse("wagtailadmin_pages:history", args=[statement.id])),
        Screen("page-workflow-history", reverse("wagtailadmin_pages:workflow_history", args=[statement.id])),
        Screen("page-copy", reverse("wagtailadmin_pages:copy", args=[statement.id])),
        Screen("add-subpage", reverse("wagtailadmin_pages:add_subpage", args=[home.id])),
        Screen("page-create", reverse("wagtailadmin_pages:add", args=["home", "contentpage", home.id])),
        Screen("images", reverse("wagtailimages:index")),
        Screen("image-edit", reverse("wagtailimages:edit", args=[image.id])),
        Screen("image-upload", reverse("wagtailimages:add_multiple")),
        Screen("documents", reverse("wagtaildocs:index")),
        Screen("document-edit", reverse("wagtaildocs:edit", args=[document.id])),
        Screen("document-upload", reverse("wagtaildocs:add_multiple")),
        Screen("snippets", reverse("wagtailsnippets:index")),
        Screen("snippet-list", reverse("wagtailsnippets_home_testimonial:list")),
        Screen(
            "snippet-edit", reverse("wagtailsnippets_home_testimonial:edit", args=[_first_pk("home", "testimonial")])
        ),
        Screen("form-submissions", reverse("wagtailforms:index")),
        Screen("site-history", reverse("wagtailadmin_reports:site_history")),
        Screen("locked-pages", reverse("wagtailadmin_reports:locked_pages")),
        Screen("workflows-report", reverse("wagtailadmin_reports:workflow")),
        Screen("workflow-tasks-report", reverse("wagtailadmin_reports:workflow_tasks")),
        Screen("account", reverse("wagtailadmin_account")),
        Screen("two-factor", reverse("two_factor_setup")),
    ]


def _model(app_label, model):
    return ContentType.objects.get(app_label=app_label, model=model).model_class()


def _first_pk(app_label, model):
    return _model(app_label, model).objects.order_by("pk").first().pk


def sign_in(page, base_url, username, password):
    page.goto(f"{base_url}{reverse('wagtailadmin_login')}")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base_url}{reverse('wagtailadmin_home')}")


def visit(page, base_url, screen, open_menus=True):
    page.goto(f"{base_url}{screen.path}")
    page.wait_for_load_state("networkidle")
    if not open_menus:
        return page.evaluate(COLLECT_TEXT)
    for selector, text in screen.fill.items():
        page.fill(selector, text)
    for selector in screen.opens:
        if selector.startswith("?"):  # only if it is there
            selector = selector[1:]
            if not page.locator(selector).count():
                continue
        page.locator(selector).first.click()
        page.wait_for_timeout(300)
    page.wait_for_load_state("networkidle")
    return page.evaluate(COLLECT_TEXT)
