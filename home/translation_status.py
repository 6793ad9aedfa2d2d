"""Which pages and snippets lack a translation, or have one older than their English text.

A language is *missing* fields when English has text there and the language has none; *outdated* when a
revision changed the English text after the last revision that changed that language's text; else *complete*.
Pages are judged on the fields they need translated (`translation_required_fields`); snippets on every
translated field that has English text.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from modeltranslation.translator import translator
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, Revision

COMPLETE, MISSING, OUTDATED = "complete", "missing", "outdated"
STATES = (COMPLETE, MISSING, OUTDATED)
SKIPPED_FIELDS = ("slug", "url_path", "seo_title", "search_description")


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != source_language()]


@dataclass
class LanguageStatus:
    language: str
    state: str
    missing_fields: list = field(default_factory=list)
    edit_url: str = ""


@dataclass
class Row:
    obj: object
    title: str
    type_name: str
    edit_url: str
    statuses: dict


def translated_fields(model):
    names = translator.get_options_for_model(model).all_fields
    return [name for name in names if name not in SKIPPED_FIELDS]


def checked_fields(obj):
    names = translated_fields(type(obj))
    required = getattr(obj, "translation_required_fields", None)
    if isinstance(obj, Page) and required:
        return [name for name in required if name in names or name == "title"]
    return names


def is_filled(value):
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value.raw_data) > 0
    return bool(str(value).strip())


def missing_fields(obj, language):
    source = source_language()
    return [
        name
        for name in checked_fields(obj)
        if is_filled(getattr(obj, f"{name}_{source}", None)) and not is_filled(getattr(obj, f"{name}_{language}", None))
    ]


def last_changes(revisions, names, languages):
    """For each language, when a revision last changed its text (revisions oldest first)."""
    changed = {}
    previous = {}
    for revision in revisions:
        content = revision.content or {}
        for language in languages:
            values = [content.get(f"{name}_{language}") for name in names]
            if values != previous.get(language, [None] * len(names)):
                changed[language] = revision.created_at
            previous[language] = values
    return changed


def page_revisions(page_ids):
    """Every revision of the given pages, oldest first, grouped by page (one query)."""
    by_page = {}
    revisions = Revision.page_revisions.filter(object_id__in=[str(pk) for pk in page_ids]).order_by("created_at", "pk")
    for revision in revisions.only("object_id", "created_at", "content"):
        by_page.setdefault(int(revision.object_id), []).append(revision)
    return by_page


def statuses_for(obj, edit_url, revisions):
    names = translated_fields(type(obj))
    changed = last_changes(revisions, names, [source_language(), *target_languages()]) if revisions else {}
    english_changed = changed.get(source_language())
    result = {}
    for language in target_languages():
        missing = missing_fields(obj, language)
        if missing:
            state = MISSING
        elif english_changed and changed.get(language) and english_changed > changed[language]:
            state = OUTDATED
        else:
            state = COMPLETE
        url = f"{edit_url}?translation={language}" if edit_url else ""
        result[language] = LanguageStatus(language, state, missing, url)
    return result


def snippet_models():
    return [
        model
        for model in translator.get_registered_models(abstract=False)
        if not issubclass(model, Page) and not model._meta.proxy
    ]


def board_rows(user):
    finder = AdminURLFinder(user)
    rows = []
    pages = list(Page.objects.exclude(depth__lte=1).specific().order_by("path"))
    revisions = page_revisions([page.pk for page in pages])
    for page in pages:
        edit_url = finder.get_edit_url(page) or ""
        type_name = str(type(page)._meta.verbose_name)
        rows.append(Row(page, page.title, type_name, edit_url, statuses_for(page, edit_url, revisions.get(page.pk))))
    for model in snippet_models():
        for obj in model._default_manager.all():
            edit_url = finder.get_edit_url(obj)
            if not edit_url:  # inline rows (recommendations, menu items) are translated on their page
                continue
            rows.append(Row(obj, str(obj), str(model._meta.verbose_name), edit_url, statuses_for(obj, edit_url, None)))
    return rows


def counts(rows):
    """{language: {state: number}} for the dashboard."""
    totals = {language: dict.fromkeys(STATES, 0) for language in target_languages()}
    for row in rows:
        for language, status in row.statuses.items():
            totals[language][status.state] += 1
    return totals


def content_type_choices(rows):
    return sorted({row.type_name for row in rows})


__all__ = ["COMPLETE", "MISSING", "OUTDATED", "STATES", "board_rows", "counts", "ContentType"]
