"""Reports → Page cache purges: every purge batch, newest first, with the addresses it purged (Wagtail's log entries
of action "core.purge", on pages and on other objects such as a deleted image)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import ModelLogEntry, PageLogEntry

from core.purge import LOG_ACTION

SHOWN = 500  # of each kind of entry: batches are few (one per editor's change)


class PurgeReportView(ReportView):
    page_title = _("Page cache purges")
    header_icon = "history"
    results_template_name = "core/admin/purge_report_results.html"
    index_url_name = "purge_report"
    index_results_url_name = "purge_report_results"
    permission_policy = None
    paginate_by = 25

    def user_has_permission(self, permission):
        # Only public addresses are listed: whoever may use the admin may read them.
        return self.request.user.is_active and self.request.user.has_perm("wagtailadmin.access_admin")

    def get_queryset(self):
        entries = []
        for model in (PageLogEntry, ModelLogEntry):
            entries += model.objects.filter(action=LOG_ACTION).select_related("user").order_by("-timestamp")[:SHOWN]
        return sorted(entries, key=lambda entry: entry.timestamp, reverse=True)
