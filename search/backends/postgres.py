"""PostgreSQL: each row stemmed in the text-search configuration of the language its text is really in, ranked by
ts_rank (title above summary above body, newer first on a tie) over a bounded pool of candidates
(search.backends.postgres_pool), excerpts highlighted by ts_headline, spellings suggested from the titles'
trigram index."""

import re

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import F, Value
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..models import SearchDocument
from ..words import text_config, word_prefixes
from .base import SearchBackend, python_excerpt
from .postgres_pool import WALK, ranked_pool, scope_sql
from .postgres_stats import expected_share

# Recommendations ranked per search, of which the best are shown.
RECOMMENDATION_POOL = 30
SUGGESTION_TITLES = 20
# ts_rank weights for D, C (body), B (summary), A (title).
RANK_WEIGHTS = [0.05, 0.2, 0.5, 1.0]
MARK_START, MARK_STOP = "\x02", "\x03"
HEADLINE = f"StartSel='{MARK_START}', StopSel='{MARK_STOP}'"
WHOLE_HEADLINE = f"{HEADLINE}, HighlightAll=true"
BODY_HEADLINE = f"{HEADLINE}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=' … '"
HEADLINED = ("title", "summary", "body")


class PostgresBackend(SearchBackend):
    def store(self, documents):
        super().store(documents)
        if not documents:
            return
        # Each text in its own language's configuration and in `simple` (a prefix of the typed stem matches).
        title = SearchVector("title", config=F("config"), weight="A") + SearchVector(
            "title", config="simple", weight="A"
        )
        weighted = (
            title
            + SearchVector("summary", config=F("config"), weight="B")
            + SearchVector("summary", config="simple", weight="B")
            + SearchVector("body", config=F("config"), weight="C")
            + SearchVector("body", config="simple", weight="C")
        )
        SearchDocument.objects.filter(pk__in=[d.pk for d in documents]).update(vector=weighted, title_vector=title)

    def find(self, words, language, root_path):
        tsquery = tsquery_sql(words, language)
        terms = [[word, *word_prefixes(word, language)] for word in words]
        pages_scope = scope_sql(language, False, root_path)
        walk = (
            worth_walking("vector", terms, language, False, self.ranked_pool),
            worth_walking("title_vector", terms, language, False, self.title_pool),
        )
        pages, more = ranked_pool(pages_scope, tsquery, RANK_WEIGHTS, self.ranked_pool, self.title_pool, walk)
        found = [(pk, page_id) for pk, page_id, _rec in pages]
        recommendations_scope = scope_sql(language, True, root_path)
        walk = (worth_walking("vector", terms, language, True, RECOMMENDATION_POOL), False)
        recommendations = ranked_pool(recommendations_scope, tsquery, RANK_WEIGHTS, RECOMMENDATION_POOL, 0, walk)[0]
        best = [(pk, rec_id, page_id) for pk, page_id, rec_id in recommendations[: self.recommendations_shown]]
        return found, best, more

    def excerpts(self, row_ids, words, language, stems):
        """Highlighted title and excerpt of the shown rows only (ts_headline reads the whole text), in one query.
        Words matched only through a stem prefix that the text's own configuration stems differently are marked
        by stem instead."""
        if not row_ids:
            return {}
        query_sql, query_params = tsquery_sql(words, language)
        headlines = ", ".join(f"ts_headline(d.config::regconfig, d.{column}, q.query, %s)" for column in HEADLINED)
        sql = f"SELECT d.id, d.title, d.summary, {headlines} FROM {SearchDocument._meta.db_table} d, "  # noqa: S608
        sql += f"(SELECT {query_sql} AS query) q WHERE d.id = ANY(%s)"
        with connection.cursor() as cursor:
            cursor.execute(sql, [WHOLE_HEADLINE, WHOLE_HEADLINE, BODY_HEADLINE, *query_params, list(row_ids)])
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

    def spelling_candidates(self, titles, words):
        # `%>` (word similarity above pg_trgm's threshold) is answered by the title's trigram index.
        candidates = []
        for word in words:
            similar = titles.filter(TrigramWordSimilar(F("title"), Value(word)))
            candidates += similar.values_list("title", flat=True)[:SUGGESTION_TITLES]
        return candidates


def worth_walking(column, terms, language, recommendations, size):
    """Whether the newest WALK rows are expected to hold `size` matches (walking them is then the quick way to the
    newest matches); yes when PostgreSQL has no statistics yet."""
    share = expected_share(column, terms, language, recommendations)
    return share is None or share * WALK >= size


def tsquery_sql(words, language):
    """(SQL, params) of the tsquery: each word as the visitor's language stems it, or as any of its prefixes
    (search.words.word_prefixes); every word must match."""
    parts, params = [], []
    for word in words:
        prefixes = [stem for stem in (re.sub(r"\W", "", p) for p in word_prefixes(word, language)) if stem]
        matches = ["plainto_tsquery(%s::regconfig, %s)"] + ["to_tsquery('simple'::regconfig, %s)"] * len(prefixes)
        parts.append("(" + " || ".join(matches) + ")")
        params += [text_config(language), word, *(f"{stem}:*" for stem in prefixes)]
    return "(" + " && ".join(parts) + ")", params


def marked(text):
    return mark_safe(escape(text).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>"))  # noqa: S308
