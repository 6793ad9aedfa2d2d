"""The follow-up record's admin: its editor (status, dated notes, the status history) and the bulk action that
sets one status with one dated note on many records. Wired up in wagtail_hooks."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, InlinePanel, Panel
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import LogFormatter
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import EditView

from core.languages import language_codes

from .follow_up_updates import log_status_change, set_status, status_before, status_history
from .models import RecommendationFollowUp, RecommendationStatus


def status_label(code):
    return dict(RecommendationStatus.choices).get(code, code)


class StatusChangeFormatter(LogFormatter):
    """How History (and the site's activity report) names a status change."""

    label = _("Change follow-up status")

    def format_message(self, log_entry):
        return _("Status changed from “%(before)s” to “%(after)s”") % {
            "before": status_label(log_entry.data.get("from")),
            "after": status_label(log_entry.data.get("to")),
        }


class StatusHistoryPanel(Panel):
    """Read-only: the record's status changes, newest first (who, when, from what to what)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "publications/admin/status_history_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["changes"] = [
                {
                    "when": entry.timestamp,
                    "who": entry.user_display_name,
                    "before": status_label(entry.data.get("from")),
                    "after": status_label(entry.data.get("to")),
                }
                for entry in status_history(self.instance)
            ]
            return context


FOLLOW_UP_PANELS = [
    FieldPanel("recommendation", read_only=True),
    FieldPanel("status"),
    InlinePanel("notes", label=_("Follow-up note"), heading=_("Follow-up notes")),
    StatusHistoryPanel(
        heading=_("Status history"),
        help_text=_("Who changed the status and when. Every edit, notes included, is under History."),
    ),
]


class FollowUpEditView(EditView):
    """Wagtail's snippet editor, which also logs the status change it saves."""

    def save_instance(self):
        before = status_before(self.object)
        instance = super().save_instance()
        log_status_change(instance, before, self.request.user)
        return instance


class BulkStatusForm(forms.Form):
    """One status and one dated note for every selected record; the note in each language the site has."""

    status = forms.ChoiceField(label=_("New status"), choices=RecommendationStatus.choices)
    date = forms.DateField(
        label=_("Date of the note"),
        widget=AdminDateInput,
        initial=datetime.date.today,
        help_text=_("When the reply, review or decision happened."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for position, code in enumerate(language_codes()):
            self.fields[build_localized_fieldname("note", code)] = forms.CharField(
                label=_("Note [%(language)s]") % {"language": code},
                required=position == 0,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text=_("What the addressee did or said, briefly.") if position == 0 else "",
            )

    def note_texts(self):
        return {name: self.cleaned_data[name] for name in self.fields if name.startswith("note_")}


class SetFollowUpStatusBulkAction(SnippetBulkAction):
    """From the follow-up list (filtered by addressee, statement, status): set a status with one dated note."""

    models = [RecommendationFollowUp]
    display_name = _("Set status")
    action_type = "set_follow_up_status"
    aria_label = _("Set the status of the selected recommendations")
    template_name = "publications/admin/bulk_set_status.html"
    action_priority = 10
    form_class = BulkStatusForm

    @classmethod
    def get_queryset(cls, model, object_ids):
        return list(model.objects.filter(pk__in=object_ids, removed=False).select_related("recommendation"))

    def get_all_objects_in_listing_query(self, parent_id):
        return self.model.objects.filter(removed=False).values_list("pk", flat=True)

    def check_perm(self, record):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", record)

    def get_execution_context(self):
        form = self.cleaned_form
        return {
            "status": form.cleaned_data["status"],
            "date": form.cleaned_data["date"],
            "note_texts": form.note_texts(),
            "user": self.request.user,
        }

    @classmethod
    def execute_action(cls, records, status=None, date=None, note_texts=None, user=None, **kwargs):
        return set_status(records, status, date, note_texts, user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        label = status_label(self.cleaned_form.cleaned_data["status"])
        return ngettext(
            "“%(status)s” and the note were saved on %(count)d recommendation.",
            "“%(status)s” and the note were saved on %(count)d recommendations.",
            num_parent_objects,
        ) % {"status": label, "count": num_parent_objects}
