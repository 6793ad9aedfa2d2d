"""Languages come from settings.LANGUAGES: a fourth language (Uzbek here) needs no code edits."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from core.languages import language_codes, localized_field_names, translated_search_fields
from demo.home import demo_languages
from home.templatetags.site_tags import translation_fallback
from publications.models import PublicationPage, Recommendation

WITH_UZBEK = [("en", "English"), ("ru", "Русский"), ("ky", "Кыргызча"), ("uz", "Oʻzbekcha")]


def test_field_lists_are_built_from_the_languages_in_settings():
    with override_settings(LANGUAGES=WITH_UZBEK):
        assert language_codes() == ["en", "ru", "ky", "uz"]
        assert localized_field_names("title", "text") == [
            "title_en",
            "title_ru",
            "title_ky",
            "title_uz",
            "text_en",
            "text_ru",
            "text_ky",
            "text_uz",
        ]
        fields = translated_search_fields("summary", boost=2)
        assert [(field.field_name, field.boost) for field in fields] == [
            ("summary_en", 2),
            ("summary_ru", 2),
            ("summary_ky", 2),
            ("summary_uz", 2),
        ]
        # The demo text exists in three languages; Uzbek pages fall back to them.
        assert demo_languages() == ["en", "ru", "ky"]


def test_models_search_every_configured_language():
    searched = {field.field_name for field in PublicationPage.search_fields + Recommendation.search_fields}
    assert set(localized_field_names("title", "summary", "body", "text")) <= searched


def test_modeltranslation_languages_are_the_site_languages(settings):
    assert list(settings.MODELTRANSLATION_LANGUAGES) == [code for code, _name in settings.LANGUAGES]


@pytest.mark.django_db
def test_a_language_without_its_own_notice_sentence_still_gets_a_notice(home_page):
    home_page.title_ky = ""
    with override_settings(LANGUAGES=WITH_UZBEK), translation.override("uz"):
        notice = translation_fallback({"page": home_page})
        uzbek = str(translation.get_language_info("uz")["name_translated"])
    assert notice["language"] == "en"
    assert uzbek in notice["notice"] and "English version" in notice["notice"]


@pytest.mark.django_db
def test_migrate_adds_page_translation_columns_without_printing_sql(capsys):
    out = io.StringIO()
    call_command("migrate", "--noinput", verbosity=1, stdout=out)
    printed = capsys.readouterr().out + out.getvalue()
    assert "ALTER TABLE" not in printed and "translatable" not in printed
