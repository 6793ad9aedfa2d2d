"""The listing pipelines: filter form → queryset → order → Paginator.get_page. A fixed number of queries per page.

The pages hand in their querysets and filter choices (publications.models.pages), so this module sits above
nothing but the filter forms."""

import hashlib
from collections import Counter

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.functional import cached_property
from django.utils.translation import get_language

from home.caching import cached, data_version
from home.languages import localized_field_names

from .forms import PublicationFilterForm, RecommendationFilterForm, clean_query

PUBLICATIONS_PER_PAGE = 12
RECOMMENDATIONS_PER_PAGE = 25


class CachedCountPaginator(Paginator):
    """Counting thousands of rows costs more than the page itself; the count is cached with the data version."""

    def __init__(self, object_list, per_page, count_key):
        super().__init__(object_list, per_page)
        self.count_key = count_key

    @cached_property
    def count(self):
        return cached(self.count_key, self.object_list.count)


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
RECOMMENDATION_FILTERS = {
    "addressee": "addressee__slug",
    "topic": "topics__slug",
    "status": "status",
    "year": "publication__publication_date__year",
}


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
    page = CachedCountPaginator(publications, PUBLICATIONS_PER_PAGE, count_key).get_page(request.GET.get("page"))
    # The card grid is a cached fragment: the page of results is only fetched when the fragment is missing.
    topic = next((t for t in topics if t.slug == filters.get("topic")), None)
    return {
        "filter_form": form,
        "filters": filters,
        "publications": page,
        "current_topic": topic,
        "listing_key": f"{data_version()}:{count_key}:{page.number}",
        "query_string": query_string_without_page(request),
    }


def facet_counts(recommendations):
    return list(recommendations.order_by().values_list("addressee", "status").annotate(n=Count("pk", distinct=True)))


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


def recommendation_listing(request, recommendations, choices):
    """`recommendations` are the public ones; `choices` holds the addressees, topics, statuses and years the
    filters offer."""
    data = request.GET.copy()
    data["q"] = clean_query(data.get("q"))
    addressees = choices["addressees"]
    form = RecommendationFilterForm(data, addressees, choices["topics"], choices["statuses"], choices["years"])
    filters = form.active
    recommendations = apply_filters(recommendations, filters, RECOMMENDATION_FILTERS)
    if "q" in filters:
        recommendations = recommendations.filter(recommendation_text_match(filters["q"]))
    key = filters_key("recommendations", filters)
    by_addressee, by_status = Counter(), Counter()
    for addressee_id, status, count in cached(f"{key}:facets", lambda: facet_counts(recommendations)):
        by_addressee[addressee_id] += count
        by_status[status] += count
    listed = (
        recommendations.select_related("addressee", "publication")
        .defer(*localized_field_names("publication__body"), "publication__body")
        .prefetch_related("topics")
        .order_by("-publication__publication_date", "publication_id", "sort_order", "pk")
    )
    page = CachedCountPaginator(listed, RECOMMENDATIONS_PER_PAGE, f"{key}:count").get_page(data.get("page"))
    return {
        "filter_form": form,
        "filters": filters,
        "recommendations": page,
        "addressee_counts": [(a, by_addressee[a.pk]) for a in addressees if by_addressee.get(a.pk)],
        "status_counts": [
            (value, label, by_status[value]) for value, label in choices["statuses"] if by_status.get(value)
        ],
        "query_string": query_string_without_page(request),
    }
