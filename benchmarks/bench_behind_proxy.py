"""Behind the proxy: does the app's route cache, and the warming after a publish, still pay for themselves?

At 10,000 publications on PostgreSQL (bench_pages' database, filled once), nginx rendered from
deploy/nginx/birduino.conf (page cache and purge, as `make stack` renders it) in front of gunicorn (1 worker,
DEBUG off), the app purging nginx when it publishes. Two questions, each answered in interleaved rounds:

1. The first visitor after a publish. Every page a publish touches is purged, so its first visitor is a MISS
   that the app renders. Timed through nginx for the statement, the index, home and the recommendations
   database (English and Kyrgyz) against the same page from nginx's cache; and the publish request itself
   (its purges included). Measured on the code before this bench's issue (18), with a background warming of
   those pages after each publish: warmed 29-54 ms, not warmed 55-243 ms, for 290 ms more worker CPU per
   publish, spent whether or not anyone came; the warming was removed (publications/README.md, "Speed").
2. The app's own cost of a request below the home page, with the home page's route cache and without: in one
   process, requests alternating between the two, timed in CPU (process) time, with their queries. Behind the
   proxy the app serves the misses: the first visitor of each purged address, later pages of listings, filtered
   databases, search.

Knobs: BENCH_ROUNDS (5), BENCH_REQUESTS (20), BENCH_POSTGRES_URL as bench_pages. Output:
benchmarks/results/bench_behind_proxy.md and .json.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.bench_pages import PAGES, STATEMENT, create_postgres_database, database_url, ensure_postgres  # noqa: E402
from benchmarks.serving import cpu_seconds, free_port, gunicorn, wait_for, worker_pid  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "20"))
SIZE = 10000
WARMED = ["statement", "index", "home", "recommendations"]
BELOW_HOME = ["statement", "index", "index_filtered", "recommendations"]
LANGUAGES = ("en", "ky")


def fetch(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310 (loopback)
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 (loopback)
        response.read()
        return time.perf_counter() - started, response.headers.get("X-Cache", "")


def in_language(path, language):
    return f"/{language}/{path.split('/', 2)[2]}"


def start_gunicorn(port, env):
    server = gunicorn(port, {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings", **env})
    wait_for(f"http://127.0.0.1:{port}{PAGES['ceiling']}")
    return server


def first_visitors(proxy, app, statement_pk, pid):
    """Per page and language: the first request through nginx after a publish, against the same page from
    nginx's cache; and the publish request's time and worker CPU (purges included)."""
    first, hit, publish_ms, publish_cpu_ms, statuses = {}, {}, [], [], set()
    for _round in range(ROUNDS):
        for name in WARMED:
            for language in LANGUAGES:
                path = in_language(PAGES[name], language)
                fetch(proxy + path)
                elapsed, status = fetch(proxy + path)
                hit.setdefault(path, []).append(elapsed)
                statuses.add(("before", status))
        before = cpu_seconds(pid)
        elapsed, _status = fetch(f"{app}/bench/publish/{statement_pk}/")
        publish_ms.append(elapsed * 1000)
        publish_cpu_ms.append((cpu_seconds(pid) - before) * 1000)
        for name in WARMED:
            for language in LANGUAGES:
                path = in_language(PAGES[name], language)
                elapsed, status = fetch(proxy + path)
                first.setdefault(path, []).append(elapsed)
                statuses.add(("first", status))
    return {
        "first_ms": {
            path: {
                "first": round(statistics.median(first[path]) * 1000, 1),
                "proxy_hit": round(statistics.median(hit[path]) * 1000, 2),
            }
            for path in first
        },
        "publish_ms": statistics.median(publish_ms),
        "publish_cpu_ms": statistics.median(publish_cpu_ms),
        "cache_statuses": sorted(f"{when}: {status}" for when, status in statuses),
    }


def route_cache():
    """In one process, requests alternating with and without the home page's route cache: the app's CPU time
    per request (process time, which other jobs on the machine disturb far less than wall time) and queries."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from home.models import HomePage

    cached_route = HomePage.__dict__["route"]
    client = Client(HTTP_HOST="127.0.0.1")

    def use(with_cache):
        if with_cache:
            HomePage.route = cached_route
        elif "route" in HomePage.__dict__:
            del HomePage.route

    result = {}
    for name in BELOW_HOME:
        cpu, queries = {True: [], False: []}, {}
        for with_cache in (True, False):
            use(with_cache)
            client.get(PAGES[name])
            with CaptureQueriesContext(connection) as captured:
                client.get(PAGES[name])
            queries[with_cache] = len(captured)
        for round_number in range(ROUNDS * REQUESTS):
            for with_cache in (True, False) if round_number % 2 else (False, True):
                use(with_cache)
                started = time.process_time()
                client.get(PAGES[name])
                cpu[with_cache].append(time.process_time() - started)
        with_ms, without_ms = (statistics.median(cpu[flag]) * 1000 for flag in (True, False))
        result[name] = {
            "with_cpu_ms": round(with_ms, 2),
            "without_cpu_ms": round(without_ms, 2),
            "saved_ms": round(without_ms - with_ms, 2),
            "with_queries": queries[True],
            "without_queries": queries[False],
        }
    use(True)
    return result


def run():
    ensure_postgres()
    url = database_url("postgresql", SIZE)
    create_postgres_database(url)
    subprocess.run(
        [sys.executable, "benchmarks/bench_pages.py", "--prepare", "postgresql", str(SIZE)], cwd=ROOT, check=True
    )
    workdir = Path(tempfile.mkdtemp(prefix="bench-behind-proxy-"))
    os.environ["STACK_DIR"] = str(workdir)
    os.environ["STACK_PORT"] = str(free_port())
    sys.path.insert(0, str(ROOT / "scripts"))
    import stack  # its nginx config and process bookkeeping, on this run's own ports and directory

    for sub in ("run", "logs", "media", "staticfiles"):
        (workdir / sub).mkdir()
    if stack.is_root():
        shutil.chown(workdir, "www-data")
    proxy = f"http://127.0.0.1:{stack.PORTS['proxy']}"
    env = {"BENCH_DATABASE_URL": url, "FRONTEND_CACHE_PURGE_URL": proxy}
    setup = {**os.environ, **env, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"}
    script = (
        "from wagtail.models import Site, Page\nimport json\n"
        f"Site.objects.filter(is_default_site=True).update(hostname='127.0.0.1', port={stack.PORTS['proxy']})\n"
        f"print(json.dumps(Page.objects.get(slug={STATEMENT!r}).pk))"
    )
    statement_pk = json.loads(
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", script],
            cwd=ROOT,
            env=setup,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    server = start_gunicorn(stack.PORTS["app-a"], env)
    try:
        stack.start_proxy(["app-a"])
        app = f"http://127.0.0.1:{stack.PORTS['app-a']}"
        results = {
            "publications": SIZE,
            "rounds": ROUNDS,
            "after_publish": first_visitors(proxy, app, statement_pk, worker_pid(server.pid)),
        }
    finally:
        stack.stop("proxy")
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)
    in_process = [sys.executable, __file__, "--route-cache"]
    output = subprocess.run(in_process, cwd=ROOT, env=setup, capture_output=True, text=True, check=True).stdout
    results["route_cache"] = json.loads(output.strip().splitlines()[-1])
    results["load"] = os.getloadavg()
    return results


def markdown(results):
    after = results["after_publish"]
    load = ", ".join(f"{v:.1f}" for v in results["load"])
    lines = [
        "# Behind the proxy: the first visitor after a publish, and the route cache",
        "",
        f"PostgreSQL, {results['publications']} publications; nginx (deploy/nginx/birduino.conf) in front of "
        f"gunicorn (1 worker); {results['rounds']} interleaved rounds; load average {load}.",
        "",
        "## First request through nginx after a publish (median ms)",
        "",
        "| page | first request (a MISS the app renders) | from nginx's cache |",
        "|---|---:|---:|",
    ]
    for path, row in after["first_ms"].items():
        lines.append(f"| `{path}` | {row['first']} | {row['proxy_hit']} |")
    lines += [
        "",
        f"The publish request (purges included): {after['publish_ms']:.0f} ms, worker CPU "
        f"{after['publish_cpu_ms']:.0f} ms. Cache statuses seen: {', '.join(after['cache_statuses'])}.",
        "",
        "## The app's CPU per request below the home page, with the route cache and without (median ms)",
        "",
        "| page | with (queries) | without (queries) | saved per request |",
        "|---|---:|---:|---:|",
    ]
    for name, row in results["route_cache"].items():
        lines.append(
            f"| {name} | {row['with_cpu_ms']} ({row['with_queries']}) | {row['without_cpu_ms']} "
            f"({row['without_queries']}) | {row['saved_ms']} |"
        )
    return "\n".join(lines) + "\n"


def main():
    if shutil.which("nginx") is None:
        sys.exit("nginx is missing: apt-get install nginx libnginx-mod-http-cache-purge")
    results = run()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_behind_proxy.json").write_text(json.dumps(results, indent=2) + "\n")
    report = markdown(results)
    (RESULTS / "bench_behind_proxy.md").write_text(report)
    print(report)


if __name__ == "__main__":
    if sys.argv[1:] == ["--route-cache"]:
        print(json.dumps(route_cache()))
    else:
        main()
