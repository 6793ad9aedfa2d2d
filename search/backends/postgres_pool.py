"""PostgreSQL: the rows a search ranks, chosen without touching every match, ranked in one query.

ts_rank reads each row's whole vector, and a common word matches most of 10,000 publications: ranking (or even
sorting) every match costs a second. So a search ranks a bounded pool: the newest matching rows, and the newest
with a word in their title. Each is found by walking the newest rows of the language in date order (an index)
and stopping at the pool's size, which is quick when the words are common; when the walk finds too few, the
words are rare and the full-text index (the vector's, or the title's own) answers at once (a one-time filter
skips it otherwise). Titles share words too: a word in a third of 10,000 titles took the title's index 7 ms
to list, and the walk finds its newest 60 in under 1 ms. Below the pool's size every match is
ranked. Per-language partial indexes (migration 0011) keep each index scan to one language's rows.

The SQL is written here, not compiled from querysets: compiling the pool's querysets cost a search ~14 ms of
Python. Every value is a parameter; the tsquery (search.backends.postgres.tsquery_sql) is repeated inline where a
scan needs it, so the planner sees a constant and estimates its matches (a join on `q` would hide it).
"""

from django.db import connection

from ..models import SearchDocument

# The newest rows a walk looks at before the full-text index is asked instead.
WALK = 600
TABLE = SearchDocument._meta.db_table


def scope_sql(language, recommendations, root_path=""):
    """(WHERE clause, params): the listed rows of one language, pages or recommendations, inside a site's tree.
    The language and kind conditions are those of the per-language partial indexes."""
    kind = "recommendation_id IS NOT NULL" if recommendations else "recommendation_id IS NULL"
    sql, params = f"listed AND language = %s AND {kind}", [language]
    if root_path:
        escaped = root_path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql, params = f"{sql} AND path LIKE %s", [*params, f"{escaped}%"]
    return sql, params


def pool_parts(scope, column, tsquery, size, name, walk=True):
    """CTEs: `name` (the walk) and `name_found` (from the index, only when the walk found too few), or without a
    walk (words too rare to fill the pool among the newest rows, search.backends.postgres_stats), `name_found`
    from the index alone. The index's matches are a materialized CTE so the planner answers them from the
    full-text index (they are few) rather than by walking the date index with a filter."""
    (scope_where, scope_params), (query, query_params) = scope, tsquery
    matches = (
        f"{name}_matches AS MATERIALIZED (SELECT id, date FROM {TABLE} "  # noqa: S608 (our own SQL, values are params)
        f"WHERE {scope_where} AND {column} @@ {query})"
    )
    found = f"{name}_found AS (SELECT m.id FROM {name}_matches m WHERE {{gate}} ORDER BY m.date DESC, m.id LIMIT %s)"  # noqa: S608
    if not walk:
        return f"{matches}, {found.format(gate='TRUE')}", [*scope_params, *query_params, size], [f"{name}_found"]
    newest = (
        f"{name} AS (SELECT n.id FROM (SELECT id, {column} FROM {TABLE} WHERE {scope_where} "  # noqa: S608
        f"ORDER BY date DESC, id LIMIT {WALK}) n, q WHERE n.{column} @@ q.query LIMIT %s)"
    )
    gate = f"(SELECT count(*) FROM {name}) < %s"  # noqa: S608 (our own CTE name)
    sql = f"{newest}, {matches}, {found.format(gate=gate)}"
    params = [*scope_params, size, *scope_params, *query_params, size, size]
    return sql, params, [name, f"{name}_found"]


def ranked_pool(scope, tsquery, weights, size, title_size=0, walk=(True, True)):
    """[(row pk, page id, recommendation id)] best first, and whether the pool was full (more rows match).
    `scope` is scope_sql's clause, `tsquery` (SQL, params) of the words, `walk` whether the text's and the
    titles' pools walk the newest rows first."""
    parts, params, names = pool_parts(scope, "vector", tsquery, size, "newest", walk[0])
    if title_size:
        title_parts, title_params, title_names = pool_parts(
            scope, "title_vector", tsquery, title_size, "titled", walk[1]
        )
        parts, params, names = f"{parts}, {title_parts}", params + title_params, names + title_names
    pool = " UNION ".join(f"SELECT id FROM {name}" for name in names)  # noqa: S608 (our own CTE names)
    weights_sql = "'{" + ",".join(str(float(w)) for w in weights) + "}'::real[]"
    query_sql, query_params = tsquery
    sql = (
        f"WITH q AS MATERIALIZED (SELECT {query_sql} AS query), {parts}, pool AS ({pool}) "  # noqa: S608
        f"SELECT d.id, d.page_id, d.recommendation_id FROM {TABLE} d JOIN pool ON d.id = pool.id CROSS JOIN q "
        f"ORDER BY ts_rank({weights_sql}, d.vector, q.query) DESC, d.date DESC NULLS LAST, d.id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*query_params, *params])
        rows = cursor.fetchall()
    return rows, len(rows) >= size
