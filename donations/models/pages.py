"""The donation page: the appeal and form, plus its sub-pages (thanks, manage, transparency, test payment)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core.public import CachedViewRestrictionsMixin
from donations import currency as money
from donations.page_views import view_for
from home.models import Testimonial
from translations.judgement import TranslationNoticeMixin

from .gifts import COUNTED, Donation

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class DonationPageForm(WagtailAdminPageForm):
    """Each impact line names a preset amount of its currency: a line for an amount not offered would never show."""

    def clean(self):
        cleaned = super().clean()
        currencies, impacts = self.formsets.get("currencies"), self.formsets.get("impacts")
        if currencies is None or impacts is None or not (currencies.is_valid() and impacts.is_valid()):
            return cleaned
        offered = {}
        for form in currencies.forms:
            data = form.cleaned_data
            if data and not data.get("DELETE") and data.get("currency"):
                row = DonationCurrency(currency=data["currency"], presets=data.get("presets") or "")
                offered[row.currency] = row.preset_minor_amounts()
        for form in impacts.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE") or not data.get("currency") or data.get("amount") is None:
                continue
            code = data["currency"]
            minor = money.to_minor(data["amount"], code)
            if minor not in offered.get(code, ()):
                form.add_error(
                    "amount",
                    _("%(amount)s is not one of the preset amounts in %(currency)s above.")
                    % {"amount": money.format_amount(minor, code), "currency": code},
                )
        return cleaned


class DonationPage(CachedViewRestrictionsMixin, TranslationNoticeMixin, RoutablePageMixin, Page):
    intro = RichTextField(_("appeal"), features=TEXT_FEATURES)
    thank_you_text = RichTextField(_("thank-you text"), features=TEXT_FEATURES, blank=True)
    transparency_intro = RichTextField(_("transparency page introduction"), features=TEXT_FEATURES, blank=True)
    offer_monthly = models.BooleanField(_("offer monthly giving"), default=True)
    monthly_pitch = models.CharField(
        _("why give monthly"),
        max_length=200,
        blank=True,
        help_text=_("One sentence beside the monthly choice, which is shown first as the recommended one."),
    )
    testimonial = models.ForeignKey(
        "home.Testimonial",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("testimonial"),
        help_text=_("One face and quote beside the form; without a choice the first published testimonial."),
    )
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
    base_form_class = DonationPageForm
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("currencies", label=_("Currency"), min_num=1, help_text=_("The first one is preselected.")),
        InlinePanel(
            "impacts",
            label=_("Impact line"),
            heading=_("What a gift does"),
            help_text=_("A short line under a preset amount, e.g. “pays for a lawyer's day in court”."),
        ),
        MultiFieldPanel([FieldPanel("offer_monthly"), FieldPanel("monthly_pitch")], heading=_("Monthly giving")),
        FieldPanel("testimonial"),
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

    def impact_lines(self, code):
        """{preset minor amount: its impact line} in this currency."""
        return {
            money.to_minor(impact.amount, code): impact.text for impact in self.impacts.all() if impact.currency == code
        }

    def featured_testimonial(self):
        """The testimonial chosen for this page while its consent stands, else the first published one."""
        published = Testimonial.published.order_by("sort_order", "pk")  # editors' order; then the oldest first
        return (self.testimonial_id and published.filter(pk=self.testimonial_id).first()) or published.first()

    def goal_progress(self):
        if not (self.goal_amount and self.goal_currency):
            return None
        gifts = Donation.objects.filter(page=self, currency=self.goal_currency, status__in=COUNTED)
        if self.goal_start:
            gifts = gifts.filter(paid_at__date__gte=self.goal_start)
        totals = gifts.aggregate(total=Sum("amount"), count=Count("pk"))
        raised = totals["total"] or 0
        goal = money.to_minor(self.goal_amount, self.goal_currency)
        return {
            "raised": money.format_amount(raised, self.goal_currency),
            "goal": money.format_amount(goal, self.goal_currency),
            "percent": min(100, int(raised * 100 // goal)) if goal else 0,
            "gifts": totals["count"],
        }


class DonationImpact(Orderable):
    """What a preset amount pays for, in the editors' words, shown under that amount on the form."""

    page = ParentalKey(DonationPage, on_delete=models.CASCADE, related_name="impacts")
    currency = models.CharField(_("currency"), max_length=3, choices=[(c, c) for c in money.SUPPORTED])
    amount = models.PositiveIntegerField(_("amount"), help_text=_("One of the preset amounts, in whole units."))
    text = models.CharField(_("what it pays for"), max_length=120)

    panels = [FieldRowPanel([FieldPanel("currency"), FieldPanel("amount")]), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("impact line")
        verbose_name_plural = _("impact lines")


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
