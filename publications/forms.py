"""Filter forms read from the address. Invalid values are dropped, never an error page. The choices come from the
pages that list (publications.models.pages), so the forms depend on no model."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.text import MAX_QUERY_LENGTH


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

    def __init__(self, data, kinds, topics, years):
        super().__init__(
            data,
            {
                "kind": [("", _("All kinds"))] + list(kinds),
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

    def __init__(self, data, addressees, topics, statuses, years):
        super().__init__(
            data,
            {
                "addressee": [("", _("All addressees"))] + [(a.slug, a.name) for a in addressees],
                "topic": [("", _("All topics"))] + [(t.slug, t.name) for t in topics],
                "status": [("", _("All statuses"))] + list(statuses),
                "year": year_choices(years),
            },
        )
