"""Knowing when a page lacks a translation, so templates can say so instead of silently falling back."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


class TranslationNoticeMixin:
    """Pages name the fields that must be filled for a language to count as translated."""

    translation_required_fields = ("title",)

    def is_translated_into(self, language):
        return all(
            getattr(self, build_localized_fieldname(field, language), None)
            for field in self.translation_required_fields
        )

    def fallback_language_for(self, language):
        """The language the visitor actually reads when `language` is missing, or None if it is present."""
        if self.is_translated_into(language):
            return None
        chain = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
        for candidate in chain.get(language, chain["default"]):
            if self.is_translated_into(candidate):
                return candidate
        return settings.MODELTRANSLATION_DEFAULT_LANGUAGE
