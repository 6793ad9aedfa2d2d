from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        # Publishing queues the mailing; the providers' webhooks suppress bounced and complaining addresses.
        from . import checks, tasks, webhooks  # noqa: F401
