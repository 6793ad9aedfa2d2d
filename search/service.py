"""Site search in the visitor's language: per-language rows (search.documents), stemmed and ranked on
PostgreSQL (title above summary above body, newer first on a tie), matched by word stems on SQLite.

Pages and recommendations are ranked by the same score; pages are paginated, the best recommendations shown
beside them. A search that finds nothing suggests a spelling ("did you mean") and the busiest topics.
"""

import copy
import difflib
import re
from urllib.parse import urlencode

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.caching import cached
from publications.forms import clean_query
from publications.listing import filters_key
from publications.models import PublicationPage, Recommendation, Topic
from publications.models.pages import listed_publications, publications_index, recommendations_page

from .documents import fallback_chain, text_config
from .kyrgyz_stem import kyrgyz_stem
from .models import SearchDocument
from .postgres_pool import ranked_pool, scope_sql

RESULTS_PER_PAGE = 10
RECOMMENDATIONS_SHOWN = 5
# Rows ranked per search (PostgreSQL, search.postgres_pool): the newest matches, plus the newest with a
# word in their title; a search finding more says "more than" and shows the best of them.
RANKED_POOL = 120
TITLE_POOL = 60
RECOMMENDATION_POOL = 30
MAX_WORDS = 12
TOPICS_SUGGESTED = 6
SUGGESTION_TITLES = 20
# ts_rank weights for D, C (body), B (summary), A (title).
RANK_WEIGHTS = [0.05, 0.2, 0.5, 1.0]
MARK_START, MARK_STOP = "\x02", "\x03"


def normalise_query(raw):
    """Trims absurd input to a few plain words, so the full-text engine never sees syntax it chokes on."""
    words = "".join(c if c.isalnum() or c.isspace() or c in "-'" else " " for c in clean_query(raw)).split()
    return " ".join(words[:MAX_WORDS])


def query_words(query):
    return [word for word in re.findall(r"\w+", query.lower()) if not word.isdigit() or len(word) > 1][:MAX_WORDS]


def word_stem(word, language):
    """What a typed word must begin with in the text: Kyrgyz loses its suffixes; other languages keep the word
    as typed (PostgreSQL stems Russian and English itself; SQLite and the prefix match forgive an ending)."""
    if language == "ky" or re.search("[өүң]", word):
        return kyrgyz_stem(word)
    if len(word) >= 5 and re.fullmatch(r"[а-яё]+", word):
        # Russian endings are two or three letters, and a vowel may drop from the stem (`пытки`, `пыток`).
        return word[: max(3, len(word) - 2)]
    if len(word) == 4 and re.fullmatch(r"[а-яё]+[аеиоуыэюяйь]", word):
        return word[:3]  # `суды` → `суд`
    return word


# --- PostgreSQL -------------------------------------------------------------------------------------------------


def tsquery_sql(words, language):
    """(SQL, params) of the tsquery: each word as the visitor's language stems it, or as a prefix of its stem;
    every word must match."""
    parts, params = [], []
    for word in words:
        stem = re.sub(r"\W", "", word_stem(word, language))
        if stem:
            parts.append("(plainto_tsquery(%s::regconfig, %s) || to_tsquery('simple'::regconfig, %s))")
            params += [text_config(language), word, f"{stem}:*"]
        else:
            parts.append("plainto_tsquery(%s::regconfig, %s)")
            params += [text_config(language), word]
    return "(" + " && ".join(parts) + ")", params


HEADLINE = f"StartSel='{MARK_START}', StopSel='{MARK_STOP}'"
WHOLE_HEADLINE = f"{HEADLINE}, HighlightAll=true"
BODY_HEADLINE = f"{HEADLINE}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=' … '"
HEADLINED = ("title", "summary", "body")


def postgres_excerpts(ids, tsquery, stems):
    """Highlighted title and excerpt of the shown rows only (ts_headline reads the whole text), in one query.
    Words matched only through a stem prefix that the text's own configuration stems differently are marked by
    stem instead."""
    query_sql, query_params = tsquery
    headlines = ", ".join(f"ts_headline(d.config::regconfig, d.{column}, q.query, %s)" for column in HEADLINED)
    sql = f"SELECT d.id, d.title, d.summary, {headlines} FROM publications_searchdocument d, "  # noqa: S608
    sql += f"(SELECT {query_sql} AS query) q WHERE d.id = ANY(%s)"
    with connection.cursor() as cursor:
        cursor.execute(sql, [WHOLE_HEADLINE, WHOLE_HEADLINE, BODY_HEADLINE, *query_params, list(ids)])
        rows = cursor.fetchall()
    excerpts = {}
    for pk, title, summary, title_marked, summary_marked, body_marked in rows:
        summary_marked, body_marked = summary_marked or "", body_marked or ""
        if MARK_START in summary_marked or (summary_marked and MARK_START not in body_marked):
            text = marked(summary_marked) if MARK_START in summary_marked else python_excerpt(summary, stems, 500)
        else:
            text = marked(body_marked)
        title_marked = title_marked or ""
        title_marked = marked(title_marked) if MARK_START in title_marked else python_excerpt(title, stems, 500)
        excerpts[pk] = (title_marked, text)
    return excerpts


def marked(text):
    return mark_safe(escape(text).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>"))  # noqa: S308


# --- SQLite (development) ---------------------------------------------------------------------------------------


def sqlite_match(documents, words, language):
    stems = [word_stem(word, language) for word in words]
    condition = Q()
    for stem in stems:
        condition &= Q(folded__contains=stem)
    in_title = Q()
    for stem in stems:
        in_title |= Q(folded_title__contains=stem)
    score = Case(When(in_title, then=Value(2)), default=Value(1), output_field=IntegerField())
    return documents.filter(condition).annotate(rank=score).order_by("-rank", F("date").desc(nulls_last=True), "pk")


def python_excerpt(text, stems, length=240):
    """An excerpt around the first matching word, with every word that starts with a stem marked."""
    lowered = text.lower()
    starts = [found.start() for stem in stems if (found := re.search(rf"\b{re.escape(stem)}", lowered))]
    start = max(0, min(starts) - length // 3) if starts else 0
    if start:
        start = text.find(" ", start) + 1
    excerpt = text[start : start + length]
    pattern = re.compile(rf"\b(?:{'|'.join(re.escape(s) for s in stems)})\w*", re.IGNORECASE) if stems else None
    html = escape(excerpt)
    if pattern:
        html = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", html)
    return mark_safe(("… " if start else "") + html + (" …" if start + length < len(text) else ""))  # noqa: S308


def python_excerpts(ids, stems):
    excerpts = {}
    for row in SearchDocument.objects.filter(pk__in=ids).values("pk", "title", "summary", "body"):
        summary_hit = any(stem in row["summary"].lower() for stem in stems)
        text = row["summary"] if summary_hit or not row["body"] else row["body"]
        excerpts[row["pk"]] = (python_excerpt(row["title"], stems, 500), python_excerpt(text, stems))
    return excerpts


# --- Suggestions ------------------------------------------------------------------------------------------------


def did_you_mean(words, language):
    """The closest spelling among the titles in the visitor's language, or None."""
    titles = SearchDocument.objects.filter(language=language, recommendation=None, listed=True)
    if connection.vendor == "postgresql":
        # `%>` (word similarity above pg_trgm's threshold) is answered by the title's trigram index.
        candidates = []
        for word in words:
            similar = titles.filter(TrigramWordSimilar(F("title"), Value(word)))
            candidates += similar.values_list("title", flat=True)[:SUGGESTION_TITLES]
    else:
        candidates = list(titles.values_list("title", flat=True)[:3000])
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
    request, filled from the cache by home.site_cache."""
    site = Site.find_for_request(request)
    if site is None:
        return "", ""
    return site.root_page.path, f"{site.pk}"


def find(root_path, words, language):
    """(page rows, recommendation rows, whether more pages match than were ranked, language of the rows), ranked,
    in the first language of the visitor's fallback chain that has any: a Russian visitor typing English words
    finds the pages, shown in Russian. Only listed rows (live, no view restriction) inside the site are found."""
    documents = SearchDocument.objects.filter(listed=True, path__startswith=root_path)
    for text_language in fallback_chain(language):
        if connection.vendor == "postgresql":
            tsquery = tsquery_sql(words, text_language)
            pages_scope = scope_sql(text_language, False, root_path)
            pages, more = ranked_pool(pages_scope, tsquery, RANK_WEIGHTS, RANKED_POOL, TITLE_POOL)
            found = [(pk, page_id) for pk, page_id, _rec in pages]
            recommendations_scope = scope_sql(text_language, True, root_path)
            recommendations = ranked_pool(recommendations_scope, tsquery, RANK_WEIGHTS, RECOMMENDATION_POOL)[0]
            best = [(pk, rec_id, page_id) for pk, page_id, rec_id in recommendations[:RECOMMENDATIONS_SHOWN]]
        else:
            in_language = documents.filter(language=text_language)
            pages = sqlite_match(in_language.filter(recommendation=None), words, text_language)
            recommendations = sqlite_match(in_language.exclude(recommendation=None), words, text_language)
            found = list(pages.values_list("pk", "page_id")[: RANKED_POOL + TITLE_POOL])
            best = list(recommendations.values_list("pk", "recommendation_id", "page_id")[:RECOMMENDATIONS_SHOWN])
            more = False
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
    stems = [word_stem(word, language) for word in words]
    if connection.vendor == "postgresql" and row_ids:
        excerpts = postgres_excerpts(row_ids, tsquery_sql(words, text_language), stems)
    else:
        excerpts = python_excerpts(row_ids, stems)

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
