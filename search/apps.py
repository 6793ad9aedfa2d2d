from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.models import Page
        from wagtail.search import signal_handlers as wagtail_search

        from core.dispatcher import with_subclasses

        # A page's entry in Wagtail's index (searched by the admin only) is written by search.tasks.index_page,
        # the task that writes its public rows: without this, every save would queue a second indexing.
        for model in with_subclasses(Page):
            post_save.disconnect(wagtail_search.post_save_signal_handler, sender=model)
