"""What each change drops from the derived cache (home.caching), and which pages are warmed afterwards.

A publication's publish, unpublish or deletion drops the page tree ("pages": sitemaps, search), the archive
("publications"), the recommendations database, its own fragments and those of the publications that link to
it; nothing else. Recommendations and their follow-up records drop the database and their statement. Topics,
addressees, the publications index and every other page type are rare, wide changes: they drop everything.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home import purge
from home.caching import bump, bump_version

from . import follow_up, tasks
from .models import (
    Addressee,
    FollowUpNote,
    PublicationIndexPage,
    PublicationPage,
    PublicationRelatedLink,
    Recommendation,
    RecommendationFollowUp,
    RecommendationsPage,
    Topic,
)


def publication_changed(page_id):
    linking = PublicationRelatedLink.objects.filter(target_id=page_id).values_list("page_id", flat=True)
    bump("pages", "publications", "recommendations", f"page:{page_id}", *(f"page:{pk}" for pk in linking))


def statement_changed(publication_id):
    bump("recommendations", f"page:{publication_id}")


def warm(page):
    """Queues the rendering of what a publication's publish touched: itself, its index, the database, home."""
    if not getattr(settings, "WARM_AFTER_PUBLISH", True):
        return
    site = page.get_site()
    paths = []
    targets = [page, page.get_parent(), *RecommendationsPage.objects.live()]
    if site is not None:
        targets.append(site.root_page)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += [target.get_url() for target in targets if target.live]
    transaction.on_commit(lambda: tasks.warm_after_publish(site, [path for path in paths if path]))


def on_publish_or_unpublish(sender, instance, **kwargs):
    if issubclass(sender, PublicationPage):
        publication_changed(instance.pk)
        warm(instance)
    else:
        bump_version()


def on_publication_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    # Saves with update_fields are Wagtail's revision bookkeeping (drafts) or an unpublish, which has its signal.
    if update_fields is None and not raw:
        publication_changed(instance.pk)


def on_publication_deleted(sender, instance, **kwargs):
    publication_changed(instance.pk)


def on_recommendation_changed(sender, instance, **kwargs):
    statement_changed(instance.publication_id)


def on_recommendation_topics_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, Recommendation):
        statement_changed(instance.publication_id)


def on_publication_topics_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, PublicationPage):
        publication_changed(instance.pk)


def follow_up_changed(publication_id):
    """A status or note shows on the live statement and the database at once: the data cache drops them, and
    the proxy is purged of them (home.purge, once per transaction however many records changed)."""
    statement_changed(publication_id)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None) and publication_id:
        statement = PublicationPage.objects.live().filter(pk=publication_id).first()
        if statement is not None:
            purge.purge_page(statement)


def on_follow_up_changed(sender, instance, **kwargs):
    follow_up_changed(instance.publication_id)


def on_note_changed(sender, instance, **kwargs):
    publication_id = RecommendationFollowUp.objects.filter(pk=instance.follow_up_id).values_list(
        "publication_id", flat=True
    )
    follow_up_changed(publication_id.first())


def connect():
    post_save.connect(follow_up.recommendation_saved, sender=Recommendation, dispatch_uid="follow-up-rec-save")
    post_delete.connect(follow_up.recommendation_deleted, sender=Recommendation, dispatch_uid="follow-up-rec-del")
    post_save.connect(follow_up.publication_saved, sender=PublicationPage, dispatch_uid="follow-up-page-save")
    post_delete.connect(follow_up.publication_deleted, sender=PublicationPage, dispatch_uid="follow-up-page-del")
    post_save.connect(follow_up.restriction_changed, sender=PageViewRestriction, dispatch_uid="follow-up-pvr-save")
    post_delete.connect(follow_up.restriction_changed, sender=PageViewRestriction, dispatch_uid="follow-up-pvr-del")

    handlers = [
        (post_save, on_publication_saved, PublicationPage),
        (post_delete, on_publication_deleted, PublicationPage),
        (post_save, on_recommendation_changed, Recommendation),
        (post_delete, on_recommendation_changed, Recommendation),
        (post_save, on_follow_up_changed, RecommendationFollowUp),
        (post_delete, on_follow_up_changed, RecommendationFollowUp),
        (post_save, on_note_changed, FollowUpNote),
        (post_delete, on_note_changed, FollowUpNote),
        (m2m_changed, on_recommendation_topics_changed, Recommendation.topics.through),
        (m2m_changed, on_publication_topics_changed, PublicationPage.topics.through),
    ]
    for model in (Addressee, Topic, PublicationIndexPage, PageViewRestriction):
        handlers += [(post_save, bump_version, model), (post_delete, bump_version, model)]
    for signal, handler, sender in handlers:
        signal.connect(handler, sender=sender, dispatch_uid=f"publications-{handler.__name__}-{sender.__name__}")
    page_published.connect(on_publish_or_unpublish, dispatch_uid="publications-published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="publications-unpublished")
    # The per-language search rows follow every page save (publish, unpublish, move) and recommendation save.
    post_save.connect(reindex_page, dispatch_uid="publications-search-page")
    post_save.connect(reindex_recommendation, sender=Recommendation, dispatch_uid="publications-search-rec")
    # A move or a view restriction changes the whole subtree's search rows (path, listed), not only one page's.
    post_page_move.connect(replace_search_rows, dispatch_uid="publications-search-moved")
    post_save.connect(replace_search_rows, sender=PageViewRestriction, dispatch_uid="publications-search-pvr-save")
    post_delete.connect(replace_search_rows, sender=PageViewRestriction, dispatch_uid="publications-search-pvr-del")


def reindex_page(sender, instance, raw=False, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and not raw:
        from .search_index import index_page

        index_page(instance.pk)


def reindex_recommendation(sender, instance, raw=False, **kwargs):
    if not raw:
        from .search_index import index_recommendation

        index_recommendation(instance)


def replace_search_rows(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from wagtail.models import Page

    from .search_index import refresh_placement

    if isinstance(instance, PageViewRestriction):
        instance = Page.objects.filter(pk=instance.page_id).first()
    if instance is not None:
        refresh_placement(instance)
