"""The table `make bench` prints for the public pages (bench_pages.py measures; this writes bench_pages.md)."""

import json

TARGETS = {
    "home": 0.04,
    "index": 0.05,
    "index_filtered": 0.05,
    "statement": 0.05,
    "recommendations": 0.03,
    "recommendations_filtered": 0.03,
    "search": 0.03,
}
# App CPU per uncached page (issue 24: at most 6 ms for home, index and statement at 10,000 on PostgreSQL).
CPU_TARGETS_MS = {"home": 6, "index": 6, "statement": 6}
# bakerydemo's app CPU per uncached page, from issue 24's side-by-side run (same machine and gunicorn, PostgreSQL):
# the project's 21 / 21 / 18 ms then were 2.3x, 1.7x and 1.07x bakerydemo's home, index and article page.
BAKERYDEMO_CPU_MS = {"home": 21 / 2.3, "index": 21 / 1.7, "statement": 18 / 1.07}
# A search at 10,000 publications costs at most 1.3x what it costs at 100 (issue 24).
SEARCH_SCALING_TARGET = 1.3


def baseline(run, results):
    """Before issue 24's changes: the same bench on the code before them (bench_pages-baseline-*.json)."""
    path = results / f"bench_pages-baseline-{run['engine']}-{run['size']}.json"
    return json.loads(path.read_text())["pages"] if path.exists() else {}


def spread(values):
    per_round = values.get("ratio_per_round") or []
    return f"{min(per_round):.3f}–{max(per_round):.3f}" if per_round else ""


def load(values):
    return ", ".join(f"{v:.1f}" for v in values)


def page_row(run, name, values, before):
    target = TARGETS.get(name)
    mark = ("✓" if values["ratio"] >= target else "✗") if target else ""
    cpu_target = CPU_TARGETS_MS.get(name) if run["size"] >= 10000 and run["engine"] == "postgresql" else None
    cpu_mark = ("✓" if values["cpu_ms"] <= cpu_target else "✗") if cpu_target else ""
    queries = run["queries"].get(name, {}).get("queries", "")
    cpu_before = f"{before[name]['cpu_ms']:.2f}" if name in before else ""
    bakerydemo = f"{BAKERYDEMO_CPU_MS[name]:.1f}" if name in BAKERYDEMO_CPU_MS else ""
    return (
        f"| {name} | {values['req_per_s']:.1f} | {values['ratio_bare']:.3f} | {values['ratio']:.3f} | "
        f"{f'≥ {target} {mark}' if target else ''} | {values['p50_ms']:.1f} | {values['cpu_ms']:.2f} | "
        f"{f'≤ {cpu_target} {cpu_mark}' if cpu_target else ''} | {cpu_before} | {bakerydemo} | {queries} | "
        f"{spread(values)} |"
    )


def markdown(runs, results):
    lines = [
        "# Public pages benchmark",
        "",
        "gunicorn (config/gunicorn.py), DEBUG off, Redis as the shared cache; wrk, 8 concurrent clients, pages in "
        "turn in interleaved rounds. **÷ bare** = req/s ÷ a truly bare Django app (no apps, no middleware, same "
        "gunicorn) returning a fixed 20 KB page; **÷ in-stack** = ÷ the same page through the site's middleware "
        "(/bench/ceiling/), both in the same round (median of the rounds). CPU = the workers' CPU ms per request; "
        "**before** = the same bench on the code before issue 24 (bench_pages-baseline-*.json); **bakerydemo** = "
        "its CPU ms per page as issue 24 measured it. The proxy's figures, with and without compression: "
        "bench_proxy.md.",
        "",
    ]
    for run in runs:
        sections = run["sitemap"]["sections"]
        slowest = max((s["seconds"] for s in sections.values()), default=0)
        lines += [
            f"## {run['engine']}, {run['publications']} publications, {run['recommendations']} recommendations",
            "",
            f"Database {run['database']}; {run['workers']} workers, {run['clients']} clients, {run['rounds']} rounds "
            f"x {run['seconds']} s per page; load average before {load(run['load_before'])}, "
            f"after {load(run['load'])}.",
            "",
            "| page | req/s | ÷ bare | ÷ in-stack | target | p50 ms | CPU ms | target | CPU ms before | bakerydemo "
            "| queries | ÷ in-stack per round |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        before = baseline(run, results)
        lines += [page_row(run, name, values, before) for name, values in run["pages"].items()]
        lines += [
            "",
            f"Sitemap from an empty cache: index {run['sitemap']['index_s'] * 1000:.0f} ms, {len(sections)} sections, "
            f"slowest {slowest * 1000:.0f} ms (target < 1 s), largest "
            f"{max((s['addresses'] for s in sections.values()), default=0)} addresses.",
            f"Largest worker RSS after the run: {run['worker_rss_mb']:.0f} MB (target ≤ 150).",
            "",
        ]
    return "\n".join(lines) + search_scaling_note(runs) + sitemap_at_scale_note(results)


def search_scaling_note(runs):
    """A search's cost at the largest size over its cost at the smallest, per database: time per search as the
    share of the in-stack ceiling (so a faster or slower moment of the machine between the runs cancels out), and
    the p50 latency with 8 clients."""
    lines = []
    for engine in sorted({run["engine"] for run in runs}):
        sized = sorted((run["size"], run) for run in runs if run["engine"] == engine and "search" in run["pages"])
        if len(sized) < 2:
            continue
        (small, low), (large, high) = sized[0], sized[-1]
        cost = low["pages"]["search"]["ratio"] / high["pages"]["search"]["ratio"]
        p50 = high["pages"]["search"]["p50_ms"] / low["pages"]["search"]["p50_ms"]
        marks = ["✓" if value <= SEARCH_SCALING_TARGET else "✗" for value in (cost, p50)]
        lines.append(
            f"Search on {engine}, {large} ÷ {small} publications: time per search {cost:.2f}x "
            f"(target ≤ {SEARCH_SCALING_TARGET} {marks[0]}), p50 {p50:.2f}x ({marks[1]})."
        )
    return "\n".join(lines) + "\n\n" if lines else ""


def sitemap_at_scale_note(results):
    """The last benchmarks/sitemap_at_scale.py figures (run alone: its fill takes long), when there are some."""
    lines = []
    for path in sorted(results.glob("bench_sitemap-*.json")):
        run = json.loads(path.read_text())
        lines.append(
            f"Sitemap at {run['publications']} publications (sitemap_at_scale.py, empty cache, load "
            f"{', '.join(f'{v:.1f}' for v in run['load'])}): index {run['index_s'] * 1000:.0f} ms, "
            f"{run['sections']} sections of ≤ {run['max_addresses']} addresses, "
            f"slowest {run['slowest_s'] * 1000:.0f} ms, median {run['median_s'] * 1000:.0f} ms."
        )
    return "\n".join(lines) + "\n" if lines else ""
