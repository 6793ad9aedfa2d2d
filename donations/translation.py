"""Fields editors translate into Russian and Kyrgyz (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import DonationImpact, DonationPage


@register(DonationPage)
class DonationPageTR(TranslationOptions):
    fields = ("intro", "monthly_pitch", "thank_you_text", "transparency_intro")


@register(DonationImpact)
class DonationImpactTR(TranslationOptions):
    fields = ("text",)
