"""`make lighthouse`: Lighthouse mobile scores of the public pages in English and Kyrgyz, medians of 3 runs.

Optional (not part of `make test` or `make bench`): it needs Lighthouse from npm (`npm install lighthouse` in any
directory outside the repository, then LIGHTHOUSE=/that/dir/node_modules/.bin/lighthouse, or `lighthouse` on
PATH) and Chromium (CHROME_PATH, /usr/bin/chromium by default).

The site is served as production serves it: gunicorn with config/gunicorn.py, DEBUG off, collected static files
with their gzip/Brotli copies served by whitenoise, HTML gzipped (standing in for nginx's `gzip on`), on a SQLite
copy of the demo content. Knobs: LIGHTHOUSE_RUNS (3), LIGHTHOUSE_PORT (a free one), LIGHTHOUSE_LANGUAGES (en,ky),
LIGHTHOUSE_PAGES (names below, comma-separated), MEASURE_LOCK (a file to lock while timing, one language at a
time). Output: benchmarks/results/lighthouse.json and .md; exit status 1 when a median misses its target
(accessibility, best practices, SEO 100; performance 95). Performance depends on the machine: run it quiet.
"""

import contextlib
import fcntl
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.serving import free_port, gunicorn, wait_for  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
LANGUAGES = os.environ.get("LIGHTHOUSE_LANGUAGES", "en,ky").split(",")
PAGES = {
    "home": "",
    "index": "publications/",
    "statement": "publications/joint-meeting-2020-statement/",
    "recommendations": "recommendations/",
    "donate": "donate/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index"]  # ms
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-quic"
STATE = Path(tempfile.gettempdir()) / "lighthouse-site"


def lighthouse_command():
    found = os.environ.get("LIGHTHOUSE") or shutil.which("lighthouse")
    if not found:
        sys.exit("Lighthouse not found: `npm install lighthouse` outside the repository and set LIGHTHOUSE")
    return found


def prepare(environment):
    """A demo database and collected static files, made once under STATE and reused."""
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=environment, check=True)
    loaded = STATE / "demo-loaded"
    if not loaded.exists():
        (STATE / "site.sqlite3").unlink(missing_ok=True)
        for command in (["migrate", "--noinput"], ["update_translation_fields"], ["load_demo_content"]):
            subprocess.run([*manage, *command, "-v", "0"], cwd=ROOT, env=environment, check=True)
        loaded.touch()
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=environment, check=True)  # new code


@contextlib.contextmanager
def measure_lock():
    """MEASURE_LOCK names a file that every timed measurement on this machine locks, so none overlap."""
    if not os.environ.get("MEASURE_LOCK"):
        yield
        return
    with open(os.environ["MEASURE_LOCK"], "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def score(lighthouse, url, report):
    for attempt in range(3):  # Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART): retry
        finished = subprocess.run(
            [
                lighthouse,
                url,
                "--quiet",
                "--form-factor=mobile",  # Lighthouse's default: Moto G Power, slow 4G, 4x CPU slowdown
                f"--chrome-flags={CHROME_FLAGS}",
                f"--only-categories={','.join(CATEGORIES)}",
                "--output=json",
                f"--output-path={report}",
            ],
            check=attempt == 2,
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
            timeout=180,
        )
        if finished.returncode == 0:
            break
    data = json.loads(Path(report).read_text())
    failing = sorted(
        audit_id
        for audit_id, audit in data["audits"].items()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric")
    )
    scores = {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}
    scores.update({metric: round(data["audits"][metric]["numericValue"]) for metric in METRICS})
    return scores, failing


def markdown(results):
    lines = [
        "# Lighthouse (mobile)",
        "",
        f"Medians of {RUNS} runs; gunicorn 1 worker, DEBUG off, demo content; load averages (1, 5, 15 min) as each "
        "page's runs began.",
        "",
        "| page | " + " | ".join(CATEGORIES) + " | FCP, LCP, TBT, SI ms | load | audits below full marks |",
        "|---|" + "---|" * (len(CATEGORIES) + 3),
    ]
    for key, row in results.items():
        cells = " | ".join(str(row["median"][name]) for name in CATEGORIES)
        metrics = ", ".join(str(round(row["median"][name])) for name in METRICS)
        lines.append(f"| {key} | {cells} | {metrics} | {row['load']} | {', '.join(row['failing']) or '-'} |")
    return "\n".join(lines) + "\n"


def main():
    lighthouse = lighthouse_command()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.lighthouse_settings",
        "BENCH_DATABASE_URL": f"sqlite:///{STATE / 'site.sqlite3'}",
        "STATIC_ROOT": str(STATE / "static"),
        "MEDIA_ROOT": str(STATE / "media"),
        "DONATIONS_FORCE_TEST_GATEWAY": "true",  # a demo: no Stripe keys
    }
    prepare(environment)
    port = int(os.environ.get("LIGHTHOUSE_PORT") or free_port())
    server = gunicorn(port, environment)
    base = f"http://127.0.0.1:{port}"
    wanted = os.environ.get("LIGHTHOUSE_PAGES", ",".join(PAGES)).split(",")
    results = {}
    try:
        for language in LANGUAGES:
            for name in wanted:
                wait_for(f"{base}/{language}/{PAGES[name]}")  # renders the image renditions before any timing
        with tempfile.TemporaryDirectory() as reports:
            for language in LANGUAGES:
                with measure_lock():  # one language at a time, so other measurements wait minutes, not a quarter hour
                    for name in wanted:
                        url = f"{base}/{language}/{PAGES[name]}"
                        load = " ".join(f"{value:.1f}" for value in os.getloadavg())
                        runs, failing = [], set()
                        for run in range(RUNS):
                            scores, failed = score(lighthouse, url, f"{reports}/{language}-{name}-{run}.json")
                            runs.append(scores)
                            failing.update(failed)
                        median = {c: statistics.median(r[c] for r in runs) for c in CATEGORIES + METRICS}
                        row = {"median": median, "runs": runs, "failing": sorted(failing), "load": load}
                        results[f"{name} ({language})"] = row
                        print(f"{name} ({language}): {median} load {load}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "lighthouse.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / "lighthouse.md").write_text(markdown(results))
    print(markdown(results))
    missed = [key for key, row in results.items() if any(row["median"][c] < TARGETS[c] for c in CATEGORIES)]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
