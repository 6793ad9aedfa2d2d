"""The donation page: the appeal and form, plus its sub-pages (thanks, manage, transparency, test payment)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core.public import CachedViewRestrictionsMixin
from donations import currency as money
from donations.page_views import view_for
from translations.judgement import TranslationNoticeMixin

from .gifts import COUNTED, Donation

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class DonationPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, RoutablePageMixin, Page):
    intro = RichTextField(_("appeal"), features=TEXT_FEATURES)
    thank_you_text = RichTextField(_("thank-you text"), features=TEXT_FEATURES, blank=True)
    transparency_intro = RichTextField(_("transparency page introduction"), features=TEXT_FEATURES, blank=True)
    offer_monthly = models.BooleanField(_("offer monthly giving"), default=True)
    campaign = models.CharField(
        _("campaign code"), max_length=120, blank=True, help_text=_("Recorded with each gift, for reports.")
    )
    goal_amount = models.PositiveIntegerField(
        _("campaign goal"), null=True, blank=True, help_text=_("In whole units of the goal currency.")
    )
    goal_currency = models.CharField(
        _("goal currency"), max_length=3, blank=True, choices=[(c, c) for c in money.SUPPORTED]
    )
    goal_start = models.DateField(_("count gifts from"), null=True, blank=True)

    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("currencies", label=_("Currency"), min_num=1, help_text=_("The first one is preselected.")),
        FieldPanel("offer_monthly"),
        MultiFieldPanel(
            [
                FieldPanel("campaign"),
                FieldRowPanel([FieldPanel("goal_amount"), FieldPanel("goal_currency")]),
                FieldPanel("goal_start"),
            ],
            heading=_("Campaign"),
        ),
        FieldPanel("thank_you_text"),
        FieldPanel("transparency_intro"),
    ]

    class Meta:
        verbose_name = _("donation page")

    def clean(self):
        super().clean()
        if bool(self.goal_amount) != bool(self.goal_currency):
            raise ValidationError({"goal_currency": _("Give both a goal and its currency, or neither.")})

    # Sub-pages: routed here, served by the views registered for them (page_views.py).
    @path("")
    def donate(self, request):
        return view_for("donate")(request, self)

    @path("thanks/<uuid:reference>/")
    def thanks(self, request, reference):
        return view_for("thanks")(request, self, reference)

    @path("manage/")
    def manage(self, request):
        return view_for("manage")(request, self)

    @path("manage/<str:token>/")
    def manage_link(self, request, token):
        return view_for("manage_link")(request, self, token)

    @path("manage/<str:token>/statement/<int:year>/")
    def statement(self, request, token, year):
        return view_for("statement")(request, self, token, year)

    @path("transparency/")
    def transparency(self, request):
        return view_for("transparency")(request, self)

    @path("test-payment/<str:token>/")
    def test_payment(self, request, token):
        return view_for("test_payment")(request, self, token)

    def offered(self):
        """[(currency, [preset minor amounts])] in the editor's order; KGS, USD, EUR if none were set."""
        rows = [(row.currency, row.preset_minor_amounts()) for row in self.currencies.all()]
        if not rows:
            rows = [(code, DonationCurrency.default_presets(code)) for code in money.DEFAULT_OFFERED]
        return rows

    def goal_progress(self):
        if not (self.goal_amount and self.goal_currency):
            return None
        gifts = Donation.objects.filter(page=self, currency=self.goal_currency, status__in=COUNTED)
        if self.goal_start:
            gifts = gifts.filter(paid_at__date__gte=self.goal_start)
        raised = gifts.aggregate(total=Sum("amount"))["total"] or 0
        goal = money.to_minor(self.goal_amount, self.goal_currency)
        return {
            "raised": money.format_amount(raised, self.goal_currency),
            "goal": money.format_amount(goal, self.goal_currency),
            "percent": min(100, int(raised * 100 // goal)) if goal else 0,
        }


class DonationCurrency(Orderable):
    page = ParentalKey(DonationPage, on_delete=models.CASCADE, related_name="currencies")
    currency = models.CharField(_("currency"), max_length=3, choices=[(c, c) for c in money.SUPPORTED])
    presets = models.CharField(
        _("preset amounts"), max_length=200, help_text=_("Whole units, separated by commas, e.g. 500, 1000, 2500.")
    )

    panels = [FieldRowPanel([FieldPanel("currency"), FieldPanel("presets")])]

    DEFAULTS = {"KGS": "500, 1000, 2500, 5000", "USD": "10, 25, 50, 100", "EUR": "10, 25, 50, 100"}

    @classmethod
    def default_presets(cls, code):
        return [money.to_minor(value, code) for value in cls.DEFAULTS.get(code, "").split(",") if value.strip()]

    def clean(self):
        low, high = money.minor_limits(self.currency)
        try:
            amounts = self.preset_minor_amounts(strict=True)
        except ValueError as error:
            raise ValidationError({"presets": _("Use whole numbers separated by commas.")}) from error
        if any(not low <= amount <= high for amount in amounts):
            raise ValidationError(
                {
                    "presets": _("Each amount must be between %(low)s and %(high)s.")
                    % {"low": money.format_amount(low, self.currency), "high": money.format_amount(high, self.currency)}
                }
            )

    def preset_minor_amounts(self, strict=False):
        amounts = []
        for part in self.presets.split(","):
            if not part.strip():
                continue
            try:
                amounts.append(money.to_minor(part, self.currency))
            except ValueError:
                if strict:
                    raise
        return amounts
