"""Keeps each recommendation's follow-up record in step with its statement.

The record holds what the public database sorts and filters by (listed, the statement's date, addressee,
order), copied from the statement whenever it or a recommendation is saved, published, unpublished,
restricted or deleted. Status and notes are never touched here: they are edited on the record itself.
"""

from wagtail.models import PageViewRestriction

from .models import PublicationPage, Recommendation, RecommendationFollowUp


def is_listed(page):
    return bool(page.live) and not PageViewRestriction.objects.filter(page_id=page.pk).exists()


def listing_columns(recommendation, listed):
    page = recommendation.publication
    return {
        "listed": listed,
        "removed": False,
        "publication_id": page.pk,
        "publication_date": page.publication_date,
        "addressee_id": recommendation.addressee_id,
        "position": recommendation.sort_order or 0,
    }


def recommendation_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    columns = listing_columns(instance, is_listed(instance.publication))
    if not RecommendationFollowUp.objects.filter(pk=instance.pk).update(**columns):
        RecommendationFollowUp.objects.create(recommendation_id=instance.pk, **columns)


def recommendation_deleted(sender, instance, **kwargs):
    # Kept, not deleted: an older draft of the statement may bring the recommendation back with this key.
    RecommendationFollowUp.objects.filter(pk=instance.pk).update(listed=False, removed=True)


def publication_saved(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    RecommendationFollowUp.objects.filter(publication_id=instance.pk, removed=False).update(
        listed=is_listed(instance), publication_date=instance.publication_date
    )


def publication_deleted(sender, instance, **kwargs):
    RecommendationFollowUp.objects.filter(publication_id=instance.pk).delete()


def restriction_changed(sender, instance, **kwargs):
    page = PublicationPage.objects.filter(pk=instance.page_id).first()
    if page is not None:
        publication_saved(PublicationPage, page)


def rebuild_all():
    """Creates missing records and refreshes every copied column (after a bulk import)."""
    for page in PublicationPage.objects.defer_streamfields().iterator():
        for recommendation in Recommendation.objects.filter(publication=page):
            recommendation.publication = page
            recommendation_saved(Recommendation, recommendation)
