from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from core.purge import LOG_ACTION


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    """The page a response belongs to: the proxy may keep only the addresses a purge names (core.cache_headers)."""
    request.served_page = page


@hooks.register("register_log_actions")
def register_purge_log(actions):
    @actions.register_action(LOG_ACTION)
    class PurgeFormatter(LogFormatter):
        """One entry per purge batch: Wagtail's history and Reports → Site history say when and how many;
        Reports → Page cache purges (core.admin_views) lists the addresses."""

        label = _("Purge from the page cache")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            count = data.get("count", 0)
            if data.get("whole_site"):
                message = ngettext(
                    "Purged the whole site from the page cache (%(count)d address)",
                    "Purged the whole site from the page cache (%(count)d addresses)",
                    count,
                )
            else:
                message = ngettext(
                    "Purged %(count)d address from the page cache",
                    "Purged %(count)d addresses from the page cache",
                    count,
                )
            return message % {"count": count}


@hooks.register("register_admin_urls")
def purge_report_urls():
    from core.admin_views import PurgeReportView

    return [
        path("reports/purges/", PurgeReportView.as_view(), name="purge_report"),
        path("reports/purges/results/", PurgeReportView.as_view(results_only=True), name="purge_report_results"),
    ]


@hooks.register("register_reports_menu_item")
def purge_report_menu_item():
    return MenuItem(_("Page cache purges"), reverse("purge_report"), icon_name="history", order=660)
