from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.public import CachedViewRestrictionsMixin
from home.blocks import ContentStreamBlock
from translations.judgement import TranslationNoticeMixin


class GetHelpPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, Page):
    """Guidance written by editors in each language, and the confidential request form under it.

    A GET is an ordinary public page (cached, no cookie). A POST is answered by intake.views.submit through
    Wagtail's `on_serve_page` hook (wagtail_hooks.py), so this model never imports the layers above it.
    """

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences shown under the title."))
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("guidance"),
        help_text=_("Shown above the form: what happens next, how to stay safe, what not to send."),
    )
    form_intro = RichTextField(
        _("text above the form"), blank=True, features=["bold", "italic", "link"], help_text=_("Optional.")
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after a request is sent, with its reference."),
    )

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    translation_required_fields = ("title", "body")
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("form_intro"),
        FieldPanel("thank_you_text"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("get help page")
