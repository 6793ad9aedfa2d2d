"""Translatable taxonomies editors pick from, so filters and counts group the same thing under one name."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.caching import cached


class NamedSlugModel(models.Model):
    name = models.CharField(_("name"), max_length=120, help_text=_("As visitors read it, in each language."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Latin letters, digits and hyphens; used in filter addresses, so change it rarely."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first in filters.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return self.name

    @classmethod
    def cached_all(cls):
        """All of them, kept with the site's data version: filters and facets read them on every listing."""
        return cached(cls._meta.model_name + "s", lambda: list(cls.objects.all()))


class Topic(NamedSlugModel):
    """A theme of the organisation's work, e.g. torture prevention or freedom of expression."""

    class Meta(NamedSlugModel.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Addressee(NamedSlugModel):
    """A state body or institution that recommendations are addressed to."""

    class Meta(NamedSlugModel.Meta):
        verbose_name = _("addressee")
        verbose_name_plural = _("addressees")
