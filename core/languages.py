"""The site's languages, read from settings.LANGUAGES at call time: adding a language there (and running the
commands in the README) is all the code needs. Field names follow modeltranslation's `<field>_<code>`."""

from django.conf import settings
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.search import index


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def localized_field_names(*names):
    """Every language's column of each field: localized_field_names("title") → ["title_en", "title_ru", …]."""
    return [build_localized_fieldname(name, code) for name in names for code in language_codes()]


def translated_search_fields(*names, boost=None):
    """Search fields for every language's column: all languages go into one index, each column on its own."""
    kwargs = {"boost": boost} if boost else {}
    return [index.SearchField(name, **kwargs) for name in localized_field_names(*names)]


def fallback_chain(language):
    """The languages a visitor of `language` is shown, in order: their own, then the fallbacks settings name."""
    chain = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    return [language, *(code for code in chain.get(language, chain["default"]) if code != language)]


def translated_fields(model, skipped=()):
    """The model's fields registered for translation (modeltranslation), in the model's own order (the registry
    keeps a set, so "Missing: title, summary, body" reads the same each time), less the skipped names."""
    try:
        names = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    return [field.name for field in model._meta.fields if field.name in names and field.name not in skipped]
