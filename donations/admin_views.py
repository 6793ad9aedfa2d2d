"""The Donations area of the Wagtail admin: viewsets, the dashboard panel, staff actions."""

import datetime

import django_filters
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Q, Sum
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import currency as money
from .admin_forms import DonationEditForm, OfflineGiftForm
from .gateways import get_gateway
from .models import COUNTED, Donation, Receipt, RecurringDonation, StripeEvent
from .receipts.render import statement_pdf
from .tasks import resend_receipt


class LedgerPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, minus actions that would corrupt the books (even for superusers): the ledger is
    never deleted (anonymise instead), receipts and events are created only by the payment pipeline."""

    def __init__(self, model, denied):
        super().__init__(model)
        self.denied = set(denied)

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


for _model, _denied in (
    (Donation, ["delete"]),
    (RecurringDonation, ["add", "delete"]),
    (Receipt, ["add", "change", "delete"]),
    (StripeEvent, ["add", "change", "delete"]),
):
    register_permission_policy(_model, LedgerPermissionPolicy(_model, _denied), exact_class=True)


class LedgerViewSet(ModelViewSet):
    copy_view_enabled = False
    inspect_view_enabled = True


class DonationFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=gettext_lazy("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Donation
        fields = ["status", "currency", "frequency", "source", "campaign", "created_at"]


class DonationInspectView(InspectView):
    template_name = "donations/admin/donation_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        donation = self.object
        context["events"] = donation.events.order_by("received_at")
        context["receipt"] = getattr(donation, "receipt", None)
        context["statement_year"] = (donation.paid_at or donation.created_at).year
        return context


class DonationViewSet(LedgerViewSet):
    model = Donation
    icon = "pick"
    menu_label = gettext_lazy("Donations")
    url_namespace = "donations_donation"
    url_prefix = "donations/gifts"
    list_display = ["created_at", "display_amount", "frequency", "status", "source", "email", "campaign"]
    list_filter = DonationFilterSet
    filterset_class = DonationFilterSet
    search_fields = ["email", "name", "receipt__number", "stripe_payment_intent_id", "stripe_checkout_session_id"]
    list_export = [
        "pk",
        "created_at",
        "paid_at",
        "amount",
        "currency",
        "frequency",
        "status",
        "source",
        "amount_refunded",
        "email",
        "name",
        "campaign",
        "receipt_number",
        "newsletter_consent",
        "language",
    ]
    export_headings = {"amount": "amount (minor units)", "amount_refunded": "refunded (minor units)"}
    export_filename = "donations"
    inspect_view_class = DonationInspectView
    inspect_view_fields = [
        "reference",
        "display_amount",
        "fee_amount",
        "currency",
        "frequency",
        "status",
        "source",
        "amount_refunded",
        "dispute",
        "email",
        "name",
        "dedication_type",
        "dedication_name",
        "newsletter_consent",
        "language",
        "campaign",
        "recurring",
        "created_at",
        "paid_at",
        "stripe_checkout_session_id",
        "stripe_payment_intent_id",
        "stripe_invoice_id",
        "stripe_charge_id",
        "note",
    ]

    def get_form_class(self, for_update=False):
        return DonationEditForm if for_update else OfflineGiftForm

    def get_queryset(self, request):
        return Donation.objects.select_related("receipt")


class RecurringDonationViewSet(LedgerViewSet):
    model = RecurringDonation
    icon = "repeat"
    menu_label = gettext_lazy("Monthly gifts")
    url_namespace = "donations_recurring"
    url_prefix = "donations/monthly"
    list_display = ["email", "__str__", "status", "current_period_end", "created_at"]
    list_filter = ["status", "currency"]
    search_fields = ["email", "name", "stripe_subscription_id", "stripe_customer_id"]
    list_export = [
        "pk",
        "email",
        "name",
        "amount",
        "currency",
        "status",
        "current_period_end",
        "created_at",
        "canceled_at",
        "stripe_subscription_id",
        "stripe_customer_id",
        "language",
    ]
    export_filename = "monthly-gifts"
    form_fields = ["email", "name"]
    inspect_template_name = "donations/admin/recurring_inspect.html"


class ReceiptViewSet(LedgerViewSet):
    model = Receipt
    icon = "doc-full"
    menu_label = gettext_lazy("Receipts")
    url_namespace = "donations_receipt"
    url_prefix = "donations/receipts"
    list_display = ["number", "donation", "issued_at", "send_status", "attempts", "refunded"]
    list_filter = ["send_status", "refunded"]
    search_fields = ["number", "donation__email"]
    list_export = ["number", "issued_at", "send_status", "attempts", "last_error", "refunded"]
    export_filename = "receipts"
    form_fields = []


class StripeEventViewSet(LedgerViewSet):
    model = StripeEvent
    icon = "list-ul"
    menu_label = gettext_lazy("Stripe events")
    url_namespace = "donations_stripeevent"
    url_prefix = "donations/events"
    list_display = ["event_id", "type", "received_at", "processed", "note"]
    list_filter = ["type", "processed"]
    search_fields = ["event_id", "object_id", "payment_intent_id"]
    form_fields = []


class DonationsGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Donations")
    menu_icon = "pick"
    menu_order = 250
    items = (DonationViewSet, RecurringDonationViewSet, ReceiptViewSet, StripeEventViewSet)


# --- Staff actions ------------------------------------------------------------------------------------------------


@require_POST
@permission_required("donations.change_receipt", raise_exception=True)
def resend(request, pk):
    receipt = get_object_or_404(Receipt, pk=pk)
    resend_receipt(receipt)
    messages.success(request, _("Receipt %(number)s queued to be sent again.") % {"number": receipt.number})
    return HttpResponseRedirect(reverse("donations_donation:inspect", args=[receipt.donation_id]))


@require_POST
@permission_required("donations.change_recurringdonation", raise_exception=True)
def cancel_recurring(request, pk):
    recurring = get_object_or_404(RecurringDonation, pk=pk)
    get_gateway().cancel(recurring)
    messages.success(request, _("Cancellation sent; the gift shows as canceled once the payment service confirms."))
    return HttpResponseRedirect(reverse("donations_recurring:inspect", args=[pk]))


@permission_required("donations.view_donation", raise_exception=True)
def statement(request):
    email = request.GET.get("email", "")
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = timezone.localdate().year
    language = request.GET.get("language", "en")
    response = HttpResponse(statement_pdf(email, year, language), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="statement-{year}.pdf"'
    return response


admin_urls = [
    path("donations/actions/receipt/<int:pk>/resend/", resend, name="donations_resend_receipt"),
    path("donations/actions/monthly/<int:pk>/cancel/", cancel_recurring, name="donations_cancel_recurring"),
    path("donations/actions/statement/", statement, name="donations_statement"),
]


# --- Dashboard ------------------------------------------------------------------------------------------------------


def totals_since(start):
    rows = (
        Donation.objects.filter(status__in=COUNTED, paid_at__gte=start)
        .values("currency")
        .annotate(total=Sum("amount"), refunded=Sum("amount_refunded"), gifts=Count("pk"))
        .order_by("currency")
    )
    return [
        {
            "currency": r["currency"],
            "amount": money.format_amount(r["total"] - r["refunded"], r["currency"]),
            "gifts": r["gifts"],
        }
        for r in rows
    ]


def monthly_bars(today, months=12):
    """Per currency, the last twelve months (this one included) as bar heights, percent of the best month,
    for a server-drawn SVG chart."""
    current = today.year * 12 + today.month - 1
    labels = [divmod(i, 12) for i in range(current - months + 1, current + 1)]
    labels = [(year, month + 1) for year, month in labels]
    first = datetime.date(labels[0][0], labels[0][1], 1)
    rows = Donation.objects.filter(status__in=COUNTED, paid_at__date__gte=first).values_list(
        "currency", "paid_at", "amount", "amount_refunded"
    )
    series = {}
    for code, paid_at, amount, refunded in rows:
        local = timezone.localtime(paid_at)
        key = (local.year, local.month)
        series.setdefault(code, {}).setdefault(key, 0)
        series[code][key] += amount - refunded
    charts = []
    for code, values in sorted(series.items()):
        peak = max(values.values()) or 1
        charts.append(
            {
                "currency": code,
                "bars": [
                    {
                        "label": datetime.date(y, m, 1),
                        "amount": money.format_amount(values.get((y, m), 0), code),
                        "height": round(values.get((y, m), 0) * 100 / peak),
                        "x": position * 20,
                        "y": 100 - round(values.get((y, m), 0) * 100 / peak),
                    }
                    for position, (y, m) in enumerate(labels)
                ],
            }
        )
    return charts


class DonationsPanel(Component):
    name = "donations"
    order = 150
    template_name = "donations/admin/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        tz = timezone.get_current_timezone()
        month_start = datetime.datetime(today.year, today.month, 1, tzinfo=tz)
        year_start = datetime.datetime(today.year, 1, 1, tzinfo=tz)
        return {
            "month": totals_since(month_start),
            "year": totals_since(year_start),
            "charts": monthly_bars(today),
            "failed_receipts": Receipt.objects.filter(send_status=Receipt.Sending.FAILED).count(),
            "waiting_events": StripeEvent.objects.filter(processed=False).count(),
            "active_monthly": RecurringDonation.objects.filter(
                Q(status=RecurringDonation.State.ACTIVE) | Q(status=RecurringDonation.State.PAST_DUE)
            ).count(),
        }
