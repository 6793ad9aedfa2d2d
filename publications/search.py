"""Site search: one Wagtail search over live pages, ranked by the visitor's language, plus matching recommendations."""

from urllib.parse import urlencode

from wagtail.models import Page, Site

from home.caching import cached

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


class CachedSearchPaginator(CachedCountPaginator):
    """Remembers which pages a results page holds, with the data version, so a repeated search skips the
    full-text query (tens of ms once a word matches thousands of publications) for one fetch by primary key.

    The ids are the same in every language (one index holds them all); on a hit they are fetched through the
    same live/public/site queryset, so a page unpublished or restricted since then is simply left out.
    """

    def __init__(self, results, per_page, count_key, pages):
        super().__init__(results, per_page, count_key, "pages")
        self.pages = pages

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        fetched = []

        def search_ids():
            fetched.extend(self.object_list[bottom:top])
            return [page.pk for page in fetched]

        ids = cached(f"{self.count_key}:ids:{number}", search_ids, section="pages")
        if not fetched and ids:
            by_pk = {page.pk: page for page in self.pages.filter(pk__in=ids)}
            fetched = [by_pk[pk] for pk in ids if pk in by_pk]
        return self._get_page(fetched, number, self)


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
    pages = pages.order_by("-first_published_at").specific().defer_streamfields()
    results = pages.search(query, order_by_relevance=False)
    key = filters_key("search", {"q": query, "site": site.pk if site else ""})
    page = CachedSearchPaginator(results, RESULTS_PER_PAGE, key, pages).get_page(page_number)
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
