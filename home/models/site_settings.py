from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

from core.caching import cached
from core.public import listed_or_none


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Contacts, social links, footer and the donation appeal, edited once for the whole site."""

    # The header and footer link the donation page on every page: loaded with the settings, in one query.
    select_related = ["donation_page"]

    # No default: modeltranslation treats a value equal to the default as missing and would fall back.
    organisation_name = models.CharField(_("organisation name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("In international form, e.g. +996 …"))
    address = models.TextField(_("address"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    donation_appeal = models.TextField(
        _("donation appeal"), blank=True, help_text=_("Shown on the home page and beside every call to donate.")
    )
    legal_status = models.CharField(
        _("legal status"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “A public association registered in the Kyrgyz Republic”: shown beside the Donate button."),
    )
    donation_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("donation page"),
    )

    panels = [
        MultiFieldPanel([FieldPanel("organisation_name"), FieldPanel("tagline")], heading=_("Organisation")),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("phone"), FieldPanel("address")], heading=_("Contacts")
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("telegram_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("x_url"),
            ],
            heading=_("Social media"),
        ),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("donation_appeal"), FieldPanel("legal_status"), FieldPanel("donation_page")],
            heading=_("Donations"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation settings")

    @classmethod
    def for_request(cls, request):
        """Every page reads these (header, footer, JSON-LD): cached with the site's data version, which saving
        them, a menu, a network or any non-publication page bumps (home.apps), instead of a query per request.
        The admin edits them through `for_site`, straight from the database."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            organisation = cached(f"organisation-settings:{site.pk}", lambda: cls.for_site(site))
            organisation._request = request
            setattr(request, attr_name, organisation)
        return getattr(request, attr_name)

    @cached_property
    def listed_donation_page(self):
        """The donation page while visitors may see it (core.public), for the header, footer and home links."""
        return listed_or_none(self.donation_page)

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Telegram", self.telegram_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("X", self.x_url),
        ]
        return [(label, url) for label, url in links if url]


@register_setting(icon="list-ul")
class MainNavigation(ClusterableModel, BaseSiteSetting):
    """The header menu, in the order editors give it."""

    panels = [InlinePanel("items", label=_("Menu item"))]

    class Meta:
        verbose_name = _("main navigation")


class NavigationItem(Orderable):
    navigation = ParentalKey(MainNavigation, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    label = models.CharField(_("label"), max_length=60, blank=True, help_text=_("Leave empty to use the page title."))

    panels = [FieldPanel("page"), FieldPanel("label")]

    def __str__(self):
        return self.label or self.page.title
