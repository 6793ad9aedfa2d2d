"""The confidential request form. Every field has its own message for each way it can be wrong, and nothing
the browser could keep or send elsewhere: autocomplete and spell-check are off (a shared phone remembers typed
words; some browsers' enhanced spell-check sends them to an online service)."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from .choices import ContactChannel, Region

HONEYPOT_FIELD = "website_url"
PHONE_CHARACTERS = re.compile(r"^[+\d\s().-]+$")
PRIVATE = {"autocomplete": "off", "spellcheck": "false", "autocapitalize": "off"}


def text_input(**attrs):
    return forms.TextInput(attrs={**PRIVATE, **attrs})


class GetHelpForm(forms.Form):
    what_happened = forms.CharField(
        label=_("What happened?"),
        max_length=10000,
        help_text=_("In your own words: what happened, when and where. Kyrgyz, Russian or English."),
        widget=forms.Textarea(attrs={**PRIVATE, "rows": 8}),
        error_messages={
            "required": _("Tell us briefly what happened, so that the right lawyer can answer."),
            "max_length": _("Please keep it under %(limit_value)d characters (you wrote %(show_value)d)."),
        },
    )
    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("Choose a region")), *Region.choices],
        help_text=_("Where it happened, or where you are now."),
        error_messages={
            "required": _("Choose a region, or “I would rather not say”."),
            "invalid_choice": _("Choose a region from the list."),
        },
    )
    contact_channel = forms.ChoiceField(
        label=_("How may a lawyer contact you safely?"),
        choices=ContactChannel.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how a lawyer may contact you."),
            "invalid_choice": _("Choose one of the ways listed."),
        },
    )
    contact_details = forms.CharField(
        label=_("Your number, username or e-mail address for it"),
        max_length=200,
        widget=text_input(),
        error_messages={
            "required": _("Write the number or address a lawyer should use."),
            "max_length": _("This is too long for a number or address (at most %(limit_value)d characters)."),
        },
    )
    safe_time = forms.CharField(
        label=_("When is it safe to contact you?"),
        max_length=200,
        help_text=_("For example: weekdays after 18:00, only in writing, or any time."),
        widget=text_input(),
        error_messages={
            "required": _("Tell us when it is safe to contact you (or write “any time”)."),
            "max_length": _("Please keep it under %(limit_value)d characters."),
        },
    )
    name = forms.CharField(
        label=_("Name"),
        required=False,
        max_length=150,
        help_text=_("Optional: any name you want us to use."),
        widget=text_input(),
        error_messages={"max_length": _("Please keep the name under %(limit_value)d characters.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that a lawyer of the organisation contacts me in the way I described above."),
        error_messages={
            "required": _(
                "Tick this box so that a lawyer may contact you. If you would rather call us yourself, "
                "our number is on this page."
            )
        },
    )
    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)

    def clean(self):
        cleaned = super().clean()
        channel, details = cleaned.get("contact_channel"), cleaned.get("contact_details")
        if channel and details:
            error = self.contact_details_error(channel, details)
            if error:
                self.add_error("contact_details", error)
        return cleaned

    @staticmethod
    def contact_details_error(channel, details):
        if channel == ContactChannel.EMAIL:
            try:
                validate_email(details)
            except ValidationError:
                return _("Write a valid e-mail address, such as name@example.org.")
        elif channel in ContactChannel.by_phone_number():
            digits = sum(character.isdigit() for character in details)
            if not PHONE_CHARACTERS.match(details) or digits < 6:
                return _("Write the phone number with its digits, for example +996 555 123 456.")
        return None

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))

    def sealed_fields(self, language):
        """What goes into the sealed request: everything the person wrote, never the honeypot."""
        data = self.cleaned_data
        return {
            "language": language,
            "region": data["region"],
            "name": data["name"],
            "contact_channel": data["contact_channel"],
            "contact_details": data["contact_details"],
            "safe_time": data["safe_time"],
            "consent": data["consent"],
            "what_happened": data["what_happened"],
        }
