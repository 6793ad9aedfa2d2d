"""`make bench` for the public pages: every page type at 100 and 10,000 publications, on PostgreSQL (the
production database) and SQLite beside it, against a bare 20 KB Django view in the same run.

Each (database, size) runs in its own process: its database is filled once (bulk inserts, 3 recommendations per
publication) and reused by later runs; gunicorn (config/gunicorn.py, 1 worker, DEBUG off) serves it on a free
127.0.0.1 port; pages are requested in interleaved rounds, so a slow moment of the machine hits every page
alike. Per page: req/s, ratio to the ceiling, p50, queries (second request, in-process), CPU ms of the worker per
request. Then sitemap sections built uncached, the first request after a publish against a warm one, and the
worker's RSS. Knobs: BENCH_ENGINES (postgresql,sqlite), BENCH_SIZES (100,10000), BENCH_ROUNDS, BENCH_REQUESTS,
BENCH_POSTGRES_URL (database names get _<size>), BENCH_SQLITE_DIR (the temporary directory by default).
Output: benchmarks/results/bench_pages.*. `bench_pages.py --fill` only fills the databases (do it before a timed
run, outside any measuring lock).
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.serving import cpu_seconds, fetch, free_port, gunicorn, rss_mb, wait_for, worker_pid  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
REQUESTS_PER_ROUND = int(os.environ.get("BENCH_REQUESTS", "10"))
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://birduino:birduino@127.0.0.1:5432/birduino_bench")
TARGETS = {
    "home": 0.04,
    "index": 0.05,
    "index_filtered": 0.05,
    "statement": 0.05,
    "recommendations": 0.03,
    "recommendations_filtered": 0.03,
    "search": 0.03,
}
STATEMENT = "joint-meeting-2020-statement"
SEARCH_WORDS = ["prison", "monitoring", "torture", "lawyer", "court", "election", "migrant", "budget", "women"]
PAGES = {
    "ceiling": "/bench/ceiling/",
    "home": "/en/",
    "index": "/en/publications/",
    "index_filtered": "/ru/publications/?kind=statement&topic=torture-prevention&year=2020",
    "statement": f"/en/publications/{STATEMENT}/",
    "recommendations": "/en/recommendations/",
    "recommendations_filtered": "/ky/recommendations/?status=no_response&addressee=parliament&year=2018",
    "search": "/en/search/?q=",  # a different query on every request
    "sitemap_index": "/sitemap.xml",
    "sitemap_section": "/sitemap-en-publicationpage-1.xml",
}
AFTER_PUBLISH = ("statement", "index", "home", "recommendations")


def search_queries():
    return [f"{a}+{b}" for a in SEARCH_WORDS for b in reversed(SEARCH_WORDS) if a != b]


def database_url(engine, size):
    if engine == "postgresql":
        return f"{POSTGRES_URL}_{size}"
    directory = Path(os.environ.get("BENCH_SQLITE_DIR") or tempfile.gettempdir())
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / f'bench-publications-{size}.sqlite3'}"


def ensure_postgres():
    """Starts PostgreSQL as .ci/run does when it is not answering yet, and makes the bench's role if missing."""
    ready = [shutil.which("pg_isready") or "/usr/bin/pg_isready", "-q", "-h", "127.0.0.1"]
    if subprocess.call(ready) != 0:
        versions = sorted(os.listdir("/usr/lib/postgresql"), key=int)
        subprocess.call([shutil.which("pg_ctlcluster") or "/usr/bin/pg_ctlcluster", versions[-1], "main", "start"])
        for _ in range(30):
            if subprocess.call(ready) == 0:
                break
            time.sleep(1)
        else:
            raise RuntimeError("PostgreSQL did not start")
    ensure_role(POSTGRES_URL)


def ensure_role(url):
    """The role of BENCH_POSTGRES_URL, created as .ci/run creates its own (as the postgres user, when root)."""
    import psycopg

    base = url.rsplit("/", 1)[0]
    try:
        psycopg.connect(f"{base}/postgres").close()
        return
    except psycopg.OperationalError:
        if os.geteuid() != 0:
            raise
    user, password = base.split("//", 1)[1].split("@", 1)[0].split(":", 1)
    statement = f"CREATE ROLE \"{user}\" LOGIN SUPERUSER PASSWORD '{password}'"
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    subprocess.run([runuser, "-u", "postgres", "--", "psql", "-qc", statement], check=True)  # noqa: S603


def create_postgres_database(url):
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare(size):
    """Migrates, and fills the database once; a later run finds it filled and reuses it."""
    from django.core.management import call_command

    from benchmarks.fill import fill
    from publications.models import PublicationPage
    from search.models import SearchDocument

    call_command("migrate", "--noinput", verbosity=0)
    if PublicationPage.objects.filter(slug=f"bench-{size - 1}").exists():
        if not SearchDocument.objects.exists():
            call_command("rebuild_search_documents", verbosity=0)
        return "reused"
    started = time.perf_counter()
    call_command("update_translation_fields", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    fill(size)
    filled = time.perf_counter()
    call_command("update_index", verbosity=0)
    call_command("rebuild_search_documents", verbosity=0)  # the per-language search rows (bulk fill skips signals)
    return f"filled in {filled - started:.0f} s, search index in {time.perf_counter() - filled:.0f} s"


def in_process_figures():
    """Queries of the second request (reference data cached, as on a running server), and sitemap sections
    built from an empty cache."""
    import re

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    queries = {}
    for name, path in PAGES.items():
        if name == "search":
            path += "prison+court"
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        queries[name] = {"status": response.status_code, "queries": len(captured)}
    cache.clear()
    started = time.perf_counter()
    index = client.get("/sitemap.xml").content.decode()
    sections = {"index_s": time.perf_counter() - started, "sections": {}}
    for location in re.findall(r"<loc>http://127.0.0.1(/sitemap-[^<]+)</loc>", index):
        started = time.perf_counter()
        response = client.get(location)
        sections["sections"][location] = {
            "seconds": time.perf_counter() - started,
            "addresses": response.content.count(b"<url>"),
            "bytes": len(response.content),
        }
    return queries, sections


def measure(base, pid):
    queries = iter(search_queries() * 10)
    for name, path in PAGES.items():  # warm-up: caches, compiled templates, renditions
        if name != "search":
            fetch(base + path)
            fetch(base + path)
    timings = {name: [] for name in PAGES}
    cpu = dict.fromkeys(PAGES, 0.0)
    for _round in range(ROUNDS):
        for name, path in PAGES.items():
            before = cpu_seconds(pid)
            for _ in range(REQUESTS_PER_ROUND):
                elapsed, status, _body = fetch(base + path + (next(queries) if name == "search" else ""))
                assert status == 200, (name, status)
                timings[name].append(elapsed)
            cpu[name] += cpu_seconds(pid) - before
    per_round = {name: [len(c) / sum(c) for c in chunks(v, REQUESTS_PER_ROUND)] for name, v in timings.items()}
    results = {}
    for name, values in timings.items():
        results[name] = {
            "req_per_s": len(values) / sum(values),
            "p50_ms": statistics.median(values) * 1000,
            "spread": [round(rate, 1) for rate in per_round[name]],  # req/s per round
            # Each round's page against the ceiling in the same round.
            "ratio_per_round": [round(a / b, 3) for a, b in zip(per_round[name], per_round["ceiling"], strict=True)],
            "cpu_ms": cpu[name] * 1000 / len(values),
        }
    for values in results.values():
        values["ratio"] = values["req_per_s"] / results["ceiling"]["req_per_s"]
    return results


def chunks(values, size):
    return [values[start : start + size] for start in range(0, len(values), size)]


def after_publish(base, statement_pk, repeats=3):
    """First request to each touched page after a publish, as a multiple of the same page warm. Behind the proxy
    this is one request per page and language; bench_behind_proxy.py times it there."""
    ratios = {name: [] for name in AFTER_PUBLISH}
    for _ in range(repeats):
        warm_ms = {}
        for name in AFTER_PUBLISH:
            fetch(base + PAGES[name])
            warm_ms[name] = statistics.median(fetch(base + PAGES[name])[0] for _ in range(5))
        fetch(f"{base}/bench/publish/{statement_pk}/")
        for name in AFTER_PUBLISH:
            ratios[name].append(fetch(base + PAGES[name])[0] / warm_ms[name])
    return {name: round(statistics.median(values), 2) for name, values in ratios.items()}


def setup_django(engine, size):
    url = database_url(engine, size)
    if engine == "postgresql":
        create_postgres_database(url)
    os.environ["BENCH_DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    import django

    django.setup()


def run_one(engine, size):
    setup_django(engine, size)
    from wagtail.models import Page, Site

    database = prepare(size)
    from publications.models import PublicationPage, Recommendation

    counts = {"publications": PublicationPage.objects.count(), "recommendations": Recommendation.objects.count()}
    queries, sitemap = in_process_figures()
    statement_pk = Page.objects.get(slug=STATEMENT).pk
    port = free_port()
    # The site answers at the address the bench requests, as production's Site names its public host.
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=port)
    server = gunicorn(port, {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + PAGES["ceiling"])
        pid = worker_pid(server.pid)
        pages = measure(base, pid)
        publish = after_publish(base, statement_pk)
        rss = rss_mb(pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "engine": engine,
        "size": size,
        "database": database,
        **counts,
        "pages": pages,
        "queries": queries,
        "sitemap": sitemap,
        "after_publish": publish,
        "worker_rss_mb": rss,
        "load": os.getloadavg(),
    }


def spread(values):
    per_round = values.get("ratio_per_round") or []
    return f"{min(per_round):.3f}–{max(per_round):.3f}" if per_round else ""


def markdown(runs):
    lines = [
        "# Public pages benchmark",
        "",
        f"gunicorn 1 worker, DEBUG off; {ROUNDS} interleaved rounds x {REQUESTS_PER_ROUND} requests per page; "
        "one client. Ratio = req/s ÷ the bare 20 KB view's req/s in the same run; CPU = worker CPU ms per request.",
        "",
    ]
    for run in runs:
        sections = run["sitemap"]["sections"]
        slowest = max((s["seconds"] for s in sections.values()), default=0)
        lines += [
            f"## {run['engine']}, {run['publications']} publications, {run['recommendations']} recommendations",
            "",
            f"Database {run['database']}; load average during the run {', '.join(f'{v:.1f}' for v in run['load'])}.",
            "",
            "| page | req/s | ratio | target | p50 ms | CPU ms | queries | ratio per round (min–max) |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for name, values in run["pages"].items():
            target = TARGETS.get(name)
            mark = ("✓" if values["ratio"] >= target else "✗") if target else ""
            lines.append(
                f"| {name} | {values['req_per_s']:.1f} | {values['ratio']:.3f} | "
                f"{f'≥ {target} {mark}' if target else ''} | {values['p50_ms']:.1f} | {values['cpu_ms']:.1f} | "
                f"{run['queries'][name]['queries']} | {spread(values)} |"
            )
        lines += [
            "",
            f"Sitemap from an empty cache: index {run['sitemap']['index_s'] * 1000:.0f} ms, {len(sections)} sections, "
            f"slowest {slowest * 1000:.0f} ms (target < 1 s), largest "
            f"{max((s['addresses'] for s in sections.values()), default=0)} addresses.",
            f"First request after a publish ÷ warm (median of 3): {run['after_publish']} (the proxy's first "
            "visitor of each page and language; bench_behind_proxy.md).",
            f"Worker RSS after the run: {run['worker_rss_mb']:.0f} MB (target ≤ 150).",
            "",
        ]
    return "\n".join(lines)


def sitemap_at_scale_note():
    """The last benchmarks/sitemap_at_scale.py figures (run alone: its fill takes long), when there are some."""
    lines = []
    for path in sorted(RESULTS.glob("bench_sitemap-*.json")):
        run = json.loads(path.read_text())
        lines.append(
            f"Sitemap at {run['publications']} publications (sitemap_at_scale.py, empty cache, load "
            f"{', '.join(f'{v:.1f}' for v in run['load'])}): index {run['index_s'] * 1000:.0f} ms, "
            f"{run['sections']} sections of ≤ {run['max_addresses']} addresses, "
            f"slowest {run['slowest_s'] * 1000:.0f} ms, median {run['median_s'] * 1000:.0f} ms."
        )
    return "\n".join(lines) + "\n" if lines else ""


def main(fill_only=False):
    RESULTS.mkdir(parents=True, exist_ok=True)
    engines = os.environ.get("BENCH_ENGINES", "postgresql,sqlite").split(",")
    sizes = [int(size) for size in os.environ.get("BENCH_SIZES", "100,10000").split(",")]
    if "postgresql" in engines:
        ensure_postgres()
    for engine in engines:  # filled once, before any timing, and reused by later runs
        for size in sizes:
            subprocess.run([sys.executable, __file__, "--prepare", engine, str(size)], check=True, cwd=ROOT)
    if fill_only:
        return
    runs = []
    for engine in engines:
        for size in sizes:
            out = RESULTS / f"bench_pages-{engine}-{size}.json"
            print(f"--- {engine}, {size} publications", flush=True)
            subprocess.run([sys.executable, __file__, "--one", engine, str(size), str(out)], check=True, cwd=ROOT)
            runs.append(json.loads(out.read_text()))
    report = markdown(runs) + sitemap_at_scale_note()
    (RESULTS / "bench_pages.md").write_text(report)
    print(report)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--one":
        result = run_one(sys.argv[2], int(sys.argv[3]))
        Path(sys.argv[4]).write_text(json.dumps(result, indent=2, ensure_ascii=False))
    elif len(sys.argv) == 4 and sys.argv[1] == "--prepare":
        setup_django(sys.argv[2], int(sys.argv[3]))
        print(f"{sys.argv[2]}, {sys.argv[3]} publications: database {prepare(int(sys.argv[3]))}", flush=True)
    else:
        main(fill_only="--fill" in sys.argv)
