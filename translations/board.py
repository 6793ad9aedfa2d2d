"""The translation status board: a Wagtail report of every page and translatable snippet, per language,
with a dashboard panel of counts and a link from each page's header in the explorer. It reads the stored
states (translations.status), filtered and paginated in the database: a few queries at any size."""

import django_filters
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView

from . import status
from .models import TranslationState

STATE_LABELS = {
    status.COMPLETE: _("Complete"),
    status.MISSING: _("Missing fields"),
    status.OUTDATED: _("Outdated"),
}


def language_names():
    return dict(settings.LANGUAGES)


class TranslationBoardFilterSet(WagtailFilterSet):
    """Wagtail's filter drawer: the language (which also picks the columns), the type and the state."""

    language = django_filters.ChoiceFilter(label=_("Language"), method="by_language")
    type = django_filters.ChoiceFilter(label=_("Type"), method="by_type")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=list(STATE_LABELS.items()), method="by_status")

    class Meta:
        model = TranslationState
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = language_names()
        self.filters["language"].extra["choices"] = [(code, names.get(code, code)) for code in languages_on_board()]
        self.filters["type"].extra["choices"] = status.content_type_choices()

    def languages(self):
        language = self.form.cleaned_data.get("language") if self.is_valid() else ""
        return [language] if language else languages_on_board()

    def by_language(self, queryset, name, value):
        return queryset  # the columns shown, and the language the state filter reads

    def by_type(self, queryset, name, value):
        return queryset.filter(type_name=value)

    def by_status(self, queryset, name, value):
        wanted = Q()
        for code in self.languages():
            wanted |= status.in_state(code, value)
        return queryset.filter(wanted)


def languages_on_board():
    return status.target_languages()


class TranslationBoardView(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    template_name = "translations/admin/translation_board.html"
    results_template_name = "translations/admin/translation_board_results.html"
    index_url_name = "translation_board"
    index_results_url_name = "translation_board_results"
    any_permission_required = ["add", "change", "publish"]
    permission_policy = None
    paginate_by = 50
    filterset_class = TranslationBoardFilterSet

    def user_has_permission(self, permission):
        return self.request.user.is_active and self.request.user.has_perm("wagtailadmin.access_admin")

    def get_queryset(self):
        page_id = self.request.GET.get("for_page") or ""
        status.ensure_built()
        states = TranslationState.objects.order_by("sort_key", "pk")
        if page_id.isdigit():
            states = states.filter(is_page=True, object_id=page_id)
        return states

    def decorate_paginated_queryset(self, object_list):
        return status.board_rows(self.request.user, list(object_list))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = language_names()
        shown = self.filters.languages() if self.filters else languages_on_board()
        context.update(
            {
                "shown_languages": [(code, names.get(code, code)) for code in shown],
                "state_labels": STATE_LABELS,
            }
        )
        return context


class TranslationStatusPanel(Component):
    name = "translation_status"
    order = 120
    template_name = "translations/admin/translation_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        totals = status.counts()
        names = language_names()
        return {
            "board_url": reverse("translation_board"),
            "totals": [(code, names.get(code, code), totals[code]) for code in totals],
        }
