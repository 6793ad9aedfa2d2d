from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DonationsConfig(AppConfig):
    name = "donations"
    verbose_name = _("Donations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's hook for registering system checks, signal receivers (the task queue's listeners) and the
        # views that serve the donation page's sub-pages.
        from . import checks, simulated_gateway, tasks, views  # noqa: F401
