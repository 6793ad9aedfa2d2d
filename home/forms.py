"""The contact form's spam protection: a honeypot field that people never see (no third-party service)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

HONEYPOT_FIELD = "website_url"


class HoneypotForm(BaseForm):
    """Drops the honeypot from the stored data and remembers whether a bot filled it."""

    is_spam = False

    def clean(self):
        cleaned_data = super().clean()
        self.is_spam = bool(cleaned_data.pop(HONEYPOT_FIELD, ""))
        return cleaned_data


class HoneypotFormBuilder(FormBuilder):
    def get_form_class(self):
        fields = dict(self.formfields)
        fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return type("ContactForm", (HoneypotForm,), fields)
