"""The subscribe and preferences forms. The footer sends only an address and a language; the newsletter page and
the preferences page also show kinds and topics (none ticked on the full form is an error, not "everything")."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from publications.models import PublicationPage, Topic

from .models.subscribers import DEFAULT_KINDS

HONEYPOT_FIELD = "website_url"
# Plural names for the kinds a reader chooses (the page model names one publication).
KIND_LABELS = {
    "statement": pgettext_lazy("kinds to receive", "Statements"),
    "report": pgettext_lazy("kinds to receive", "Reports"),
    "news": pgettext_lazy("kinds to receive", "News"),
    "case_story": pgettext_lazy("kinds to receive", "Case stories"),
    "press_release": pgettext_lazy("kinds to receive", "Press releases"),
}


def kind_choices():
    return [(value, KIND_LABELS.get(value, label)) for value, label in PublicationPage.Kind.choices]


class ChoicesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=())
    kinds = forms.MultipleChoiceField(
        label=_("What to receive"), choices=(), required=False, widget=forms.CheckboxSelectMultiple
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick none to receive every topic."),
    )
    # Present on forms that show the kinds: there, ticking none is a mistake to point out.
    choices_shown = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES
        self.fields["language"].initial = get_language()
        self.fields["kinds"].choices = kind_choices()
        self.fields["kinds"].initial = list(DEFAULT_KINDS)
        self.fields["choices_shown"].initial = True

    def clean_kinds(self):
        kinds = self.cleaned_data.get("kinds") or []
        if kinds:
            return kinds
        if self.data.get(self.add_prefix("choices_shown")):
            raise forms.ValidationError(_("Choose at least one kind of publication."))
        return list(DEFAULT_KINDS)


class SubscribeForm(ChoicesForm):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    website_url = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    field_order = ["email", "language", "kinds", "topics", "website_url", "choices_shown"]

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class PreferencesForm(ChoicesForm):
    pass
