"""Site search in the visitor's language: per-language rows (search.documents) found and ranked by the database's
backend (search.backends), in the first language of the visitor's fallback chain that has any.

Pages and recommendations are ranked by the same score; pages are paginated, the best recommendations shown
beside them. A search that finds nothing suggests a spelling ("did you mean") and the busiest topics.
"""

import copy
import difflib
import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.html import escape
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from core.caching import cached
from core.languages import fallback_chain
from publications.listing import filters_key
from publications.models import PublicationPage, Recommendation, Topic
from publications.models.pages import listed_publications, publications_index, recommendations_page

from .backends import backend
from .models import SearchDocument
from .words import all_prefixes, normalise_query, query_words

RESULTS_PER_PAGE = 10
TOPICS_SUGGESTED = 6


# --- Suggestions ------------------------------------------------------------------------------------------------


def did_you_mean(words, language):
    """The closest spelling among the titles in the visitor's language, or None."""
    titles = SearchDocument.objects.filter(language=language, recommendation=None, listed=True)
    candidates = backend().spelling_candidates(titles, words)
    candidates += [topic.name for topic in Topic.objects.all()]
    vocabulary = sorted({w for title in candidates for w in re.findall(r"\w+", title.lower()) if len(w) > 2})
    suggested = []
    for word in words:
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.7)
        suggested.append(close[0] if close else word)
    return " ".join(suggested) if suggested != words else None


def topics_context():
    return {"topics": busiest_topics() if publications_index() else []}


def busiest_topics():
    return cached(
        "search-topics",
        lambda: list(
            Topic.objects.annotate(
                n=Count("publications", filter=Q(publications__in=listed_publications().values("pk")))
            )
            .filter(n__gt=0)
            .order_by("-n", "pk")[:TOPICS_SUGGESTED]
        ),
        section="publications",
    )


# --- The search -------------------------------------------------------------------------------------------------


def site_root_path(request):
    """(tree path of the requested site's root, or "" without a site; the site's cache key part). Search rows
    carry their page's path, so no query joins the page tree. The site and its root page come from the
    request, filled from the cache by core.site_cache."""
    site = Site.find_for_request(request)
    if site is None:
        return "", ""
    return site.root_page.path, f"{site.pk}"


def find(root_path, words, language):
    """(page rows, recommendation rows, whether more pages match than were ranked, language of the rows), ranked,
    in the first language of the visitor's fallback chain that has any: a Russian visitor typing English words
    finds the pages, shown in Russian. Only listed rows (live, no view restriction) inside the site are found."""
    for text_language in fallback_chain(language):
        found, best, more = backend().find(words, text_language, root_path)
        if found or best:
            return found, best, more, text_language
    return [], [], False, language


def result_pages(page_ids):
    """{id: page} of the results and of the statements the recommendations come from: plain Page rows (their
    url and title) and a publication's kind and date from one narrow query. `.specific()` cost a search 10-20 ms
    of building every column of every page type."""
    if not page_ids:
        return {}
    pages = Page.objects.filter(pk__in=page_ids).in_bulk()
    kinds = dict(PublicationPage.Kind.choices)
    publications = PublicationPage.objects.filter(pk__in=page_ids).values_list("pk", "kind", "publication_date")
    for pk, kind, publication_date in publications:
        pages[pk].kind_label, pages[pk].publication_date = kinds.get(kind, kind), publication_date
    return pages


def search_site(request, raw_query, page_number):
    query = normalise_query(raw_query)
    language = get_language() or "en"
    context = {
        "query": query,
        "query_string": urlencode({"q": query}),
        "results": None,
        "more": False,
        "recommendations": [],
        "suggestion": None,
        "topics": [],
        "recommendations_page": recommendations_page(),
        "publications_index": publications_index(),
    }
    words = query_words(query)
    if not words:
        context.update(topics_context())
        return context
    root_path, site_key = site_root_path(request)
    key = filters_key("search", {"q": " ".join(words), "site": site_key, "language": language})
    # The ranking of a repeated search is kept until the next publish; the excerpts are made per request.
    found, best_recommendations, more, text_language = cached(
        key, lambda: find(root_path, words, language), section="pages"
    )
    results = Paginator(found, RESULTS_PER_PAGE).get_page(page_number)
    shown_rows = list(results.object_list)
    row_ids = [pk for pk, _ in shown_rows] + [pk for pk, _rec, _page in best_recommendations]
    stems = all_prefixes(words, text_language)
    excerpts = backend().excerpts(row_ids, words, text_language, stems)

    page_ids = {page_id for _, page_id in shown_rows} | {page_id for _pk, _rec, page_id in best_recommendations}
    pages = result_pages(page_ids)
    shown = []
    for row_pk, page_id in shown_rows:
        if page_id in pages:
            page = copy.copy(pages[page_id])
            page.marked_title, page.snippet = excerpts.get(row_pk, (escape(page.title), ""))
            shown.append(page)
    results.object_list = shown
    context["results"] = results if found else None
    context["more"] = more
    if (found or best_recommendations) and text_language != language:
        # A Latin-script query on /ru/ or /ky/ matches the English text: say so, and mark the results' language.
        context["results_language"] = text_language
        context["results_language_name"] = get_language_info(text_language)["name_translated"]

    rec_ids = [rec_id for _pk, rec_id, _page in best_recommendations]
    recommendations = Recommendation.objects.select_related("addressee").in_bulk(rec_ids) if rec_ids else {}
    for row_pk, rec_id, page_id in best_recommendations:
        if rec_id in recommendations and page_id in pages:
            recommendation = recommendations[rec_id]
            recommendation.snippet = excerpts.get(row_pk, ("", ""))[1]
            recommendation.source_page = pages[page_id]
            context["recommendations"].append(recommendation)
    if not found:
        context["suggestion"] = did_you_mean(words, language)
        context.update(topics_context())
    return context
