"""Fields editors translate into Russian and Kyrgyz (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import NewsletterPage


@register(NewsletterPage)
class NewsletterPageTR(TranslationOptions):
    fields = ("intro", "privacy_note")
