"""What a visitor reading a language would miss: the one judgement behind a page's "not yet available" notice,
its `<main lang>`, and the translation board (translations.status), so the three always agree.

A part counts as missing in a language where that language has none of it and the visitor is shown another
language's text in its place (the fallback chain: ky → ru → en, ru → en, en → ru). An empty optional field
(a statement without body text) is missing nowhere; text only in English is missing in Russian and Kyrgyz
(the board's columns, English being the source). A page's
parts are its translated fields, the inline rows it shows (a statement's recommendations, a contact form's
fields), and the snippets it shows (testimonials, network organisations). Taxonomy labels (topics,
addressees) are judged on their own rows of the board, not on every page that names them.
"""

from django.conf import settings

from core import languages
from core.caching import cached
from core.languages import fallback_chain, language_codes

# Never shown to readers of the page itself (addresses and search engine texts).
SKIPPED_FIELDS = ("slug", "url_path", "seo_title", "search_description")


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages():
    return [code for code in language_codes() if code != source_language()]


def translated_fields(model):
    return languages.translated_fields(model, SKIPPED_FIELDS)


def is_filled(value):
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value.raw_data) > 0
    return bool(str(value).strip())


def has_text(obj, name, language):
    return is_filled(getattr(obj, f"{name}_{language}", None))


def fallbacks(language):
    """The languages shown in place of `language`'s missing text, in order."""
    return fallback_chain(language)[1:]


def missing_fields(obj, language):
    """The object's own translated fields that `language` lacks and its fallback shows instead."""
    chain = fallbacks(language)
    return [
        name
        for name in translated_fields(type(obj))
        if not has_text(obj, name, language) and any(has_text(obj, name, code) for code in chain)
    ]


def present_fields(obj):
    """The fields with text in some language: what the object has to show."""
    codes = language_codes()
    return [name for name in translated_fields(type(obj)) if any(has_text(obj, name, code) for code in codes)]


def parts_of(obj):
    """{part name: objects} the object shows besides its own fields (see TranslationNoticeMixin)."""
    getter = getattr(obj, "translation_parts", None)
    return getter() if callable(getter) else {}


def missing_parts(obj, language):
    """What a reader of `language` would see in another language: field names, then part names."""
    missing = missing_fields(obj, language)
    for name, items in parts_of(obj).items():
        if any(missing_fields(item, language) for item in items):
            missing.append(name)
    return missing


def judge(obj):
    """{"parts": every part the object has, "missing": {language: its missing parts}} for every language."""
    parts = present_fields(obj) + [name for name, items in parts_of(obj).items() if any(map(present_fields, items))]
    languages = language_codes()
    return {"parts": parts, "missing": {language: missing_parts(obj, language) for language in languages}}


class TranslationNoticeMixin:
    """Pages say which inline rows and snippets they show, and read their translation state from `judge`."""

    # Inline child relations whose rows the page shows, and which its revisions hold (outdated translations).
    translated_children = ()
    # Labels of the parts besides fields, for the board ("Missing: summary, recommendations").
    translation_part_labels = {}
    # Snippet models the page shows (re-judged when one of them changes): "app_label.ModelName".
    translation_snippet_models = ()

    def shown_snippets(self):
        """{part name: snippet objects the page shows}."""
        return {}

    def translation_parts(self):
        parts = {relation: list(getattr(self, relation).all()) for relation in self.translated_children}
        parts.update(self.shown_snippets())
        return parts

    def translation_judgement(self, fresh=False):
        """`judge(self)`, cached with the data the page shows (a preview or unsaved page is judged afresh)."""
        if fresh or self.pk is None:
            return judge(self)
        return cached(f"translation:{self.pk}", lambda: judge(self), section=self.translation_cache_section())

    def translation_cache_section(self):
        """The data-version section whose changes can change the judgement; None: the site's."""
        return None

    def reading(self, language, fresh=False):
        """(missing parts, the language the whole page is read in instead or None): the page reads in another
        language as a whole only when none of its parts is in `language`."""
        judgement = self.translation_judgement(fresh)
        missing = judgement["missing"].get(language, [])
        if not missing or set(missing) != set(judgement["parts"]):
            return missing, None
        chain = fallbacks(language)
        shown = next((code for code in chain if not judgement["missing"].get(code)), chain[-1] if chain else None)
        return missing, shown
