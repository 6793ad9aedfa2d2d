"""PostgreSQL: the rows a search ranks, chosen without touching every match, ranked in one query.

ts_rank reads each row's whole vector, and a common word matches most of 10,000 publications: ranking (or even
sorting) every match costs a second. So a search ranks a bounded pool: the newest matching rows, and the newest
with a word in their title (from the title's own index: titles are short, their matches few). The newest
matches are found by walking the newest rows of the language in date order (an index) and stopping at the
pool's size, which is quick when the words are common; when the walk finds too few, the words are rare and the
full-text index answers at once (a one-time filter skips it otherwise). Below the pool's size every match is
ranked. Per-language partial indexes (migration 0011) keep each index scan to one language's rows.
"""

from django.db import connection
from django.db.models import F

# The newest rows a walk looks at before the full-text index is asked instead.
WALK = 600


def compiled(queryset, expression):
    compiler = queryset.query.get_compiler(connection=connection)
    return expression.resolve_expression(queryset.query).as_sql(compiler, connection)


def sql_of(queryset):
    return queryset.query.sql_with_params()


def pool_parts(documents, column, query, size, name, walk=True):
    """CTEs: `name` (the walk) and `name_found` (from the index, only when the walk found too few), or without a
    walk, `name` from the index alone. The index's matches are a materialized CTE so the planner answers them from
    the full-text index (they are few) rather than by walking the date index with a filter. All SQL here is
    compiled by Django from querysets; values are parameters."""
    newest = documents.order_by(F("date").desc(), "pk")  # the order of the searchdoc_*_newest indexes
    matches_sql, matches_params = sql_of(documents.filter(**{column: query}).order_by().values_list("pk", "date"))
    from_index = (
        f"{name}_matches AS MATERIALIZED ({matches_sql}), "  # noqa: S608
        f"{name}_found AS (SELECT m.pk FROM {name}_matches m WHERE {{gate}} "
        "ORDER BY m.date DESC, m.pk LIMIT %s)"
    )
    if not walk:
        return from_index.format(gate="TRUE"), [*matches_params, size], [f"{name}_found"]
    walk_sql, walk_params = sql_of(newest.values_list("pk", column)[:WALK])
    sql = (
        f'{name} AS (SELECT n.pk FROM ({walk_sql}) n, q WHERE n."{column}" @@ q.query LIMIT %s), '  # noqa: S608
        + from_index.format(gate=f"(SELECT count(*) FROM {name}) < %s")  # noqa: S608
    )
    return sql, [*walk_params, size, *matches_params, size, size], [name, f"{name}_found"]


def ranked_pool(documents, query, weights, size, title_size=0):
    """[(row pk, page id, recommendation id)] best first, and whether the pool was full (more rows match)."""
    query_sql, query_params = compiled(documents, query)
    parts, params, names = pool_parts(documents, "vector", query, size, "newest")
    if title_size:
        title_parts, title_params, title_names = pool_parts(
            documents, "title_vector", query, title_size, "titled", walk=False
        )
        parts, params, names = f"{parts}, {title_parts}", params + title_params, names + title_names
    pool = " UNION ".join(f"SELECT pk FROM {name}" for name in names)  # noqa: S608 (our own CTE names)
    weights_sql = "'{" + ",".join(str(float(w)) for w in weights) + "}'::real[]"
    sql = (
        f"WITH q AS MATERIALIZED (SELECT {query_sql} AS query), {parts}, pool AS ({pool}) "  # noqa: S608
        "SELECT d.id, d.page_id, d.recommendation_id FROM publications_searchdocument d "
        f"JOIN pool ON d.id = pool.pk CROSS JOIN q "
        f"ORDER BY ts_rank({weights_sql}, d.vector, q.query) DESC, d.date DESC NULLS LAST, d.id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*query_params, *params])
        rows = cursor.fetchall()
    return rows, len(rows) >= size
