"""The listing pipelines: filter form → queryset → order → Paginator.get_page. A fixed number of queries per page.

The pages hand in their querysets and filter choices (publications.models.pages), so this module sits above
nothing but the filter forms."""

import hashlib
from collections import Counter

from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language

from core.caching import cached, version_tag
from core.languages import localized_field_names
from core.text import clean_query

from .forms import PublicationFilterForm, RecommendationFilterForm

PUBLICATIONS_PER_PAGE = 12
RECOMMENDATIONS_PER_PAGE = 25


class CachedCountPaginator(Paginator):
    """Counting thousands of rows costs more than the page itself; the count is cached with the data version."""

    def __init__(self, object_list, per_page, count_key, section):
        super().__init__(object_list, per_page)
        self.count_key = count_key
        self.section = section

    @cached_property
    def count(self):
        return cached(self.count_key, self.object_list.count, section=self.section)


def filters_key(prefix, filters):
    text = "&".join(f"{name}={value}" for name, value in sorted(filters.items()))
    return f"{prefix}:{hashlib.sha256(text.encode()).hexdigest()[:32]}"


def with_card_relations(queryset, topics=True):
    """What a publication card shows: the main image with its renditions, and topics."""
    queryset = queryset.select_related("hero_image").prefetch_related("hero_image__renditions")
    return queryset.prefetch_related("topics") if topics else queryset


def query_string_without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


# Each filter of the address and the lookup it applies; the forms have already checked the values.
PUBLICATION_FILTERS = {"kind": "kind", "topic": "topics__slug", "year": "publication_date__year"}
# The recommendations database filters the follow-up records, which carry copies of what it sorts by.
RECOMMENDATION_FILTERS = {"status": "status", "year": "publication_date__year"}


def apply_filters(queryset, filters, lookups):
    for name, lookup in lookups.items():
        if name in filters:
            queryset = queryset.filter(**{lookup: filters[name]})
    return queryset


def publication_listing(index_page, request, publications, topics, kinds, years):
    form = PublicationFilterForm(request.GET, kinds, topics, years)
    filters = form.active
    publications = apply_filters(publications, filters, PUBLICATION_FILTERS).order_by("-publication_date", "-pk")
    count_key = filters_key(f"count:{index_page.pk}", filters)
    page = CachedCountPaginator(publications, PUBLICATIONS_PER_PAGE, count_key, "publications").get_page(
        request.GET.get("page")
    )
    # The card grid is a cached fragment: the page of results is only fetched when the fragment is missing.
    topic = next((t for t in topics if t.slug == filters.get("topic")), None)
    return {
        "filter_form": form,
        "filters": filters,
        "publications": page,
        "current_topic": topic,
        "listing_key": f"{version_tag('publications')}:{count_key}:{page.number}",
        "query_string": query_string_without_page(request),
    }


def facet_counts(records):
    """Counts per addressee and status: one GROUP BY over the narrow follow-up table, cached until a
    recommendation, its record or a statement changes."""
    return list(records.order_by().values_list("addressee_id", "status").annotate(n=Count("pk")))


def recommendation_text_match(query, max_words=6):
    """Every word of the query in the text the visitor reads: their language, or English where it is missing."""
    language = get_language() or "en"
    condition = Q()
    for word in query.split()[:max_words]:
        match = Q(**{f"text_{language}__icontains": word})
        if language != "en":
            match |= Q(**{f"text_{language}__in": ["", None]}, text_en__icontains=word)
        condition &= match
    return condition


def recommendation_listing(request, records, recommendations, choices):
    """`records` are the listed follow-up records, which carry the statement's date, the addressee and the
    order (publications.follow_up): the page of ids is one scan of a partial index on that narrow table,
    stopping after 25 rows; the rows are then fetched from `recommendations` by key. `choices` holds the
    addressees, topics, statuses and years the filters offer."""
    data = request.GET.copy()
    data["q"] = clean_query(data.get("q"))
    addressees = choices["addressees"]
    form = RecommendationFilterForm(data, addressees, choices["topics"], choices["statuses"], choices["years"])
    filters = form.active
    records = apply_filters(records, filters, RECOMMENDATION_FILTERS)
    if "addressee" in filters:
        records = records.filter(addressee_id=next(a.pk for a in addressees if a.slug == filters["addressee"]))
    if "topic" in filters:
        topic = next(t for t in choices["topics"] if t.slug == filters["topic"])
        tagged = recommendations.model.topics.through.objects.filter(recommendation_id=OuterRef("pk"), topic=topic)
        records = records.filter(Exists(tagged))
    if "q" in filters:
        records = records.filter(pk__in=recommendations.filter(recommendation_text_match(filters["q"])).values("pk"))
    key = filters_key("recommendations", filters)
    by_addressee, by_status = Counter(), Counter()
    for addressee_id, status, count in cached(
        f"{key}:facets", lambda: facet_counts(records), section="recommendations"
    ):
        by_addressee[addressee_id] += count
        by_status[status] += count
    ids = records.order_by(*records.model._meta.ordering).values_list("pk", flat=True)
    page = CachedCountPaginator(ids, RECOMMENDATIONS_PER_PAGE, f"{key}:count", "recommendations").get_page(
        data.get("page")
    )
    # The list and the filters are cached fragments (the template): the rows are fetched only when missing.
    page_ids = page.object_list
    page.object_list = SimpleLazyObject(lambda: recommendations_in_order(recommendations, list(page_ids)))
    query_string = query_string_without_page(request)
    address = hashlib.sha256(query_string.encode()).hexdigest()[:16]
    return {
        "filter_form": form,
        "filters": filters,
        "recommendations": page,
        "fragment_key": f"{version_tag('recommendations')}:{key}:{address}",
        "addressee_counts": [(a, by_addressee[a.pk]) for a in addressees if by_addressee.get(a.pk)],
        "status_counts": [
            (value, label, by_status[value]) for value, label in choices["statuses"] if by_status.get(value)
        ],
        "query_string": query_string,
    }


def recommendations_in_order(recommendations, ids):
    """The rows a page shows, fetched by key with what the template reads."""
    if not ids:
        return []
    rows = (
        recommendations.filter(pk__in=ids)
        .select_related("addressee", "follow_up", "publication")
        .defer("follow_up__latest_revision", *localized_field_names("publication__body"), "publication__body")
        .prefetch_related("topics", "follow_up__notes")
    )
    by_pk = {row.pk: row for row in rows}
    return [by_pk[pk] for pk in ids if pk in by_pk]
