"""The translation status board: a Wagtail report of every page and translatable snippet, per language,
with a dashboard panel of counts and a link from each page's header in the explorer. It reads the stored
states (home.translation_status), filtered and paginated in the database: a few queries at any size."""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView

from . import translation_status as status
from .models import TranslationState

STATE_LABELS = {
    status.COMPLETE: _("Complete"),
    status.MISSING: _("Missing fields"),
    status.OUTDATED: _("Outdated"),
}


def language_names():
    return dict(settings.LANGUAGES)


class TranslationBoardView(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    template_name = "home/admin/translation_board.html"
    results_template_name = "home/admin/translation_board_results.html"
    index_url_name = "translation_board"
    index_results_url_name = "translation_board_results"
    any_permission_required = ["add", "change", "publish"]
    permission_policy = None
    paginate_by = 50

    def user_has_permission(self, permission):
        return self.request.user.is_active and self.request.user.has_perm("wagtailadmin.access_admin")

    def get_queryset(self):
        language = self.request.GET.get("language") or ""
        languages = [language] if language in status.target_languages() else status.target_languages()
        wanted_state = self.request.GET.get("status") or ""
        type_name = self.request.GET.get("type") or ""
        page_id = self.request.GET.get("for_page") or ""
        status.ensure_built()
        states = TranslationState.objects.order_by("sort_key", "pk")
        if type_name:
            states = states.filter(type_name=type_name)
        if page_id.isdigit():
            states = states.filter(is_page=True, object_id=page_id)
        if wanted_state in status.STATES:
            wanted = Q()
            for code in languages:
                wanted |= status.in_state(code, wanted_state)
            states = states.filter(wanted)
        self.shown_languages = languages
        return states

    def decorate_paginated_queryset(self, object_list):
        return status.board_rows(self.request.user, list(object_list))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = language_names()
        context.update(
            {
                "shown_languages": [(code, names.get(code, code)) for code in self.shown_languages],
                "all_languages": [(code, names.get(code, code)) for code in status.target_languages()],
                "type_names": status.content_type_choices(),
                "states": list(STATE_LABELS.items()),
                "state_labels": STATE_LABELS,
                "selected": {name: self.request.GET.get(name, "") for name in ("language", "type", "status")},
            }
        )
        return context


class TranslationStatusPanel(Component):
    name = "translation_status"
    order = 120
    template_name = "home/admin/translation_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        totals = status.counts()
        names = language_names()
        return {
            "board_url": reverse("translation_board"),
            "totals": [(code, names.get(code, code), totals[code]) for code in totals],
        }
