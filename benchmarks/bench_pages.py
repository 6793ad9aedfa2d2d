"""`make bench` for publications: req/s and latency of the main pages at 10,000 publications, against a ceiling.

Builds its own SQLite database (BENCH_DB), serves it with gunicorn (DEBUG off) on a free 127.0.0.1 port,
and requests each page in interleaved rounds, so a slow moment of the machine hits every page alike.
Writes benchmarks/results/bench_pages.json and .md; runs Lighthouse when npx can fetch lighthouse@12.2.3.
"""

import gzip
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.chromium import CHROMIUM_ARGS  # noqa: E402  (one list of Chromium flags for tests, shots and bench)

RESULTS = ROOT / "benchmarks" / "results"
PUBLICATIONS = int(os.environ.get("BENCH_PUBLICATIONS", "10000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
REQUESTS_PER_ROUND = int(os.environ.get("BENCH_REQUESTS", "20"))
TARGETS = {"home": 0.02, "index": 0.03, "statement": 0.04, "search": 0.02}
PAGES = {
    "ceiling": "/bench/ceiling/",
    "home": "/en/",
    "index": "/en/publications/",
    "index_filtered": "/ru/publications/?kind=statement&topic=torture-prevention&year=2020",
    "statement": "/en/publications/joint-meeting-2020-statement/",
    "recommendations": "/en/recommendations/?status=no_response",
    "search": "/en/search/?q=prison+monitoring",
}
LIGHTHOUSE_PAGES = ("home", "index", "statement")


def setup_django(db_path):
    os.environ["BENCH_DB"] = str(db_path)
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build_database():
    from django.core.management import call_command

    from benchmarks.fill import fill

    started = time.perf_counter()
    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    publications, recommendations = fill(PUBLICATIONS)
    filled = time.perf_counter()
    call_command("update_index", verbosity=0)
    call_command("rebuild_search_documents", verbosity=0)  # the per-language search rows (bulk fill skips signals)
    print(
        f"database: {publications} publications, {recommendations} recommendations "
        f"in {filled - started:.0f} s, search index in {time.perf_counter() - filled:.0f} s",
        flush=True,
    )
    return publications, recommendations


def query_counts():
    """Queries of the second request (reference data cached, as on a running server)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, path in PAGES.items():
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts[name] = {"status": response.status_code, "queries": len(queries)}
    return counts


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310 (local server)
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (local server)
        body = response.read()
        status = response.status
    return time.perf_counter() - started, status, body


def wait_for(url, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url}")


def measure(base):
    for path in PAGES.values():  # warm-up: caches, compiled templates, renditions
        fetch(base + path)
        fetch(base + path)
    timings = {name: [] for name in PAGES}
    sizes = {}
    for _round in range(ROUNDS):
        for name, path in PAGES.items():
            for _ in range(REQUESTS_PER_ROUND):
                elapsed, status, body = fetch(base + path)
                assert status == 200, (name, status)
                timings[name].append(elapsed)
            sizes[name] = {"bytes": len(body), "gzip_bytes": len(gzip.compress(body))}
    results = {}
    for name, values in timings.items():
        values.sort()
        results[name] = {
            "requests": len(values),
            "req_per_s": len(values) / sum(values),
            "p50_ms": statistics.median(values) * 1000,
            "p99_ms": values[min(len(values) - 1, int(len(values) * 0.99))] * 1000,
            **sizes[name],
        }
    ceiling = results["ceiling"]["req_per_s"]
    for values in results.values():
        values["ratio_to_ceiling"] = values["req_per_s"] / ceiling
    return results


def lighthouse(base):
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
    scores = {}
    for name in LIGHTHOUSE_PAGES:
        out = Path(tempfile.mkstemp(suffix=".json")[1])
        command = [
            "npx",
            "--yes",
            "lighthouse@12.2.3",
            base + PAGES[name],
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=" + " ".join(CHROMIUM_ARGS),
        ]
        try:
            subprocess.run(command, env=env, check=True, timeout=300, capture_output=True)
            report = json.loads(out.read_text())
            scores[name] = {key: round(cat["score"] * 100) for key, cat in report["categories"].items()}
        except (OSError, subprocess.SubprocessError, ValueError, KeyError, TypeError) as error:
            scores[name] = {"error": str(error)[:200]}
        finally:
            out.unlink(missing_ok=True)
    return scores


def markdown(data):
    lines = [
        f"# Publications benchmark ({data['publications']} publications, {data['recommendations']} recommendations)",
        "",
        f"gunicorn {data['workers']} worker(s), DEBUG off, SQLite; {ROUNDS} interleaved rounds x "
        f"{REQUESTS_PER_ROUND} requests per page; one client.",
        "",
        "| page | req/s | p50 ms | p99 ms | ratio to ceiling | target | queries | bytes | gzip bytes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, values in data["pages"].items():
        target = TARGETS.get(name)
        lines.append(
            f"| {name} | {values['req_per_s']:.1f} | {values['p50_ms']:.1f} | {values['p99_ms']:.1f} | "
            f"{values['ratio_to_ceiling']:.3f} | {'≥ ' + str(target) if target else ''} | "
            f"{data['queries'][name]['queries']} | {values['bytes']} | {values['gzip_bytes']} |"
        )
    lines += ["", "Lighthouse (mobile): " + json.dumps(data["lighthouse"], ensure_ascii=False)]
    return "\n".join(lines) + "\n"


def main():
    RESULTS.mkdir(parents=True, exist_ok=True)
    db_path = Path(tempfile.gettempdir()) / f"bench-publications-{os.getpid()}.sqlite3"
    setup_django(db_path)
    publications, recommendations = build_database()
    queries = query_counts()
    port = free_port()
    workers = int(os.environ.get("BENCH_WORKERS", "1"))
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "config.wsgi:application",
            "--config=config/gunicorn.py",  # production's settings (preload, gc.freeze); the options below win
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings", "BENCH_DB": str(db_path)},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + PAGES["ceiling"])
        pages = measure(base)
        scores = lighthouse(base) if os.environ.get("BENCH_LIGHTHOUSE", "1") == "1" else {"skipped": True}
    finally:
        server.terminate()
        server.wait(timeout=30)
        db_path.unlink(missing_ok=True)
    data = {
        "publications": publications,
        "recommendations": recommendations,
        "workers": workers,
        "pages": pages,
        "queries": queries,
        "lighthouse": scores,
        "targets": TARGETS,
    }
    (RESULTS / "bench_pages.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    report = markdown(data)
    (RESULTS / "bench_pages.md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()
