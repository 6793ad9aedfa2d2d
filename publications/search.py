"""Site search: one Wagtail search over live pages, ranked by the visitor's language, plus matching recommendations."""

from urllib.parse import urlencode

from wagtail.models import Page, Site

from .forms import clean_query
from .listing import CachedCountPaginator, filters_key, recommendation_text_match
from .models import Recommendation

RESULTS_PER_PAGE = 10
RECOMMENDATIONS_SHOWN = 5
MAX_WORDS = 12


def normalise_query(raw):
    """Trims absurd input to a few plain words, so the full-text engine never sees syntax it chokes on."""
    words = "".join(c if c.isalnum() or c.isspace() or c in "-'" else " " for c in clean_query(raw)).split()
    return " ".join(words[:MAX_WORDS])


def in_visitor_language(page, words):
    """True when the text the visitor reads (title, summary) holds a query word: such results come first."""
    text = " ".join(str(getattr(page, name, "") or "") for name in ("title", "summary", "search_description")).lower()
    return any(word.lower() in text for word in words)


def snippet_text(page):
    for name in ("summary", "search_description", "intro"):
        value = getattr(page, name, "")
        if value:
            return str(value)
    return ""


def search_site(request, raw_query, page_number):
    query = normalise_query(raw_query)
    context = {
        "query": query,
        "query_string": urlencode({"q": query}),
        "results": None,
        "recommendations": [],
    }
    if not query:
        return context
    site = Site.find_for_request(request)
    pages = Page.objects.live().public().exclude(depth__lte=1)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    # One index holds every language; the pages are then shown in the visitor's language. Newest first:
    # ranking by relevance makes the database backend score every match in a subquery, which takes
    # minutes on SQLite once thousands of publications match a common word.
    pages = pages.order_by("-first_published_at")
    results = pages.specific().defer_streamfields().search(query, order_by_relevance=False)
    key = filters_key("search", {"q": query, "site": site.pk if site else ""})
    page = CachedCountPaginator(results, RESULTS_PER_PAGE, key).get_page(page_number)
    words = query.split()
    page.object_list = sorted(page.object_list, key=lambda result: not in_visitor_language(result, words))
    for result in page.object_list:
        result.snippet = snippet_text(result)
    context["results"] = page

    # Recommendations are matched in the visitor's language with the database's own text search: on
    # SQLite, Wagtail's index for a single model is scanned row by row (seconds at 30,000 rows).
    context["recommendations"] = list(
        Recommendation.objects.filter(recommendation_text_match(query), publication__live=True)
        .filter(publication__view_restrictions=None)
        .select_related("addressee", "publication")
        .defer(*(f"publication__body_{code}" for code in ("en", "ru", "ky")), "publication__body")
        .order_by("-pk")[:RECOMMENDATIONS_SHOWN]
    )
    return context
