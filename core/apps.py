from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site plumbing")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.contrib.frontend_cache import signal_handlers as frontend_cache
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished

        from core import dispatcher

        # Every app's invalidation table, read once all models are loaded.
        dispatcher.connect()
        # wagtail.contrib.frontend_cache purges a published or unpublished page on its own, at the signal (with
        # tasks run at once, before the commit: a request in between refills the cache with the old page) and
        # without what lists it. The dispatcher purges the page with its listings once, after the commit, and
        # logs the batch; frontend_cache's backends, task and language handling do the sending.
        for model in dispatcher.with_subclasses(Page):
            page_published.disconnect(frontend_cache.page_published_signal_handler, sender=model)
            page_unpublished.disconnect(frontend_cache.page_unpublished_signal_handler, sender=model)
