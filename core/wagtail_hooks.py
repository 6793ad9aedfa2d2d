from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
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
        """One entry per purge batch: when, how many addresses, which (Wagtail's history, Reports → Site history)."""

        label = _("Purge from the page cache")

        def format_message(self, log_entry):
            # Reports → Site history shows the message (not the comment): the addresses go here.
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
            addresses = data.get("addresses", [])
            shown = ", ".join(addresses)
            left = count - len(addresses)
            if left > 0:
                shown += " " + ngettext("and %(count)d more", "and %(count)d more", left) % {"count": left}
            return f"{message % {'count': count}}: {shown}" if shown else message % {"count": count}
