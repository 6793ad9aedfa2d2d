"""Public donation views. The DonationPage routes to these; receipts have their own addresses (i18n_urls)."""

import logging

import stripe
from csp.decorators import csp_update
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django_ratelimit.core import is_ratelimited

from . import currency as money
from . import links
from .forms import DonationForm
from .gateways import get_gateway, is_test_gateway
from .models import COUNTED, Donation, RecurringDonation
from .page_views import serves
from .receipts import render as receipts
from .tasks import send_manage_link

logger = logging.getLogger(__name__)

# The donation form redirects to Stripe Checkout and the manage page to Stripe's billing portal: the CSP's
# form-action covers redirects after a form is sent, so these pages allow those origins and no others do.
STRIPE_CHECKOUT_FORM_ACTION = {"form-action": ["https://checkout.stripe.com"]}
STRIPE_PORTAL_FORM_ACTION = {"form-action": ["https://billing.stripe.com"]}


def _context(request, page, **extra):
    context = page.get_context(request)
    context.update(is_test_gateway=is_test_gateway(), **extra)
    return context


def _render(request, page, template, status=200, **extra):
    return TemplateResponse(request, template, _context(request, page, **extra), status=status)


def _selected_currency(request, offered):
    codes = [code for code, _presets in offered]
    wanted = (request.POST.get("currency") or request.GET.get("currency") or "").upper()
    return wanted if wanted in codes else codes[0]


@serves("donate")
@sensitive_post_parameters("email", "name", "dedication_name")
@csp_update(STRIPE_CHECKOUT_FORM_ACTION)
def donate(request, page):
    offered = page.offered()
    code = _selected_currency(request, offered)
    kwargs = {"offered": offered, "currency": code, "allow_monthly": page.offer_monthly}
    status = 200
    if request.method == "POST":
        form = DonationForm(request.POST, **kwargs)
        if form.is_valid():
            if is_ratelimited(
                request,
                group="donations-checkout",
                key="ip",
                rate=settings.DONATIONS_CHECKOUT_RATE,
                method="POST",
                increment=True,
            ):
                form.add_error(None, _("Too many attempts from your connection. Please try again in an hour."))
                status = 429
            else:
                return _start_checkout(request, page, form)
        else:
            status = 400
    else:
        form = DonationForm(**kwargs)
    currencies = [{"code": c, "url": f"{page.url}?currency={c}", "current": c == code} for c, _presets in offered]
    # Each preset amount with what it pays for, in the editors' words.
    impacts = {str(minor): line for minor, line in page.impact_lines(code).items()}
    amounts = [{"choice": choice, "impact": impacts.get(str(choice.data["value"]), "")} for choice in form["amount"]]
    return _render(
        request,
        page,
        "donations/donation_page.html",
        status=status,
        form=form,
        amounts=amounts,
        currencies=currencies,
        progress=page.goal_progress(),
        testimonial=page.featured_testimonial(),
    )


@sensitive_variables("data")
def _start_checkout(request, page, form):
    data = form.cleaned_data
    with transaction.atomic():
        donation = Donation.objects.create(
            amount=data["base_minor"] + data["fee_minor"],
            fee_amount=data["fee_minor"],
            currency=data["currency"],
            frequency=data["frequency"],
            email=data["email"],
            name=data["name"].strip(),
            dedication_type=data["dedication_type"] or "",
            dedication_name=data["dedication_name"].strip() if data["dedication_type"] else "",
            cover_fees=bool(data["fee_minor"]),
            newsletter_consent=data["newsletter"],
            language=translation.get_language(),
            page=page,
            campaign=page.campaign,
        )
    thanks = request.build_absolute_uri(page.url + page.reverse_subpage("thanks", args=[donation.reference]))
    try:
        url = get_gateway().start_checkout(
            donation,
            success_url=thanks + "?session_id={CHECKOUT_SESSION_ID}",
            cancel_url=request.build_absolute_uri(page.url),
        )
    except stripe.StripeError:
        logger.exception("Checkout could not start for donation %s", donation.pk)
        form.add_error(None, _service_down_message())
        return _render(request, page, "donations/donation_page.html", status=502, form=form, currencies=[])
    return HttpResponseRedirect(url, status=303)


@serves("thanks")
@never_cache  # personal: never in a shared cache
def thanks(request, page, reference):
    donation = Donation.objects.filter(reference=reference, page=page).select_related("receipt").first()
    if donation is None:
        raise Http404
    receipt = getattr(donation, "receipt", None)
    response = _render(
        request,
        page,
        "donations/thanks.html",
        donation=donation,
        receipt=receipt,
        receipt_url=links.receipt_path(receipt, translation.get_language()) if receipt else None,
    )
    return response


@serves("manage")
@sensitive_post_parameters("email")
@sensitive_variables("email")
@never_cache  # personal: never in a shared cache
def manage(request, page):
    sent = False
    error = ""
    email = ""
    status = 200
    if request.method == "POST":
        email = request.POST.get("email", "").strip()
        try:
            if len(email) > 254:
                raise ValidationError("too long")
            validate_email(email)
        except ValidationError:
            error, status = _("Enter a valid e-mail address."), 400
        else:
            if is_ratelimited(
                request,
                group="donations-manage",
                key="ip",
                rate=settings.DONATIONS_MANAGE_RATE,
                method="POST",
                increment=True,
            ):
                error, status = _("Too many attempts from your connection. Please try again in an hour."), 429
            else:
                send_manage_link.enqueue(email.lower(), translation.get_language())
                sent = True
    return _render(request, page, "donations/manage.html", status=status, sent=sent, error=error, email=email)


def _service_down_message():
    return _("The payment service is not answering. Nothing was charged; please try again later.")


@serves("manage_link")
@sensitive_variables("email", "token")
@csp_update(STRIPE_PORTAL_FORM_ACTION)
@never_cache  # personal: never in a shared cache
def manage_link(request, page, token):
    email = links.email_from_manage_token(token)
    if email is None:
        return _render(request, page, "donations/manage.html", status=410, expired=True)
    gifts = RecurringDonation.objects.filter(email__iexact=email).exclude(stripe_customer_id="").order_by("-pk")
    if request.method == "POST":
        gift = request.POST.get("gift", "")
        recurring = gifts.filter(pk=int(gift)).first() if gift.isascii() and gift.isdigit() and len(gift) < 19 else None
        if recurring is None:
            return _render(
                request,
                page,
                "donations/manage_gifts.html",
                status=400,
                error=_("Choose one of your monthly gifts below."),
                **_manage_context(page, token, email, gifts),
            )
        gateway = get_gateway()
        action = request.POST.get("action")
        if gateway.is_test and action in ("cancel", "next"):
            gateway.cancel(recurring) if action == "cancel" else gateway.next_instalment(recurring)
            return HttpResponseRedirect(request.path, status=303)
        try:
            url = gateway.manage(recurring, request.build_absolute_uri(request.path))
        except stripe.StripeError:
            # As at checkout: a 502 that says nothing changed, on the page the donor was on.
            logger.exception("The billing portal could not open for monthly gift %s", recurring.pk)
            context = _manage_context(page, token, email, gifts)
            return _render(
                request, page, "donations/manage_gifts.html", status=502, error=_service_down_message(), **context
            )
        if url:
            return HttpResponseRedirect(url, status=303)
    return _render(request, page, "donations/manage_gifts.html", **_manage_context(page, token, email, gifts))


def _manage_context(page, token, email, gifts):
    gifts = [(gift, money.format_amount(gift.amount, gift.currency) if gift.currency else "") for gift in gifts]
    years = Donation.objects.filter(email__iexact=email, status__in=COUNTED).dates("paid_at", "year", order="DESC")
    statements = [(year.year, page.url + page.reverse_subpage("statement", args=[token, year.year])) for year in years]
    return {"gifts": gifts, "email": email, "statements": statements}


# Years a statement can be asked for: receipts start with the site; far years are typos or probes.
STATEMENT_YEARS = range(2000, 2200)


@serves("statement")
def statement(request, page, token, year):
    """A donor's yearly statement, reached through the same signed, expiring link as the monthly-gift page."""
    email = links.email_from_manage_token(token)
    if email is None or year not in STATEMENT_YEARS:
        raise Http404
    response = HttpResponse(
        receipts.statement_pdf(email, year, translation.get_language()), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="statement-{year}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@serves("transparency")
def transparency(request, page):
    rows = (
        Donation.objects.filter(status__in=COUNTED)
        .annotate(month=TruncMonth("paid_at"))
        .values("month", "currency")
        .annotate(total=Sum("amount"), refunded=Sum("amount_refunded"), gifts=Count("pk"))
        .order_by("-month", "currency")
    )
    months = []
    for row in rows:
        if not months or months[-1]["month"] != row["month"]:
            months.append({"month": row["month"], "totals": []})
        months[-1]["totals"].append(
            {"amount": money.format_amount(row["total"] - row["refunded"], row["currency"]), "gifts": row["gifts"]}
        )
    monthly_donors = RecurringDonation.objects.filter(status=RecurringDonation.State.ACTIVE).count()
    return _render(
        request,
        page,
        "donations/transparency.html",
        months=months[:24],
        monthly_donors=monthly_donors,
    )


def receipt(request, token):
    found = links.receipt_from_token(token)
    if found is None:
        raise Http404
    context = receipts.receipt_context(found)
    context["pdf_url"] = request.path.rstrip("/") + "/pdf/"
    response = TemplateResponse(request, "donations/receipt.html", context)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def receipt_pdf(request, token):
    found = links.receipt_from_token(token)
    if found is None:
        raise Http404
    response = HttpResponse(receipts.receipt_pdf(found, translation.get_language()), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="receipt-{found.number}.pdf"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
