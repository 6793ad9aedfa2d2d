"""Fields editors translate into Russian and Kyrgyz (wagtail-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    Addressee,
    FollowUpNote,
    PublicationIndexPage,
    PublicationPage,
    Recommendation,
    RecommendationsPage,
    Topic,
)


@register(PublicationIndexPage)
class PublicationIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(PublicationPage)
class PublicationPageTR(TranslationOptions):
    fields = ("place", "summary", "hero_image_alt_text", "body", "other_organisations")


@register(RecommendationsPage)
class RecommendationsPageTR(TranslationOptions):
    fields = ("intro",)


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name",)


@register(Addressee)
class AddresseeTR(TranslationOptions):
    fields = ("name",)


@register(Recommendation)
class RecommendationTR(TranslationOptions):
    fields = ("text",)


@register(FollowUpNote)
class FollowUpNoteTR(TranslationOptions):
    fields = ("note",)
