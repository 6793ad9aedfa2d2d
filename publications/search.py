"""Site search: one Wagtail search over live pages, ranked by the visitor's language, plus matching recommendations."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .forms import clean_query
from .models import Recommendation

RESULTS_PER_PAGE = 10
MAX_WORDS = 12


def normalise_query(raw):
    """Trims absurd input to a few plain words, so the full-text engine never sees syntax it chokes on."""
    words = "".join(c if c.isalnum() or c.isspace() or c in "-'" else " " for c in clean_query(raw)).split()
    return " ".join(words[:MAX_WORDS])


def language_match(query, language):
    """1 when the visitor's language's title or description holds a word of the query: those come first."""
    condition = Q()
    for word in query.split()[:MAX_WORDS]:
        condition |= Q(**{f"title_{language}__icontains": word}) | Q(**{f"search_description_{language}__icontains": word})
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def search_site(request, raw_query, page_number):
    query = normalise_query(raw_query)
    context = {
        "query": query,
        "query_string": urlencode({"q": query}),
        "results": None,
        "recommendations": [],
        "recommendation_count": 0,
    }
    if not query:
        return context
    language = get_language() or "en"
    site = Site.find_for_request(request)
    pages = Page.objects.live().public().exclude(depth__lte=1)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    pages = pages.annotate(in_language=language_match(query, language)).order_by("-in_language", "-first_published_at")
    results = pages.specific().defer_streamfields().search(query, order_by_relevance=False)
    context["results"] = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)

    recommendations = Recommendation.objects.filter(publication__live=True).search(query, order_by_relevance=False)
    context["recommendation_count"] = recommendations.count()
    if context["recommendation_count"]:
        context["recommendations"] = list(
            Recommendation.objects.filter(pk__in=[r.pk for r in recommendations[:5]])
            .select_related("addressee", "publication")
            .defer(*(f"publication__body_{code}" for code in ("en", "ru", "ky")), "publication__body")
        )
    return context
