"""Staff forms: offline gifts (bank transfer, cash) go through the same ledger and receipt pipeline."""

import datetime

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import currency as money
from .ledger import settle_paid
from .models import Donation, Source


class OfflineGiftForm(WagtailAdminModelForm):
    amount_major = forms.CharField(label=_("Amount"), help_text=_("In the currency's units, e.g. 1500 or 25.50."))
    received_on = forms.DateField(label=_("Received on"), initial=datetime.date.today)

    class Meta:
        model = Donation
        fields = ["currency", "source", "email", "name", "language", "campaign", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = [c for c in Source.choices if c[0] != Source.ONLINE]
        self.fields["language"] = forms.ChoiceField(label=_("Receipt language"), choices=settings.LANGUAGES)
        self.fields["currency"].initial = "KGS"
        self.order_fields(["amount_major", "currency", "source", "received_on", "email", "name", "language"])

    def clean_received_on(self):
        received_on = self.cleaned_data["received_on"]
        if received_on > timezone.localdate():
            raise forms.ValidationError(_("A gift cannot be received in the future."))
        return received_on

    def clean(self):
        data = super().clean()
        code = data.get("currency")
        if code and data.get("amount_major"):
            try:
                data["amount"] = money.to_minor(data["amount_major"], code)
            except ValueError:
                self.add_error("amount_major", _("Enter a valid amount for this currency."))
                return data
            if data["amount"] <= 0:
                self.add_error("amount_major", _("Enter an amount above zero."))
        return data

    def save(self, commit=True):
        donation = super().save(commit=False)
        donation.amount = self.cleaned_data["amount"]
        when = timezone.make_aware(datetime.datetime.combine(self.cleaned_data["received_on"], datetime.time(12)))
        donation.created_at = when
        with transaction.atomic():
            donation.save()
            settle_paid(donation, when)
        return donation


class DonationEditForm(WagtailAdminModelForm):
    """Staff may correct contact details and add a note; amounts and statuses come only from payments."""

    class Meta:
        model = Donation
        fields = ["email", "name", "newsletter_consent", "note"]
