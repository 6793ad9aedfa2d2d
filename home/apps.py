from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

from home.caching import bump_version


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Organisation"

    def ready(self):
        # Models load after the app registry: the one import Django requires to wait until here.
        from .models import NavigationItem, NetworkOrganisation

        # The header menu and the footer's networks are cached under the site's data version. Not the menu
        # setting itself: its items are saved (or deleted) after it, and Wagtail creates an empty one on the
        # first read, which would otherwise make that first entry stale at once.
        for model in (NavigationItem, NetworkOrganisation):
            post_save.connect(bump_version, sender=model, dispatch_uid=f"home-bump-save-{model.__name__}")
            post_delete.connect(bump_version, sender=model, dispatch_uid=f"home-bump-delete-{model.__name__}")
        post_page_move.connect(bump_version, dispatch_uid="home-bump-page-move")

        from home import purge, translation_status

        purge.connect()
        translation_status.connect()
