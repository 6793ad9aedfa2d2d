"""Keeps each recommendation's follow-up record in step with its statement.

The record holds what the public database sorts and filters by (listed, the statement's date, addressee,
order), copied from the statement whenever it or a recommendation is saved, published, unpublished,
restricted (itself or a section above it), moved or deleted (publications/invalidation.py says when).
"Listed" is core.public's rule, read from the database (the change is not committed yet). Status and notes are
never touched here: they are edited on the record itself.
"""

from core.public import is_listed as listed_publicly
from core.public import restricted_paths

from .models import PublicationPage, Recommendation, RecommendationFollowUp


def is_listed(page):
    return listed_publicly(page, restricted=restricted_paths(fresh=True))


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


def recommendation_saved(instance, event="saved"):
    """the recommendation's record: made, or its copied columns refreshed"""
    columns = listing_columns(instance, is_listed(instance.publication))
    if not RecommendationFollowUp.objects.filter(pk=instance.pk).update(**columns):
        RecommendationFollowUp.objects.create(recommendation_id=instance.pk, **columns)


def recommendation_deleted(instance, event="deleted"):
    """the record kept, marked removed"""
    # Kept, not deleted: an older draft of the statement may bring the recommendation back with this key.
    RecommendationFollowUp.objects.filter(pk=instance.pk).update(listed=False, removed=True)


def publication_saved(instance, event="saved"):
    """its records' listed flag and date"""
    RecommendationFollowUp.objects.filter(publication_id=instance.pk, removed=False).update(
        listed=is_listed(instance), publication_date=instance.publication_date
    )


def publication_deleted(instance, event="deleted"):
    """its records deleted"""
    RecommendationFollowUp.objects.filter(publication_id=instance.pk).delete()


def refresh_listed(root):
    """After a move or a change of view restrictions: whether each record of a statement at or below `root` is
    listed (two updates, however many statements the section holds)."""
    statements = PublicationPage.objects.filter(path__startswith=root.path)
    listed = statements.listed(restricted=restricted_paths(fresh=True)).values("pk")
    records = RecommendationFollowUp.objects.filter(publication__in=statements.values("pk"), removed=False)
    records.filter(publication__in=listed).update(listed=True)
    records.exclude(publication__in=listed).update(listed=False)


def rebuild_all():
    """Creates missing records and refreshes every copied column (after a bulk import)."""
    for page in PublicationPage.objects.defer_streamfields().iterator():
        for recommendation in Recommendation.objects.filter(publication=page):
            recommendation.publication = page
            recommendation_saved(recommendation)
