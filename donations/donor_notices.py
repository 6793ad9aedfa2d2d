"""E-mails about monthly gifts: the signed "manage my gift" link, and the notice that an instalment failed."""

from django.utils import translation
from django.utils.translation import gettext as _

from . import links
from .emails import compose
from .models import COUNTED, Donation, DonationPage, RecurringDonation
from .receipts.render import organisation


def manage_url(email, language, page=None):
    page = page or DonationPage.objects.live().first()
    if page is None:
        return ""
    with translation.override(language):
        return links.absolute(page.url + page.reverse_subpage("manage_link", args=[links.manage_token(email)]))


def deliver_payment_failed(recurring_id, email):
    recurring = RecurringDonation.objects.get(pk=recurring_id)
    with translation.override(recurring.language):
        org = organisation()
        context = {"recurring": recurring, "organisation": org, "manage_url": manage_url(email, recurring.language)}
        subject = _("Your monthly gift to %(organisation)s could not be collected") % {
            "organisation": org.organisation_name if org else ""
        }
        compose(subject, "payment_failed", context, email).send()


def deliver_manage_link(email, language):
    """Sent only when the address has given; the page says the same thing either way."""
    gave = Donation.objects.filter(email__iexact=email, status__in=COUNTED).exists()
    if not gave and not RecurringDonation.objects.filter(email__iexact=email).exists():
        return
    with translation.override(language):
        org = organisation()
        context = {"organisation": org, "manage_url": manage_url(email, language)}
        subject = _("Manage your monthly gift to %(organisation)s") % {
            "organisation": org.organisation_name if org else ""
        }
        compose(subject, "manage_link", context, email).send()
