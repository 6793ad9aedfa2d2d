"""Sending receipts and notices. A failed send is recorded on the receipt and retried; the donation stays paid."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from donations import links
from donations.models import Receipt, RecurringDonation

from .render import organisation, receipt_context, receipt_pdf

logger = logging.getLogger(__name__)


def _message(subject, template, context, to):
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"donations/email/{template}.txt", context),
        from_email=settings.DONATIONS_RECEIPT_FROM_EMAIL,
        to=[to],
    )
    message.attach_alternative(render_to_string(f"donations/email/{template}.html", context), "text/html")
    return message


def deliver_receipt(receipt_id):
    with transaction.atomic():
        receipt = Receipt.objects.select_for_update().select_related("donation").get(pk=receipt_id)
        if receipt.send_status in (Receipt.Sending.SENT, Receipt.Sending.NO_EMAIL) or not receipt.donation.email:
            return
        receipt.attempts += 1
        receipt.save(update_fields=["attempts"])
    donation = receipt.donation
    try:
        with translation.override(donation.language):
            context = receipt_context(receipt)
            context["receipt_url"] = links.absolute(links.receipt_path(receipt, donation.language))
            subject = _("Your receipt %(number)s from %(organisation)s") % {
                "number": receipt.number,
                "organisation": context["organisation"].organisation_name if context["organisation"] else "",
            }
            message = _message(subject, "receipt", context, donation.email)
            message.attach(f"receipt-{receipt.number}.pdf", receipt_pdf(receipt), "application/pdf")
        message.send()
    except Exception as error:  # noqa: BLE001 (any failure is recorded and retried, never lost)
        logger.exception("Receipt %s could not be sent", receipt.number)
        Receipt.objects.filter(pk=receipt.pk).update(
            send_status=Receipt.Sending.FAILED, last_error=f"{type(error).__name__}: {error}"[:2000]
        )
        _retry_later(receipt)
        return
    Receipt.objects.filter(pk=receipt.pk).update(
        send_status=Receipt.Sending.SENT, sent_at=timezone.now(), last_error=""
    )


def _retry_later(receipt):
    """With a queue that can defer (production), try again with growing pauses; staff can always re-send."""
    from django_tasks import default_task_backend

    from donations.tasks import send_receipt

    if receipt.attempts >= settings.DONATIONS_RECEIPT_MAX_ATTEMPTS or not default_task_backend.supports_defer:
        return
    delay = timedelta(minutes=5 * 2 ** (receipt.attempts - 1))
    send_receipt.using(run_after=timezone.now() + delay).enqueue(receipt.pk)


def resend_receipt(receipt):
    """Staff action: queue the receipt again, whatever happened before."""
    from donations.tasks import send_receipt

    Receipt.objects.filter(pk=receipt.pk).update(send_status=Receipt.Sending.PENDING, attempts=0)
    transaction.on_commit(lambda: send_receipt.enqueue(receipt.pk))


def _manage_url(email, language, page=None):
    from donations.models import DonationPage

    page = page or DonationPage.objects.live().first()
    if page is None:
        return ""
    with translation.override(language):
        return links.absolute(page.url + page.reverse_subpage("manage_link", args=[links.manage_token(email)]))


def deliver_payment_failed(recurring_id, email):
    recurring = RecurringDonation.objects.get(pk=recurring_id)
    with translation.override(recurring.language):
        org = organisation()
        context = {
            "recurring": recurring,
            "organisation": org,
            "manage_url": _manage_url(email, recurring.language),
        }
        subject = _("Your monthly gift to %(organisation)s could not be collected") % {
            "organisation": org.organisation_name if org else ""
        }
        _message(subject, "payment_failed", context, email).send()


def deliver_manage_link(email, language):
    """Sent only when the address has given; the page says the same thing either way."""
    from donations.models import COUNTED, Donation

    gave = Donation.objects.filter(email__iexact=email, status__in=COUNTED).exists()
    if not gave and not RecurringDonation.objects.filter(email__iexact=email).exists():
        return
    with translation.override(language):
        org = organisation()
        context = {"organisation": org, "manage_url": _manage_url(email, language)}
        subject = _("Manage your monthly gift to %(organisation)s") % {
            "organisation": org.organisation_name if org else ""
        }
        _message(subject, "manage_link", context, email).send()
