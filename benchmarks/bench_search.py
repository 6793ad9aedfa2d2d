"""Search at 10,000 publications on PostgreSQL, a different query on every request, against a bare view.

Needs BENCH_POSTGRES_URL (a database it may drop and rebuild, e.g. postgres://u:p@127.0.0.1:5432/bench_search);
without it the benchmark says so and stops. Requests go through Django's test client in this process, the
ceiling (a bare view returning 20 KB) too, so the ratio compares like with like. Queries rotate through English,
Russian and Kyrgyz words, pairs of words, inflected forms and misspellings (which take the suggestion path).
Writes benchmarks/results/bench_search.json and .md.
"""

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"
PUBLICATIONS = int(os.environ.get("BENCH_PUBLICATIONS", "10000"))
REQUESTS = int(os.environ.get("BENCH_SEARCH_REQUESTS", "300"))
TARGET = 0.03
KYRGYZ = ["кыйноолордун", "укуктары", "мигранттарга", "шайлоодо", "зомбулук", "сунуштар", "мекемелерди", "түрмө"]
RUSSIAN_FORMS = ["пытки", "суде", "мигрантов", "выборах", "тюрьмы", "женщинам", "правозащитники"]


def queries(rng, english, russian):
    while True:
        kind = rng.randrange(6)
        if kind == 0:
            yield "en", rng.choice(english)
        elif kind == 1:
            yield "en", f"{rng.choice(english)} {rng.choice(english)}"
        elif kind == 2:
            yield "ru", rng.choice(russian + RUSSIAN_FORMS)
        elif kind == 3:
            yield "ky", rng.choice(KYRGYZ)
        elif kind == 4:
            word = rng.choice(english)
            yield "en", word[:-2] + word[-1] + word[-2] if len(word) > 4 else word + "x"  # a typo
        else:
            yield "ru", f"{rng.choice(russian)} {rng.choice(RUSSIAN_FORMS)}"


def build():
    from django.core.management import call_command
    from django.db import connection

    from benchmarks.fill import fill

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    call_command("migrate", "--noinput", verbosity=0)
    call_command("update_translation_fields", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    publications, recommendations = fill(PUBLICATIONS)
    filled = time.perf_counter()
    call_command("rebuild_search_documents", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    indexed = time.perf_counter()
    return {
        "publications": publications,
        "recommendations": recommendations,
        "fill_s": round(filled - started),
        "search_rows_s": round(indexed - filled),
    }


def timed(client, path, params=None):
    began = time.perf_counter()
    response = client.get(path, params or {})
    elapsed = time.perf_counter() - began
    assert response.status_code == 200, (path, params, response.status_code)
    return elapsed


def main():
    if not os.environ.get("BENCH_POSTGRES_URL"):
        print("bench_search: set BENCH_POSTGRES_URL to a PostgreSQL database it may rebuild; skipped.")
        return
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings_postgres"
    import django

    django.setup()
    from django.test import Client

    from benchmarks.fill import RU_WORDS, WORDS

    setup = build() if not os.environ.get("BENCH_SEARCH_REUSE") else {}
    client = Client()
    rng = random.Random(7)  # noqa: S311 (repeatable queries, not security)
    stream = queries(rng, list(WORDS), list(RU_WORDS))
    for _ in range(20):  # warm-up: templates, site root paths, topics
        timed(client, "/bench/ceiling/")
        language, query = next(stream)
        timed(client, f"/{language}/search/", {"q": query})
    ceiling, search = [], []
    for _ in range(REQUESTS):
        ceiling.append(timed(client, "/bench/ceiling/"))
        language, query = next(stream)
        search.append(timed(client, f"/{language}/search/", {"q": query}))
    results = {"setup": setup, "requests": REQUESTS}
    for name, values in (("ceiling", ceiling), ("search", search)):
        values.sort()
        results[name] = {
            "req_per_s": round(len(values) / sum(values), 1),
            "p50_ms": round(statistics.median(values) * 1000, 1),
            "p99_ms": round(values[min(len(values) - 1, int(len(values) * 0.99))] * 1000, 1),
        }
    results["ratio_to_ceiling"] = round(results["search"]["req_per_s"] / results["ceiling"]["req_per_s"], 3)
    results["target"] = TARGET
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_search.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / "bench_search.md").write_text(
        f"# Search benchmark (PostgreSQL, {setup.get('publications', '?')} publications)\n\n"
        f"{REQUESTS} requests, a different query each (en/ru/ky words, pairs, inflections, typos), "
        "in-process client.\n\n| | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|\n"
        + "".join(
            f"| {name} | {results[name]['req_per_s']} | {results[name]['p50_ms']} | {results[name]['p99_ms']} |\n"
            for name in ("ceiling", "search")
        )
        + f"\nRatio to the ceiling: **{results['ratio_to_ceiling']}** (target ≥ {TARGET}).\n"
    )
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
