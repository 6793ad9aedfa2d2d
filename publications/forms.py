"""Filter forms read from the address. Invalid values are dropped, never an error page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import PublicationPage, Recommendation

MAX_QUERY_LENGTH = 200


class LenientForm(forms.Form):
    """A filter whose invalid fields are ignored, so a shared or mistyped address still lists something."""

    def __init__(self, data, choices):
        super().__init__(data)
        # Choices come from the data; set per instance, never on the shared class fields.
        for name, field_choices in choices.items():
            self.fields[name].choices = field_choices
        self.is_valid()

    @property
    def active(self):
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}

    @property
    def ignored(self):
        return sorted(name for name in self.errors if self.data.get(name))


def year_choices(years):
    return [("", _("All years"))] + [(str(day.year), str(day.year)) for day in years]


class PublicationFilterForm(LenientForm):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    year = forms.ChoiceField(label=_("Year"), required=False)

    def __init__(self, data, topics, years):
        super().__init__(
            data,
            {
                "kind": [("", _("All kinds"))] + list(PublicationPage.Kind.choices),
                "topic": [("", _("All topics"))] + [(t.slug, t.name) for t in topics],
                "year": year_choices(years),
            },
        )


class RecommendationFilterForm(LenientForm):
    q = forms.CharField(label=_("Words in the recommendation"), required=False, max_length=MAX_QUERY_LENGTH)
    addressee = forms.ChoiceField(label=_("Addressee"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    year = forms.ChoiceField(label=_("Year"), required=False)

    def __init__(self, data, addressees, topics, years):
        super().__init__(
            data,
            {
                "addressee": [("", _("All addressees"))] + [(a.slug, a.name) for a in addressees],
                "topic": [("", _("All topics"))] + [(t.slug, t.name) for t in topics],
                "status": [("", _("All statuses"))] + list(Recommendation.Status.choices),
                "year": year_choices(years),
            },
        )


def clean_query(value):
    return " ".join(str(value or "").split())[:MAX_QUERY_LENGTH]
