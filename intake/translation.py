"""Fields editors translate into Russian and Kyrgyz (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import GetHelpPage


@register(GetHelpPage)
class GetHelpPageTR(TranslationOptions):
    fields = ("intro", "body", "form_intro", "thank_you_text")
