from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from core import purge

        from . import sitemap

        # A published or unpublished page also purges the sitemap sections that list it.
        purge.listing_providers.append(sitemap.section_paths)
