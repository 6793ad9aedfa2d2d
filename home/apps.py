from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Organisation")

    def ready(self):
        # What a change invalidates is declared in home/invalidation.py (core.dispatcher connects it).
        from home import translation_status

        translation_status.connect()
