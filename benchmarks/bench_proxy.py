"""Through nginx: a cached page against the same nginx serving a static file of the same bytes, in one run.

Starts `make stack` when it is not running (and stops it afterwards), warms the cache, then for each page
(home, publications index, a statement, in English and Kyrgyz) writes a file of exactly the same bytes under
/static/ with its precompressed .gz and .br copies (as collectstatic writes them, sent by gzip_static and
brotli_static), and runs wrk (8 clients, one thread) on the page and on the file in turn, BENCH_ROUNDS
interleaved rounds of BENCH_SECONDS, median of the per-round ratios: once asking `Accept-Encoding: gzip, br` (what
browsers send; the cache keeps a Brotli copy, deploy/nginx/birduino.conf) and once uncompressed. Also: a publish
is fresh on its first request and cached again on the next, and what its first request costs at an app server
against the same request after the same pause with nothing published (publish_freshness); how many bytes the
home page's first view transfers (HTML + CSS, compressed, no images). Results: benchmarks/results/bench_proxy.*
"""

import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
import stack  # noqa: E402

from benchmarks.serving import wrk  # noqa: E402

PROXY = f"http://127.0.0.1:{stack.PORTS['proxy']}"
APP = f"http://127.0.0.1:{stack.PORTS['app-a']}"
APP_WORKERS = int(os.environ.get("WEB_CONCURRENCY", "2"))  # as scripts/stack.py starts them
SECONDS = int(os.environ.get("BENCH_SECONDS", "3"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
RESULTS = ROOT / "benchmarks" / "results"
# Issue 24: a cached page at least 0.8x the same file sent precompressed, and 0.9x uncompressed.
TARGETS = {"gzip, br": 0.8, "identity": 0.9}


def fetch(path, encoding=None):
    headers = {"Accept-Encoding": encoding} if encoding else {}
    request = urllib.request.Request(PROXY + path, headers=headers)  # noqa: S310 (loopback)
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        return response.headers, response.read()


def rate(path, encoding):
    run = wrk(PROXY + path, SECONDS, 8, headers=[f"Accept-Encoding: {encoding}"])
    assert run["non_2xx"] == 0 and run["timeouts"] == 0, (path, run)
    return run["req_per_s"]


# Shell code that sets `p` to the newest statement (the one the bench measures and renames).
NEWEST_STATEMENT = (
    "import json\nfrom publications.models import PublicationPage\n"
    "p = PublicationPage.objects.live().filter(kind='statement').order_by('-publication_date').first()\n"
)


def stack_env():
    """This environment with the running stack's settings (its database, Redis, media)."""
    return {**os.environ, **stack.saved_env()}


def shell(code):
    result = subprocess.run(
        [stack.PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=stack_env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def pages():
    statement = shell(f"{NEWEST_STATEMENT}print(json.dumps(p.url_path.split('/', 2)[2]))")
    return [f"/{lang}/{path}" for path in ("", "publications/", statement) for lang in ("en", "ky")]


def compare(paths, encoding):
    folder = stack.STATE / "staticfiles" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for path in paths:
        fetch(path, encoding)
        headers, _body = fetch(path, encoding)
        assert headers["X-Cache"] == "HIT", (path, headers["X-Cache"])
        _headers, body = fetch(path)
        name = f"{uuid.uuid4().hex[:8]}.html"
        (folder / name).write_bytes(body)  # the same bytes, precompressed as collectstatic does
        (folder / f"{name}.gz").write_bytes(gzip.compress(body, 9))
        (folder / f"{name}.br").write_bytes(brotli.compress(body))
        static = f"/static/bench/{name}"
        page_rates, file_rates, ratios = [], [], []
        for _ in range(ROUNDS):
            page_rates.append(rate(path, encoding))
            file_rates.append(rate(static, encoding))
            ratios.append(page_rates[-1] / file_rates[-1])
        page, file, ratio = (round(statistics.median(values), 2) for values in (page_rates, file_rates, ratios))
        rows.append({"path": path, "bytes": len(body), "page_rps": page, "file_rps": file, "ratio": ratio})
        print(f"{encoding:8} {path:45} {len(body):7} B  page {page:8.0f}/s  file {file:8.0f}/s  {ratio:.2f}x")
    shutil.rmtree(folder)
    return rows


def app_ms(path):
    """One request straight to an app server, with the headers the proxy sends (what its miss costs), in ms."""
    headers = {"Host": PROXY.split("//", 1)[1], "X-Forwarded-Proto": "http", "Accept-Encoding": "identity"}
    request = urllib.request.Request(f"{APP}{path}", headers=headers)  # noqa: S310 (loopback)
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        response.read()
    return (time.perf_counter() - started) * 1000


# An editor's publish in a process that is already running (as an app server's request is): Django's start-up,
# a second of CPU, would otherwise land on the requests measured after it. Each line in: a Russian title; out:
# PUBLISHED and the publish's seconds (the bump, the warming renders and the purges it waits for).
EDITOR = (
    NEWEST_STATEMENT + "import sys, time\n"
    "for line in sys.stdin:\n"
    "    started = time.perf_counter()\n"
    "    p.title_ru = json.loads(line)\n"
    "    p.save_revision().publish()\n"
    "    print('PUBLISHED', time.perf_counter() - started, flush=True)\n"
)


class Editor:
    def __init__(self):
        command = [stack.PYTHON, "manage.py", "shell", "-c", EDITOR]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=stack_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def publish(self, title):
        self.process.stdin.write(json.dumps(title) + "\n")
        self.process.stdin.flush()
        for line in self.process.stdout:
            if line.startswith("PUBLISHED "):
                return float(line.split()[1])
        raise RuntimeError("the editor's process ended")

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


CHEAPEST_VIEW = "/robots.txt"  # a few lines of text, no database, no template


def publish_freshness(path, rounds=11):
    """Publishes the statement `rounds` times as an editor would (a running process; the stack's own task worker
    runs what the publish queues). Each round, in Russian, one request per affected page straight to an app
    server: after a pause as long as a publish with nothing published, right after a publish, and warm (median
    of 5, back to back). A request after any pause costs more on this machine (an idle CPU wakes up), so the
    publish's own cost is its first request over the one after the same pause; both over warm are kept, and
    /robots.txt after the same pause over warm. One publish before the rounds (a server that has run a while has
    published before) is reported apart. Then: fresh on the first request through the proxy, and cached again on
    the next."""
    affected = {"statement": f"/ru/{path.split('/', 2)[2]}", "index": "/ru/publications/", "home": "/ru/"}
    # Every worker serves each page first (connections open, imports done): one at a time, all the requests can
    # land on one gunicorn worker, and another's first-ever request (~100 ms) would be timed after a publish.
    with ThreadPoolExecutor(2 * APP_WORKERS) as clients:
        for page in affected.values():
            list(clients.map(app_ms, [page] * 10 * APP_WORKERS))
    original_title = shell(f"{NEWEST_STATEMENT}print(json.dumps(p.title_ru))")
    editor = Editor()
    try:
        pause = editor.publish(f"Заявление {uuid.uuid4().hex[:8]}")
        first_publish = {name: app_ms(page) for name, page in affected.items()}
        first_publish_warm = {
            name: statistics.median(app_ms(page) for _ in range(5)) for name, page in affected.items()
        }
        samples = {name: {"pause": [], "publish": [], "warm": []} for name in affected}
        machine = {"pause": [], "warm": []}
        for _ in range(rounds):
            time.sleep(pause)
            for name, page in affected.items():
                samples[name]["pause"].append(app_ms(page))
            marker = uuid.uuid4().hex[:8]
            pause = editor.publish(f"Заявление {marker}")
            for name, page in affected.items():
                samples[name]["publish"].append(app_ms(page))
            for name, page in affected.items():
                samples[name]["warm"].append(statistics.median(app_ms(page) for _ in range(5)))
            time.sleep(pause)  # the cheapest view after the same pause: what waking up costs on this machine
            machine["pause"].append(app_ms(CHEAPEST_VIEW))
            machine["warm"].append(statistics.median(app_ms(CHEAPEST_VIEW) for _ in range(5)))
        first_headers, first = fetch(affected["statement"])
        second_headers, _ = fetch(affected["statement"])
        # The stack's database is the one `make stack` serves next: the statement gets its own title back.
        editor.publish(original_title)
    finally:
        editor.close()

    def ratios(over, under):
        return {
            name: round(statistics.median(values[over]) / statistics.median(values[under]), 2)
            for name, values in samples.items()
        }

    return {
        "rounds": rounds,
        "first_request_fresh": marker in first.decode(),
        "first_cache_status": first_headers["X-Cache"],
        "second_cache_status": second_headers["X-Cache"],
        "median_ms": {
            name: {kind: round(statistics.median(v), 2) for kind, v in values.items()}
            for name, values in samples.items()
        },
        "first_over_paused": ratios("publish", "pause"),
        "first_over_warm": ratios("publish", "warm"),
        "paused_over_warm": ratios("pause", "warm"),
        "cheapest_view_paused_over_warm": round(
            statistics.median(machine["pause"]) / statistics.median(machine["warm"]), 2
        ),
        "first_publish_over_warm": {
            name: round(first_publish[name] / first_publish_warm[name], 2) for name in affected
        },
    }


def home_first_view():
    headers, html = fetch("/en/", "br")
    total = len(html)
    for stylesheet in re.findall(rb'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', fetch("/en/")[1]):
        total += len(fetch(stylesheet.decode(), "br")[1])
    return {"bytes": total, "encoding": headers.get("Content-Encoding", "")}


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk")
    started_here = stack.running("proxy") is None
    if started_here:
        subprocess.run([sys.executable, "scripts/stack.py", "up"], cwd=ROOT, check=True)
    try:
        paths = pages()
        load_before = os.getloadavg()
        results = {
            "seconds": SECONDS,
            "rounds": ROUNDS,
            "clients": 8,
            "gzip, br": compare(paths, "gzip, br"),
            "identity": compare(paths, "identity"),
            "load_before": load_before,
            "load": os.getloadavg(),
            "after_publish": publish_freshness(paths[-1]),
            "home_first_view": home_first_view(),
        }
    finally:
        if started_here:
            subprocess.run([sys.executable, "scripts/stack.py", "down"], cwd=ROOT, check=False)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_proxy.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    load = ", ".join(f"{v:.1f}" for v in results["load_before"] + results["load"])
    lines = [
        "# Through nginx: a cached page against the same bytes as a precompressed static file",
        "",
        f"`make stack`; wrk, 8 clients, {ROUNDS} interleaved rounds x {SECONDS} s; ratio = median of the per-round "
        f"ratios. Load average before and after: {load}.",
        "",
        "| Accept-Encoding | page | bytes | cached page req/s | same file, static req/s | ratio | target |",
        "| --- " * 7 + "|",
    ]
    for encoding, target in TARGETS.items():
        for row in results[encoding]:
            mark = "✓" if row["ratio"] >= target else "✗"
            lines.append(
                f"| {encoding} | `{row['path']}` | {row['bytes']} | {row['page_rps']:.0f} | {row['file_rps']:.0f} "
                f"| {row['ratio']} | ≥ {target} {mark} |"
            )
    after = results["after_publish"]
    lines += [
        f"\nAfter a publish ({after['rounds']} rounds, Russian, straight to an app server; the stack's own worker "
        f"runs what the publish queues): fresh on the first request {after['first_request_fresh']}, proxy "
        f"{after['first_cache_status']} then {after['second_cache_status']}.",
        "",
        "| page | after a pause (ms) | after a publish (ms) | warm (ms) | publish ÷ pause | publish ÷ warm "
        "| pause ÷ warm | first publish after start ÷ warm |",
        "| --- " * 8 + "|",
    ]
    for name, ms in after["median_ms"].items():
        mark = "✓" if after["first_over_paused"][name] <= 1.5 else "✗"
        lines.append(
            f"| {name} | {ms['pause']} | {ms['publish']} | {ms['warm']} | {after['first_over_paused'][name]} "
            f"(≤ 1.5 {mark}) | {after['first_over_warm'][name]} | {after['paused_over_warm'][name]} "
            f"| {after['first_publish_over_warm'][name]} |"
        )
    lines.append(
        f"\nThe cheapest view ({CHEAPEST_VIEW}) after the same pause ÷ warm: "
        f"{after['cheapest_view_paused_over_warm']} (an idle machine waking up, nothing to do with publishing)."
    )
    lines.append(f"\nHome first view (HTML + CSS, Brotli): {results['home_first_view']['bytes']} bytes")
    (RESULTS / "bench_proxy.md").write_text("\n".join(lines) + "\n")
    worst = {encoding: min(row["ratio"] for row in results[encoding]) for encoding in TARGETS}
    print(f"worst ratios {worst}; results in {RESULTS / 'bench_proxy.md'}")


if __name__ == "__main__":
    main()
