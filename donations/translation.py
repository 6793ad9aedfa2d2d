"""Fields editors translate into Russian and Kyrgyz (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import DonationPage


@register(DonationPage)
class DonationPageTR(TranslationOptions):
    fields = ("intro", "thank_you_text", "transparency_intro")
