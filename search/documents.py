"""Keeps SearchDocument rows: each live page and recommendation, per language, as its visitors read it.

Text follows the site's fallback (a page without Kyrgyz is found by Kyrgyz visitors in the language they see),
and each row is stemmed in the configuration of the language its text is really in.
"""

from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.models import Page

from core import languages
from core.languages import fallback_chain, language_codes
from core.public import is_listed, restricted_paths
from publications.models import Recommendation

from .backends import backend
from .models import SearchDocument
from .words import text_config

SUMMARY_FIELDS = ("summary", "intro", "mission", "hero_heading", "search_description")
SKIPPED_FIELDS = ("title", "seo_title", "slug", "url_path", "thank_you_text")


def as_text(model, name, value):
    if not value:
        return ""
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return " ".join(str(part) for part in field.get_searchable_content(value))
    return " ".join(strip_tags(str(value)).split())


def translated_fields(model):
    return languages.translated_fields(model, SKIPPED_FIELDS)


def source_language(instance, language, names):
    """The first language in the fallback chain that fills the given fields."""
    for candidate in fallback_chain(language):
        if any(getattr(instance, f"{name}_{candidate}", None) for name in names):
            return candidate
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def page_documents(page, restricted=None):
    model = type(page)
    names = [name for name in translated_fields(model) if not name.endswith("alt_text")]
    date = getattr(page, "publication_date", None) or (page.last_published_at and page.last_published_at.date())
    listed = is_listed(page, restricted=restricted_paths(fresh=True) if restricted is None else restricted)
    for language in language_codes():
        with translation.override(language):
            summary = next(
                (as_text(model, n, getattr(page, n, "")) for n in SUMMARY_FIELDS if getattr(page, n, "")), ""
            )
            body = " ".join(as_text(model, n, getattr(page, n, "")) for n in names if n not in SUMMARY_FIELDS)
            title = page.title
        source = source_language(page, language, [n for n in names if n != "search_description"] or ["title"])
        yield SearchDocument(
            page=page, language=language, source_language=source, config=text_config(source),
            title=title, summary=summary, body=body, date=date, listed=listed, path=page.path,
        )  # fmt: skip


def recommendation_documents(recommendation, page, restricted=None):
    date = getattr(page, "publication_date", None)
    listed = is_listed(page, restricted=restricted_paths(fresh=True) if restricted is None else restricted)
    for language in language_codes():
        with translation.override(language):
            text = recommendation.text
        source = source_language(recommendation, language, ["text"])
        yield SearchDocument(
            page_id=page.pk, recommendation=recommendation, language=language, source_language=source,
            config=text_config(source), body=text, date=date, listed=listed, path=page.path,
        )  # fmt: skip


def _store(documents):
    backend().store(documents)


def index_page(page_id):
    """(Re)builds the rows of one page and, for a publication, its recommendations; a page no longer live loses them."""
    with transaction.atomic():
        SearchDocument.objects.filter(page_id=page_id).delete()
        page = Page.objects.filter(pk=page_id, live=True).exclude(depth__lte=1).first()
        if page is None:
            return
        page = page.specific
        restricted = restricted_paths(fresh=True)
        documents = list(page_documents(page, restricted))
        if hasattr(page, "recommendations"):
            for recommendation in Recommendation.objects.filter(publication_id=page_id):
                documents.extend(recommendation_documents(recommendation, page, restricted))
        _store(documents)


def index_recommendation(recommendation_id):
    """(Re)builds one recommendation's rows; a deleted recommendation, or one whose statement is not live, has none."""
    with transaction.atomic():
        SearchDocument.objects.filter(recommendation_id=recommendation_id).delete()
        recommendation = Recommendation.objects.filter(pk=recommendation_id).first()
        page = recommendation and Page.objects.filter(pk=recommendation.publication_id, live=True).first()
        if page:
            _store(list(recommendation_documents(recommendation, page.specific)))


def refresh_placement(page):
    """After a move or a change of view restrictions: the tree path and listing flag of the page's subtree."""
    subtree = Page.objects.filter(path__startswith=page.path)
    rows = SearchDocument.objects.filter(page__in=subtree.values("pk"))
    rows.update(path=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("path")[:1]), listed=True)
    rows.filter(page__live=False).update(listed=False)
    for path in restricted_paths(fresh=True):
        rows.filter(path__startswith=path).update(listed=False)


def rebuild_all(stdout=None, batch=500):
    """Every live page and its recommendations, a batch of pages at a time: a few queries per batch (the pages'
    specific rows, their recommendations, one insert and one vector update), never one transaction per page."""
    restricted = restricted_paths(fresh=True)
    ids = list(Page.objects.live().exclude(depth__lte=1).order_by("pk").values_list("pk", flat=True))
    SearchDocument.objects.all().delete()
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        pages = Page.objects.filter(pk__in=chunk).specific()
        recommendations = defaultdict(list)
        for recommendation in Recommendation.objects.filter(publication_id__in=chunk).order_by("sort_order", "pk"):
            recommendations[recommendation.publication_id].append(recommendation)
        documents = []
        for page in pages:
            documents.extend(page_documents(page, restricted))
            for recommendation in recommendations.get(page.pk, []):
                documents.extend(recommendation_documents(recommendation, page, restricted))
        with transaction.atomic():
            _store(documents)
        if stdout:
            stdout.write(f"{min(start + batch, len(ids))} of {len(ids)} pages")
    return len(ids)
