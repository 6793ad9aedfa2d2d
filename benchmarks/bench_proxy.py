"""Through nginx: a cached page against a static file of the same size, side by side in one run.

Starts `make stack` when it is not running (and stops it afterwards), warms the cache, then for each page
(home, publications index, a statement, in each language) makes a file of exactly the same bytes under
/static/ and runs ApacheBench (`ab -k`, apt: apache2-utils) on the page and on the file in turn, three rounds,
median. Also: a publish is fresh on its first request and cached again on the next; how many bytes the home
page's first view transfers (HTML + CSS, compressed, no images). Results: benchmarks/results/bench_proxy.*
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import stack  # noqa: E402

PROXY = f"http://127.0.0.1:{stack.PORTS['proxy']}"
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "2000"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "8"))
ROUNDS = 3
RESULTS = ROOT / "benchmarks" / "results"


def fetch(path, encoding=None):
    headers = {"Accept-Encoding": encoding} if encoding else {}
    request = urllib.request.Request(PROXY + path, headers=headers)  # noqa: S310 (loopback)
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        return response.headers, response.read()


def rate(path, encoding):
    command = ["ab", "-q", "-k", "-n", str(REQUESTS), "-c", str(CONCURRENCY), "-H", f"Accept-Encoding: {encoding}"]
    output = subprocess.run([*command, PROXY + path], capture_output=True, text=True, check=True).stdout
    failed = int(re.search(r"Failed requests:\s+(\d+)", output).group(1))
    non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", output)
    assert failed == 0 and not non_2xx, output
    return float(re.search(r"Requests per second:\s+([\d.]+)", output).group(1))


def shell(code):
    env = {**os.environ, **dict(line.split("=", 1) for line in (stack.STATE / "env").read_text().splitlines())}
    result = subprocess.run(
        [stack.PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def pages():
    statement = shell(
        "import json\nfrom publications.models import PublicationPage\n"
        "p = PublicationPage.objects.live().filter(kind='statement').order_by('-publication_date').first()\n"
        "print(json.dumps(p.url_path.split('/', 2)[2]))"
    )
    return [f"/{lang}/{path}" for path in ("", "publications/", statement) for lang in ("en", "ru", "ky")]


def compare(paths, encoding):
    folder = ROOT / "staticfiles" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for path in paths:
        fetch(path)
        headers, body = fetch(path)
        assert headers["X-Cache"] == "HIT", (path, headers["X-Cache"])
        name = f"{uuid.uuid4().hex[:8]}.html"
        (folder / name).write_bytes(body)  # the same bytes, so compression costs the same
        static = f"/static/bench/{name}"
        page_rates, file_rates = [], []
        for _ in range(ROUNDS):
            page_rates.append(rate(path, encoding))
            file_rates.append(rate(static, encoding))
        page, file = statistics.median(page_rates), statistics.median(file_rates)
        ratio = round(page / file, 2)
        rows.append({"path": path, "bytes": len(body), "page_rps": page, "file_rps": file, "ratio": ratio})
        print(f"{encoding:8} {path:45} {len(body):7} B  page {page:8.0f}/s  file {file:8.0f}/s  {page / file:.2f}x")
    shutil.rmtree(folder)
    return rows


def publish_freshness(path):
    marker = uuid.uuid4().hex[:8]
    page_id = shell(
        "import json\nfrom publications.models import PublicationPage\n"
        "p = PublicationPage.objects.live().filter(kind='statement').order_by('-publication_date').first()\n"
        f"p.title_ru = 'Заявление {marker}'\np.save_revision().publish()\nprint(json.dumps(p.pk))"
    )
    first_headers, first = fetch(f"/ru/{path.split('/', 2)[2]}")
    second_headers, _ = fetch(f"/ru/{path.split('/', 2)[2]}")
    return {
        "page": page_id,
        "first_request_fresh": marker in first.decode(),
        "first_cache_status": first_headers["X-Cache"],
        "second_cache_status": second_headers["X-Cache"],
    }


def home_first_view():
    headers, html = fetch("/en/", "br")
    total = len(html)
    for stylesheet in re.findall(rb'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', fetch("/en/")[1]):
        total += len(fetch(stylesheet.decode(), "br")[1])
    return {"bytes": total, "encoding": headers.get("Content-Encoding", "")}


def main():
    if shutil.which("ab") is None:
        sys.exit("ab is missing: apt-get install apache2-utils")
    started_here = stack.running("proxy") is None
    if started_here:
        subprocess.run([sys.executable, "scripts/stack.py", "up"], cwd=ROOT, check=True)
    try:
        paths = pages()
        results = {
            "requests": REQUESTS,
            "concurrency": CONCURRENCY,
            "gzip": compare(paths, "gzip"),
            "identity": compare(paths[:3], "identity"),
            "after_publish": publish_freshness(paths[-1]),
            "home_first_view": home_first_view(),
        }
    finally:
        if started_here:
            subprocess.run([sys.executable, "scripts/stack.py", "down"], cwd=ROOT, check=False)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_proxy.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    lines = ["| encoding | page | bytes | cached page req/s | same-size file req/s | ratio |", "| --- " * 6 + "|"]
    for encoding in ("gzip", "identity"):
        for row in results[encoding]:
            lines.append(
                f"| {encoding} | `{row['path']}` | {row['bytes']} | {row['page_rps']:.0f} | {row['file_rps']:.0f} "
                f"| {row['ratio']} |"
            )
    lines.append(f"\nAfter a publish: {results['after_publish']}")
    lines.append(f"\nHome first view (HTML + CSS, Brotli): {results['home_first_view']['bytes']} bytes")
    (RESULTS / "bench_proxy.md").write_text("\n".join(lines) + "\n")
    worst = min(row["ratio"] for row in results["gzip"] + results["identity"])
    print(f"worst ratio {worst}; results in {RESULTS / 'bench_proxy.md'}")


if __name__ == "__main__":
    main()
