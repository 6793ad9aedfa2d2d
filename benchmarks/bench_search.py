"""Search at 10,000 publications on PostgreSQL, a different query on every request, against a bare view.

The database is bench_pages.py's (BENCH_POSTGRES_URL + `_<size>`): filled once by bulk inserts and reused; its
search rows are (re)built, and timed, when missing or with BENCH_SEARCH_REBUILD=1. Requests go through Django's
test client in this process, the ceiling (a bare view returning 20 KB) too, interleaved, so the ratio compares
like with like. Queries rotate through English, Russian and Kyrgyz words, pairs, inflected forms and misspellings
(the suggestion path); none repeats, so no answer comes from the cache. Knobs: BENCH_PUBLICATIONS (10000),
BENCH_SEARCH_REQUESTS (300). Writes benchmarks/results/bench_search.json and .md.
"""

import json
import os
import random
import statistics
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"
PUBLICATIONS = int(os.environ.get("BENCH_PUBLICATIONS", "10000"))
REQUESTS = int(os.environ.get("BENCH_SEARCH_REQUESTS", "300"))
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://birduino:birduino@127.0.0.1:5432/birduino_bench")
TARGET = 0.03
KYRGYZ = ["кыйноолордун", "укуктары", "мигранттарга", "шайлоодо", "зомбулук", "сунуштар", "мекемелерди", "түрмө"]
RUSSIAN_FORMS = ["пытки", "суде", "мигрантов", "выборах", "тюрьмы", "женщинам", "правозащитники"]


def typo(rng, word):
    at = rng.randrange(1, len(word) - 1)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def candidate_queries(rng, english, russian):
    while True:
        kind = rng.randrange(6)
        if kind == 0:
            yield "en", f"{rng.choice(english)} {rng.choice(english)}"
        elif kind == 1:
            yield "en", f"{rng.choice(english)} {rng.choice(english)} {rng.choice(english)}"
        elif kind == 2:
            yield "ru", f"{rng.choice(russian + RUSSIAN_FORMS)} {rng.choice(russian)}"
        elif kind == 3:
            yield "ky", f"{rng.choice(KYRGYZ)} {rng.choice(KYRGYZ)}"
        elif kind == 4:
            yield "en", typo(rng, rng.choice([w for w in english if len(w) > 4]))
        else:
            yield "ru", rng.choice(russian + RUSSIAN_FORMS) + (f" {rng.randrange(10000)}" if rng.random() < 0.5 else "")


def distinct_queries(rng, english, russian):
    seen = set()
    for candidate in candidate_queries(rng, english, russian):
        if candidate not in seen:
            seen.add(candidate)
            yield candidate


def prepare():
    """Migrates; fills the database once (reused by later runs and by bench_pages.py); builds the search rows."""
    from django.core.management import call_command
    from django.db import connection

    from benchmarks.fill import fill
    from publications.models import PublicationPage
    from search.documents import rebuild_all
    from search.models import SearchDocument

    setup = {}
    call_command("migrate", "--noinput", verbosity=0)
    if not PublicationPage.objects.filter(slug=f"bench-{PUBLICATIONS - 1}").exists():
        started = time.perf_counter()
        call_command("update_translation_fields", verbosity=0)
        call_command("load_demo_content", verbosity=0)
        fill(PUBLICATIONS)
        call_command("update_index", verbosity=0)
        setup["fill_s"] = round(time.perf_counter() - started)
    live = PublicationPage.objects.live().count()
    if os.environ.get("BENCH_SEARCH_REBUILD") or SearchDocument.objects.filter(recommendation=None).count() < live:
        load = os.getloadavg()
        started = time.perf_counter()
        pages = rebuild_all()
        setup["rebuild_s"] = round(time.perf_counter() - started, 1)
        setup["rebuild_pages"] = pages
        setup["rebuild_rows"] = SearchDocument.objects.count()
        setup["rebuild_load_before"] = [round(x, 2) for x in load]
        with connection.cursor() as cursor:
            # Statistics for the planner, and no dead rows: an index built beside dead rows waits for every
            # older transaction before the planner may use it.
            cursor.execute("VACUUM ANALYZE search_searchdocument")
    setup["publications"] = PublicationPage.objects.count()
    setup["search_rows"] = SearchDocument.objects.count()
    return setup


REBUILD_KEYS = ("rebuild_s", "rebuild_pages", "rebuild_rows", "rebuild_load_before")
STATES_KEYS = ("states_rebuild_s", "states_judged")
BOARD_PAGES = {
    "board": "/admin/reports/translations/",
    "board_ky_missing": "/admin/reports/translations/?language=ky&status=missing",
    "board_page_100": "/admin/reports/translations/?page=100",
    "dashboard": "/admin/",
}


def board_figures(client):
    """The translation status board at this size: the stored states rebuilt (timed), then the board's pages and
    the dashboard requested by a signed-in superuser (p50 of 10, queries)."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    import security.two_factor
    from translations.models import TranslationState
    from translations.status import rebuild_all

    figures = {}
    if os.environ.get("BENCH_SEARCH_REBUILD") or not TranslationState.objects.exists():
        started = time.perf_counter()
        figures["states_judged"] = rebuild_all()
        figures["states_rebuild_s"] = round(time.perf_counter() - started, 1)
    figures["states"] = TranslationState.objects.count()
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    security.two_factor.session_is_verified = lambda request: True  # bench only: no second factor to enter
    client.force_login(user)
    for name, path in BOARD_PAGES.items():
        timed(client, path)
        queries = []
        with connection.execute_wrapper(partial(counted, queries)):
            timed(client, path)
        values = sorted(timed(client, path) for _ in range(10))
        figures[name] = {"p50_ms": round(statistics.median(values) * 1000, 1), "queries": len(queries)}
    client.logout()
    return figures


def counted(queries, execute, sql, *args):
    queries.append(sql)
    return execute(sql, *args)


def timed(client, path, params=None):
    began = time.perf_counter()
    response = client.get(path, params or {})
    elapsed = time.perf_counter() - began
    assert response.status_code == 200, (path, params, response.status_code)
    return elapsed


def summary(values):
    values = sorted(values)
    return {
        "req_per_s": round(len(values) / sum(values), 1),
        "p50_ms": round(statistics.median(values) * 1000, 1),
        "p99_ms": round(values[min(len(values) - 1, int(len(values) * 0.99))] * 1000, 1),
    }


def carry_rebuild_figures(results):
    """A run that reuses the rows keeps the last timed rebuilds (marked as earlier) rather than dropping them."""
    previous_file = RESULTS / "bench_search.json"
    if not previous_file.exists():
        return
    previous = json.loads(previous_file.read_text())
    for section, keys in (("setup", REBUILD_KEYS), ("translation_board", STATES_KEYS)):
        earlier = previous.get(section, {})
        if keys[0] not in results[section] and keys[0] in earlier:
            results[section].update({key: earlier[key] for key in keys if key in earlier})
            results[section]["rebuild_from_earlier_run"] = True


def write(results):
    RESULTS.mkdir(exist_ok=True)
    carry_rebuild_figures(results)
    (RESULTS / "bench_search.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    setup = results["setup"]
    rebuild = (
        f"Search rows rebuilt in {setup['rebuild_s']} s ({setup['rebuild_pages']} pages, {setup['rebuild_rows']} "
        f"rows; load before {setup['rebuild_load_before']}"
        f"{'; an earlier run' if setup.get('rebuild_from_earlier_run') else ''}).\n\n"
        if "rebuild_s" in setup
        else ""
    )
    rows = "".join(
        f"| {name} | {results[name]['req_per_s']} | {results[name]['p50_ms']} | {results[name]['p99_ms']} |\n"
        for name in ("ceiling", "search", "search_page_without_query")
    )
    kinds = "".join(
        f"| {kind} | {figures['p50_ms']} | {figures['p99_ms']} |\n" for kind, figures in results["by_kind"].items()
    )
    floor_ratio = round(results["search_page_without_query"]["req_per_s"] / results["ceiling"]["req_per_s"], 3)
    board = results["translation_board"]
    states = (
        f"States judged again in {board['states_rebuild_s']} s ({board['states_judged']} objects"
        f"{'; an earlier run' if board.get('rebuild_from_earlier_run') else ''}).\n\n"
        if "states_rebuild_s" in board
        else ""
    )
    board_rows = "".join(f"| {name} | {board[name]['p50_ms']} | {board[name]['queries']} |\n" for name in BOARD_PAGES)
    (RESULTS / "bench_search.md").write_text(
        f"# Search benchmark (PostgreSQL, {setup['publications']} publications, {setup['search_rows']} search rows)\n\n"
        f"{results['requests']} requests, each a query not asked before (en/ru/ky words, pairs, inflections, "
        "typos), in-process client, interleaved with the bare ceiling view.\n\n"
        f"| | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|\n{rows}\n"
        f"Ratio to the ceiling: **{results['ratio_to_ceiling']}** (target ≥ {TARGET}); the search page without a "
        f"query (header, footer, form, topics) reaches {floor_ratio}.\n\n"
        f"| search by kind | p50 ms | p99 ms |\n|---|---:|---:|\n{kinds}\n"
        f"{rebuild}Load averages (1, 5, 15 min): before {results['load_before']}, after {results['load_after']}.\n"
        f"\n## Translation status board ({board['states']} pages and snippets)\n\n{states}"
        f"| admin page | p50 ms | queries |\n|---|---:|---:|\n{board_rows}\n"
        f"Load averages after: {board['load_after']}.\n"
    )


def main():
    os.environ["BENCH_DATABASE_URL"] = f"{POSTGRES_URL}_{PUBLICATIONS}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    from benchmarks.bench_pages import create_postgres_database, ensure_postgres

    ensure_postgres()
    create_postgres_database(os.environ["BENCH_DATABASE_URL"])
    import django

    django.setup()
    from django.test import Client

    from benchmarks.fill import RU_WORDS, WORDS

    setup = prepare()
    client = Client()
    stream = distinct_queries(random.Random(7), list(WORDS), list(RU_WORDS))  # noqa: S311 (repeatable queries)
    for _ in range(20):  # warm-up: templates, site root paths, topics
        timed(client, "/bench/ceiling/")
        language, query = next(stream)
        timed(client, f"/{language}/search/", {"q": query})
    load_before = [round(x, 2) for x in os.getloadavg()]
    ceiling, search, by_kind = [], [], {}
    for _ in range(REQUESTS):
        ceiling.append(timed(client, "/bench/ceiling/"))
        language, query = next(stream)
        elapsed = timed(client, f"/{language}/search/", {"q": query})
        search.append(elapsed)
        by_kind.setdefault(f"{language}, {len(query.split())} word(s)", []).append(elapsed)
    # The same page without a query (form, topics, header and footer): the floor any search shares.
    floor = []
    for _ in range(REQUESTS // 3):
        floor.append(timed(client, "/en/search/"))
    results = {"setup": setup, "requests": REQUESTS, "ceiling": summary(ceiling), "search": summary(search)}
    results["search_page_without_query"] = summary(floor)
    results["ratio_to_ceiling"] = round(results["search"]["req_per_s"] / results["ceiling"]["req_per_s"], 3)
    results["target"] = TARGET
    results["by_kind"] = {kind: summary(values) for kind, values in sorted(by_kind.items())}
    results["load_before"] = load_before
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    results["translation_board"] = board_figures(client)
    results["translation_board"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    write(results)
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
