"""The listing pipelines: filter form → queryset → order → Paginator.get_page. A fixed number of queries per page."""

import hashlib
from collections import Counter

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language

from home.caching import cached, version_tag

from .forms import PublicationFilterForm, RecommendationFilterForm, clean_query
from .models import Addressee, PublicationPage, Recommendation, RecommendationFollowUp, Topic

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
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


def live_publications():
    """Live publications without a view restriction of their own (a restricted index is guarded when served)."""
    return PublicationPage.objects.live().filter(view_restrictions=None).defer_streamfields()


def with_card_relations(queryset, topics=True):
    """What a publication card shows: the main image with its renditions, and topics."""
    queryset = queryset.select_related("hero_image").prefetch_related("hero_image__renditions")
    return queryset.prefetch_related("topics") if topics else queryset


def all_topics():
    return cached("topics", lambda: list(Topic.objects.all()))


def all_addressees():
    return cached("addressees", lambda: list(Addressee.objects.all()))


def query_string_without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def publication_listing(index_page, request):
    topics = all_topics()
    publications = live_publications().child_of(index_page)
    years = cached(
        f"years:{index_page.pk}",
        lambda: list(publications.dates("publication_date", "year", order="DESC")),
        section="publications",
    )
    form = PublicationFilterForm(request.GET, topics, years)
    filters = form.active
    if "kind" in filters:
        publications = publications.filter(kind=filters["kind"])
    if "topic" in filters:
        publications = publications.filter(topics__slug=filters["topic"])
    if "year" in filters:
        publications = publications.filter(publication_date__year=int(filters["year"]))
    publications = with_card_relations(publications.order_by("-publication_date", "-pk"))
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


def recommendation_listing(request):
    data = request.GET.copy()
    data["q"] = clean_query(data.get("q"))
    addressees = all_addressees()
    topics = all_topics()
    # The follow-up records carry the statement's date, addressee and order (publications.follow_up): the
    # page of ids is one scan of a partial index on that narrow table, stopping after 25 rows.
    records = RecommendationFollowUp.objects.filter(listed=True)
    years = cached(
        "recommendation-years",
        lambda: list(records.dates("publication_date", "year", order="DESC")),
        section="recommendations",
    )
    form = RecommendationFilterForm(data, addressees, topics, years)
    filters = form.active
    if "addressee" in filters:
        addressee = next(a for a in addressees if a.slug == filters["addressee"])
        records = records.filter(addressee_id=addressee.pk)
    if "topic" in filters:
        topic = next(t for t in topics if t.slug == filters["topic"])
        tagged = Recommendation.topics.through.objects.filter(recommendation_id=OuterRef("pk"), topic_id=topic.pk)
        records = records.filter(Exists(tagged))
    if "status" in filters:
        records = records.filter(status=filters["status"])
    if "year" in filters:
        records = records.filter(publication_date__year=int(filters["year"]))
    if "q" in filters:
        records = records.filter(
            pk__in=Recommendation.objects.filter(recommendation_text_match(filters["q"])).values("pk")
        )

    key = filters_key("recommendations", filters)
    by_addressee, by_status = Counter(), Counter()
    for addressee_id, status, count in cached(
        f"{key}:facets", lambda: facet_counts(records), section="recommendations"
    ):
        by_addressee[addressee_id] += count
        by_status[status] += count
    ids = records.order_by(*RecommendationFollowUp._meta.ordering).values_list("pk", flat=True)
    page = CachedCountPaginator(ids, RECOMMENDATIONS_PER_PAGE, f"{key}:count", "recommendations").get_page(
        data.get("page")
    )
    # The list and the filters are cached fragments (the template): the rows are fetched only when missing.
    page_ids = page.object_list
    page.object_list = SimpleLazyObject(lambda: recommendations_in_order(list(page_ids)))
    query_string = query_string_without_page(request)
    address = hashlib.sha256(query_string.encode()).hexdigest()[:16]
    return {
        "filter_form": form,
        "filters": filters,
        "recommendations": page,
        "fragment_key": f"{version_tag('recommendations')}:{key}:{address}",
        "addressee_counts": [(a, by_addressee[a.pk]) for a in addressees if by_addressee.get(a.pk)],
        "status_counts": [
            (value, label, by_status[value]) for value, label in Recommendation.Status.choices if by_status.get(value)
        ],
        "query_string": query_string,
    }


def recommendations_in_order(ids):
    """The rows a page shows, fetched by key with what the template reads."""
    if not ids:
        return []
    rows = (
        Recommendation.objects.filter(pk__in=ids)
        .select_related("addressee", "follow_up", "publication")
        .defer("follow_up__latest_revision", *(f"publication__body_{code}" for code in LANGUAGE_CODES))
        .defer("publication__body")
        .prefetch_related("topics")
    )
    by_pk = {row.pk: row for row in rows}
    return [by_pk[pk] for pk in ids if pk in by_pk]
