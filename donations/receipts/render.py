"""Receipt and yearly statement documents: the same context feeds the web page, the e-mail and the PDF."""

import logging

from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Site

from donations import currency as money
from donations import links
from donations.models import COUNTED, Donation
from home.models import OrganisationSettings

# WeasyPrint logs every rendering step at INFO; only its warnings are useful.
logging.getLogger("weasyprint").setLevel(logging.WARNING)
logging.getLogger("fontTools").setLevel(logging.WARNING)


def organisation():
    site = Site.objects.filter(is_default_site=True).first()
    return OrganisationSettings.for_site(site) if site else None


def receipt_context(receipt):
    donation = receipt.donation
    return {
        "receipt": receipt,
        "donation": donation,
        "amount": money.format_amount(donation.amount, donation.currency),
        "refunded_amount": money.format_amount(donation.amount_refunded, donation.currency)
        if donation.amount_refunded
        else "",
        "date": timezone.localtime(donation.paid_at or receipt.issued_at).date(),
        "organisation": organisation(),
        # Gifts made through the local test gateway say so on every copy of their receipt.
        "is_test_gift": (donation.stripe_checkout_session_id or "").startswith("cs_test_local_"),
        "pdf_url": links.absolute(links.receipt_path(receipt, donation.language).rstrip("/") + "/pdf/"),
    }


def pdf_bytes(template, context):
    # Imported on first use: WeasyPrint (and Pango through it) takes long to load, and only the task worker and
    # the PDF views need it, not every web process at start.
    from weasyprint import HTML

    html = render_to_string(template, context)
    return HTML(string=html, base_url=".").write_pdf()


def receipt_pdf(receipt, language=None):
    with translation.override(language or receipt.donation.language):
        return pdf_bytes("donations/receipt_pdf.html", receipt_context(receipt))


def statement_pdf(email, year, language):
    gifts = list(
        Donation.objects.filter(email__iexact=email, status__in=COUNTED, paid_at__year=year)
        .select_related("receipt")
        .order_by("paid_at")
    )
    totals = {}
    for gift in gifts:
        totals[gift.currency] = totals.get(gift.currency, 0) + gift.amount - gift.amount_refunded
    with translation.override(language):
        context = {
            "email": email,
            "year": year,
            "gifts": [(gift, money.format_amount(gift.amount - gift.amount_refunded, gift.currency)) for gift in gifts],
            "totals": [money.format_amount(total, code) for code, total in sorted(totals.items())],
            "organisation": organisation(),
            "name": next((gift.name for gift in gifts if gift.name), ""),
        }
        return pdf_bytes("donations/statement_pdf.html", context)
