"""Recommendations as data. The text, addressee and topics belong to the statement (and its revisions); how the
addressee responded — status and dated notes — is a record of its own (`RecommendationFollowUp`), kept with its
own history, so publishing an older draft of a statement never turns back a status changed since.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from core.languages import translated_search_fields


class RecommendationStatus(models.TextChoices):
    NO_RESPONSE = "no_response", _("No response")
    UNDER_CONSIDERATION = "under_consideration", _("Under consideration")
    PARTIALLY_IMPLEMENTED = "partially_implemented", _("Partially implemented")
    IMPLEMENTED = "implemented", _("Implemented")
    REJECTED = "rejected", _("Rejected")


class Recommendation(index.Indexed, ClusterableModel, Orderable):
    Status = RecommendationStatus

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
    key = models.BooleanField(
        _("key recommendation"),
        default=False,
        help_text=_("Shown, numbered, at the top of the page. Mark up to five; without a mark the first three are."),
    )
    topics = ParentalManyToManyField(
        "publications.Topic",
        blank=True,
        related_name="recommendations",
        verbose_name=_("topics"),
        help_text=_("Themes for the recommendations database filters."),
    )

    # A plain select and checkboxes: a dozen addressees and topics are quicker to pick than through a chooser.
    panels = [
        FieldPanel("text"),
        FieldPanel("addressee", widget=forms.Select),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("key"),
    ]
    search_fields = translated_search_fields("text") + [
        index.FilterField("addressee_id"),
        index.FilterField("publication_id"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def get_follow_up(self):
        """The follow-up record; a recommendation not saved yet (a preview) has none and shows no response."""
        try:
            return self.follow_up
        except (RecommendationFollowUp.DoesNotExist, ValueError):
            return RecommendationFollowUp(recommendation_id=self.pk)

    @property
    def status(self):
        return self.get_follow_up().status

    def get_status_display(self):
        return self.get_follow_up().get_status_display()

    @property
    def status_css(self):
        return self.status.replace("_", "-")

    @property
    def notes(self):
        follow_up = self.get_follow_up()
        return list(follow_up.notes.all()) if follow_up.pk else []


class RecommendationFollowUp(RevisionMixin, ClusterableModel):
    """How the addressee responded to one recommendation: its status and dated notes, edited in one place
    (Publications → Recommendations) with revisions as history.

    Its primary key is the recommendation's, without a database constraint: publishing an older draft of a
    statement deletes and re-creates recommendations with the same keys, and their follow-up must survive
    that. The statement's date, the addressee and the order are copied here (by publications.follow_up), so
    the recommendations database finds a page of ids with one index scan on this narrow table.
    """

    Status = RecommendationStatus

    recommendation = models.OneToOneField(
        Recommendation,
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="follow_up",
        verbose_name=_("recommendation"),
    )
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=RecommendationStatus.choices,
        default=RecommendationStatus.NO_RESPONSE,
        help_text=_("How the addressee has responded so far; add a dated note when it changes."),
    )
    # Copied from the statement: maintained by publications.follow_up, never edited.
    listed = models.BooleanField(default=False, editable=False)
    removed = models.BooleanField(default=False, editable=False)
    publication = models.ForeignKey(
        "publications.PublicationPage",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        editable=False,
        verbose_name=_("publication"),
    )
    publication_date = models.DateField(_("publication date"), null=True, editable=False)
    addressee = models.ForeignKey(
        "publications.Addressee",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("addressee"),
    )
    position = models.IntegerField(default=0, editable=False)
    # Its editor's panels (with the status history) are the snippet viewset's: publications.follow_up_admin.

    class Meta:
        verbose_name = _("recommendation follow-up")
        verbose_name_plural = _("recommendation follow-ups")
        # The database's page of ids: newest statement first, in the statement's order; one index per filter
        # that narrows most (status, addressee), each ending with the sort key so the scan stops after a page.
        ordering = ["-publication_date", "-publication_id", "position", "recommendation_id"]
        indexes = [
            models.Index(
                fields=["-publication_date", "-publication", "position", "recommendation"],
                condition=models.Q(listed=True),
                name="followup_listed_order",
            ),
            models.Index(
                fields=["status", "-publication_date", "-publication", "position", "recommendation"],
                condition=models.Q(listed=True),
                name="followup_status_order",
            ),
            models.Index(
                fields=["addressee", "-publication_date", "-publication", "position", "recommendation"],
                condition=models.Q(listed=True),
                name="followup_addressee_order",
            ),
        ]

    def __str__(self):
        return str(self.recommendation) if self.recommendation_id and not self.removed else f"#{self.pk}"

    @property
    def status_css(self):
        return self.status.replace("_", "-")


class FollowUpNote(Orderable):
    """What happened next: a reply, a law change, a meeting. Dated, so the record shows progress over time."""

    follow_up = ParentalKey(RecommendationFollowUp, on_delete=models.CASCADE, related_name="notes")
    date = models.DateField(_("date"), help_text=_("When this happened."))
    note = models.TextField(_("note"), help_text=_("What the addressee did or said, briefly."))

    panels = [FieldPanel("date"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("follow-up note")
        verbose_name_plural = _("follow-up notes")
        ordering = ["date", "sort_order"]

    def __str__(self):
        return f"{self.date}: {self.note[:60]}"
