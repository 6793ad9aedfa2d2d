from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from home.caching import bump_version

from .models import Addressee, PublicationIndexPage, PublicationPage, Recommendation, RecommendationFollowUp, Topic


def connect():
    for model in (Addressee, Topic, Recommendation, RecommendationFollowUp, PublicationPage, PublicationIndexPage):
        post_save.connect(bump_version, sender=model, dispatch_uid=f"publications-bump-save-{model.__name__}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"publications-bump-delete-{model.__name__}")
    for through in (Recommendation.topics.through, PublicationPage.topics.through):
        m2m_changed.connect(bump_version, sender=through, dispatch_uid=f"publications-bump-m2m-{through.__name__}")
    page_published.connect(bump_version, dispatch_uid="publications-bump-published")
    page_unpublished.connect(bump_version, dispatch_uid="publications-bump-unpublished")
    # The per-language search rows follow every page save (publish, unpublish, move) and recommendation save.
    post_save.connect(reindex_page, dispatch_uid="publications-search-page")
    post_save.connect(reindex_recommendation, sender=Recommendation, dispatch_uid="publications-search-rec")


def reindex_page(sender, instance, raw=False, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and not raw:
        from .search_index import index_page

        index_page(instance.pk)


def reindex_recommendation(sender, instance, raw=False, **kwargs):
    if not raw:
        from .search_index import index_recommendation

        index_recommendation(instance)
