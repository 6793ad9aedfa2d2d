"""How common a searched word is, from PostgreSQL's own statistics on the search rows (pg_stats, kept by ANALYZE:
the vectors' most common lexemes with their frequencies, the languages' shares, the share of page rows).

A search walks the newest rows of its language only when its words are common enough to fill the pool there
(search.backends.postgres_pool); rarer words (a typo, a name, a number, a second word that narrows the first) go
straight to the full-text index. Both ways find the same rows, so a wrong guess costs time, never results. A
word no statistic lists is taken as rare: a word in a fifth of the rows is always among the listed ones.
"""

import threading
import time

from django.db import connection

from ..models import SearchDocument

REFRESH_SECONDS = 600  # ANALYZE runs after enough rows change; re-reading more often would learn nothing
COLUMNS = ("vector", "title_vector", "language", "recommendation_id")
_read = {"at": None, "statistics": None}
_lock = threading.Lock()


def statistics():
    """{"lexemes": {column: {lexeme: share of all rows}}, "languages": {code: share}, "pages": share}, or None
    before the table was first analysed. Read at most every REFRESH_SECONDS per process."""
    now = time.monotonic()
    with _lock:
        if _read["at"] is not None and now - _read["at"] < REFRESH_SECONDS:
            return _read["statistics"]
    sql = (
        "SELECT attname, most_common_elems::text::text[], most_common_elem_freqs, most_common_vals::text::text[], "
        "most_common_freqs, null_frac FROM pg_stats WHERE schemaname = current_schema() AND tablename = %s "
        "AND attname = ANY(%s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [SearchDocument._meta.db_table, list(COLUMNS)])
        rows = {row[0]: row[1:] for row in cursor.fetchall()}
    found = None
    if {"vector", "title_vector", "language"} <= rows.keys():
        lexemes = {}
        for column in ("vector", "title_vector"):
            elements, frequencies = rows[column][0] or [], rows[column][1] or []
            lexemes[column] = dict(zip(elements, frequencies, strict=False))  # the frequencies end with min/max/null
        languages = dict(zip(rows["language"][2] or [], rows["language"][3] or [], strict=False))
        pages = rows["recommendation_id"][4] if "recommendation_id" in rows else 1.0  # a page row has no rec
        found = {"lexemes": lexemes, "languages": languages, "pages": pages}
    with _lock:
        _read.update(at=now, statistics=found)
    return found


def expected_share(column, words, language, recommendations):
    """The share of the scope's rows (one language, pages or recommendations) expected to match every word, each
    word given as the terms it may begin with; None without statistics."""
    known = statistics()
    if known is None:
        return None
    kind = (1 - known["pages"]) if recommendations else known["pages"]
    scope = known["languages"].get(language, 0) * kind
    if scope <= 0:
        return None
    lexemes = known["lexemes"][column]
    share = 1.0
    for terms in words:
        starts = tuple(term for term in terms if term)
        frequency = sum(value for lexeme, value in lexemes.items() if lexeme.startswith(starts)) if starts else 0
        share *= min(1.0, frequency / scope)
    return share
