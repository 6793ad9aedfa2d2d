"""The recommendations database page: every recommendation ever made, filterable and searchable."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.caching import cached
from core.languages import translated_search_fields
from core.public import CachedViewRestrictionsMixin, ListedPageManager
from translations.judgement import TranslationNoticeMixin

from ..listing import recommendation_listing
from .recommendations import Recommendation, RecommendationFollowUp
from .taxonomy import Addressee, Topic


class RecommendationsPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, Page):
    """Every recommendation ever made, filterable and searchable: an accountability record."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Explain what the database holds."))

    objects = ListedPageManager()

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + translated_search_fields("title", "intro")

    class Meta:
        verbose_name = _("recommendations database")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Listed follow-up records: their statement is listed (core.public; kept by publications.follow_up).
        records = RecommendationFollowUp.objects.filter(listed=True)
        years = cached(
            "recommendation-years",
            lambda: list(records.dates("publication_date", "year", order="DESC")),
            section="recommendations",
        )
        choices = {
            "addressees": Addressee.cached_all(),
            "topics": Topic.cached_all(),
            "statuses": Recommendation.Status.choices,
            "years": years,
        }
        context.update(recommendation_listing(request, records, Recommendation.objects.all(), choices))
        return context
