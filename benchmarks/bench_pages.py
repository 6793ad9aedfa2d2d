"""`make bench` for the public pages: every page type at 100 and 10,000 publications on PostgreSQL (the
production database; SQLite beside it with BENCH_ENGINES=postgresql,sqlite), against two ceilings in the same run.

Each (database, size) runs in its own process: its database is filled once (bulk inserts, 3 recommendations per
publication) and reused by later runs; the site under gunicorn (config/gunicorn.py, BENCH_WORKERS workers, DEBUG
off, a Redis of its own as the shared cache, as in production) and, beside it under the same gunicorn settings, a
truly bare Django app (benchmarks/bare.py: no apps, no middleware) returning a fixed 20 KB page. The site's
/bench/ceiling/ returns the same page through the site's whole middleware: the in-stack ceiling. wrk drives each
page with 8 concurrent clients (one thread) for BENCH_SECONDS, pages in turn, BENCH_ROUNDS interleaved rounds,
so a slow moment of the machine hits every page alike. Per page: req/s, ratio to the bare app and to the in-stack
ceiling (per round, then the median), p50, the workers' CPU ms per request, queries (second request, in-process).
Search asks a query not asked before on every request (en/ru/ky words, pairs, inflections, typos). Then sitemap
sections built uncached and the worker's RSS. Knobs: BENCH_ENGINES (postgresql), BENCH_SIZES (100,10000),
BENCH_ROUNDS (3), BENCH_SECONDS (3), BENCH_WORKERS (2), BENCH_POSTGRES_URL (database names get _<size>),
BENCH_SQLITE_DIR, BENCH_PAGES (a few pages only: their figures go to BENCH_RESULTS_DIR, by default a temporary
folder, never over the whole run's). Output: benchmarks/results/bench_pages.*. `bench_pages.py --fill` only fills
the databases (do it before a timed run, outside any measuring lock).
"""

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.pages_report import markdown  # noqa: E402
from benchmarks.serving import (  # noqa: E402
    free_port,
    gunicorn,
    rss_mb,
    wait_for,
    worker_pids,
    workers_cpu_seconds,
    wrk,
)

RESULTS = ROOT / "benchmarks" / "results"
if os.environ.get("BENCH_PAGES"):
    os.environ.setdefault("BENCH_RESULTS_DIR", tempfile.mkdtemp(prefix="bench-pages-"))  # one for the child runs too
    RESULTS = Path(os.environ["BENCH_RESULTS_DIR"])
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "3"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
CLIENTS = 8
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://birduino:birduino@127.0.0.1:5432/birduino_bench")
STATEMENT = "joint-meeting-2020-statement"
PAGES = {
    "bare": "/bench/ceiling/",  # on the bare Django app
    "ceiling": "/bench/ceiling/",
    "home": "/en/",
    "index": "/en/publications/",
    "index_filtered": "/ru/publications/?kind=statement&topic=torture-prevention&year=2020",
    "statement": f"/en/publications/{STATEMENT}/",
    "recommendations": "/en/recommendations/",
    "recommendations_filtered": "/ky/recommendations/?status=no_response&addressee=parliament&year=2018",
    "search": "/en/search/",  # a query not asked before on every request (search_script)
    "sitemap_index": "/sitemap.xml",
    "sitemap_section": "/sitemap-en-publicationpage-1.xml",
}
# BENCH_PAGES=search,home measures only those (and the two ceilings, which every ratio needs).
if os.environ.get("BENCH_PAGES"):
    PAGES = {
        name: path for name, path in PAGES.items() if name in ("bare", "ceiling", *os.environ["BENCH_PAGES"].split(","))
    }


def search_script(directory, count):
    """A wrk script asking `count` distinct searches in turn, from the offset given after `--`."""
    import random
    from urllib.parse import urlencode

    from benchmarks.bench_search import distinct_queries
    from benchmarks.fill import RU_WORDS, WORDS

    stream = distinct_queries(random.Random(24), list(WORDS), list(RU_WORDS))  # noqa: S311 (repeatable queries)
    asked = (next(stream) for _ in range(count))
    paths = [f"/{language}/search/?{urlencode({'q': query})}" for language, query in asked]
    script = Path(directory) / "search.lua"
    script.write_text(
        "paths = {" + ",".join(json.dumps(path) for path in paths) + "}\n"
        "init = function(args) n = tonumber(args[1]) or 0 end\n"
        "request = function()\n  n = n + 1\n  return wrk.format('GET', paths[(n % #paths) + 1])\nend\n"
    )
    return script


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
        if name == "bare":
            continue
        if name == "search":
            path += "?q=prison+court"
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


def measure(site, bare, script):
    """Interleaved rounds: every page in turn under wrk, the workers' CPU time around each run."""
    servers = {name: (bare if name == "bare" else site) for name in PAGES}
    for name, path in PAGES.items():  # warm-up: caches, compiled templates, renditions, both workers
        if name != "search":
            wrk(servers[name][0] + path, 1)
    runs = {name: [] for name in PAGES}
    for round_number in range(ROUNDS):
        for name, path in PAGES.items():
            base, master = servers[name]
            before = workers_cpu_seconds(master)
            if name == "search":
                offset = str(round_number * 5000)
                run = wrk(base + path, SECONDS, CLIENTS, script=script, script_args=[offset])
            else:
                run = wrk(base + path, SECONDS, CLIENTS)
            run["cpu_s"] = workers_cpu_seconds(master) - before
            assert run["non_2xx"] == 0 and run["requests"], (name, run)
            runs[name].append(run)
    results = {}
    for name, rounds in runs.items():
        requests = sum(run["requests"] for run in rounds)
        results[name] = {
            "req_per_s": statistics.median(run["req_per_s"] for run in rounds),
            "p50_ms": statistics.median(run["p50_ms"] for run in rounds),
            "cpu_ms": sum(run["cpu_s"] for run in rounds) * 1000 / requests,
            "requests": requests,
            "spread": [round(run["req_per_s"], 1) for run in rounds],  # req/s per round
            # Each round's page against each ceiling in the same round.
            "ratio_bare_per_round": ratios(rounds, runs["bare"]),
            "ratio_per_round": ratios(rounds, runs["ceiling"]),
        }
        results[name]["ratio_bare"] = statistics.median(results[name]["ratio_bare_per_round"])
        results[name]["ratio"] = statistics.median(results[name]["ratio_per_round"])
    return results


def ratios(rounds, ceiling_rounds):
    return [round(a["req_per_s"] / b["req_per_s"], 4) for a, b in zip(rounds, ceiling_rounds, strict=True)]


def start_redis():
    """A Redis of the run's own: the site's shared cache, as production's (several workers see one cache)."""
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("redis-server did not start")


def setup_django(engine, size):
    url = database_url(engine, size)
    if engine == "postgresql":
        create_postgres_database(url)
    os.environ["BENCH_DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    import django

    django.setup()


def run_one(engine, size):
    redis, cache_url = start_redis()
    try:
        return measure_one(engine, size, cache_url)
    finally:  # a run that fails (a page answering 500) leaves no Redis behind
        redis.terminate()
        redis.wait(timeout=30)


def measure_one(engine, size, cache_url):
    os.environ["BENCH_CACHE_URL"] = cache_url
    setup_django(engine, size)
    from wagtail.models import Site

    database = prepare(size)
    from publications.models import PublicationPage, Recommendation

    counts = {"publications": PublicationPage.objects.count(), "recommendations": Recommendation.objects.count()}
    queries, sitemap = in_process_figures()
    port, bare_port = free_port(), free_port()
    # The site answers at the address the bench requests, as production's Site names its public host.
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=port)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"}
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as directory:
        script = search_script(directory, ROUNDS * 5000)
        server = gunicorn(port, env, workers=WORKERS)
        bare = gunicorn(bare_port, env, app="benchmarks.bare:application", workers=WORKERS)
        site_base, bare_base = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{bare_port}"
        try:
            wait_for(site_base + PAGES["ceiling"])
            wait_for(bare_base + PAGES["bare"])
            pages = measure((site_base, server.pid), (bare_base, bare.pid), script)
            rss = max(rss_mb(pid) for pid in worker_pids(server.pid))
        finally:
            for process in (server, bare):
                process.terminate()
                process.wait(timeout=30)
    return {
        "engine": engine,
        "size": size,
        "database": database,
        **counts,
        "workers": WORKERS,
        "clients": CLIENTS,
        "rounds": ROUNDS,
        "seconds": SECONDS,
        "pages": pages,
        "queries": queries,
        "sitemap": sitemap,
        "worker_rss_mb": rss,
        "load_before": load_before,
        "load": os.getloadavg(),
    }


def main(fill_only=False):
    RESULTS.mkdir(parents=True, exist_ok=True)
    engines = os.environ.get("BENCH_ENGINES", "postgresql").split(",")
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
    report = markdown(runs, RESULTS)
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
