"""The donation form. The server decides everything: amounts, currency, bounds; the browser only suggests."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import currency as money
from .models import Dedication, Frequency

OTHER = "other"


class DonationForm(forms.Form):
    currency = forms.CharField(widget=forms.HiddenInput)
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.ONE_TIME, widget=forms.RadioSelect
    )
    amount = forms.ChoiceField(label=_("Amount"), widget=forms.RadioSelect)
    other_amount = forms.CharField(
        label=_("Other amount"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    cover_fees = forms.BooleanField(label=_("Add %(percent)s%% to cover the card fees"), required=False)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("For your receipt. We never share it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Name"),
        required=False,
        max_length=200,
        help_text=_("Optional: shown only on your receipt."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    dedication_type = forms.ChoiceField(
        label=_("Dedicate this gift"), choices=Dedication.choices, required=False, widget=forms.RadioSelect
    )
    dedication_name = forms.CharField(label=_("Name of the person"), required=False, max_length=200)
    newsletter = forms.BooleanField(
        label=_("Send me news about the organisation's work (about once a month)"), required=False
    )

    def __init__(self, *args, offered, currency, allow_monthly=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.offered = dict(offered)
        self.selected_currency = currency
        self.fields["currency"].initial = currency
        self.fields["cover_fees"].label = self.fields["cover_fees"].label % {"percent": int(money.FEE_SHARE * 100)}
        presets = self.offered.get(currency, [])
        self.fields["amount"].choices = [(str(value), money.format_amount(value, currency)) for value in presets] + [
            (OTHER, _("Other amount"))
        ]
        self.fields["amount"].initial = str(presets[1] if len(presets) > 1 else OTHER) if presets else OTHER
        if allow_monthly:
            # Monthly first, as the recommended choice; one-time stays preselected, so nobody subscribes unawares.
            self.fields["frequency"].choices = [
                (Frequency.MONTHLY, Frequency.MONTHLY.label),
                (Frequency.ONE_TIME, Frequency.ONE_TIME.label),
            ]
        else:
            self.fields["frequency"].choices = [(Frequency.ONE_TIME, Frequency.ONE_TIME.label)]

    def clean_currency(self):
        code = (self.cleaned_data["currency"] or "").upper()
        if code not in self.offered:
            raise ValidationError(_("This currency is not offered."), code="currency")
        return code

    def clean(self):
        data = super().clean()
        code = data.get("currency")
        if not code:
            return data
        choice = data.get("amount")
        if choice == OTHER:
            raw = data.get("other_amount", "").strip()
            if not raw:
                self.add_error("other_amount", _("Enter an amount."))
                return data
            try:
                minor = money.to_minor(raw, code)
            except ValueError:
                places = money.exponent(code)
                message = (
                    _("Enter a whole number.")
                    if places == 0
                    else _("Enter a number with at most %(places)s decimals.") % {"places": places}
                )
                self.add_error("other_amount", message)
                return data
        elif choice:
            minor = int(choice)
        else:
            return data
        low, high = money.minor_limits(code)
        if not low <= minor <= high:
            self.add_error(
                "other_amount" if choice == OTHER else "amount",
                _("Give between %(low)s and %(high)s.")
                % {"low": money.format_amount(low, code), "high": money.format_amount(high, code)},
            )
            return data
        if data.get("dedication_type") and not data.get("dedication_name", "").strip():
            self.add_error("dedication_name", _("Enter the name of the person you dedicate this gift to."))
        data["base_minor"] = minor
        data["fee_minor"] = money.fee_top_up(minor) if data.get("cover_fees") else 0
        return data
