from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class PublishedTestimonialManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(consent_given=True).select_related("photo")


class Testimonial(index.Indexed, Orderable):
    """Feedback from a focus-group participant, written once and placed on several pages."""

    headline = models.CharField(_("headline"), max_length=160)
    name = models.CharField(_("name"), max_length=120, help_text=_("As the person agreed to be named."))
    age = models.PositiveSmallIntegerField(_("age"), null=True, blank=True)
    role = models.CharField(_("role"), max_length=160, blank=True, help_text=_("E.g. young lawyer, social worker."))
    quote = models.TextField(_("quote"), help_text=_("The person's words, without quotation marks."))
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    photo_alt_text = models.CharField(
        _("photo alt text"),
        max_length=200,
        blank=True,
        help_text=_(
            "Describe the photo for people who cannot see it. Leave empty to use the image's own description; "
            "a portrait beside the person's name needs none."
        ),
    )
    consent_given = models.BooleanField(
        _("publish consent given"),
        default=False,
        help_text=_("Tick only when the person has agreed in writing to publication. Hidden until ticked."),
    )

    objects = models.Manager()
    published = PublishedTestimonialManager()

    panels = [
        FieldPanel("headline"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("age")]),
        FieldPanel("role"),
        FieldPanel("quote"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], heading=_("Photo")),
        FieldPanel("consent_given"),
    ]
    search_fields = [index.SearchField("headline"), index.SearchField("name"), index.SearchField("quote")]

    class Meta(Orderable.Meta):
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")

    def __str__(self):
        return f"{self.headline} — {self.name}"

    @property
    def photo_alt(self):
        """This use's alt text, else the image's own description; empty marks the photo as decorative."""
        if not self.photo_id:
            return ""
        return self.photo_alt_text or self.photo.description


class NetworkOrganisation(Orderable):
    """A network the organisation belongs to, or a partner it works with."""

    class Relation(models.TextChoices):
        MEMBER = "member", _("Member of")
        PARTNER = "partner", _("Partner")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    relation = models.CharField(_("relation"), max_length=10, choices=Relation.choices, default=Relation.MEMBER)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    website = models.URLField(_("website"), blank=True)
    since = models.PositiveSmallIntegerField(_("since (year)"), null=True, blank=True)
    description = models.TextField(_("short description"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("acronym")]),
        FieldRowPanel([FieldPanel("relation"), FieldPanel("since")]),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("network or partner")
        verbose_name_plural = _("networks and partners")

    def __str__(self):
        return self.acronym or self.name

    @property
    def display_name(self):
        return f"{self.name} ({self.acronym})" if self.acronym and self.acronym != self.name else self.name

    @property
    def monogram(self):
        """What stands in for a missing logo: the acronym, else the initials of the name's main words."""
        if self.acronym:
            return self.acronym.upper()[:10]
        words = [word for word in self.name.replace("-", " ").split() if word[:1].isupper()] or self.name.split()
        return "".join(word[0] for word in words[:3]).upper()
