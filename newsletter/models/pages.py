"""The newsletter page: what readers get and the full subscribe form (kinds and topics). The form posts to the
`newsletter:subscribe` address, so the page itself stays a plain, cacheable GET."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.public import CachedViewRestrictionsMixin, ListedPageManager
from translations.judgement import TranslationNoticeMixin


class NewsletterPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("What readers receive and how often, above the form."),
    )
    privacy_note = RichTextField(
        _("privacy note"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Below the form: what the address is used for and how to leave."),
    )

    objects = ListedPageManager()

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("privacy_note")]

    class Meta:
        verbose_name = _("newsletter page")

    def get_context(self, request, *args, **kwargs):
        from ..forms import SubscribeForm  # forms read the publications' topics; the page only shows the form

        context = super().get_context(request, *args, **kwargs)
        context["form"] = SubscribeForm()
        return context
