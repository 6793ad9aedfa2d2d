from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.signals import post_page_move

from home.caching import bump_version


def settings_saved(created=False, **kwargs):
    if not created:
        bump_version()


def site_root_saved(sender, instance, **kwargs):
    from wagtail.models import Page, Site

    if isinstance(instance, Page) and Site.objects.filter(root_page_id=instance.pk).exists():
        bump_version()


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Organisation")

    def ready(self):
        # Models load after the app registry: the one import Django requires to wait until here.
        from wagtail.models import PageViewRestriction, Site

        from .models import NavigationItem, NetworkOrganisation, OrganisationSettings, Testimonial

        # The header menu, the footer's networks and the home page's sections (testimonials, memberships, the
        # organisation's JSON-LD) are cached under the site's data version. Not the menu setting itself: its
        # items are saved (or deleted) after it, and Wagtail creates an empty one on the first read, which would
        # otherwise make that first entry stale at once.
        # View restrictions: home.models.restrictions caches which paths have one.
        for model in (NavigationItem, NetworkOrganisation, Testimonial, PageViewRestriction):
            post_save.connect(bump_version, sender=model, dispatch_uid=f"home-bump-save-{model.__name__}")
            post_delete.connect(bump_version, sender=model, dispatch_uid=f"home-bump-delete-{model.__name__}")
        # Wagtail creates empty settings on their first read, mid-request: that changes nothing shown.
        post_save.connect(settings_saved, sender=OrganisationSettings, dispatch_uid="home-bump-save-settings")
        post_page_move.connect(bump_version, dispatch_uid="home-bump-page-move")
        # Sites and their root pages are cached for routing (home.site_cache).
        post_save.connect(bump_version, sender=Site, dispatch_uid="home-bump-save-site")
        post_delete.connect(bump_version, sender=Site, dispatch_uid="home-bump-delete-site")
        post_save.connect(site_root_saved, dispatch_uid="home-bump-save-site-root")

        from home import purge, translation_status

        purge.connect()
        translation_status.connect()
