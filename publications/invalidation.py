"""What a change to the publications' models invalidates (read by core.dispatcher, printed by
`manage.py invalidation_table`).

A publication's publish, unpublish or deletion drops the page tree ("pages": sitemaps, search), the archive
("publications"), the recommendations database, its own fragments and those of the publications that link to it;
nothing else. Recommendations, their follow-up records and notes drop the database and their statement, and purge
the statement (with its PDF) and the database. Topics and addressees name filters on every listing: everything.
Follow-up records are rebuilt in the change's own transaction; search declares its own rows (search/invalidation.py).
"""

from wagtail.models import Page

from core.dispatcher import EVERYTHING, PAGE, SITE, Invalidates, live, own_save

from . import follow_up
from .models import PublicationPage, PublicationRelatedLink, RecommendationFollowUp, RecommendationsPage


def publication_sections(page, event):
    """pages, publications, recommendations, the page's fragments and those of publications linking to it"""
    linking = PublicationRelatedLink.objects.filter(target_id=page.pk).values_list("page_id", flat=True)
    return {"pages", "publications", "recommendations", f"page:{page.pk}", *(f"page:{pk}" for pk in linking)}


def statement_sections(instance, event):
    """recommendations, the statement's fragments"""
    publication_id = statement_id(instance)
    return {"recommendations", f"page:{publication_id}"} if publication_id else {"recommendations"}


def statement_id(instance):
    if isinstance(instance, RecommendationFollowUp):
        return instance.publication_id
    if hasattr(instance, "follow_up_id"):  # a note
        return (
            RecommendationFollowUp.objects.filter(pk=instance.follow_up_id)
            .values_list("publication_id", flat=True)
            .first()
        )
    return instance.publication_id


def statement_and_database(instance, event):
    """the statement's addresses (page, PDF) and the recommendations database, when the statement is live"""
    statement = PublicationPage.objects.filter(pk=statement_id(instance)).first()
    if statement is None or not statement.live:
        return []
    addresses = own_addresses(statement)
    for database in RecommendationsPage.objects.live():
        addresses |= own_addresses(database)
    return addresses


def own_addresses(page):
    url = page.get_full_url()
    return {url + path.lstrip("/") for path in page.get_cached_paths()} if url else set()


def statement_page(instance, event):
    """the statement, with what lists it"""
    statement = PublicationPage.objects.filter(pk=statement_id(instance), live=True).first()
    return [statement] if statement else []


def subtree_records(instance, event):
    """whether each record below is listed"""
    page = Page.objects.filter(pk=instance.page_id).first() if not isinstance(instance, Page) else instance
    if page is not None:
        follow_up.refresh_listed(page)


INVALIDATES = [
    Invalidates("publications.PublicationPage", on=("saved",), when=own_save, follow_up=follow_up.publication_saved),
    Invalidates(
        "publications.PublicationPage",
        on=("saved",),
        when=live,
        m2m=("topics",),
        sections=publication_sections,
        purge=PAGE,
    ),
    Invalidates("publications.PublicationPage", on=("unpublished",), sections=publication_sections, purge=PAGE),
    Invalidates("publications.PublicationPage", on=("deleted",), follow_up=follow_up.publication_deleted),
    Invalidates("publications.PublicationPage", on=("deleted",), when=live, sections=publication_sections, purge=PAGE),
    Invalidates("publications.Recommendation", on=("saved",), when=own_save, follow_up=follow_up.recommendation_saved),
    Invalidates(
        "publications.Recommendation", on=("saved",), m2m=("topics",), sections=statement_sections, purge=statement_page
    ),
    Invalidates(
        "publications.Recommendation",
        on=("deleted",),
        sections=statement_sections,
        purge=statement_page,
        follow_up=follow_up.recommendation_deleted,
    ),
    Invalidates(
        "publications.RecommendationFollowUp",
        on=("saved", "deleted"),
        sections=statement_sections,
        purge=statement_and_database,
    ),
    Invalidates(
        "publications.FollowUpNote", on=("saved", "deleted"), sections=statement_sections, purge=statement_and_database
    ),
    Invalidates("publications.Topic", on=("saved", "deleted"), sections=(EVERYTHING,), purge=SITE),
    Invalidates("publications.Addressee", on=("saved", "deleted"), sections=(EVERYTHING,), purge=SITE),
    # A move or a view restriction changes which follow-up records below are listed (search/invalidation.py
    # places the search rows).
    Invalidates("wagtailcore.Page", on=("moved",), follow_up=subtree_records),
    Invalidates("wagtailcore.PageViewRestriction", on=("saved", "deleted"), follow_up=subtree_records),
]
