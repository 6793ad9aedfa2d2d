"""Recommendations as data: each belongs to a statement and carries its addressee, topics and follow-up."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index

from home.languages import translated_search_fields


class Recommendation(index.Indexed, ClusterableModel, Orderable):
    class Status(models.TextChoices):
        NO_RESPONSE = "no_response", _("No response")
        UNDER_CONSIDERATION = "under_consideration", _("Under consideration")
        PARTIALLY_IMPLEMENTED = "partially_implemented", _("Partially implemented")
        IMPLEMENTED = "implemented", _("Implemented")
        REJECTED = "rejected", _("Rejected")

    publication = ParentalKey(
        "publications.PublicationPage",
        on_delete=models.CASCADE,
        related_name="recommendations",
        verbose_name=_("publication"),
        help_text=_("The statement or report that makes this recommendation."),
    )
    text = models.TextField(_("recommendation"), help_text=_("One recommendation, as a full sentence."))
    addressee = models.ForeignKey(
        "publications.Addressee",
        on_delete=models.PROTECT,
        related_name="recommendations",
        verbose_name=_("addressee"),
        help_text=_("The state body or institution expected to act."),
    )
    topics = ParentalManyToManyField(
        "publications.Topic",
        blank=True,
        related_name="recommendations",
        verbose_name=_("topics"),
        help_text=_("Themes for the recommendations database filters."),
    )
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=Status.choices,
        default=Status.NO_RESPONSE,
        db_index=True,
        help_text=_("How the addressee has responded so far; add a dated follow-up note when it changes."),
    )

    # A plain select and checkboxes: a dozen addressees and topics are quicker to pick than through a chooser.
    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("addressee", widget=forms.Select), FieldPanel("status")]),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        InlinePanel("follow_ups", label=_("Follow-up note")),
    ]
    search_fields = translated_search_fields("text") + [
        index.FilterField("status"),
        index.FilterField("addressee_id"),
        index.FilterField("publication_id"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    @property
    def status_css(self):
        return self.status.replace("_", "-")


class RecommendationFollowUp(Orderable):
    """What happened next: a reply, a law change, a meeting. Dated, so the record shows progress over time."""

    recommendation = ParentalKey(Recommendation, on_delete=models.CASCADE, related_name="follow_ups")
    date = models.DateField(_("date"), help_text=_("When this happened."))
    note = models.TextField(_("note"), help_text=_("What the addressee did or said, briefly."))

    panels = [FieldPanel("date"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("follow-up note")
        verbose_name_plural = _("follow-up notes")
        ordering = ["date", "sort_order"]

    def __str__(self):
        return f"{self.date}: {self.note[:60]}"
